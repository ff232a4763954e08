/**
 * Progress method 2 (framework.md), one case per branch of the method: each asserts the
 * status AND the sentence the reports print (the inputs a reader recomputes it from).
 */
import { describe, expect, it } from 'vitest';
import { getIndicator, indicators } from '../../functions/core/framework.js';
import {
  consolidateIndicator,
  countryProgress,
  type IndicatorProgress,
  measureMove,
  median,
} from '../../functions/core/progress.js';
import {
  aboveText,
  benchmarkText,
  explainStatus,
  ruleLabel,
  sinceBaseText,
} from '../../functions/core/report/explain.js';
import { makeSubmission } from '../helpers/report-fixtures.js';

type Value = number | boolean | null;

/** The progress of one indicator in `year` from a country's values by year. */
function progressOf(
  id: string,
  year: number,
  byYear: Record<number, Value>,
  same: Record<string, Value> = {},
) {
  const submissions = Object.entries(byYear).map(([y, v]) =>
    makeSubmission('FR', Number(y), { [id]: v, ...(Number(y) === year ? same : {}) }),
  );
  const now = submissions.find((s) => s.year === year);
  const all = countryProgress(
    indicators,
    year,
    now,
    submissions.filter((s) => s.year < year),
  );
  return all.find((p) => p.indicator.id === id) as IndicatorProgress;
}

