/**
 * The upload with its problems marked: for an XLSX, a copy with a fill and a note on each
 * cell that has an issue and an "Issues" sheet; for CSV and ODS (which exceljs cannot
 * write back faithfully), a workbook with the "Issues" sheet alone.
 */
import ExcelJS from 'exceljs';
import type { Issue } from '../core/issues.js';

const ERROR_FILL = 'FFF4C7C3';
const WARNING_FILL = 'FFFFF2CC';

/** The annotated workbook's bytes; `annotatedCopy` tells whether it is the person's own file. */
export async function annotateUpload(
  original: Uint8Array | undefined,
  fileName: string,
  issues: readonly Issue[],
): Promise<{ bytes: Uint8Array; annotatedCopy: boolean }> {
  let workbook: ExcelJS.Workbook | undefined;
  // Told from the bytes, not the name: an ODS is a zip too, and exceljs refuses it.
  if (original && !fileName.toLowerCase().endsWith('.ods') && original[0] === 0x50 && original[1] === 0x4b) {
    workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(original) as unknown as ArrayBuffer);
      if (workbook.worksheets.length === 0) workbook = undefined;
    } catch {
      // An unreadable file was rejected for that reason: give the issues alone.
      workbook = undefined;
    }
  }
  const annotatedCopy = workbook !== undefined;
  const book = workbook ?? new ExcelJS.Workbook();
  if (annotatedCopy) markCells(book, issues);
  addIssuesSheet(book, issues);
  const bytes = await book.xlsx.writeBuffer();
  return { bytes: new Uint8Array(bytes as ArrayBuffer), annotatedCopy };
}

function markCells(book: ExcelJS.Workbook, issues: readonly Issue[]): void {
  const byCell = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (!issue.sheet || !issue.row || !issue.column) continue;
    const key = `${issue.sheet}\0${issue.column}${issue.row}`;
    byCell.set(key, [...(byCell.get(key) ?? []), issue]);
  }
  for (const [key, list] of byCell) {
    const [sheetName, address] = key.split('\0') as [string, string];
    const sheet = book.getWorksheet(sheetName);
    if (!sheet) continue;
    const cell = sheet.getCell(address);
    const isError = list.some((i) => i.severity === 'error');
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: isError ? ERROR_FILL : WARNING_FILL } };
    cell.note = list
      .map((i) => `${i.severity === 'error' ? 'Error' : 'Warning'}: ${i.message} ${i.hint}`)
      .join('\n');
  }
}

function addIssuesSheet(book: ExcelJS.Workbook, issues: readonly Issue[]): void {
  let name = 'Issues';
  for (let n = 2; book.getWorksheet(name); n++) name = `Issues ${n}`;
  const sheet = book.addWorksheet(name);
  sheet.columns = [
    { header: 'Severity', key: 'severity', width: 10 },
    { header: 'Sheet', key: 'sheet', width: 16 },
    { header: 'Row', key: 'row', width: 6 },
    { header: 'Column', key: 'column', width: 8 },
    { header: 'Value found', key: 'value', width: 24 },
    { header: 'Problem', key: 'message', width: 60 },
    { header: 'How to fix it', key: 'hint', width: 60 },
    { header: 'Code', key: 'code', width: 24 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const i of issues) {
    sheet.addRow({
      severity: i.severity === 'error' ? 'Error' : 'Warning',
      sheet: i.sheet ?? '',
      row: i.row ?? '',
      column: i.column ?? '',
      // Shown as text: a value starting with "=" must never become a formula here.
      value: i.value ?? '',
      message: i.message,
      hint: i.hint,
      code: i.code,
    });
  }
  if (issues.length === 0) sheet.addRow({ message: 'No problems were found.' });
}
