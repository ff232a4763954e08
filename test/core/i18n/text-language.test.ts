/**
 * Reports stay English; the country's own text is shown as written and, when the upload's
 * template language is known, marked with `lang` so that a screen reader pronounces it right.
 */
import { describe, expect, it } from 'vitest';
import { buildCountryReport } from '../../../functions/core/report/country.js';
import { mergeLatestTables, type Submission } from '../../../functions/core/submission.js';
import { renderCountryHtml } from '../../../functions/render/html.js';
import { countryInput, fr2014 } from '../../helpers/report-fixtures.js';

const french: Submission = { ...fr2014, language: 'fr' };

describe('the country’s own text in an English report', () => {
  it('marks action titles, descriptions and progress notes with the template’s language', () => {
    const html = renderCountryHtml(buildCountryReport(countryInput({ submission: french })));
    expect(html).toMatch(/^<!doctype html>\s*<html lang="en"/i);
    expect(html).toContain(
      '<span class="action-title" lang="fr">Joint investigation team with Belgium</span>',
    );
    expect(html).not.toMatch(/<h\d[^>]* lang="fr"/);
  });

  it('marks nothing when the language is English or unknown', () => {
    for (const submission of [fr2014, { ...fr2014, language: 'en' as const }]) {
      const html = renderCountryHtml(buildCountryReport(countryInput({ submission })));
      expect(html).toContain('<span class="action-title">Joint investigation team with Belgium</span>');
      expect(html).not.toContain('lang="fr"');
    }
  });

  it('takes the merged submission’s language from the upload its actions come from', () => {
    const indicatorsOnly: Submission = { ...fr2014, tables: ['indicators'], actions: [], language: 'en' };
    const actionsOnly: Submission = { ...fr2014, tables: ['actions'], indicators: [], language: 'fr' };
    expect(mergeLatestTables([actionsOnly, indicatorsOnly])?.language).toBe('fr');
    expect(mergeLatestTables([indicatorsOnly])?.language).toBe('en');
    const unknown: Submission = { ...fr2014, tables: ['actions'] };
    delete unknown.language;
    expect(mergeLatestTables([actionsOnly, unknown])).not.toHaveProperty('language');
  });
});