const cases: Array<{
  name: string;
  id: string;
  year: number;
  values: Record<number, Value>;
  status: IndicatorProgress['status'];
  printed: string;
}> = [
  {
    name: 'a rise under the 2% tolerance is stable (209 to 211)',
    id: 'T2.3',
    year: 2015,
    values: { 2014: 209, 2015: 211 },
    status: 'stable',
    printed: '211 against 209 in 2014 (+1.0% a year, under the 2% tolerance): stable; rule: none.',
  },
  {
    name: 'a gap year: compared with the latest earlier year, annualised over the gap',
    id: 'T1.2',
    year: 2015,
    values: { 2013: 100, 2015: 121 },
    status: 'improving',
    printed:
      '121 against 100 in 2013 (+10.0% a year over 2 years, at or above the 2% tolerance): improving; rule: none.',
  },
  {
    name: 'earlier value 0: any rise is a move',
    id: 'T2.5',
    year: 2015,
    values: { 2014: 0, 2015: 2 },
    status: 'improving',
    printed: '2 against 0 in 2014 (a rise from 0): improving; rule: none.',
  },
  {
    name: 'earlier value 0 and still 0: no move',
    id: 'T2.5',
    year: 2015,
    values: { 2014: 0, 2015: 0 },
    status: 'stable',
    printed: '0 against 0 in 2014 (no move from 0): stable; rule: none.',
  },
  {
    name: 'a fall inside the tolerance is stable',
    id: 'T1.2',
    year: 2015,
    values: { 2014: 200, 2015: 197 },
    status: 'stable',
    printed: '197 against 200 in 2014 (\u22121.5% a year, under the 2% tolerance): stable; rule: none.',
  },
  {
    name: 'a fall beyond the tolerance is worsening',
    id: 'T1.2',
    year: 2015,
    values: { 2014: 200, 2015: 180 },
    status: 'worsening',
    printed:
      '180 against 200 in 2014 (\u221210.0% a year, at or above the 2% tolerance): worsening; rule: none.',
  },
  {
    name: 'a percent moving 0.8 points is stable',
    id: 'T3.2',
    year: 2015,
    values: { 2014: 45, 2015: 45.8 },
    status: 'stable',
    printed:
      '45.8% against 45.0% in 2014 (+0.8 points a year, under the 1-point tolerance): stable; rule: none.',
  },
  {
    name: 'a percent moving 2 points over a 2-year gap is 1 point a year: improving',
    id: 'T3.3',
    year: 2015,
    values: { 2013: 40, 2015: 42 },
    status: 'improving',
    printed:
      '42.0% against 40.0% in 2013 (+1.0 point a year over 2 years, at or above the 1-point tolerance): improving; rule: none.',
  },
  {
    name: 'a score moving 1 point is a move (every point counts), the rule still not met',
    id: 'T2.1',
    year: 2015,
    values: { 2014: 4, 2015: 5 },
    status: 'improving',
    printed:
      '5 of 6 against 4 of 6 in 2014 (+1 point; every point counts): improving; rule: 6 of 6, not met.',
  },
  {
    name: 'no to yes meets the yes/no rule',
    id: 'T4.1',
    year: 2015,
    values: { 2014: false, 2015: true },
    status: 'achieved',
    printed: 'yes against no in 2014 (changed to yes): achieved; rule: yes, met.',
  },
  {
    name: 'yes to no is worsening, the rule not met',
    id: 'T1.1',
    year: 2015,
    values: { 2014: true, 2015: false },
    status: 'worsening',
    printed: 'no against yes in 2014 (changed to no): worsening; rule: yes, not met.',
  },
  {
    name: 'a missed rule in a first year is not-met (never hidden as a baseline)',
    id: 'T1.5',
    year: 2015,
    values: { 2015: 80 },
    status: 'not-met',
    printed: '80.0% (no earlier year reported): not met; rule: 100%, not met.',
  },
  {
    name: 'a met rule is achieved, even when the value fell',
    id: 'T3.1',
    year: 2015,
    values: { 2014: 3, 2015: 1 },
    status: 'achieved',
    printed:
      '1 against 3 in 2014 (\u221266.7% a year, at or above the 2% tolerance): achieved; rule: at least 1, met.',
  },
  {
    name: 'no rule and no earlier year: first report',
    id: 'T1.6',
    year: 2015,
    values: { 2015: 4 },
    status: 'first-report',
    printed: '4.0 FTE (no earlier year reported): first report; rule: none.',
  },
  {
    name: 'a context indicator is shown, never judged',
    id: 'T4.2',
    year: 2015,
    values: { 2014: 1000, 2015: 1500 },
    status: 'context',
    printed: '1,500 against 1,000 in 2014 (+50.0% a year): context, shown and not judged; rule: none.',
  },
  {
    name: 'no value for the year',
    id: 'T1.2',
    year: 2015,
    values: { 2014: 100, 2015: null },
    status: 'no-data',
    printed: 'No value reported for 2015: no data.',
  },
  {
    name: 'lower is better for days: a fall beyond the tolerance is improving',
    id: 'T4.4',
    year: 2015,
    values: { 2014: 3, 2015: 2.4 },
    status: 'improving',
    printed:
      '2.4 days against 3.0 days in 2014 (\u221220.0% a year, at or above the 2% tolerance): improving; rule: none.',
  },
];

describe('progress method 2, one case per branch', () => {
  it.each(cases)('$name', ({ id, year, values, status, printed }) => {
    const p = progressOf(id, year, values);
    expect(p.status).toBe(status);
    expect(explainStatus(p)).toBe(printed);
  });
});

