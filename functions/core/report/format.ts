/**
 * Display formatting for the reports: numbers, values with their unit, changes, dates,
 * statuses. Hand-written (not Intl) so that the bytes never depend on the ICU data of the
 * machine. English, as the reports are. functions/render/format.ts re-exports this for
 * the renderers; it lives in the core because the view models carry formatted strings.
 */
import type { Unit } from '../framework.js';
import type { StatusCode, StatusView } from './types.js';

/** The minus sign, not a hyphen (Roboto has it). */
export const MINUS = '\u2212';
/** What an empty cell shows. */
export const DASH = '\u2013';

/** `1234.5` -> `1,234.5`: thousands separators, at most `maxDecimals` decimals, trailing zeros dropped. */
export function formatNumber(n: number, maxDecimals = 2): string {
  const sign = n < 0 ? MINUS : '';
  const fixed = Math.abs(n).toFixed(maxDecimals);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction.replace(/0+$/, '');
  const text = trimmed ? `${grouped}.${trimmed}` : grouped;
  return text === '0' ? '0' : sign + text;
}

/** A number with an explicit sign: `+12.5`, `−3`, `0`. */
export function formatSigned(n: number, maxDecimals = 1): string {
  const text = formatNumber(n, maxDecimals);
  return n > 0 && text !== '0' ? `+${text}` : text;
}

/** An indicator value for display: `1,234`, `45.5%`, `yes`, `5 of 6`, `4.5 FTE`, `2.2 days`, `no data`. */
export function formatValue(unit: Unit, value: number | boolean | null, range?: { max: number }): string {
  if (value === null) return 'no data';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  switch (unit) {
    case 'yes-no':
      return value ? 'yes' : 'no';
    case 'count':
      return formatNumber(value, 0);
    case 'percent':
      return `${formatNumber(value, 1)}%`;
    case 'score':
      return range ? `${formatNumber(value, 0)} of ${range.max}` : formatNumber(value, 0);
    case 'fte':
      return `${formatNumber(value, 1)} FTE`;
    case 'days':
      return `${formatNumber(value, 1)} ${value === 1 ? 'day' : 'days'}`;
  }
}

/** A short number for chart labels: `1,234`, `45.5%`, `2.2`. */
export function formatShort(unit: Unit, value: number): string {
  return unit === 'percent' ? `${formatNumber(value, 1)}%` : formatNumber(value, unit === 'count' ? 0 : 1);
}

/**
 * The change from the previous year: counts `+150 (+25%)`, percents `+5.5 points`,
 * FTE `+0.5 FTE`, days `−0.8 days`, yes/no `changed to yes`; `no change`; `–` when a
 * year is missing.
 */
export function formatChange(
  unit: Unit,
  current: number | boolean | null,
  previous: number | boolean | null,
): string {
  if (current === null || previous === null) return DASH;
  if (typeof current === 'boolean' || typeof previous === 'boolean') {
    return current === previous ? 'no change' : `changed to ${current ? 'yes' : 'no'}`;
  }
  const diff = current - previous;
  if (Math.abs(diff) < 1e-9) return 'no change';
  switch (unit) {
    case 'count': {
      const pct = previous === 0 ? '' : ` (${formatSigned((diff / previous) * 100, 1)}%)`;
      return `${formatSigned(diff, 0)}${pct}`;
    }
    case 'percent':
      return `${formatSigned(diff, 1)} ${Math.abs(diff) === 1 ? 'point' : 'points'}`;
    case 'fte':
      return `${formatSigned(diff, 1)} FTE`;
    case 'days':
      return `${formatSigned(diff, 1)} ${Math.abs(diff) === 1 ? 'day' : 'days'}`;
    default:
      return formatSigned(diff, 1);
  }
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** ISO `2014-03-01` -> `1 March 2014`, `2014-03` -> `March 2014`, `2014` -> `2014`; other text as given. */
export function formatDate(iso: string): string {
  const m = iso.trim().match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return iso;
  const [, year, month, day] = m;
  const monthName = month ? monthNames[Number(month) - 1] : undefined;
  if (!monthName) return year ?? iso;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** `March 2014 – December 2015`, `from March 2014`, `until 2015`, `–`. */
export function formatDateRange(start: string | null, end: string | null): string {
  if (start && end) return `${formatDate(start)} ${DASH} ${formatDate(end)}`;
  if (start) return `from ${formatDate(start)}`;
  if (end) return `until ${formatDate(end)}`;
  return DASH;
}

/** `18432` -> `18 KB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}

/** `a, b and c`. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** `1 action`, `3 actions`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n, 0)} ${n === 1 ? one : many}`;
}

/**
 * How each status is shown. Symbols are glyphs the PDF font (Roboto) has; colours pass
 * WCAG AA (4.5:1) as text on white and on their own background tint.
 */
export const statusViews: Readonly<Record<StatusCode, StatusView>> = {
  achieved: { code: 'achieved', symbol: '\u25CF', word: 'achieved', color: '#1b6e2e', background: '#e6f4ea' },
  improving: { code: 'improving', symbol: '+', word: 'improving', color: '#0b5394', background: '#e7f0fa' },
  stable: { code: 'stable', symbol: '=', word: 'stable', color: '#4a4a4a', background: '#f0f0f0' },
  worsening: { code: 'worsening', symbol: MINUS, word: 'worsening', color: '#a32020', background: '#fbe9e9' },
  'no-data': { code: 'no-data', symbol: DASH, word: 'no data', color: '#595959', background: '#ffffff' },
  baseline: { code: 'baseline', symbol: '\u25CB', word: 'baseline', color: '#5b3a8c', background: '#f1ecf8' },
  context: { code: 'context', symbol: '\u25A0', word: 'context', color: '#4a4a4a', background: '#f5f5f5' },
};

/** What each status means, for the legend and the methodology annex. */
export const statusMeanings: Readonly<Record<StatusCode, string>> = {
  achieved:
    'The rule is met: a yes/no indicator has the wanted answer, a percent or score reaches its target, or the growth rule is met.',
  improving: 'No rule is met, but the value moved the wanted way since the previous year.',
  stable: 'No rule is met and the value did not change since the previous year.',
  worsening: 'No rule is met and the value moved the wrong way since the previous year.',
  'no-data': 'No value was reported for this year.',
  baseline: 'A value was reported, but there is no previous year to compare it with.',
  context:
    'The indicator has no good or bad direction (for example, a rise in reports can mean better detection): it is shown, not judged.',
};

/** Order of statuses in legends and counts. */
export const statusOrder: readonly StatusCode[] = [
  'achieved',
  'improving',
  'stable',
  'worsening',
  'baseline',
  'context',
  'no-data',
];
