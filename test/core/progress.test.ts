import { describe, expect, it } from 'vitest';
import { getIndicator, indicators } from '../../functions/core/framework.js';
import {
  consolidateIndicator,
  countryProgress,
  indicatorProgress,
  median,
} from '../../functions/core/progress.js';
import { de2014, fr2012, fr2013, fr2014, makeSubmission } from '../helpers/report-fixtures.js';

const ind = (id: string) => {
  const found = getIndicator(id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};
const statusOf = (id: string, current: number | boolean | null, previous: number | boolean | null) =>
  indicatorProgress(ind(id), current, previous, previous === null ? null : 2013).status;

describe('progress status of one indicator', () => {
  it('is achieved when the rule is met, even if the value fell', () => {
    expect(statusOf('T1.1', true, false)).toBe('achieved');
    expect(statusOf('T2.1', 6, 6)).toBe('achieved');
    expect(statusOf('T3.1', 1, 2)).toBe('achieved');
    expect(statusOf('T1.5', 100, null)).toBe('achieved');
  });

  it('is improving, stable or worsening by the wanted direction when no rule is met', () => {
    expect(statusOf('T1.2', 150, 120)).toBe('improving');
    expect(statusOf('T1.2', 120, 120)).toBe('stable');
    expect(statusOf('T1.2', 100, 120)).toBe('worsening');
    expect(statusOf('T1.5', 75, 80)).toBe('worsening');
    expect(statusOf('T1.1', false, true)).toBe('worsening');
    expect(statusOf('T1.1', false, false)).toBe('stable');
    // Lower is better for the time to removal.
    expect(statusOf('T4.4', 2.2, 3)).toBe('improving');
    expect(statusOf('T4.4', 3, 2.2)).toBe('worsening');
  });

  it('is no-data without a value, baseline without a previous year, context without a direction', () => {
    expect(statusOf('T1.2', null, 120)).toBe('no-data');
    expect(statusOf('T1.2', 120, null)).toBe('baseline');
    expect(statusOf('T1.1', false, null)).toBe('baseline');
    expect(statusOf('T2.2', 340, 300)).toBe('context');
    expect(statusOf('T4.2', 100, 6200)).toBe('context');
    expect(statusOf('T4.2', null, 6200)).toBe('no-data');
  });

  it('never makes a benchmark an achievement, but says whether it is reached', () => {
    const above = indicatorProgress(ind('T4.3'), 92.4, 95, 2013);
    expect(above.status).toBe('worsening');
    expect(above.benchmarkMet).toBe(true);
    expect(above.ruleMet).toBeNull();
    expect(above.explanation).toContain('Reaches the benchmark 90.6%');
    const fast = indicatorProgress(ind('T4.4'), 2.2, null, null);
    expect(fast.status).toBe('baseline');
    expect(fast.benchmarkMet).toBe(true);
    expect(indicatorProgress(ind('T4.5'), 94, 96, 2013).benchmarkMet).toBe(false);
  });

  it('shows the inputs it used, so a reader can check the status', () => {
    const p = indicatorProgress(ind('T1.5'), 75, 80, 2013);
    expect(p.explanation).toBe(
      '75% against 80% in 2013 (\u22125 points; higher is better): worsening. The rule "100%" is not met.',
    );
    expect(p.change).toBe(-5);
  });

  it('warns, without a status, when convictions are above prosecutions', () => {
    const p = indicatorProgress(ind('T2.4'), 95, 70, 2013, new Map([['T2.3', 90]]));
    expect(p.status).toBe('improving');
    expect(p.warning).toContain('T2.4 (95) is above T2.3 (90)');
    expect(indicatorProgress(ind('T2.4'), 80, 70, 2013, new Map([['T2.3', 90]])).warning).toBeNull();
  });
});

describe('progress of a country', () => {
  const byId = (list: ReturnType<typeof countryProgress>) => new Map(list.map((p) => [p.indicator.id, p]));

  it('derives T1.4 as the growth of T1.3 over the previous year, and judges it by the +10% rule', () => {
    const p = byId(countryProgress(indicators, 2014, fr2014, [fr2012, fr2013])).get('T1.4')!;
    expect(p.current).toBeCloseTo(12.5);
    expect(p.previous).toBeCloseTo(11.11, 1);
    expect(p.status).toBe('achieved');
    // 5% then 8%: below the rule, but growing faster.
    const years = [1000, 1050, 1134].map((v, i) => makeSubmission('FR', 2012 + i, { 'T1.3': v }));
    const faster = byId(countryProgress(indicators, 2014, years[2]!, years.slice(0, 2))).get('T1.4')!;
    expect(faster.current).toBeCloseTo(8);
    expect(faster.status).toBe('improving');
    // 11.1% then 0%: the rule is not met and growth fell.
    const flat = makeSubmission('FR', 2014, { 'T1.3': 1000 });
    expect(byId(countryProgress(indicators, 2014, flat, [fr2012, fr2013])).get('T1.4')?.status).toBe(
      'worsening',
    );
    // Without 2012, the 2013 growth is unknown: 2014 is a baseline.
    expect(byId(countryProgress(indicators, 2014, flat, [fr2013])).get('T1.4')?.status).toBe('baseline');
  });

  it('gives T1.4 no data without both years', () => {
    expect(byId(countryProgress(indicators, 2014, de2014, [])).get('T1.4')?.status).toBe('no-data');
    const gap = byId(countryProgress(indicators, 2014, fr2014, [fr2012]));
    expect(gap.get('T1.4')?.status).toBe('no-data');
    // Only the year just before counts as the previous year.
    expect(gap.get('T1.2')?.status).toBe('baseline');
  });

  it('covers every status with the France 2014 fixture', () => {
    const statuses = new Set(
      countryProgress(indicators, 2014, fr2014, [fr2013, fr2012]).map((p) => p.status),
    );
    expect([...statuses].sort()).toEqual(
      ['achieved', 'baseline', 'context', 'improving', 'no-data', 'stable', 'worsening'].sort(),
    );
  });
});

describe('consolidated figures', () => {
  const entries = (id: string) =>
    [
      countryProgress(indicators, 2014, fr2014, [fr2013]),
      countryProgress(indicators, 2014, de2014, []),
      countryProgress(indicators, 2014, makeSubmission('ES', 2014, {}), []),
    ].map((list) => list.find((p) => p.indicator.id === id)!);

  it('totals and medians counts over the members that reported', () => {
    const c = consolidateIndicator(ind('T1.2'), entries('T1.2'));
    expect(c).toMatchObject({ reporting: 2, total: 360, median: 180, yes: null, met: null });
  });

  it('never totals percents, and counts met rules', () => {
    const c = consolidateIndicator(ind('T1.5'), entries('T1.5'));
    expect(c).toMatchObject({ reporting: 2, total: null, median: 87.5, met: 1 });
  });

  it('counts yes of those reporting for yes/no indicators', () => {
    const c = consolidateIndicator(ind('T1.1'), entries('T1.1'));
    expect(c).toMatchObject({ reporting: 2, total: null, median: null, yes: 1, met: 1 });
  });

  it('counts benchmarks reached, with lower-is-better days', () => {
    expect(consolidateIndicator(ind('T4.4'), entries('T4.4'))).toMatchObject({ median: 1.85, met: 2 });
    expect(consolidateIndicator(ind('T4.5'), entries('T4.5'))).toMatchObject({ met: 1 });
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
