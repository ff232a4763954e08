/**
 * The reader's issues, one builder per code, so every path that finds the same problem
 * words it the same way: a plain message and a hint a national contact can act on.
 */
import { columnLetters as columnName, type Issue, makeIssue, type Place } from '../issues.js';

const SAVE_AS_XLSX =
  'Open the file in your spreadsheet program, save it as Excel Workbook (.xlsx) and upload it again.';
const WHOLE_FILE: Place = { sheet: null, row: null, column: null };

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

export const problems = {
  fileEmpty: (): Issue =>
    makeIssue(
      'FILE_EMPTY',
      'error',
      WHOLE_FILE,
      null,
      'The file is empty (0 bytes).',
      'Check that you picked the right file, and that it was saved completely before uploading.',
    ),
  fileTooLarge: (size: number, max: number): Issue =>
    makeIssue(
      'FILE_TOO_LARGE',
      'error',
      WHOLE_FILE,
      megabytes(size),
      `The file is ${megabytes(size)}, above the limit of ${megabytes(max)}.`,
      'Remove pictures, unused sheets and other content that is not part of the report, save, and upload again.',
    ),
  archiveTooLarge: (max: number): Issue =>
    makeIssue(
      'ARCHIVE_TOO_LARGE',
      'error',
      WHOLE_FILE,
      null,
      `Once unpacked, the workbook is larger than the limit of ${megabytes(max)}.`,
      'Remove pictures, unused sheets and very large ranges of formatted empty cells, save, and upload again.',
    ),
  fileCorrupt: (detail: string): Issue =>
    makeIssue(
      'FILE_CORRUPT',
      'error',
      WHOLE_FILE,
      null,
      `The file could not be read: it looks damaged or incomplete (${detail}).`,
      'Open the file in your spreadsheet program; if it opens, save it again as Excel Workbook (.xlsx) and upload that copy.',
    ),
  fileEncrypted: (): Issue =>
    makeIssue(
      'FILE_ENCRYPTED',
      'error',
      WHOLE_FILE,
      null,
      'The workbook is protected with a password, so it cannot be read.',
      'Open the file, remove the password (File > Info > Protect Workbook in Excel), save it as Excel Workbook (.xlsx) and upload it again.',
    ),
  fileLegacyXls: (what: string): Issue =>
    makeIssue(
      'FILE_LEGACY_XLS',
      'error',
      WHOLE_FILE,
      null,
      `The file is ${what}, an old format that is not accepted.`,
      SAVE_AS_XLSX,
    ),
  fileUnsupported: (what: string): Issue =>
    makeIssue(
      'FILE_UNSUPPORTED',
      'error',
      WHOLE_FILE,
      null,
      `The file is ${what}, not a spreadsheet.`,
      'Upload the report as an Excel Workbook (.xlsx), an OpenDocument spreadsheet (.ods) or a CSV file.',
    ),
  fileHasMacros: (): Issue =>
    makeIssue(
      'FILE_HAS_MACROS',
      'warning',
      WHOLE_FILE,
      null,
      'The workbook contains macros. They were not run; only the values in the cells were read.',
      'No action is needed. To avoid this warning, save the file as Excel Workbook (.xlsx) rather than a macro-enabled workbook.',
    ),
  externalLinksIgnored: (): Issue =>
    makeIssue(
      'EXTERNAL_LINKS_IGNORED',
      'warning',
      WHOLE_FILE,
      null,
      'The workbook links to other files. The links were not followed; the values last saved in the cells were used.',
      'Check that the linked values were up to date when you saved. To avoid this warning, copy the values in and remove the links (Data > Edit Links > Break Link in Excel).',
    ),
  xmlDoctypeRefused: (): Issue =>
    makeIssue(
      'XML_DOCTYPE_REFUSED',
      'error',
      WHOLE_FILE,
      null,
      'The spreadsheet contains a document type declaration, which is not accepted for safety reasons.',
      'Open the file in LibreOffice or Excel, save it again as Excel Workbook (.xlsx) and upload that copy.',
    ),
  tooManyRows: (sheet: string, row: number, max: number): Issue =>
    makeIssue(
      'TOO_MANY_ROWS',
      'error',
      { sheet, row, column: null },
      null,
      `The sheet "${sheet}" has more than ${max} rows with content.`,
      'Keep only the report tables in the file: delete unrelated rows or sheets, save, and upload again.',
    ),
  tooManyColumns: (sheet: string, row: number, col: number, max: number): Issue =>
    makeIssue(
      'TOO_MANY_COLUMNS',
      'error',
      { sheet, row, column: columnName(col) },
      null,
      `The sheet "${sheet}" has content beyond column ${max}.`,
      'Delete the columns that are not part of the report table, save, and upload again.',
    ),
  fieldTooLarge: (sheet: string, row: number, col: number, length: number, max: number): Issue =>
    makeIssue(
      'FIELD_TOO_LARGE',
      'error',
      { sheet, row, column: columnName(col) },
      null,
      `This cell holds ${length} characters or more, above the limit of ${max}.`,
      'Shorten the text in this cell (a spreadsheet cell holds at most 32,767 characters). In a CSV file, check that every quote mark is closed.',
    ),
  textTooLargeInWorkbook: (bytes: number, max: number): Issue =>
    makeIssue(
      'FIELD_TOO_LARGE',
      'error',
      WHOLE_FILE,
      null,
      `A cell of this workbook holds about ${megabytes(bytes)} of text, far above the limit of ${max} characters for one cell.`,
      'Find the cell with the very long text (often pasted by mistake), shorten it, save, and upload again.',
    ),
  controlCharactersRemoved: (sheet: string, row: number, col: number, value: string): Issue =>
    makeIssue(
      'CONTROL_CHARACTERS_REMOVED',
      'warning',
      { sheet, row, column: columnName(col) },
      value,
      'This cell contained invisible control characters; they were removed.',
      'Check that the value reads as you meant it. Such characters often come from copying text out of other programs.',
    ),
  csvQuoteNotClosed: (sheet: string, row: number, col: number): Issue =>
    makeIssue(
      'CSV_QUOTE_NOT_CLOSED',
      'error',
      { sheet, row, column: columnName(col) },
      null,
      `A quote mark (") opened on line ${row} is never closed, so the rest of the file would be read as one cell.`,
      'Open the file in a text editor, add the missing closing quote mark (or remove the stray one), save, and upload again.',
    ),
  csvMalformed: (sheet: string, row: number | null, detail: string): Issue =>
    makeIssue(
      'CSV_MALFORMED',
      'error',
      { sheet, row, column: null },
      null,
      `The CSV file could not be read near line ${row ?? '?'} (${detail}).`,
      'Open the file in your spreadsheet program, save it again as CSV (or better, as Excel Workbook .xlsx), and upload it again.',
    ),
  xmlTooDeep: (depth: number, max: number): Issue =>
    makeIssue(
      'FILE_TOO_COMPLEX',
      'error',
      WHOLE_FILE,
      null,
      `The workbook's internal structure is nested more than ${max} levels deep (at least ${depth}), far beyond what a spreadsheet program writes.`,
      'Open the file in your spreadsheet program, save it again as Excel Workbook (.xlsx) and upload that copy. If that fails too, copy the report tables into the template.',
    ),
  timeBudgetExceeded: (seconds: number): Issue =>
    makeIssue(
      'FILE_TOO_COMPLEX',
      'error',
      WHOLE_FILE,
      null,
      `Reading this file took longer than the limit of ${seconds} seconds, so it was stopped.`,
      'Keep only the report tables in the file: delete other sheets, very long texts and large ranges of formatted empty cells, save, and upload again.',
    ),
  noSheets: (): Issue =>
    makeIssue(
      'FILE_NO_SHEETS',
      'error',
      WHOLE_FILE,
      null,
      'The workbook has no sheets that could be read.',
      'Check that you picked the right file; save it again as Excel Workbook (.xlsx) and upload it again.',
    ),
};
