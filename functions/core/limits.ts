import * as z from 'zod';

/** What one upload may be: beyond these, it is rejected with its own code before it can hurt. */
export interface Limits {
  /** Bytes of the uploaded file (FILE_TOO_LARGE). */
  maxFileBytes: number;
  /** Bytes once a zip container (XLSX, ODS) is inflated, all entries together (ARCHIVE_TOO_LARGE). */
  maxInflatedBytes: number;
  /** Rows with content in one sheet or CSV (TOO_MANY_ROWS). */
  maxRows: number;
  /** Columns with content in one sheet or CSV (TOO_MANY_COLUMNS). */
  maxColumns: number;
  /** Characters in one cell or field (FIELD_TOO_LARGE). */
  maxCellChars: number;
}

export const defaultLimits: Limits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxRows: 10_000,
  maxColumns: 200,
  maxCellChars: 32_767,
};

/**
 * The reporting years, once: an upload, a presigned form, a publish run and every year a
 * person types are checked against this one range (the Alliance was launched in 2012).
 */
export const reportingYears = { first: 2012, last: 2100 } as const;

/** True for a whole number within the reporting years. */
export function isReportingYear(year: unknown): year is number {
  return (
    typeof year === 'number' &&
    Number.isInteger(year) &&
    year >= reportingYears.first &&
    year <= reportingYears.last
  );
}

/** The one message for a year outside the range, wherever it is refused. */
export function notAReportingYearMessage(year: unknown): string {
  return `"${String(year)}" is not a reporting year: a reporting year is a four-digit year from ${reportingYears.first} to ${reportingYears.last}.`;
}

/** A reporting year given as text (a URL, a command-line option), or undefined. */
export function parseReportingYear(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{4}$/.test(text.trim())) return undefined;
  const year = Number(text.trim());
  return isReportingYear(year) ? year : undefined;
}

/** A reporting year in parsed input (step inputs, events): refused with the same message. */
export const reportingYearSchema = z.number().refine(isReportingYear, {
  error: (issue) => notAReportingYearMessage(issue.input),
});

/** The range as the issue catalogues' `{first}` and `{last}` (text: never formatted as a number). */
export const reportingYearParams = {
  first: String(reportingYears.first),
  last: String(reportingYears.last),
};
