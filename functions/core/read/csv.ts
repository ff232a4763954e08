/**
 * CSV text to a one-sheet Workbook. The separator is found here (csv-parse's own guess
 * counts quoted characters), and the whole text is scanned once before csv-parse sees it,
 * so an unclosed quote is reported where it opened and an oversized field or too many
 * rows are refused before any giant string or array is built. Values stay strings.
 */
import { parse } from 'csv-parse/sync';
import type { Issue } from '../issues.js';
import type { Limits } from '../limits.js';
import type { Cell, Workbook } from '../workbook.js';
import { Deadline } from './deadline.js';
import { problems } from './problems.js';
import { SheetBuilder } from './sheet-builder.js';

export type Separator = ',' | ';' | '\t';

const SEPARATORS: readonly Separator[] = ['\t', ';', ','];
const SAMPLE_LINES = 50;
const SAMPLE_CHARS = 256 * 1024;

/**
 * Picks the separator that splits the most lines of the header region into the same
 * number of fields, counting only outside quotes. On a tie, tab beats semicolon beats
 * comma: commas also occur in numbers and prose, the other two seldom do.
 */
export function detectSeparator(text: string): Separator {
  const perLine: Array<Record<Separator, number>> = [];
  let counts: Record<Separator, number> = { '\t': 0, ';': 0, ',': 0 };
  let inQuotes = false;
  let lineHasText = false;
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < end && perLine.length < SAMPLE_LINES; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (lineHasText) perLine.push(counts);
      counts = { '\t': 0, ';': 0, ',': 0 };
      lineHasText = false;
      continue;
    } else if (!inQuotes && (ch === '\t' || ch === ';' || ch === ',')) counts[ch]++;
    if (ch.trim() !== '') lineHasText = true;
  }
  if (lineHasText) perLine.push(counts);
  let best: Separator = ',';
  let bestScore = 0;
  for (const sep of SEPARATORS) {
    const frequency = new Map<number, number>();
    for (const line of perLine)
      if (line[sep] > 0) frequency.set(line[sep], (frequency.get(line[sep]) ?? 0) + 1);
    const consistent = Math.max(0, ...frequency.values());
    if (consistent > bestScore) {
      best = sep;
      bestScore = consistent;
    }
  }
  return best;
}

type ScanResult =
  | { kind: 'ok' }
  | { kind: 'unclosed'; line: number; col: number }
  | { kind: 'oversize'; line: number; col: number; length: number }
  | { kind: 'rows'; line: number }
  | { kind: 'columns'; line: number; col: number };

/**
 * One pass over the text with csv-parse's quoting rules (a quote opens a field only at its
 * start; "" inside quotes is a quote): finds an unclosed quote, a field over the cell
 * limit, and the record or column past the limits, each with its physical line.
 */
function scanText(text: string, sep: Separator, limits: Limits): ScanResult {
  const sepCode = sep.charCodeAt(0);
  let line = 1;
  let col = 1;
  let inQuotes = false;
  let quoteLine = 1;
  let fieldStart = true;
  let fieldLine = 1;
  let fieldLength = 0;
  let oversize: { line: number; col: number } | null = null;
  let recordLine = 1;
  let recordHasContent = false;
  let records = 0;
  const endField = (): ScanResult | null =>
    oversize ? { kind: 'oversize', line: oversize.line, col: oversize.col, length: fieldLength } : null;
  const endRecord = (): ScanResult | null => {
    if (recordHasContent && ++records > limits.maxRows) return { kind: 'rows', line: recordLine };
    return null;
  };
  const content = (code: number) => {
    if (code !== 32 && code !== 9) {
      if (!recordHasContent) recordHasContent = true;
      if (col > limits.maxColumns) return true;
    }
    return false;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          i++;
          fieldLength++;
        } else inQuotes = false;
        continue;
      }
      if (c === 13 || c === 10) {
        if (c === 13 && text.charCodeAt(i + 1) === 10) {
          i++;
          fieldLength++;
        }
        line++;
      } else if (content(c)) return { kind: 'columns', line: fieldLine, col };
      if (++fieldLength > limits.maxCellChars && !oversize) oversize = { line: fieldLine, col };
      continue;
    }
    if (c === sepCode || c === 13 || c === 10) {
      const fieldProblem = endField();
      if (fieldProblem) return fieldProblem;
      fieldLength = 0;
      fieldStart = true;
      if (c === sepCode) col++;
      else {
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        const recordProblem = endRecord();
        if (recordProblem) return recordProblem;
        line++;
        col = 1;
        recordLine = line;
        recordHasContent = false;
      }
      fieldLine = line;
      continue;
    }
    if (c === 34 && fieldStart) {
      inQuotes = true;
      quoteLine = line;
      fieldStart = false;
      continue;
    }
    fieldStart = false;
    if (content(c)) return { kind: 'columns', line: fieldLine, col };
    if (++fieldLength > limits.maxCellChars && !oversize) oversize = { line: fieldLine, col };
  }
  if (inQuotes) return { kind: 'unclosed', line: quoteLine, col };
  return endField() ?? endRecord() ?? { kind: 'ok' };
}

