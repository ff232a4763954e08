import { describe, expect, it } from 'vitest';
import { buildCountryReport } from '../../../functions/core/report/index.js';
import {
  countryInput,
  de2014,
  es2014,
  fr2012,
  fr2014,
  hostileTitle,
  personalData,
} from '../../helpers/report-fixtures.js';

describe('country report model', () => {
  const model = buildCountryReport(countryInput());
  const rows = new Map(model.targets.flatMap((t) => t.indicators).map((r) => [r.id, r]));

  it('has the cover the product asks for, with dates from the data', () => {
    expect(model.meta.title).toBe('France: progress report 2014');
    expect(model.cover.facts).toEqual([
      { label: 'Country', value: 'France (FR)' },
      { label: 'Reporting year', value: '2014' },
      { label: 'Submission date', value: '15 March 2015' },
      { label: 'Framework version', value: '2012.1' },
      { label: 'Edition', value: '1' },
      { label: 'Reporting organisation', value: 'Ministère de l’Intérieur' },
    ]);
    expect(model.meta.documentDate).toBe('2015-03-15');
    expect(model.meta.sampleMark).toBeNull();
  });

  it('shows each indicator with value, latest earlier value, move a year, rule and status with its inputs', () => {
    expect(rows.get('T1.2')).toMatchObject({
      value: '150',
      previous: '120 (2013)',
      change: '+25.0% a year',
      rule: '\u2013',
    });
    expect(rows.get('T1.2')?.inputs.explanation).toBe(
      '150 against 120 in 2013 (+25.0% a year, at or above the 2% tolerance): improving; rule: none.',
    );
    expect(rows.get('T1.2')?.status).toMatchObject({ code: 'improving', word: 'improving', symbol: '+' });
    expect(rows.get('T1.4')).toMatchObject({
      value: '12.5%',
      previous: '11.1% (2013)',
      rule: 'at least +10%: met',
      derived: true,
    });
    expect(rows.get('T1.4')?.status.word).toBe('achieved');
    expect(rows.get('T1.5')).toMatchObject({ value: '75.0%', rule: '100%: not met' });
    expect(rows.get('T2.1')).toMatchObject({
      value: '6 of 6',
      previous: '5 of 6 (2013)',
      change: '+1 point',
    });
    expect(rows.get('T3.2')).toMatchObject({ value: '45.5% (estimate)', estimate: true });
    expect(rows.get('T3.3')?.status.code).toBe('first-report');
    expect(rows.get('T2.5')).toMatchObject({ value: 'no data', previous: '3 (2013)', change: '\u2013' });
    expect(rows.get('T2.5')?.status.word).toBe('no data');
    // A 2014 report cites no 2023 (T4.4) or 2015 (T4.3) benchmark.
    expect(rows.get('T4.4')).toMatchObject({
      value: '2.2 days',
      change: '\u221226.7% a year',
      rule: '\u2013',
    });
    expect(rows.get('T4.3')?.rule).toBe('\u2013');
    expect(rows.get('T4.5')?.rule).toBe('benchmark 96% (INHOPE Europe, 2013): not reached');
    expect(rows.get('T4.5')?.extras).toContain(
      'Benchmark 96% (INHOPE Europe, 2013): not reached; a reference, not a rule.',
    );
    expect(rows.get('T1.2')?.extras).toEqual([
      'Since 2012, the first year reported (100): +22.5% a year over 2 years.',
    ]);
    for (const row of rows.values()) {
      expect(row.status.symbol).not.toBe('');
      expect(row.status.word).not.toBe('');
      expect(row.inputs.explanation.length).toBeGreaterThan(10);
    }
  });

  it('summarises each target: actions by status and indicators by every status that occurs', () => {
    expect(model.summary.rows.map((r) => [r.label, r.actionsText, r.indicatorsText])).toEqual([
      ['1 Victims', '1 completed', '2 achieved, 2 improving, 1 stable, 1 worsening (of 6)'],
      ['2 Investigations', '1 in progress', '1 achieved, 2 improving, 1 context, 1 no data (of 5)'],
      ['3 Awareness', '1 completed', '1 achieved, 1 improving, 1 stable, 1 first report (of 4)'],
      [
        '4 Availability',
        '1 planned and 1 discontinued',
        '1 achieved, 3 improving, 1 worsening, 1 context (of 6)',
      ],
    ]);
  });

  it('shows each action beside its state in the latest earlier report, a regression flagged', () => {
    const fr1 = model.targets[0]!.actions.find((a) => a.ref === 'FR-1')!;
    expect(fr1.previous).toEqual({ year: 2013, statusLabel: 'in progress', progress: null });
    expect(fr1.regression).toBeNull();
    const back = buildCountryReport(
      countryInput({
        submission: {
          ...fr2014,
          actions: fr2014.actions.map((a) =>
            a.ref === 'FR-1' ? { ...a, status: 'discontinued' as const } : a,
          ),
        },
      }),
    );
    expect(back.targets[0]!.actions.find((a) => a.ref === 'FR-1')?.regression).toBe(
      'regression: in progress in 2013, discontinued in 2014',
    );
  });

  it('keeps a missing year in a chart as missing, never closed up', () => {
    const gap = buildCountryReport(countryInput({ history: [fr2012] }));
    const victims = gap.targets[0]!.charts.find((c) => c.indicatorId === 'T1.2')!;
    expect(victims.points.map((p) => [p.label, p.missing, p.valueText])).toEqual([
      ['2012', false, '100'],
      ['2013', true, 'no data'],
      ['2014', false, '150'],
    ]);
  });

  it('quotes the target titles verbatim and lists the operational goals', () => {
    expect(model.targets[3]?.title).toContain('availability of child pornography online');
    expect(model.targets[1]?.goals.map((g) => g.id)).toEqual(['2a', '2b']);
  });

  it('notes T2.4 above T2.3 under the table', () => {
    expect(model.targets[1]?.notes.join(' ')).toContain('T2.4 (95) is above T2.3 (90)');
  });

  it('charts indicators with at least two years of numbers, this year highlighted', () => {
    const t1 = model.targets[0]!;
    const victims = t1.charts.find((c) => c.indicatorId === 'T1.2')!;
    expect(victims.points.map((p) => [p.label, p.value, p.highlight])).toEqual([
      ['2012', 100, false],
      ['2013', 120, false],
      ['2014', 150, true],
    ]);
    expect(victims.description).toContain('2012: 100; 2013: 120; 2014: 150');
    expect(t1.charts.some((c) => c.indicatorId === 'T1.1')).toBe(false);
    expect(
      buildCountryReport(countryInput({ submission: de2014, history: [] })).targets.flatMap((t) => t.charts),
    ).toEqual([]);
  });

  it('lists the actions with readable dates and statuses', () => {
    const a = model.targets[0]?.actions[0];
    expect(a).toMatchObject({
      ref: 'FR-1',
      statusLabel: 'completed',
      kindLabel: 'commitment (to be undertaken)',
      dates: 'February 2013 \u2013 30 November 2014',
      lead: 'Police nationale',
    });
  });

  it('has a data quality annex with the accepted warnings and the files with their checksums', () => {
    expect(model.dataQuality.warningsText).toBe('2 warnings were accepted with this submission.');
    expect(model.dataQuality.warnings[0]).toMatchObject({
      code: 'CONVICTED_ABOVE_PROSECUTED',
      place: 'Indicators, row 10, column B',
    });
    expect(model.dataQuality.sources[0]).toMatchObject({
      name: 'FR-2014.xlsx',
      format: 'XLSX',
      size: '18 KB',
    });
    expect(model.dataQuality.sources[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never carries the contact name or e-mail', () => {
    for (const submission of [es2014, de2014]) {
      const json = JSON.stringify(buildCountryReport(countryInput({ submission, history: [] })));
      for (const p of personalData) expect(json).not.toContain(p);
    }
    const json = JSON.stringify(model);
    for (const p of personalData) expect(json).not.toContain(p);
  });

  it('keeps text from uploads as raw text for the renderer to escape', () => {
    const es = buildCountryReport(countryInput({ submission: es2014, history: [] }));
    expect(es.targets[2]?.actions[0]?.title).toBe(hostileTitle);
  });

  it('marks sample data, and is plain JSON that does not depend on the clock', () => {
    const sample = buildCountryReport(countryInput({ sample: true }));
    expect(sample.meta.sampleMark).toBe('Fictitious sample data');
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    expect(JSON.stringify(buildCountryReport(countryInput()))).toBe(JSON.stringify(model));
    const undated = buildCountryReport(countryInput({ submissionDate: null }));
    expect(undated.meta.documentDate).toBe('2015-01-01');
    expect(undated.cover.facts[2]).toEqual({ label: 'Submission date', value: 'not given' });
  });

  it('says "child sexual abuse material (CSAM)", never "child pornography" outside the quoted titles', () => {
    const { targets, ...rest } = model;
    const text = JSON.stringify([rest, targets.map(({ title: _title, ...t }) => t)]);
    expect(text.toLowerCase()).not.toContain('child pornography');
  });

  it('calls a draft (edition 0) a draft, not "Edition 0", on the cover and in the running header', () => {
    const draft = buildCountryReport(countryInput({ edition: 0 }));
    expect(draft.cover.facts).toContainEqual({ label: 'Edition', value: 'Draft - not for publication' });
    expect(draft.meta.runningHeader).toBe('France \u00B7 2014 \u00B7 Draft - not for publication');
    expect(draft.meta.editionLabel).toBe('Draft - not for publication');
    expect(JSON.stringify(draft)).not.toContain('Edition 0');
    expect(model.meta.runningHeader).toBe('France \u00B7 2014 \u00B7 Edition 1');
  });
});
