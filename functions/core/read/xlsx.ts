/**
 * XLSX to Workbook through exceljs, once the zip pass has checked the inflated sizes
 * (exceljs inflates with no cap of its own). Values as the person sees them: formulas by
 * their cached result, rich text and hyperlinks as their text, errors as their text,
 * percent-formatted numbers flagged, merged ranges read at their top-left cell only.
 */
import ExcelJS from 'exceljs';
import type { Issue } from '../issues.js';
import type { Limits } from '../limits.js';
import type { Cell, CellValue, Workbook } from '../workbook.js';
import { Deadline } from './deadline.js';
import { problems } from './problems.js';
import { SheetBuilder } from './sheet-builder.js';

/** The plain value of an exceljs cell value (which may be an object of several shapes). */
function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return v.richText.map((run) => String((run as { text?: unknown }).text ?? '')).join('');
    if (typeof v.error === 'string') return v.error;
    if ('formula' in v || 'sharedFormula' in v) return plainValue(v.result);
    if ('hyperlink' in v || 'text' in v) return plainValue(v.text);
  }
  return null;
}

function toCell(cell: ExcelJS.Cell, col: number): Cell | null {
  const raw = cell.value as unknown;
  const value = plainValue(raw);
  if (value === null) return null;
  const out: Cell = { col, value };
  if (typeof raw === 'object' && raw !== null && ('formula' in raw || 'sharedFormula' in raw)) {
    const formula = cell.formula;
    if (formula) out.formula = formula;
  }
  if (typeof value === 'number' && typeof cell.numFmt === 'string' && cell.numFmt.includes('%'))
    out.percent = true;
  return out;
}

/** Reads an XLSX whose zip was already checked; exceljs failures become FILE_CORRUPT. */
export async function readXlsxBytes(
  bytes: Uint8Array,
  limits: Limits,
  issues: Issue[],
  deadline: Deadline = Deadline.none,
): Promise<Workbook | null> {
  const book = new ExcelJS.Workbook();
  try {
    // exceljs's types want a Node Buffer of its own @types/node version.
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    issues.push(problems.fileCorrupt('the workbook inside is damaged'));
    return null;
  }
  const sheets: Workbook['sheets'] = [];
  for (const sheet of book.worksheets) {
    deadline.check();
    const builder = new SheetBuilder(sheet.name, sheet.state !== 'visible', limits, issues, deadline);
    let stop = false;
    // eachRow visits only rows present in the file, whatever <dimension> claims.
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (stop) return;
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const c = toCell(cell, col);
        if (c) cells.push(c);
      });
      if (!builder.addRow(rowNumber, cells)) stop = true;
    });
    sheets.push(builder.toSheet());
  }
  if (sheets.length === 0) {
    issues.push(problems.noSheets());
    return null;
  }
  return { format: 'xlsx', sheets, hints: {} };
}