/** Line breaks in a value (CRLF counts once), and how many of them are CRLF. */
function countBreaks(value: string): { breaks: number; crlf: number } {
  let breaks = 0;
  let crlf = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 13 && value.charCodeAt(i + 1) === 10) {
      crlf++;
      breaks++;
      i++;
    } else if (c === 10 || c === 13) breaks++;
  }
  return { breaks, crlf };
}

const DECIMAL_COMMA = /^[-+]?(\d{1,3}(\.\d{3})+|\d+),\d+\s*%?$/;
const THOUSANDS_COMMA = /^[-+]?\d{1,3}(,\d{3})+$/;
const DECIMAL_POINT = /^[-+]?\d+\.\d+\s*%?$/;
const THOUSANDS_POINT = /^[-+]?\d{1,3}(\.\d{3})+$/;

/** True when the numbers of a tab-separated file are written with a decimal comma. */
function looksDecimalComma(values: Iterable<string>): boolean {
  let comma = 0;
  let point = 0;
  for (const raw of values) {
    const v = raw.trim();
    if (DECIMAL_COMMA.test(v) && !THOUSANDS_COMMA.test(v)) comma++;
    else if (DECIMAL_POINT.test(v) && !THOUSANDS_POINT.test(v)) point++;
  }
  return comma > point;
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/** Reads decoded CSV text into a Workbook with one sheet named after the file. */
export function readCsvText(
  text: string,
  sheetName: string,
  encoding: string,
  limits: Limits,
  issues: Issue[],
  deadline: Deadline = Deadline.none,
): Workbook | null {
  const separator = detectSeparator(text);
  const scan = scanText(text, separator, limits);
  switch (scan.kind) {
    case 'unclosed':
      issues.push(problems.csvQuoteNotClosed(sheetName, scan.line, scan.col));
      return null;
    case 'oversize':
      issues.push(problems.fieldTooLarge(sheetName, scan.line, scan.col, scan.length, limits.maxCellChars));
      return null;
    case 'rows':
      issues.push(problems.tooManyRows(sheetName, scan.line, limits.maxRows));
      return null;
    case 'columns':
      issues.push(problems.tooManyColumns(sheetName, scan.line, scan.col, limits.maxColumns));
      return null;
    case 'ok':
      break;
  }
  let records: CsvRecord[];
  try {
    records = parse(text, {
      delimiter: separator,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      max_record_size: limits.maxCellChars * (limits.maxColumns + 1),
    }) as unknown as CsvRecord[];
  } catch (error) {
    const e = error as { code?: string; lines?: number; message?: string };
    issues.push(problems.csvMalformed(sheetName, e.lines ?? null, e.code ?? 'unexpected content'));
    return null;
  }
  const builder = new SheetBuilder(sheetName, false, limits, issues, deadline);
  const values: string[] = [];
  // csv-parse's info.lines is the line a record ends on, but it counts a CRLF inside a
  // quoted field as two lines (and so every later record one too far): undo both.
  let extraLines = 0;
  for (const { record, info } of records) {
    let inside = 0;
    for (const value of record) {
      const { breaks, crlf } = countBreaks(value);
      inside += breaks;
      extraLines += crlf;
    }
    const row = info.lines - extraLines - inside;
    const cells: Cell[] = [];
    record.forEach((value, i) => {
      if (value.trim() !== '') {
        cells.push({ col: i + 1, value });
        values.push(value);
      }
    });
    if (!builder.addRow(row, cells)) break;
  }
  const decimalComma = separator === ';' || (separator === '\t' && looksDecimalComma(values));
  return {
    format: 'csv',
    sheets: [builder.toSheet()],
    hints: { encoding, separator, decimalComma },
  };
}
