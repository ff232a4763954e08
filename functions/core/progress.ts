/**
 * Progress status of each indicator for a country and year (framework.md "Progress
 * status"), and the consolidated figures across countries.
 *
 * Decisions, so a reader can check them:
 * - A rule is checked first: when it is met the status is `achieved`, even if the value
 *   fell (T3.1 from 2 campaigns to 1 still meets "at least 1").
 * - Benchmarks (T4.3-T4.5) are reference figures from the INHOPE network, measured in
 *   other years and places; they are not commitments a country made. Reaching one is
 *   shown beside the value ("benchmark reached") and counted in the consolidated figures,
 *   but it never makes the status `achieved`: the status comes from the direction alone.
 * - T2.4 above T2.3 is a consistency warning printed under the table, not a status.
 * - The previous value is the one of exactly the year before; an older year does not count.
 * - T1.4 (growth of T1.3) needs T1.3 of both years and a previous value above zero.
 */
import type { Indicator, Rule } from './framework.js';
import { formatChange, formatNumber, formatValue } from './report/format.js';
import type { StatusCode } from './report/types.js';
import type { Submission } from './submission.js';

export type Value = number | boolean | null;

export interface IndicatorProgress {
  indicator: Indicator;
  status: StatusCode;
  current: Value;
  previous: Value;
  /** The year of `previous`, or null when there is no previous submission. */
  previousYear: number | null;
  /** current - previous, for numbers; null otherwise. */
  change: number | null;
  /** The rule (not a benchmark) is met: true/false, or null without a rule or value. */
  ruleMet: boolean | null;
  /** The benchmark is reached: true/false, or null without a benchmark or value. */
  benchmarkMet: boolean | null;
  /** The T2.4 consistency warning, when it applies. */
  warning: string | null;
  /** One sentence a reader can check: the inputs and the conclusion. */
  explanation: string;
}

/** The values of a submission by indicator id (reported ones only, no derived). */
export function valuesOf(submission: Submission | undefined): Map<string, Value> {
  return new Map((submission?.indicators ?? []).map((v) => [v.id, v.value]));
}

/** Growth in percent from `previous` to `current`, or null when it cannot be computed. */
export function growthPercent(current: Value, previous: Value): number | null {
  if (typeof current !== 'number' || typeof previous !== 'number' || previous <= 0) return null;
  return ((current - previous) / previous) * 100;
}

/**
 * Every indicator's value for one year, derived ones included: T1.4 = growth of T1.3 over
 * `previousYear`'s submission. Indicators not reported are null.
 */
export function yearValues(
  indicators: readonly Indicator[],
  submission: Submission | undefined,
  previous: Submission | undefined,
): Map<string, Value> {
  const own = valuesOf(submission);
  const before = valuesOf(previous);
  const result = new Map<string, Value>();
  for (const ind of indicators) {
    if (ind.derived?.kind === 'growth') {
      result.set(
        ind.id,
        growthPercent(own.get(ind.derived.from) ?? null, before.get(ind.derived.from) ?? null),
      );
    } else {
      result.set(ind.id, own.get(ind.id) ?? null);
    }
  }
  return result;
}

function ruleMet(rule: Rule | undefined, value: Value): boolean | null {
  if (!rule || value === null) return null;
  switch (rule.kind) {
    case 'equals':
      return value === rule.value;
    case 'at-least':
      return typeof value === 'number' ? value >= rule.value : null;
    case 'growth-at-least':
      return typeof value === 'number' ? value >= rule.percent : null;
    default:
      return null;
  }
}

function benchmarkMet(indicator: Indicator, value: Value): boolean | null {
  const rule = indicator.rule;
  if (rule?.kind !== 'benchmark' || typeof value !== 'number') return null;
  return indicator.direction === 'lower' ? value <= rule.value : value >= rule.value;
}

/** The rule text with its source, as tables print it: `benchmark 90.6% (INHOPE network, 2015)`. */
export function ruleText(indicator: Indicator): string | null {
  const rule = indicator.rule;
  if (!rule) return null;
  if (rule.kind === 'benchmark') return `${rule.text} (${rule.source})`;
  return rule.text;
}

/**
 * The status of one indicator from this year's value, the previous year's and the rule.
 * `others` are this year's values of the other indicators (for T2.4 against T2.3).
 */
