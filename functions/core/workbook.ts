/**
 * What a reader makes of an uploaded file, whatever its format: sheets of cells, each
 * cell remembering where the person sees it. The ingest works on this alone, so XLSX,
 * ODS and CSV are validated by the same rules.
 */

/** A cell's value as read: numbers as numbers, dates as Date (UTC midnight for a day), text as text. */
export type CellValue = string | number | boolean | Date | null;

export interface Cell {
  /** 1-based column number; its letters come from columnLetters(). */
  col: number;
  value: CellValue;
  /** The cell was formatted as a percent: `value` is then the fraction (0.905 shows as 90.5%). */
  percent?: boolean;
  /** The cell held a formula; `value` is its cached result. */
  formula?: string;
}

export interface Row {
  /** 1-based row number as the spreadsheet program shows it (for CSV: the line the record starts on). */
  row: number;
  cells: Cell[];
}

export interface Sheet {
  name: string;
  hidden: boolean;
  rows: Row[];
}

export type FileFormat = 'xlsx' | 'ods' | 'csv';

export interface Workbook {
  format: FileFormat;
  sheets: Sheet[];
  /** What the reader learnt about the file's locale, to read numbers and dates right. */
  hints: {
    /** The file separates decimals with a comma (semicolon CSV, decimal-comma locale). */
    decimalComma?: boolean;
    /** Encoding the bytes were decoded from (CSV). */
    encoding?: string;
    /** Separator found (CSV). */
    separator?: string;
  };
}

/** The text of a cell's value, trimmed; empty string for no value. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}
