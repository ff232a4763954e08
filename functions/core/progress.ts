/**
 * Progress status of each indicator for a country and year: method 2 of framework.md
 * ("Progress status - method 2"), and the consolidated figures across countries.
 *
 * This module computes; it words nothing. Every number a reader needs to recompute a
 * status is in the result (the values and years compared, the move a year, whether it is
 * beyond the tolerance, the rule); functions/core/report/explain.ts turns it into the
 * sentence the reports print.
 *
 * Decisions, so a reader can check them:
 * - The earlier value is the latest earlier year with an accepted value of this indicator
 *   (not only the year before); a move is annualised over the gap.
 * - Benchmarks (T4.3-T4.5) are never rules: the status comes from the move alone; the
 *   benchmark is compared only in report years at or after its own year.
 * - T2.4 above T2.3 is a consistency note, never a rule.
 * - T1.4 is the growth of T1.3 from its latest earlier value, annualised; no data when
 *   either is missing or the earlier one is 0.
 */
import type { Indicator, Rule, Unit } from './framework.js';
import type { Submission } from './submission.js';

export type Value = number | boolean | null;

/** A progress status (framework.md, method 2). */
export type StatusCode =
  | 'no-data'
  | 'context'
  | 'achieved'
  | 'not-met'
  | 'first-report'
  | 'improving'
  | 'stable'
  | 'worsening';

/** Statuses that judge a value (the status matrix counts these). */
export const judgedStatuses: readonly StatusCode[] = [
  'achieved',
  'not-met',
  'improving',
  'stable',
  'worsening',
];

/** How a unit's move is measured. */
export type MoveKind = 'rate' | 'points' | 'score' | 'yes-no';

/** The tolerance of each move kind: below it, the value is stable. */
export const tolerance: Readonly<Record<MoveKind, number>> = {
  /** 2% a year (counts, FTE, days). */
  rate: 0.02,
  /** 1 percentage point a year. */
  points: 1,
  /** Any change. */
  score: 0,
  'yes-no': 0,
};

/** A value against an earlier one. */
export interface Move {
  kind: MoveKind;
  /**
   * The move a year: `rate` a fraction (0.01 = +1% a year), `points` percentage points a
   * year, `score` whole points, `yes-no` +1 (to yes), -1 (to no) or 0. Null for a rate
   * from an earlier 0 (`fromZero`).
   */
  perYear: number | null;
  /** The earlier value was 0 (rates only): any rise is a move, 0 is none. */
  fromZero: boolean;
  /** +1 up, -1 down, 0 no move beyond the tolerance. */
  sign: -1 | 0 | 1;
  /** The move is at or beyond the tolerance. */
  real: boolean;
}

/** An earlier value and its year. */
export interface YearValue {
  year: number;
  value: number | boolean;
}

export interface IndicatorProgress {
  indicator: Indicator;
  year: number;
  status: StatusCode;
  current: Value;
  /** The latest earlier value (`earlier` of the method), or null. Same as `earlier?.value`. */
  previous: Value;
  /** The year of `previous` (E), or null when there is none. */
  previousYear: number | null;
  earlier: YearValue | null;
  /** The move since `earlier`, or null without one. */
  move: Move | null;
  /** The country's first accepted value (B), shown as the longer trend when B < E. */
  base: (YearValue & { move: Move }) | null;
  /** The rule (not a benchmark, not the T2.4 note) is met: true/false, or null without a rule or value. */
  ruleMet: boolean | null;
  /** The benchmark is reached, when one applies this year; null otherwise. */
  benchmarkMet: boolean | null;
  /** The benchmark applies to this report year (its year is at or before it). */
  benchmarkApplies: boolean;
  /** The T2.4 note: this indicator is above another one of the same year. */
  above: { indicator: string; value: number } | null;
  /** T1.4: the T1.3 values it was computed from. */
  derivedFrom: { id: string; current: number; earlier: YearValue } | null;
}

/** The values of a submission by indicator id (reported ones only, no derived). */
export function valuesOf(submission: Submission | undefined): Map<string, Value> {
  return new Map((submission?.indicators ?? []).map((v) => [v.id, v.value]));
}

/** How a unit moves. */
export function moveKind(unit: Unit): MoveKind {
  switch (unit) {
    case 'percent':
      return 'points';
    case 'score':
      return 'score';
    case 'yes-no':
      return 'yes-no';
    default:
      return 'rate';
  }
}

/** Guards the comparison with a tolerance against floating-point noise (1.02^1 - 1 = 0.0199999...). */
const EPS = 1e-9;

