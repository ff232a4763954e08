import { describe, expect, it } from 'vitest';
import { getMember } from '../../../functions/core/members.js';
import { buildConsolidatedReport } from '../../../functions/core/report/index.js';
import { consolidatedInput, personalData } from '../../helpers/report-fixtures.js';

describe('consolidated report model', () => {
  const members = ['DE', 'ES', 'FR', 'AT'].map((c) => getMember(c)!);
  const model = buildConsolidatedReport(consolidatedInput({ members }));

  it('says how many members reported and which did not', () => {
    expect(model.summary.reportedText).toBe('3 of 4 members reported for 2014.');
    expect(model.summary.notReportedText).toBe('Not reported: Austria.');
    expect(model.summary.notReported.map((c) => c.code)).toEqual(['AT']);
  });

  it('gives totals only for counts, medians for the rest, yes counts for yes/no, and rules met', () => {
    const figures = new Map(model.summary.headlines.flatMap((h) => h.figures).map((f) => [f.indicatorId, f]));
    expect(figures.get('T1.2')).toMatchObject({
      total: '440',
      median: '150',
      yes: null,
      reportingText: '3 of 3 reporting members',
    });
    expect(figures.get('T1.5')).toMatchObject({ total: null, median: '87.5%', metRule: '1 of 2 met "100%"' });
    expect(figures.get('T1.6')).toMatchObject({ total: null, median: '8.3 FTE' });
    expect(figures.get('T1.1')).toMatchObject({ total: null, median: null, yes: '2 of 3 yes' });
    expect(figures.get('T4.3')?.metRule).toBe('2 of 3 reached the benchmark 90.6% (INHOPE network, 2015)');
    expect(figures.get('T2.4')?.metRule).toBeNull();
  });

  it('tabulates every reporting country in alphabetical order, never ranked', () => {
    const t1 = model.targets[0]!;
    expect(t1.rows.map((r) => r.country.name)).toEqual(['France', 'Germany', 'Spain']);
    expect(t1.columns.map((c) => c.id)).toEqual(['T1.1', 'T1.2', 'T1.3', 'T1.4', 'T1.5', 'T1.6']);
    expect(t1.rows[1]?.cells[1]).toMatchObject({ text: '210' });
    expect(t1.rows[2]?.cells[2]?.status.word).toBe('no data');
    expect(t1.charts.map((c) => c.points.map((p) => p.label))).toEqual([['FR', 'DE', 'ES']]);
  });

  it('counts actions by status per target', () => {
    expect(model.targets[2]?.actionsByStatus.map((c) => c.count)).toEqual([0, 2, 1, 0]);
  });

  it('fills the status matrix with the share achieved or improving, as text and shade', () => {
    const fr = model.matrix.rows.find((r) => r.country.code === 'FR')!;
    expect(fr.cells[1]).toMatchObject({ met: 3, of: 3, text: '3 of 3 (100%)', shade: 4 });
    expect(fr.cells[0]).toMatchObject({ text: '4 of 6 (67%)', shade: 2 });
  });

  it('leaves baselines out of the matrix: a member in its first year is not shown as failing', () => {
    // Spain reports 2014 with no earlier year: whatever meets no rule is a baseline.
    const es = model.matrix.rows.find((r) => r.country.code === 'ES')!;
    for (const cell of es.cells) {
      expect(cell.met).toBe(cell.of); // only achieved indicators can be judged in a first year
      if (cell.of === 0) expect(cell.text).toBe('none to judge yet');
    }
    expect(es.cells.some((c) => c.of === 0)).toBe(true);
  });

  it('explains the methodology, with the caveat on reports', () => {
    expect(model.methodology.caveats.join(' ')).toContain('A rise in reports can mean better detection');
    expect(model.methodology.statusRules.map((r) => r.status.code)).toContain('context');
    expect(model.methodology.indicators).toHaveLength(21);
  });

  it('lists every member with a link to its report when it reported', () => {
    expect(model.countries.rows.map((r) => [r.country.code, r.href])).toEqual([
      ['AT', null],
      ['FR', 'FR.html'],
      ['DE', 'DE.html'],
      ['ES', 'ES.html'],
    ]);
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
