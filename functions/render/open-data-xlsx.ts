/**
 * `data.xlsx`: the open data's tables as one workbook with typed cells, for spreadsheet
 * users whose locale breaks CSV (a decimal comma, a semicolon separator). Numbers are number
 * cells, dates are date cells, yes/no stay the words `yes` and `no`, no data is an empty
 * cell; the headers are the CSV's column names, so a script reads either. A first sheet
 * says what the workbook is, under which licence, and, for the bundled sample, that the
 * figures are fictitious; every data row of the sample also carries the `notice` column.
 *
 * Deterministic: the same tables give the same bytes. exceljs stamps the document
 * properties and every zip entry with the clock; the properties are set from the data and
 * the archive is written again with its entries dated from the data too.
 */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import type { TableField } from './open-data-schema.js';

/** A typed cell: a number, a day (`YYYY-MM-DD`, written as a date cell), text, or empty. */
export type XlsxCell = number | { date: string } | string | null;

export interface XlsxTable {
  /** At most 31 characters, no `[]:*?/\`. */
  sheet: string;
  fields: readonly TableField[];
  rows: ReadonlyArray<readonly XlsxCell[]>;
}

export interface OpenDataWorkbook {
  title: string;
  /** `YYYY-MM-DD` from the data: the document's dates. */
  created: string;
  /** Lines of the first sheet, "About": what this is, licence, publisher, source. */
  about: ReadonlyArray<readonly [string, string]>;
  /** The fictitious-sample notice, printed first on the About sheet; null for real data. */
  notice: string | null;
  tables: readonly XlsxTable[];
}

function dayParts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** The workbook's bytes. */
export async function renderOpenDataXlsx(book: OpenDataWorkbook): Promise<Uint8Array> {
  const [y, m, d] = dayParts(book.created);
  const stamp = new Date(Date.UTC(y, m - 1, d));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'alliance-reports';
  wb.lastModifiedBy = 'alliance-reports';
  wb.title = book.title;
  wb.created = stamp;
  wb.modified = stamp;

  const about = wb.addWorksheet('About');
  about.getColumn(1).width = 22;
  about.getColumn(2).width = 100;
  about.addRow([book.title]).font = { bold: true, size: 14 };
  if (book.notice) {
    const row = about.addRow([book.notice.toUpperCase()]);
    row.font = { bold: true, color: { argb: 'FFB00020' } };
  }
  for (const [label, text] of book.about) {
    const row = about.addRow([label, text]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  about.addRow([]);
  about.addRow([
    'Sheet',
    'Columns (the same names as in the CSV files; datapackage.json describes each one)',
  ]).font = {
    bold: true,
  };
  for (const table of book.tables) about.addRow([table.sheet, table.fields.map((f) => f.name).join(', ')]);

  for (const table of book.tables) addTable(wb, table);

  // Stored, not compressed: the archive is compressed once, when written again below.
  const written = new Uint8Array(
    (await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } })) as ArrayBuffer,
  );
  return restampZip(written, y, m, d);
}

function addTable(wb: ExcelJS.Workbook, table: XlsxTable): void {
  const ws = wb.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = table.fields.map((f) => ({
    header: f.name,
    key: f.name,
    width: Math.min(60, Math.max(10, f.name.length + 2, f.type === 'date' ? 12 : 0)),
  }));
  ws.getRow(1).font = { bold: true };
  for (const cells of table.rows) {
    const row = ws.addRow(
      cells.map((cell) => {
        if (cell === null) return null;
        if (typeof cell === 'object') {
          const [y, m, d] = dayParts(cell.date);
          return new Date(Date.UTC(y, m - 1, d));
        }
        return cell;
      }),
    );
    cells.forEach((cell, i) => {
      if (cell !== null && typeof cell === 'object') row.getCell(i + 1).numFmt = 'yyyy-mm-dd';
    });
  }
  if (table.fields.length > 0)
    ws.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1 + table.rows.length, column: table.fields.length },
    };
}

/**
 * The same archive with every entry dated from the data. fflate writes DOS times in local
 * time, so the date is built in local time: the bytes are the same in every time zone.
 */
function restampZip(bytes: Uint8Array, y: number, m: number, d: number): Uint8Array {
  const entries = unzipSync(bytes);
  const mtime = new Date(y, m - 1, d, 0, 0, 0);
  const files: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  for (const [name, data] of Object.entries(entries)) files[name] = [data, { mtime, level: 6 }];
  return zipSync(files);
}
