/**
 * Dates of actions, kept as precise as the person gave them: `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`. Accepted: ISO dates and months; `01/03/2014`, `01.03.2014`, `01-03-2014`
 * (day first, unless the value can only be month first such as `03/25/2014`; when both
 * readings are possible it is read day first and flagged ambiguous); Excel serial day
 * numbers (1900 date system, with Lotus's phantom 29 February 1900); Date cells; a bare
 * year; a month name and year (`March 2014`, `mars 2014`, `März 2014`); and a quarter.
 *
 * Quarters (`Q3 2014`, `2014-Q3`, `3rd quarter 2014`, `T3 2014`) become a month: the
 * quarter's first month for a start (`2014-07`) and its last month for an end
 * (`2014-09`), so that a start and an end in one quarter span the whole quarter and
 * a report can print them as months without a fourth date format.
 */
import { foldText } from '../../framework.js';
import type { CellValue } from '../../workbook.js';
import { asciiDigits } from './digits.js';

export type DateRead =
  | { kind: 'empty' }
  | { kind: 'date'; value: string; ambiguous: boolean }
  | { kind: 'invalid' };

export type DateEdge = 'start' | 'end';

const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['january jan janvier janv januar jan enero ene', 1],
      ['february feb fevrier fevr fev februar feber febrero', 2],
      ['march mar mars marz maerz marzo', 3],
      ['april apr avril avr abril abr', 4],
      ['may mai mayo', 5],
      ['june jun juin juni junio', 6],
      ['july jul juillet juil juli julio', 7],
      ['august aug aout august agosto ago', 8],
      ['september sep sept septembre septiembre setiembre', 9],
      ['october oct octobre oktober okt octubre', 10],
      ['november nov novembre noviembre', 11],
      ['december dec decembre dezember dez diciembre dic', 12],
    ] as const
  ).flatMap(([names, m]) => names.split(' ').map((n) => [n, m] as [string, number])),
);

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** Reads a date cell; `edge` says which end of a quarter to keep. */
export function readDate(value: CellValue, edge: DateEdge): DateRead {
  if (value === null) return { kind: 'empty' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { kind: 'invalid' };
    return ok(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'boolean') return { kind: 'invalid' };
  if (typeof value === 'number') return readNumberDate(value);
  const text = asciiDigits(value).trim();
  if (text === '' || /^(?:n\/?a|-|–|\.\.)$/i.test(text)) return { kind: 'empty' };
  return readTextDate(text, edge);
}

function readNumberDate(n: number): DateRead {
  if (!Number.isInteger(n)) return { kind: 'invalid' };
  if (n >= MIN_YEAR && n <= MAX_YEAR) return { kind: 'date', value: String(n), ambiguous: false };
  return fromSerial(n);
}

/** Excel's 1900 system: day 1 is 1900-01-01 and day 60 is the 29 February 1900 that never was. */
function fromSerial(serial: number): DateRead {
  if (serial < 1 || serial === 60 || serial > 73050) return { kind: 'invalid' };
  const base = Date.UTC(1899, 11, serial < 60 ? 31 : 30);
  const d = new Date(base + serial * 86_400_000);
  return ok(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function readTextDate(text: string, edge: DateEdge): DateRead {
  let m = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/);
  if (m) return ok(Number(m[1]), Number(m[2]), Number(m[3]));
  m = text.match(/^(\d{4})[-/.](\d{1,2})$/);
  if (m) return okMonth(Number(m[1]), Number(m[2]));
  m = text.match(/^(\d{1,2})[-/.](\d{4})$/);
  if (m) return okMonth(Number(m[2]), Number(m[1]));
  m = text.match(/^(\d{4})$/);
  if (m) return okYear(Number(m[1]));
  m = text.match(/^(\d{5})$/);
  if (m) return fromSerial(Number(m[1]));
  m = text.match(/^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})\.?$/);
  if (m) return dayMonthYear(Number(m[1]), Number(m[2]), fullYear(m[3] ?? ''));

  const folded = foldText(text).replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
  const quarter =
    folded.match(/^(?:q|t|quarter|trimestre|quartal)\s*([1-4])\s*(?:of\s+)?(\d{4})$/) ??
    // One `\s*` on each side of the optional ordinal would overlap: quadratic on spaces.
    folded.match(
      /^([1-4])\s*(?:(?:st|nd|rd|th|er|e|eme|o)\s*)?(?:quarter|trimestre|quartal)\s*(?:of\s+)?(\d{4})$/,
    );
  if (quarter) return okQuarter(Number(quarter[2]), Number(quarter[1]), edge);
  const quarterAfter = folded.match(/^(\d{4})\s*(?:q|t)\s*([1-4])$/);
  if (quarterAfter) return okQuarter(Number(quarterAfter[1]), Number(quarterAfter[2]), edge);
  const monthName = folded.match(/^(?:(\d{1,2})\s+)?([a-z]+)\s+(\d{4})$/);
  if (monthName) {
    const month = MONTHS.get(monthName[2] ?? '');
    if (month === undefined) return { kind: 'invalid' };
    const year = Number(monthName[3]);
    return monthName[1] ? ok(year, month, Number(monthName[1])) : okMonth(year, month);
  }
  const monthFirst = folded.match(/^([a-z]+)\s+(\d{1,2})\s+(\d{4})$/);
  if (monthFirst) {
    const month = MONTHS.get(monthFirst[1] ?? '');
    if (month === undefined) return { kind: 'invalid' };
    return ok(Number(monthFirst[3]), month, Number(monthFirst[2]));
  }
  return { kind: 'invalid' };
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function dayMonthYear(a: number, b: number, year: number): DateRead {
  // Day first unless only month first can be right (03/25/2014).
  if (a > 12 || b > 12 || a === b) {
    const [day, month] = a > 12 || a === b ? [a, b] : [b, a];
    return ok(year, month, day);
  }
  const read = ok(year, b, a);
  return read.kind === 'date' ? { ...read, ambiguous: true } : read;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function okYear(year: number): DateRead {
  if (year < MIN_YEAR || year > MAX_YEAR) return { kind: 'invalid' };
  return { kind: 'date', value: String(year), ambiguous: false };
}

function okMonth(year: number, month: number): DateRead {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return { kind: 'invalid' };
  return { kind: 'date', value: `${year}-${pad(month)}`, ambiguous: false };
}

function okQuarter(year: number, quarter: number, edge: DateEdge): DateRead {
  return okMonth(year, edge === 'start' ? quarter * 3 - 2 : quarter * 3);
}

function ok(year: number, month: number, day: number): DateRead {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return { kind: 'invalid' };
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return { kind: 'invalid' };
  return { kind: 'date', value: `${year}-${pad(month)}-${pad(day)}`, ambiguous: false };
}

/** True when `end` lies wholly before `start`, compared at the precision both share. */
export function endsBeforeStart(start: string, end: string): boolean {
  const n = Math.min(start.length, end.length);
  return end.slice(0, n) < start.slice(0, n);
}
