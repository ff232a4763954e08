/**
 * docs/methodology.md shows, per unit, the sentence the reports print for a status: each
 * must be exactly what the code prints for the inputs the page states.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indicators } from '../../functions/core/framework.js';
import { countryProgress } from '../../functions/core/progress.js';
import { explainStatus } from '../../functions/core/report/explain.js';
import { makeSubmission } from '../helpers/report-fixtures.js';

const doc = readFileSync(fileURLToPath(new URL('../../docs/methodology.md', import.meta.url)), 'utf8');

/** The printed sentence for an indicator whose values by year are given; the last year is reported on. */
function printed(id: string, byYear: Record<number, number | boolean>): string {
  const from = id === 'T1.4' ? 'T1.3' : id;
  const subs = Object.entries(byYear).map(([y, v]) => makeSubmission('FR', Number(y), { [from]: v }));
  const last = subs.at(-1)!;
  const p = countryProgress(indicators, last.year, last, subs.slice(0, -1)).find(
    (x) => x.indicator.id === id,
  )!;
  return explainStatus(p);
}

const examples: Array<[string, Record<number, number | boolean>]> = [
  ['T2.3', { 2014: 209, 2015: 211 }],
  ['T1.2', { 2013: 100, 2015: 121 }],
  ['T2.5', { 2014: 0, 2015: 2 }],
  ['T3.2', { 2014: 45, 2015: 45.8 }],
  ['T1.6', { 2015: 4 }],
  ['T4.4', { 2014: 3, 2015: 2.4 }],
  ['T2.1', { 2014: 4, 2015: 5 }],
  ['T4.1', { 2014: false, 2015: true }],
  ['T1.5', { 2015: 80 }],
  ['T4.2', { 2014: 1000, 2015: 1500 }],
  ['T1.4', { 2013: 1000, 2015: 1210 }],
];

describe('docs/methodology.md', () => {
  it.each(examples)('prints for %s exactly what the reports print', (id, byYear) => {
    expect(doc).toContain(`> ${printed(id, byYear)}`);
  });

  it('has one worked example per unit', () => {
    const units = new Set(examples.map(([id]) => indicators.find((i) => i.id === id)!.unit));
    expect([...units].sort()).toEqual(['count', 'days', 'fte', 'percent', 'score', 'yes-no']);
  });
});
