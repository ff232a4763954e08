/**
 * Problems found in a person's upload. They are values, collected and returned all
 * together, never thrown: the person gets every problem at once, each with where it
 * is (as their spreadsheet program shows it) and how to fix it.
 */

export type Severity = 'error' | 'warning';

export interface Issue {
  /** Stable, SCREAMING_SNAKE: the code a person or a script can look up. */
  code: string;
  severity: Severity;
  /** Sheet name as in the file, or the CSV file's name; null for the whole file. */
  sheet: string | null;
  /** 1 = the first line, as the spreadsheet program numbers it; null for no particular row. */
  row: number | null;
  /** Column letters (A, B, ... AA); null for no particular column. */
  column: string | null;
  /** The value found, as text (cut to 200 characters); null when there is none. */
  value: string | null;
  message: string;
  hint: string;
  /**
   * The parameters the message and hint were written from (numbers, labels), so that they
   * can be written again in another language (functions/core/i18n/issues.ts). Absent on
   * issues stored before the catalogues existed.
   */
  params?: Readonly<Record<string, string | number>>;
}

/** Where something came from in the upload. */
export interface Place {
  sheet: string | null;
  row: number | null;
  column: string | null;
}

/** Column number (1-based) to letters: 1 -> A, 27 -> AA. */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const MAX_VALUE_CHARS = 200;

/** The found value as the report shows it: text, cut so a 50 MB cell does not make a 50 MB report. */
export function displayValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  let text: string;
  if (value instanceof Date)
    text = Number.isNaN(value.getTime()) ? 'invalid date' : value.toISOString().slice(0, 10);
  else if (typeof value === 'string') text = value;
  else text = String(value);
  return text.length > MAX_VALUE_CHARS
    ? `${text.slice(0, MAX_VALUE_CHARS)}… (${text.length} characters)`
    : text;
}

/** Builds an issue; `value` is shown as text and cut to a readable length. */
export function makeIssue(
  code: string,
  severity: Severity,
  place: Partial<Place>,
  value: unknown,
  message: string,
  hint: string,
): Issue {
  return {
    code,
    severity,
    sheet: place.sheet ?? null,
    row: place.row ?? null,
    column: place.column ?? null,
    value: displayValue(value),
    message,
    hint,
  };
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** Orders issues as a person reads them: by sheet in file order, then row, then column. */
export function sortIssues(issues: readonly Issue[], sheetOrder: readonly string[] = []): Issue[] {
  const sheetRank = (s: string | null) =>
    s === null ? -1 : sheetOrder.indexOf(s) === -1 ? 1e6 : sheetOrder.indexOf(s);
  const colRank = (c: string | null) => (c === null ? 0 : c.length * 1000 + c.charCodeAt(c.length - 1));
  return [...issues].sort(
    (a, b) =>
      sheetRank(a.sheet) - sheetRank(b.sheet) ||
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      (a.row ?? 0) - (b.row ?? 0) ||
      colRank(a.column) - colRank(b.column),
  );
}
