import { describe, expect, it } from 'vitest';
import { getMember } from '../../../functions/core/members.js';
import { buildConsolidatedReport } from '../../../functions/core/report/index.js';
import { kosovoFootnote } from '../../../functions/core/report/publication.js';
import { consolidatedInput, makeSubmission, personalData } from '../../helpers/report-fixtures.js';

describe('consolidated report model', () => {
  const members = ['DE', 'ES', 'FR', 'AT'].map((c) => getMember(c)!);
  const model = buildConsolidatedReport(consolidatedInput({ members }));

  it('says how many members reported and which did not', () => {
    expect(model.summary.reportedText).toBe('3 of 4 members reported for 2014.');
    expect(model.summary.notReportedText).toBe('Not reported in 2014: Austria (no earlier report).');
    expect(model.summary.notReported.map((c) => c.code)).toEqual(['AT']);
  });

  it('gives totals only for counts, medians for the rest, yes counts for yes/no, and rules met', () => {
    const figures = new Map(model.summary.headlines.flatMap((h) => h.figures).map((f) => [f.indicatorId, f]));
    expect(figures.get('T1.2')).toMatchObject({
      total: '440',
      median: '150.0',
      yes: null,
      reportingText: '3 of 3 reporting members',
    });
    expect(figures.get('T1.5')).toMatchObject({ total: null, median: '87.5%', metRule: '1 of 2 met "100%"' });
    expect(figures.get('T1.6')).toMatchObject({ total: null, median: '8.3 FTE' });
    expect(figures.get('T1.1')).toMatchObject({ total: null, median: null, yes: '2 of 3 yes' });
    // A 2014 report never cites the 2015 benchmark.
    expect(figures.get('T4.3')?.metRule).toBeNull();
    const later = buildConsolidatedReport(
      consolidatedInput({
        members,
        year: 2015,
        submissions: [makeSubmission('FR', 2015, { 'T4.3': 95 }), makeSubmission('DE', 2015, { 'T4.3': 80 })],
      }),
    );
    const t43 = later.summary.headlines.flatMap((h) => h.figures).find((f) => f.indicatorId === 'T4.3');
    expect(t43?.metRule).toBe('1 of 2 reached the benchmark 90.6% (INHOPE network, 2015)');
    expect(figures.get('T2.4')?.metRule).toBeNull();
  });

  it('tabulates every member in alphabetical order, never ranked, one that did not report saying so', () => {
    const t1 = model.targets[0]!;
    expect(t1.rows.map((r) => r.country.name)).toEqual(['Austria', 'France', 'Germany', 'Spain']);
    expect(t1.rows[0]).toMatchObject({ cells: [], notReported: 'not reported in 2014 (no earlier report)' });
    expect(t1.columns.map((c) => c.id)).toEqual(['T1.1', 'T1.2', 'T1.3', 'T1.4', 'T1.5', 'T1.6']);
    expect(t1.rows[2]?.cells[1]).toMatchObject({ text: '210' });
    expect(t1.rows[3]?.cells[2]?.status.word).toBe('no data');
  });

  it('charts the headline indicator as horizontal bars sorted by value, with the median as a line', () => {
    const [t12] = model.targets[0]!.charts;
    expect(t12?.orientation).toBe('horizontal');
    const values = t12!.points.map((p) => p.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(t12!.points.map((p) => p.label)).toContain('Germany');
    expect(t12!.lines).toEqual([{ kind: 'median', value: 150, label: 'median 150' }]);
    // Ticks that fit a count: whole steps.
    expect(t12!.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
    expect(t12!.description).toContain('No value: Austria.');
  });

  it('tells an upload rejected from a member that sent nothing, with the last year each reported', () => {
    const rejected = buildConsolidatedReport(
      consolidatedInput({
        members,
        reporting: [
          {
            country: 'AT',
            name: 'Austria',
            year: 2014,
            member: true,
            status: 'upload-rejected',
            acceptedOn: null,
            lastReportedYear: 2013,
            previousReportedYear: 2013,
            late: null,
            uploads: 1,
            rejectedUploads: 1,
          },
        ],
      }),
    );
    expect(rejected.matrix.rows[0]).toMatchObject({ notReported: 'upload rejected (last report: 2013)' });
    expect(rejected.summary.notReportedText).toBe(
      'Upload rejected, so not reported in 2014: Austria (last report: 2013).',
    );
    expect(rejected.countries.rows[0]?.statusText).toBe('upload rejected (last report: 2013)');
  });

  it('compares with last year like for like, and names who started or stopped reporting', () => {
    const { changes } = model;
    expect(changes.heading).toBe('Changes since 2013');
    // Only France reported both years.
    expect(changes.intro).toContain('the 1 members that reported both for 2013 and 2014');
    expect(changes.figures.find((f) => f.indicatorId === 'T1.2')).toMatchObject({
      measure: 'total',
      members: 1,
      previous: '120',
      current: '150',
    });
    expect(changes.newlyReporting.map((c) => c.code)).toEqual(['DE', 'ES']);
    expect(changes.noLongerReportingText).toBe(
      'Every member that reported for 2013 reported again for 2014.',
    );
    const achieved = changes.statuses.find((s) => s.status.code === 'achieved')!;
    expect(achieved.current).toBeGreaterThan(0);
    expect(changes.statuses.reduce((n, s) => n + s.previous, 0)).toBe(21);
  });

  it('counts actions by status per target', () => {
    expect(model.targets[2]?.actionsByStatus.map((c) => c.count)).toEqual([0, 2, 1, 0]);
  });

  it('gives each matrix cell as "A achieved, I improving of N judged", the shade following (A + I) / N', () => {
    const fr = model.matrix.rows.find((r) => r.country.code === 'FR')!;
    for (const cell of fr.cells) {
      expect(cell.text).toBe(
        `${cell.achieved} achieved, ${cell.improving} improving of ${cell.judged} judged (${Math.round(((cell.achieved + cell.improving) / cell.judged) * 100)}%)`,
      );
    }
    expect(fr.cells.map((c) => c.shade)).toEqual(
      fr.cells.map((c) =>
        c.share === 1 ? 4 : c.share! > 2 / 3 ? 3 : c.share! > 1 / 3 ? 2 : c.share! > 0 ? 1 : 0,
      ),
    );
    expect(model.matrix.rows[0]).toMatchObject({
      cells: [],
      notReported: 'not reported in 2014 (no earlier report)',
    });
  });

  it('judges a missed rule in a first year (not met) and leaves first reports out', () => {
    // Spain reports 2014 with no earlier year: rules met or not met are judged, the rest are first reports.
    const es = model.matrix.rows.find((r) => r.country.code === 'ES')!;
    for (const cell of es.cells) {
      expect(cell.improving).toBe(0);
      if (cell.judged === 0) expect(cell.text).toBe('nothing to judge');
    }
    expect(es.cells.reduce((n, c) => n + c.judged - c.achieved, 0)).toBeGreaterThan(0);
  });

  it('explains the methodology, with the caveat on reports', () => {
    expect(model.methodology.caveats.join(' ')).toContain('A rise in reports can mean better detection');
    expect(model.methodology.statusRules.map((r) => r.status.code)).toContain('context');
    expect(model.methodology.indicators).toHaveLength(21);
  });

  it('lists every member with a link to its report when it reported', () => {
    expect(model.countries.rows.map((r) => [r.country.code, r.href, r.statusText])).toEqual([
      ['AT', null, 'not reported in 2014 (no earlier report)'],
      ['FR', 'FR.html', 'reported'],
      ['DE', 'DE.html', 'reported'],
      ['ES', 'ES.html', 'reported'],
    ]);
  });

  it('writes Kosovo with its asterisk and carries the footnote only when it names Kosovo', () => {
    const all = buildConsolidatedReport(consolidatedInput());
    expect(all.countries.rows.map((r) => r.country.name)).toContain('Kosovo*');
    expect(all.meta.footnotes).toEqual([kosovoFootnote]);
    expect(model.meta.footnotes).toEqual([]);
    expect(all.countries.rows.map((r) => r.country.name)).toEqual(
      expect.arrayContaining(['Czechia', 'Türkiye', 'South Korea', 'United States']),
    );
  });

  it('states publication details from settings over their defaults', () => {
    const facts = new Map(model.meta.publication.facts.map((f) => [f.label, f.value]));
    expect(facts.get('Licence')).toBe('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    expect(facts.get('Publication date')).toBe('10 April 2015');
    const set = buildConsolidatedReport(
      consolidatedInput({
        members,
        publication: { contact: 'reports@example.eu' },
        publicationDate: '2015-06-01',
      }),
    );
    const setFacts = new Map(set.meta.publication.facts.map((f) => [f.label, f.value]));
    expect(setFacts.get('Contact')).toBe('reports@example.eu');
    expect(setFacts.get('Publication date')).toBe('1 June 2015');
    expect(set.meta.publication.accessibility).toContain('reports@example.eu');
  });

  it('defaults to every member of the year', () => {
    const all = buildConsolidatedReport(consolidatedInput());
    expect(all.summary.membersTotal).toBeGreaterThan(50);
    expect(all.summary.notReported.map((c) => c.code)).not.toContain('FR');
  });

  it('never carries personal data, marks sample data, and is deterministic', () => {
    const json = JSON.stringify(model);
    for (const p of personalData) expect(json).not.toContain(p);
    expect(JSON.stringify(buildConsolidatedReport(consolidatedInput({ members })))).toBe(json);
    expect(buildConsolidatedReport(consolidatedInput({ sample: true })).meta.sampleMark).toBe(
      'Fictitious sample data',
    );
    expect(model.meta.documentDate).toBe('2015-04-10');
  });

  it('calls a draft (edition 0) a draft, not "Edition 0", on the cover and in the running header', () => {
    const draft = buildConsolidatedReport(consolidatedInput({ members, edition: 0 }));
    expect(draft.cover.facts).toContainEqual({ label: 'Edition', value: 'Draft - not for publication' });
    expect(draft.meta.runningHeader).toBe(
      'Consolidated report \u00B7 2014 \u00B7 Draft - not for publication',
    );
    expect(JSON.stringify(draft)).not.toContain('Edition 0');
  });
});