/** The move from `earlier` (in `gap` years before) to `current`, per framework.md. */
export function measureMove(
  unit: Unit,
  current: number | boolean,
  earlier: number | boolean,
  gap: number,
): Move {
  const kind = moveKind(unit);
  if (typeof current === 'boolean' || typeof earlier === 'boolean') {
    const sign = current === earlier ? 0 : current ? 1 : -1;
    return { kind: 'yes-no', perYear: sign, fromZero: false, sign, real: sign !== 0 };
  }
  const years = Math.max(1, gap);
  if (kind === 'rate') {
    if (earlier === 0) {
      const sign = current > 0 ? 1 : 0;
      return { kind, perYear: null, fromZero: true, sign, real: sign !== 0 };
    }
    const rate = (current / earlier) ** (1 / years) - 1;
    const real = Math.abs(rate) >= tolerance.rate - EPS;
    return { kind, perYear: rate, fromZero: false, sign: real ? (rate > 0 ? 1 : -1) : 0, real };
  }
  const perYear = kind === 'points' ? (current - earlier) / years : current - earlier;
  const real = kind === 'points' ? Math.abs(perYear) >= tolerance.points - EPS : Math.abs(perYear) > EPS;
  return { kind, perYear, fromZero: false, sign: real ? (perYear > 0 ? 1 : -1) : 0, real };
}

/** Annual growth in percent from `earlier` to `current` over `gap` years; null when it cannot be computed. */
export function annualGrowthPercent(current: Value, earlier: Value, gap: number): number | null {
  if (typeof current !== 'number' || typeof earlier !== 'number' || earlier <= 0 || gap < 1) return null;
  // Over one year, the plain ratio: (1100 - 1000) / 1000 is exactly 10, where 1.1 ** 1 - 1 is
  // not; over a gap, the annual rate, rounded to 1e-9 so the open data prints no float noise.
  const growth =
    gap === 1 ? ((current - earlier) / earlier) * 100 : ((current / earlier) ** (1 / gap) - 1) * 100;
  return Math.round(growth * 1e9) / 1e9;
}

function ruleMetBy(rule: Rule | undefined, value: Value): boolean | null {
  if (!rule || value === null) return null;
  switch (rule.kind) {
    case 'equals':
      return value === rule.value;
    case 'at-least':
      return typeof value === 'number' ? value >= rule.value : null;
    case 'growth-at-least':
      return typeof value === 'number' ? value >= rule.percent - EPS : null;
    default:
      return null;
  }
}

/** The indicator has a rule a country is held to (not a benchmark, not the T2.4 note). */
export function hasRule(indicator: Indicator): boolean {
  const kind = indicator.rule?.kind;
  return kind === 'equals' || kind === 'at-least' || kind === 'growth-at-least';
}

/** The benchmark applies to a report of `year`: it was measured then or before. */
export function benchmarkApplies(indicator: Indicator, year: number): boolean {
  return indicator.rule?.kind === 'benchmark' && indicator.rule.year <= year;
}

/**
 * One country's series of an indicator: year -> value, derived ones computed (T1.4 from
 * T1.3's latest earlier value, annualised). Years without a value are absent.
 */
export function indicatorSeries(
  indicator: Indicator,
  submissions: readonly Submission[],
): Map<number, number | boolean> {
  const sorted = [...submissions].sort((a, b) => a.year - b.year);
  const series = new Map<number, number | boolean>();
  if (indicator.derived?.kind === 'growth') {
    const from = indicator.derived.from;
    let last: YearValue | null = null;
    for (const s of sorted) {
      const v = valuesOf(s).get(from) ?? null;
      if (typeof v !== 'number') continue;
      const growth = last === null ? null : annualGrowthPercent(v, last.value, s.year - last.year);
      if (growth !== null) series.set(s.year, growth);
      last = { year: s.year, value: v };
    }
    return series;
  }
  for (const s of sorted) {
    const v = valuesOf(s).get(indicator.id) ?? null;
    if (v !== null) series.set(s.year, v);
  }
  return series;
}

/** The latest value of `series` before `year`, or null. */
function latestBefore(series: ReadonlyMap<number, number | boolean>, year: number): YearValue | null {
  let found: YearValue | null = null;
  for (const [y, value] of series) {
    if (y < year && (found === null || y > found.year)) found = { year: y, value };
  }
  return found;
}

function firstOf(series: ReadonlyMap<number, number | boolean>, year: number): YearValue | null {
  let found: YearValue | null = null;
  for (const [y, value] of series) {
    if (y < year && (found === null || y < found.year)) found = { year: y, value };
  }
  return found;
}

/** The status of one indicator, checked in framework.md's order. */
export function decideStatus(
  indicator: Indicator,
  current: Value,
  ruleMet: boolean | null,
  move: Move | null,
): StatusCode {
  if (current === null) return 'no-data';
  if (indicator.direction === 'none') return 'context';
  if (ruleMet === true) return 'achieved';
  if (move === null) return hasRule(indicator) ? 'not-met' : 'first-report';
  if (move.sign === 0) return 'stable';
  const wanted = indicator.direction === 'lower' ? -1 : 1;
  return move.sign === wanted ? 'improving' : 'worsening';
}

