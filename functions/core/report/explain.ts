/**
 * The words of a status: what functions/core/progress.ts computed, as the sentence every
 * report prints beside it, so a reader can recompute the status from the page:
 * `211 against 209 in 2014 (+1.0% a year, under the 2% tolerance): stable; rule: none`.
 */
import type { Indicator } from '../framework.js';
import { type IndicatorProgress, type Move, tolerance } from '../progress.js';
import { formatFixedSigned, formatValue, statusViews } from './format.js';

const toleranceText = {
  rate: `${tolerance.rate * 100}% tolerance`,
  points: `${tolerance.points}-point tolerance`,
} as const;

/** A move a year in words: `+1.0% a year`, `−0.8 points a year`, `+1 point`, `changed to yes`. */
export function moveText(move: Move, gap: number): string {
  const over = gap > 1 ? ` over ${gap} years` : '';
  switch (move.kind) {
    case 'rate':
      if (move.fromZero) return move.sign > 0 ? 'a rise from 0' : 'no move from 0';
      return `${formatFixedSigned((move.perYear ?? 0) * 100, 1)}% a year${over}`;
    case 'points': {
      const d = move.perYear ?? 0;
      return `${formatFixedSigned(d, 1)} ${Math.abs(d) === 1 ? 'point' : 'points'} a year${over}`;
    }
    case 'score': {
      const d = move.perYear ?? 0;
      return d === 0 ? 'no change' : `${formatFixedSigned(d, 0)} ${Math.abs(d) === 1 ? 'point' : 'points'}`;
    }
    case 'yes-no':
      return move.sign === 0 ? 'no change' : move.sign > 0 ? 'changed to yes' : 'changed to no';
  }
}

/** The move with the tolerance it was held against: `+1.0% a year, under the 2% tolerance`. */
export function moveWithTolerance(move: Move, gap: number): string {
  const text = moveText(move, gap);
  if (move.kind === 'rate' && !move.fromZero) {
    return `${text}, ${move.real ? 'at or above' : 'under'} the ${toleranceText.rate}`;
  }
  if (move.kind === 'points')
    return `${text}, ${move.real ? 'at or above' : 'under'} the ${toleranceText.points}`;
  if (move.kind === 'score') return `${text}; every point counts`;
  return text;
}

/** The rule part: `rule: none`, `rule: at least 1, met`, `rule: 100%, not met`. */
export function ruleClause(p: IndicatorProgress): string {
  const rule = p.indicator.rule;
  if (!rule || rule.kind === 'benchmark' || rule.kind === 'not-above') return 'rule: none';
  if (p.ruleMet === null) return `rule: ${rule.text}`;
  return `rule: ${rule.text}, ${p.ruleMet ? 'met' : 'not met'}`;
}

/** What the derived T1.4 was computed from: `growth of T1.3 from 1,000 in 2013 to 1,105`. */
function derivedText(p: IndicatorProgress): string {
  const d = p.derivedFrom;
  if (!d) return '';
  const gap = p.year - d.earlier.year;
  return ` (growth of ${d.id} from ${formatValue('count', d.earlier.value)} in ${d.earlier.year} to ${formatValue('count', d.current)}${gap > 1 ? `, annualised over ${gap} years` : ''})`;
}

/** The value with what it was compared to: `211 against 209 in 2014 (+1.0% a year, under the 2% tolerance)`. */
function comparison(p: IndicatorProgress): string {
  const ind = p.indicator;
  const now = `${formatValue(ind.unit, p.current, ind.range)}${derivedText(p)}`;
  if (!p.earlier || !p.move) return `${now} (no earlier year reported)`;
  const gap = p.year - p.earlier.year;
  const before = formatValue(ind.unit, p.earlier.value, ind.range);
  const move = ind.direction === 'none' ? moveText(p.move, gap) : moveWithTolerance(p.move, gap);
  return `${now} against ${before} in ${p.earlier.year} (${move})`;
}

/**
 * The sentence that states a status and its inputs, for both formats:
 * `211 against 209 in 2014 (+1.0% a year, under the 2% tolerance): stable; rule: none`.
 */
export function explainStatus(p: IndicatorProgress): string {
  const ind = p.indicator;
  const word = statusViews[p.status].word;
  if (p.status === 'no-data') {
    return ind.derived
      ? `No data: ${ind.derived.from} is needed for ${p.year} and for an earlier year, above 0.`
      : `No value reported for ${p.year}: no data.`;
  }
  if (p.status === 'context') return `${comparison(p)}: context, shown and not judged; rule: none.`;
  return `${comparison(p)}: ${word}; ${ruleClause(p)}.`;
}

/** The longer trend beside the last move, when the first year is before the earlier one: `Since 2012 (180): +5.4% a year.` */
export function sinceBaseText(p: IndicatorProgress): string | null {
  if (!p.base) return null;
  const ind = p.indicator;
  const gap = p.year - p.base.year;
  return `Since ${p.base.year}, the first year reported (${formatValue(ind.unit, p.base.value, ind.range)}): ${moveText(p.base.move, gap)}.`;
}

/** The benchmark beside the value, when it applies to the year: `Benchmark 90.6% (INHOPE network, 2015): reached; a reference, not a rule.` */
export function benchmarkText(p: IndicatorProgress): string | null {
  const rule = p.indicator.rule;
  if (rule?.kind !== 'benchmark' || !p.benchmarkApplies || p.benchmarkMet === null) return null;
  return `${capitalise(rule.text)} (${rule.source}): ${p.benchmarkMet ? 'reached' : 'not reached'}; a reference, not a rule.`;
}

/** The T2.4 note: `T2.4 (95) is above T2.3 (90): ...`. */
export function aboveText(p: IndicatorProgress): string | null {
  if (!p.above || typeof p.current !== 'number') return null;
  return `${p.indicator.id} (${formatValue('count', p.current)}) is above ${p.above.indicator} (${formatValue('count', p.above.value)}) of the same year: convictions can follow prosecutions of earlier years, but the figures are worth checking. A consistency note, not a rule.`;
}

/** The rule or benchmark text a table prints for an indicator in a report of `year`: benchmarks only from their year on. */
export function ruleLabel(indicator: Indicator, year: number): string | null {
  const rule = indicator.rule;
  if (!rule || rule.kind === 'not-above') return null;
  if (rule.kind === 'benchmark') return rule.year <= year ? `${rule.text} (${rule.source})` : null;
  return rule.text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
