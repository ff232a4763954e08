/**
 * Numbers as people type them in many locales: `1234`, `1,234`, `1 234`, `1.234,5`,
 * `12,5`, `12.5 %`, `~300`. The decimal mark is decided by the file's hint (decimal-comma
 * file) and the digit grouping: a single mark followed by exactly three digits is a
 * thousands separator unless it is the file's decimal mark; `1.234` in a decimal-dot
 * file is 1.234 (and a count then refuses it as not whole). Digits of other scripts
 * (Arabic-Indic, full-width...) read as 0-9 (digits.ts).
 */
import type { Cell } from '../../workbook.js';
import { asciiDigits } from './digits.js';

export type NumberRead =
  | { kind: 'empty' }
  | {
      kind: 'number';
      value: number;
      /** Written with an estimate marker (approx., ~, >, c., about...). */
      estimate: boolean;
      /** Written with a % sign, or a percent-formatted cell (the value is then already 0..100). */
      percent: boolean;
    }
  | { kind: 'invalid'; reason: 'text' | 'date' | 'boolean' };

/** What "no data" looks like: never zero. Compared lower case, spaces collapsed. */
export const NO_DATA_WORDS: ReadonlySet<string> = new Set([
  '',
  'n/a',
  'na',
  'n.a.',
  'n.a',
  'n/d',
  'nd',
  'n.d.',
  'nc',
  '-',
  '–',
  '—',
  '..',
  '...',
  '…',
  'no data',
  'not available',
  'k.a.',
  'k. a.',
  'keine angabe',
  'non disponible',
  'sin datos',
  's/d',
]);

/** True when a cell's text means "no data". */
export function isNoData(text: string): boolean {
  return NO_DATA_WORDS.has(text.trim().toLowerCase().replace(/\s+/g, ' '));
}

const ESTIMATE_PREFIX =
  /^(?:approx(?:imately)?\.?|appr\.|app\.|ca\.?|c\.|circa|about|around|roughly|nearly|almost|some|est\.|estimated|environ|env\.|près de|pres de|etwa|rund|ungefähr|ungefahr|zirka|aprox(?:imadamente)?\.?|alrededor de|unos|unas|cerca de|~|≈|∼|>=|<=|>|<|≥|≤|±|\+\/-|\+-)\s*/i;
// No leading `\s*`: with it, a run of spaces before a last character that is no marker
// takes quadratic time (each space is a new start); the spaces are trimmed off after.
const ESTIMATE_SUFFIX =
  /(?:\+|\((?:est|estimate|estimated|approx|approx\.|est\.|estimation|schätzung)\)|est\.?)$/i;
const SPACES = /[\s\u00A0\u202F\u2009\u2007]/g;

/** Reads a cell as a number: typed numbers as they are, text in any of the accepted forms. */
export function readNumber(cell: Cell | undefined, decimalComma: boolean): NumberRead {
  const v = cell?.value ?? null;
  if (v === null) return { kind: 'empty' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'invalid', reason: 'text' };
    if (cell?.percent) return { kind: 'number', value: tidy(v * 100), estimate: false, percent: true };
    return { kind: 'number', value: v, estimate: false, percent: false };
  }
  if (typeof v === 'boolean') return { kind: 'invalid', reason: 'boolean' };
  if (v instanceof Date) return { kind: 'invalid', reason: 'date' };
  return parseNumberText(v, decimalComma);
}

/** Reads number text (`1.234,5`, `~300`, `12.5 %`); see the module comment for the decimal mark. */
export function parseNumberText(input: string, decimalComma: boolean): NumberRead {
  let s = asciiDigits(input, decimalComma).trim();
  if (isNoData(s)) return { kind: 'empty' };
  let estimate = false;
  for (let guard = 0; guard < 3; guard++) {
    const m = s.match(ESTIMATE_PREFIX);
    if (!m || m[0] === '') break;
    estimate = true;
    s = s.slice(m[0].length).trim();
  }
  const suffix = s.match(ESTIMATE_SUFFIX);
  const before = suffix?.index === undefined ? '' : s.slice(0, suffix.index).trim();
  if (suffix && suffix[0] !== '' && before !== '') {
    estimate = true;
    s = before;
  }
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  }
  let sign = 1;
  if (/^[-−–]/.test(s)) {
    sign = -1;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) s = s.slice(1).trim();
  // Spaces (and Swiss apostrophes) only as thousands separators between groups of three.
  if (/[\s\u00A0\u202F\u2009\u2007'’]/.test(s)) {
    if (!/^\d{1,3}(?:[\s\u00A0\u202F\u2009\u2007'’]\d{3})+(?:[.,]\d+)?$/.test(s)) return invalid();
    s = s.replace(SPACES, '').replace(/['’]/g, '');
  }
  const value = parseDigits(s, decimalComma);
  if (value === undefined) return invalid();
  return { kind: 'number', value: sign * value, estimate, percent };
}

function invalid(): NumberRead {
  return { kind: 'invalid', reason: 'text' };
}

function parseDigits(s: string, decimalComma: boolean): number | undefined {
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const commas = count(s, ',');
  const dots = count(s, '.');
  if (commas > 0 && dots > 0) {
    const dec = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = dec === ',' ? '.' : ',';
    if (count(s, dec) > 1) return undefined;
    const [int = '', frac = ''] = s.split(dec);
    if (!frac || !isGrouped(int, group)) return undefined;
    return Number(`${int.split(group).join('')}.${frac}`);
  }
  if (commas > 0) return oneMark(s, ',', decimalComma);
  if (dots > 0) return oneMark(s, '.', !decimalComma);
  return Number(s);
}

/** `mark` is the file's decimal mark (`isDecimal`) or the other one. */
function oneMark(s: string, mark: string, isDecimal: boolean): number | undefined {
  if (count(s, mark) > 1) return isGrouped(s, mark) ? Number(s.split(mark).join('')) : undefined;
  const [int = '', frac = ''] = s.split(mark);
  if (frac === '') return undefined;
  const groupingShape = frac.length === 3 && /^[1-9]\d{0,2}$/.test(int);
  if (!isDecimal && groupingShape) return Number(int + frac);
  return Number(`${int || '0'}.${frac}`);
}

function isGrouped(int: string, group: string): boolean {
  const parts = int.split(group);
  return parts.length === 1
    ? /^\d+$/.test(int)
    : /^\d{1,3}$/.test(parts[0] ?? '') && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** Removes float noise (0.905 * 100 = 90.50000000000001). */
export function tidy(n: number): number {
  return Number(n.toPrecision(12));
}