describe('T1.4, the derived growth of T1.3', () => {
  const t13 = (byYear: Record<number, Value>) => {
    const submissions = Object.entries(byYear).map(([y, v]) =>
      makeSubmission('FR', Number(y), { 'T1.3': v }),
    );
    const last = submissions.at(-1)!;
    return countryProgress(indicators, last.year, last, submissions.slice(0, -1)).find(
      (p) => p.indicator.id === 'T1.4',
    )!;
  };

  it('is the growth over the latest earlier T1.3, annualised over a gap, and meets +10%', () => {
    const p = t13({ 2013: 1000, 2015: 1210 });
    expect(p.current).toBeCloseTo(10, 9);
    expect(p.status).toBe('achieved');
    expect(explainStatus(p)).toBe(
      '10.0% (growth of T1.3 from 1,000 in 2013 to 1,210, annualised over 2 years) (no earlier year reported): achieved; rule: at least +10%, met.',
    );
  });

  it('below +10% with no earlier T1.4 is not-met; with one it moves in points', () => {
    expect(t13({ 2014: 1000, 2015: 1050 }).status).toBe('not-met');
    const moved = t13({ 2013: 1000, 2014: 1080, 2015: 1150 });
    expect(moved.status).toBe('worsening');
    expect(explainStatus(moved)).toBe(
      '6.5% (growth of T1.3 from 1,080 in 2014 to 1,150) against 8.0% in 2014 (\u22121.5 points a year, at or above the 1-point tolerance): worsening; rule: at least +10%, not met.',
    );
  });

  it('has no data when the earlier T1.3 is 0 or missing', () => {
    expect(t13({ 2014: 0, 2015: 50 }).status).toBe('no-data');
    const alone = t13({ 2015: 50 });
    expect(alone.status).toBe('no-data');
    expect(explainStatus(alone)).toBe('No data: T1.3 is needed for 2015 and for an earlier year, above 0.');
  });
});

describe('what is printed beside a status', () => {
  it('gives the change since the base year when it is before the earlier year', () => {
    const p = progressOf('T1.2', 2015, { 2012: 100, 2014: 140, 2015: 146 });
    expect(p.base?.year).toBe(2012);
    expect(sinceBaseText(p)).toBe('Since 2012, the first year reported (100): +13.4% a year over 3 years.');
    expect(sinceBaseText(progressOf('T1.2', 2015, { 2014: 140, 2015: 146 }))).toBeNull();
  });

  it('cites a benchmark only from its own year on, and never as a rule', () => {
    const t44 = progressOf('T4.4', 2015, { 2014: 3, 2015: 2.2 });
    expect(t44.benchmarkApplies).toBe(false);
    expect(benchmarkText(t44)).toBeNull();
    expect(ruleLabel(t44.indicator, 2015)).toBeNull();
    expect(ruleLabel(t44.indicator, 2023)).toBe('benchmark about 2.5 days (INHOPE, 2023)');
    const t43 = progressOf('T4.3', 2015, { 2014: 95, 2015: 92.4 });
    expect(t43.status).toBe('worsening');
    expect(benchmarkText(t43)).toBe(
      'Benchmark 90.6% (INHOPE network, 2015): reached; a reference, not a rule.',
    );
    expect(benchmarkText(progressOf('T4.3', 2014, { 2013: 95, 2014: 92.4 }))).toBeNull();
  });

  it('prints T2.4 above T2.3 as a note, not a rule', () => {
    const p = progressOf('T2.4', 2015, { 2014: 70, 2015: 95 }, { 'T2.3': 90 });
    expect(p.status).toBe('improving');
    expect(explainStatus(p)).toContain('rule: none');
    expect(aboveText(p)).toContain('T2.4 (95) is above T2.3 (90)');
    expect(aboveText(progressOf('T2.4', 2015, { 2015: 80 }, { 'T2.3': 90 }))).toBeNull();
  });
});

describe('the tolerance is held exactly', () => {
  it('takes 2% a year and 1 point a year as real moves', () => {
    expect(measureMove('count', 102, 100, 1).real).toBe(true);
    expect(measureMove('count', 101.9, 100, 1).real).toBe(false);
    expect(measureMove('percent', 51, 50, 1).real).toBe(true);
    expect(measureMove('percent', 51.9, 50, 2).real).toBe(false);
  });
});

describe('consolidated figures', () => {
  const ind = getIndicator('T4.3')!;
  it('counts a benchmark reached only in years it applies to', () => {
    const entry = progressOf('T4.3', 2015, { 2015: 95 });
    expect(consolidateIndicator(ind, [entry], 2015).met).toBe(1);
    const early = progressOf('T4.3', 2014, { 2014: 95 });
    expect(consolidateIndicator(ind, [early], 2014).met).toBeNull();
  });

  it('takes the median of an odd and even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
