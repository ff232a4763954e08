/**
 * The open data of a year: every normalized figure, one record per country, year and
 * indicator, as CSV (for spreadsheets) and JSON (for programs). Pure: records in, text out.
 *
 * CSV choices, for the people who will open it in Excel:
 * - UTF-8 WITH a byte order mark. Excel on Windows reads a CSV without a BOM in the
 *   machine's ANSI code page and turns "Österreich" or "Türkiye" into mojibake; with the BOM
 *   it reads UTF-8. pandas (`utf-8-sig`), R, LibreOffice and csv-parse (`bom: true`) all
 *   accept it.
 * - Comma separated, CRLF line ends, RFC 4180 quoting (a field with a comma, quote or line
 *   break is quoted, quotes doubled).
 * - Numbers with a dot as the decimal mark and no grouping; yes/no as `yes`/`no`; no data is
 *   an empty cell, never 0.
 * - Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or
 *   carriage return) gets a leading apostrophe, so it shows as text and never runs. Numbers
 *   we format ourselves are never touched. JSON keeps the text as it was: no program runs it.
 */

export interface OpenDataRecord {
  country: string;
  country_name: string;
  year: number;
  target: number;
  indicator: string;
  indicator_name: string;
  /** Number, yes/no, or null for no data. */
  value: number | boolean | null;
  unit: string;
  /** Whether the value is an estimate; null when there is no value. */
  estimate: boolean | null;
  /** Progress status code, as the reports show it (one of statusOrder, core/report/format.ts). */
  status: string;
  /** The same indicator's value the year before, or null. */
  previous_value: number | boolean | null;
  /** Where the figure comes from, as the country wrote it (text). */
  source: string | null;
  /** The country's note on the figure (text). */
  notes: string | null;
}

export const openDataColumns = [
  'country',
  'country_name',
  'year',
  'target',
  'indicator',
  'indicator_name',
  'value',
  'unit',
  'estimate',
  'status',
  'previous_value',
  'source',
  'notes',
] as const satisfies readonly (keyof OpenDataRecord)[];

const BOM = '\uFEFF';

/** A number as open data writes it: dot decimal mark, no grouping, no exponent. */
export function formatOpenNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  const rounded = Number(n.toFixed(6));
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  return rounded.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

function formatValue(value: number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return formatOpenNumber(value);
}

/** Text a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function csvField(record: OpenDataRecord, column: (typeof openDataColumns)[number]): string {
  switch (column) {
    case 'value':
    case 'previous_value':
      return formatValue(record[column]);
    case 'estimate':
      return formatValue(record.estimate);
    case 'year':
    case 'target':
      return String(record[column]);
    default: {
      const text = record[column];
      return text === null ? '' : neutraliseFormula(text);
    }
  }
}

/** What every row of the sample's CSV says, so no row can be taken out of it for a real figure. */
export const sampleNotice = 'Fictitious sample data: not real statistics';

/**
 * The records as an RFC 4180 CSV, UTF-8 with a BOM, CRLF line ends. The bundled sample's
 * CSV has one more, last column, `notice`, saying on every row that it is fictitious.
 */
export function renderOpenDataCsv(
  records: readonly OpenDataRecord[],
  options: { sample?: boolean } = {},
): Uint8Array {
  const header = [...openDataColumns, ...(options.sample ? ['notice'] : [])];
  const rows = records.map((record) => [
    ...openDataColumns.map((c) => csvField(record, c)),
    ...(options.sample ? [sampleNotice] : []),
  ]);
  return encodeCsv(header, rows);
}

/**
 * A table as open data CSV: UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting. The fields
 * are written as given: pass text through `csvText` to neutralise formulas.
 */
export function encodeCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): Uint8Array {
  const lines = [header.map(quote).join(',')];
  for (const row of rows) lines.push(row.map(quote).join(','));
  return new TextEncoder().encode(`${BOM}${lines.join('\r\n')}\r\n`);
}

/** A cell of text as open data CSV writes it: empty for null, formulas neutralised. */
export function csvText(text: string | null): string {
  return text === null ? '' : neutraliseFormula(text);
}

/** A yes/no cell: empty for null (unknown). */
export function csvYesNo(value: boolean | null): string {
  return value === null ? '' : value ? 'yes' : 'no';
}

export interface OpenDataMeta {
  year: number;
  edition: number;
  frameworkVersion: string;
  /** The date the data speaks for (from the submissions, never the clock). */
  generated: string;
  /** The bundled fictitious sample data. */
  sample: boolean;
}

/** The same records as JSON, with the framework version and edition they were made under. */
export function renderOpenDataJson(records: readonly OpenDataRecord[], meta: OpenDataMeta): Uint8Array {
  const body = {
    ...meta,
    ...(meta.sample ? { notice: 'Fictitious sample data: these are not real statistics.' } : {}),
    columns: openDataColumns,
    records,
  };
  return new TextEncoder().encode(`${JSON.stringify(body, null, 2)}\n`);
}