/**
 * The progress of one indicator in `year` from the country's series of it (every year with
 * a value, `year` included when reported). `sameYear` are the country's other values of
 * `year` (for the T2.4 note).
 */
export function indicatorProgress(
  indicator: Indicator,
  year: number,
  series: ReadonlyMap<number, number | boolean>,
  sameYear: ReadonlyMap<string, Value> = new Map(),
  derivedFrom: IndicatorProgress['derivedFrom'] = null,
): IndicatorProgress {
  const current = series.get(year) ?? null;
  const earlier = latestBefore(series, year);
  const move =
    current !== null && earlier
      ? measureMove(indicator.unit, current, earlier.value, year - earlier.year)
      : null;
  const first = firstOf(series, year);
  const base =
    current !== null && first && earlier && first.year < earlier.year
      ? { ...first, move: measureMove(indicator.unit, current, first.value, year - first.year) }
      : null;
  const ruleMet = hasRule(indicator) ? ruleMetBy(indicator.rule, current) : null;
  const applies = benchmarkApplies(indicator, year);
  const rule = indicator.rule;
  const benchmarkMet =
    applies && rule?.kind === 'benchmark' && typeof current === 'number'
      ? indicator.direction === 'lower'
        ? current <= rule.value
        : current >= rule.value
      : null;
  let above: IndicatorProgress['above'] = null;
  if (rule?.kind === 'not-above' && typeof current === 'number') {
    const other = sameYear.get(rule.indicator);
    if (typeof other === 'number' && current > other) above = { indicator: rule.indicator, value: other };
  }
  return {
    indicator,
    year,
    status: decideStatus(indicator, current, ruleMet, move),
    current,
    previous: earlier?.value ?? null,
    previousYear: earlier?.year ?? null,
    earlier,
    move,
    base,
    ruleMet,
    benchmarkMet,
    benchmarkApplies: applies,
    above,
    derivedFrom: current === null ? null : derivedFrom,
  };
}

/**
 * One country's progress for `year`, every indicator of the framework in order, from the
 * year's submission (or none: every status no-data) and the earlier years (any order;
 * later years are ignored).
 */
export function countryProgress(
  indicators: readonly Indicator[],
  year: number,
  submission: Submission | undefined,
  history: readonly Submission[],
): IndicatorProgress[] {
  const submissions = [...history.filter((s) => s.year < year), ...(submission ? [submission] : [])];
  const sameYear = valuesOf(submission);
  return indicators.map((ind) => {
    const series = indicatorSeries(ind, submissions);
    let derivedFrom: IndicatorProgress['derivedFrom'] = null;
    if (ind.derived?.kind === 'growth') {
      const source = indicators.find((i) => i.id === ind.derived?.from);
      const sourceSeries = source ? indicatorSeries(source, submissions) : new Map();
      const now = sourceSeries.get(year);
      const before = latestBefore(sourceSeries, year);
      if (typeof now === 'number' && before)
        derivedFrom = { id: ind.derived.from, current: now, earlier: before };
    }
    return indicatorProgress(ind, year, series, sameYear, derivedFrom);
  });
}

/** The median of numbers, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface ConsolidatedIndicator {
  indicator: Indicator;
  /** Countries with a value. */
  reporting: number;
  /** Counts only; null otherwise (a total of percents, FTE or days means nothing). */
  total: number | null;
  /** Numbers only; null for yes/no or with no value. */
  median: number | null;
  /** Yes/no only: how many answered yes. */
  yes: number | null;
  /** How many met the rule (or reached a benchmark that applies); null without one. */
  met: number | null;
}

/** Consolidated figures of one indicator over the countries' progress entries for it. */
export function consolidateIndicator(
  indicator: Indicator,
  entries: readonly IndicatorProgress[],
  year: number,
): ConsolidatedIndicator {
  const values = entries.map((e) => e.current).filter((v): v is number | boolean => v !== null);
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const benchmark = benchmarkApplies(indicator, year);
  const met = hasRule(indicator)
    ? entries.filter((e) => e.ruleMet === true).length
    : benchmark
      ? entries.filter((e) => e.benchmarkMet === true).length
      : null;
  return {
    indicator,
    reporting: values.length,
    total: indicator.unit === 'count' && numbers.length > 0 ? numbers.reduce((a, b) => a + b, 0) : null,
    median: indicator.unit === 'yes-no' ? null : median(numbers),
    yes: indicator.unit === 'yes-no' ? values.filter((v) => v === true).length : null,
    met,
  };
}
