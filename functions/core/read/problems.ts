/**
 * The reader's issues, one builder per code (two for FIELD_TOO_LARGE and FILE_TOO_COMPLEX),
 * so every path that finds the same problem words it the same way. The wording is in the
 * message catalogues (functions/core/i18n/messages, keys `issue.CODE.message` and
 * `issue.CODE.hint`), as for the ingest's codes: the issue is written in English and keeps
 * its parameters, so that it can be written again in the contact's language.
 */
import { translateEnglish } from '../i18n/english.js';
import { columnLetters as columnName, type Issue, makeIssue, type Place, type Severity } from '../issues.js';
import type { ReaderCodeName } from './codes.js';

const WHOLE_FILE: Place = { sheet: null, row: null, column: null };

/** Megabytes to one decimal, as a number so that each language writes it its way (10.5, 10,5). */
function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

function readerIssue(
  code: ReaderCodeName,
  severity: Severity,
  place: Partial<Place>,
  value: string | null,
  params: Record<string, string | number> = {},
): Issue {
  const built = makeIssue(
    code,
    severity,
    place,
    value,
    translateEnglish(`issue.${code}.message`, params),
    translateEnglish(`issue.${code}.hint`, params),
  );
  return { ...built, params };
}

export const problems = {
  fileEmpty: (): Issue => readerIssue('FILE_EMPTY', 'error', WHOLE_FILE, null),
  fileTooLarge: (size: number, max: number): Issue =>
    readerIssue('FILE_TOO_LARGE', 'error', WHOLE_FILE, `${megabytes(size)} MB`, {
      size: megabytes(size),
      max: megabytes(max),
    }),
  archiveTooLarge: (max: number): Issue =>
    readerIssue('ARCHIVE_TOO_LARGE', 'error', WHOLE_FILE, null, { max: megabytes(max) }),
  fileCorrupt: (detail: string): Issue => readerIssue('FILE_CORRUPT', 'error', WHOLE_FILE, null, { detail }),
  fileEncrypted: (): Issue => readerIssue('FILE_ENCRYPTED', 'error', WHOLE_FILE, null),
  fileLegacyXls: (what: string): Issue => readerIssue('FILE_LEGACY_XLS', 'error', WHOLE_FILE, null, { what }),
  fileUnsupported: (what: string): Issue =>
    readerIssue('FILE_UNSUPPORTED', 'error', WHOLE_FILE, null, { what }),
  fileHasMacros: (): Issue => readerIssue('FILE_HAS_MACROS', 'warning', WHOLE_FILE, null),
  externalLinksIgnored: (): Issue => readerIssue('EXTERNAL_LINKS_IGNORED', 'warning', WHOLE_FILE, null),
  xmlDoctypeRefused: (): Issue => readerIssue('XML_DOCTYPE_REFUSED', 'error', WHOLE_FILE, null),
  tooManyRows: (sheet: string, row: number, max: number): Issue =>
    readerIssue('TOO_MANY_ROWS', 'error', { sheet, row, column: null }, null, { sheet, max }),
  tooManyColumns: (sheet: string, row: number, col: number, max: number): Issue =>
    readerIssue('TOO_MANY_COLUMNS', 'error', { sheet, row, column: columnName(col) }, null, { sheet, max }),
  fieldTooLarge: (sheet: string, row: number, col: number, length: number, max: number): Issue =>
    readerIssue('FIELD_TOO_LARGE', 'error', { sheet, row, column: columnName(col) }, null, {
      kind: 'cell',
      length,
      max,
    }),
  textTooLargeInWorkbook: (bytes: number, max: number): Issue =>
    readerIssue('FIELD_TOO_LARGE', 'error', WHOLE_FILE, null, {
      kind: 'workbook',
      size: megabytes(bytes),
      max,
    }),
  controlCharactersRemoved: (sheet: string, row: number, col: number, value: string): Issue =>
    readerIssue('CONTROL_CHARACTERS_REMOVED', 'warning', { sheet, row, column: columnName(col) }, value),
  csvQuoteNotClosed: (sheet: string, row: number, col: number): Issue =>
    readerIssue('CSV_QUOTE_NOT_CLOSED', 'error', { sheet, row, column: columnName(col) }, null, {
      line: row,
    }),
  csvMalformed: (sheet: string, row: number | null, detail: string): Issue =>
    readerIssue('CSV_MALFORMED', 'error', { sheet, row, column: null }, null, { line: row ?? '?', detail }),
  xmlTooDeep: (depth: number, max: number): Issue =>
    readerIssue('FILE_TOO_COMPLEX', 'error', WHOLE_FILE, null, { kind: 'depth', depth, max }),
  timeBudgetExceeded: (seconds: number): Issue =>
    readerIssue('FILE_TOO_COMPLEX', 'error', WHOLE_FILE, null, { kind: 'time', seconds }),
  noSheets: (): Issue => readerIssue('FILE_NO_SHEETS', 'error', WHOLE_FILE, null),
};
