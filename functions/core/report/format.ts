/**
 * Display formatting for the reports: numbers, values with their unit, changes, dates,
 * statuses. Hand-written (not Intl) so that the bytes never depend on the ICU data of the
 * machine. English, as the reports are. functions/render/format.ts re-exports this for
 * the renderers; it lives in the core because the view models carry formatted strings.
 */
import type { Unit } from '../framework.js';
import type { StatusCode } from '../progress.js';
import type { StatusView } from './types.js';

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

/** `1234.5` with exactly `decimals` decimals: `1,234.50`; the same decimals for every value of an indicator. */
export function formatFixed(n: number, decimals: number): string {
  const rounded = Number(Math.abs(n).toFixed(decimals));
  const sign = n < 0 && rounded !== 0 ? MINUS : '';
  const [whole = '0', fraction] = rounded.toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + (fraction ? `${grouped}.${fraction}` : grouped);
}

/** `formatFixed` with an explicit sign: `+1.0`, `−0.8`, `0.0`. */
export function formatFixedSigned(n: number, decimals: number): string {
  const text = formatFixed(n, decimals);
  return n > 0 && Number(Math.abs(n).toFixed(decimals)) !== 0 ? `+${text}` : text;
}

/** Decimals a unit is printed with, the same for every value of an indicator. */
export function unitDecimals(unit: Unit): number {
  return unit === 'percent' || unit === 'fte' || unit === 'days' ? 1 : 0;
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
      return `${formatFixed(value, 1)}%`;
    case 'score':
      return range ? `${formatNumber(value, 0)} of ${range.max}` : formatNumber(value, 0);
    case 'fte':
      return `${formatFixed(value, 1)} FTE`;
    case 'days':
      return `${formatFixed(value, 1)} days`;
  }
}

/** A short number for chart labels: `1,234`, `45.5%`, `2.0`: the indicator's decimals, always. */
export function formatShort(unit: Unit, value: number): string {
  const text = formatFixed(value, unitDecimals(unit));
  return unit === 'percent' ? `${text}%` : text;
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
 * How each status is shown. Symbols are glyphs the PDF symbol font has; colours pass
 * WCAG AA (4.5:1) as text on white and on their own background tint.
 */
export const statusViews: Readonly<Record<StatusCode, StatusView>> = {
  achieved: { code: 'achieved', symbol: '\u25CF', word: 'achieved', color: '#1b6e2e', background: '#e6f4ea' },
  'not-met': { code: 'not-met', symbol: '\u00D7', word: 'not met', color: '#8a3300', background: '#fcefe6' },
  improving: { code: 'improving', symbol: '+', word: 'improving', color: '#0b5394', background: '#e7f0fa' },
  stable: { code: 'stable', symbol: '=', word: 'stable', color: '#4a4a4a', background: '#f0f0f0' },
  worsening: { code: 'worsening', symbol: MINUS, word: 'worsening', color: '#a32020', background: '#fbe9e9' },
  'first-report': {
    code: 'first-report',
    symbol: '\u25CB',
    word: 'first report',
    color: '#5b3a8c',
    background: '#f1ecf8',
  },
  context: { code: 'context', symbol: '\u25A0', word: 'context', color: '#4a4a4a', background: '#f5f5f5' },
  'no-data': { code: 'no-data', symbol: DASH, word: 'no data', color: '#595959', background: '#ffffff' },
};

/** What each status means, for the legend and the methodology annex (framework.md, method 2). */
export const statusMeanings: Readonly<Record<StatusCode, string>> = {
  achieved:
    'The rule is met: a yes/no indicator has the wanted answer, a percent or score reaches its target, or T1.4 growth is at least +10%.',
  'not-met': 'The indicator has a rule, the rule is not met, and there is no earlier year to compare with.',
  improving:
    'Moved the wanted way since the latest earlier year reported, by at least the tolerance a year (2% for counts, FTE and days; 1 point for percents; any change of a score or a yes/no).',
  stable: 'Moved less than the tolerance a year since the latest earlier year reported.',
  worsening: 'Moved the wrong way since the latest earlier year reported, by at least the tolerance a year.',
  'first-report': 'The indicator has no rule and this is the first year the country reported a value for it.',
  context:
    'The indicator has no good or bad direction (for example, a rise in reports can mean better detection): it is shown, not judged.',
  'no-data': 'No value was reported for this year.',
};

/** Order of statuses in legends and counts. */
export const statusOrder: readonly StatusCode[] = [
  'achieved',
  'improving',
  'stable',
  'worsening',
  'not-met',
  'first-report',
  'context',
  'no-data',
];