export function indicatorProgress(
  indicator: Indicator,
  current: Value,
  previous: Value,
  previousYear: number | null,
  others: ReadonlyMap<string, Value> = new Map(),
): IndicatorProgress {
  const met = ruleMet(indicator.rule, current);
  const bench = benchmarkMet(indicator, current);
  const change = typeof current === 'number' && typeof previous === 'number' ? current - previous : null;
  const status = decide(indicator, current, previous, met);

  let warning: string | null = null;
  const rule = indicator.rule;
  if (rule?.kind === 'not-above' && typeof current === 'number') {
    const other = others.get(rule.indicator);
    if (typeof other === 'number' && current > other) {
      warning = `${indicator.id} (${formatNumber(current)}) is above ${rule.indicator} (${formatNumber(other)}): convictions can follow prosecutions of earlier years, but the figures are worth checking.`;
    }
  }

  return {
    indicator,
    status,
    current,
    previous,
    previousYear,
    change,
    ruleMet: met,
    benchmarkMet: bench,
    warning,
    explanation: explain(indicator, status, current, previous, previousYear, met, bench),
  };
}

function decide(indicator: Indicator, current: Value, previous: Value, met: boolean | null): StatusCode {
  if (current === null) return 'no-data';
  if (indicator.direction === 'none') return 'context';
  if (met === true) return 'achieved';
  if (previous === null) return 'baseline';
  const diff = Number(current) - Number(previous);
  if (Math.abs(diff) < 1e-9) return 'stable';
  const wanted = indicator.direction === 'lower' ? diff < 0 : diff > 0;
  return wanted ? 'improving' : 'worsening';
}

function explain(
  indicator: Indicator,
  status: StatusCode,
  current: Value,
  previous: Value,
  previousYear: number | null,
  met: boolean | null,
  bench: boolean | null,
): string {
  const unit = indicator.unit;
  const now = formatValue(unit, current, indicator.range);
  const before =
    previousYear === null
      ? 'no previous year'
      : `${formatValue(unit, previous, indicator.range)} in ${previousYear}`;
  const rule = indicator.rule;
  const benchText =
    bench === null || rule?.kind !== 'benchmark'
      ? ''
      : ` ${bench ? 'Reaches' : 'Below'} the ${rule.text} (${rule.source}), a reference figure, not a rule.`;
  switch (status) {
    case 'no-data':
      return indicator.derived
        ? `No data: ${indicator.derived.from} is needed for this year and the previous one.`
        : 'No data: no value was reported for this year.';
    case 'context':
      return `${now} (${before}). A context indicator: shown, not judged.`;
    case 'achieved':
      return `${now} meets the rule "${rule?.text}".`;
    case 'baseline':
      return `${now}; ${met === false ? `the rule "${rule?.text}" is not met; ` : ''}no previous year to compare with.${benchText}`;
    default: {
      const ruleNote = met === false ? ` The rule "${rule?.text}" is not met.` : '';
      const dir = indicator.direction === 'lower' ? 'lower is better' : 'higher is better';
      return `${now} against ${before} (${formatChange(unit, current, previous)}; ${dir}): ${status}.${ruleNote}${benchText}`;
    }
  }
}

/** One country's progress for a year, every indicator of the framework in order. */
export function countryProgress(
  indicators: readonly Indicator[],
  year: number,
  submission: Submission | undefined,
  history: readonly Submission[],
): IndicatorProgress[] {
  const byYear = new Map(history.map((s) => [s.year, s]));
  const previous = byYear.get(year - 1);
  const beforePrevious = byYear.get(year - 2);
  const now = yearValues(indicators, submission, previous);
  const then = previous ? yearValues(indicators, previous, beforePrevious) : undefined;
  return indicators.map((ind) =>
    indicatorProgress(
      ind,
      now.get(ind.id) ?? null,
      then?.get(ind.id) ?? null,
      previous ? previous.year : null,
      now,
    ),
  );
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
  /** How many met the rule (or reached the benchmark); null without one. */
  met: number | null;
}

/** Consolidated figures of one indicator over the countries' progress entries for it. */
export function consolidateIndicator(
  indicator: Indicator,
  entries: readonly IndicatorProgress[],
): ConsolidatedIndicator {
  const values = entries.map((e) => e.current).filter((v): v is number | boolean => v !== null);
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const hasRule = indicator.rule !== undefined && indicator.rule.kind !== 'not-above';
  const met = hasRule
    ? entries.filter((e) => (indicator.rule?.kind === 'benchmark' ? e.benchmarkMet : e.ruleMet) === true)
        .length
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
