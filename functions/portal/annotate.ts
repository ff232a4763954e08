/**
 * The upload with its problems marked: for an XLSX, a copy with a fill and a note on each
 * cell that has an issue and an "Issues" sheet; for CSV and ODS (which exceljs cannot
 * write back faithfully), a workbook with the "Issues" sheet alone. Written in the
 * reader's language: the notes, the sheet and its headings (codes stay as they are).
 */
import ExcelJS from 'exceljs';
import { localizeIssues } from '../core/i18n/issues.js';
import type { Language } from '../core/i18n/languages.js';
import { type Translate, translator } from '../core/i18n/translate.js';
import type { Issue } from '../core/issues.js';

const ERROR_FILL = 'FFF4C7C3';
const WARNING_FILL = 'FFFFF2CC';

/** The annotated workbook's bytes; `annotatedCopy` tells whether it is the person's own file. */
export async function annotateUpload(
  original: Uint8Array | undefined,
  fileName: string,
  storedIssues: readonly Issue[],
  lang: Language = 'en',
): Promise<{ bytes: Uint8Array; annotatedCopy: boolean }> {
  const issues = localizeIssues(storedIssues, lang);
  const t = translator(lang);
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
  if (annotatedCopy) markCells(book, issues, t);
  addIssuesSheet(book, issues, t);
  const bytes = await book.xlsx.writeBuffer();
  return { bytes: new Uint8Array(bytes as ArrayBuffer), annotatedCopy };
}

function markCells(book: ExcelJS.Workbook, issues: readonly Issue[], t: Translate): void {
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
      .map(
        (i) =>
          `${t(i.severity === 'error' ? 'term.severity.error' : 'term.severity.warning')}: ${i.message} ${i.hint}`,
      )
      .join('\n');
  }
}

function addIssuesSheet(book: ExcelJS.Workbook, issues: readonly Issue[], t: Translate): void {
  const base = t('annotate.sheet');
  let name = base;
  for (let n = 2; book.getWorksheet(name); n++) name = `${base} ${n}`;
  const sheet = book.addWorksheet(name);
  sheet.columns = [
    { header: t('annotate.severity'), key: 'severity', width: 10 },
    { header: t('annotate.sheetColumn'), key: 'sheet', width: 16 },
    { header: t('annotate.row'), key: 'row', width: 6 },
    { header: t('annotate.column'), key: 'column', width: 8 },
    { header: t('annotate.value'), key: 'value', width: 24 },
    { header: t('annotate.problem'), key: 'message', width: 60 },
    { header: t('annotate.hint'), key: 'hint', width: 60 },
    { header: t('annotate.code'), key: 'code', width: 24 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const i of issues) {
    sheet.addRow({
      severity: t(i.severity === 'error' ? 'term.severity.error' : 'term.severity.warning'),
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
  if (issues.length === 0) sheet.addRow({ message: t('annotate.none') });
}
