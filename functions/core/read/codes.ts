/**
 * The reader's issue codes, for the catalogue people read (docs/validation-codes.md,
 * README). The wording a person sees when one is raised is in the message catalogues
 * (functions/core/i18n/messages, `issue.CODE.message` and `issue.CODE.hint`), built by
 * problems.ts; this list says what each code means. Tests keep the three in step.
 */
import type { Severity } from '../issues.js';

export interface ReaderCode {
  code: string;
  severity: Severity;
  summary: string;
}

const codes = [
  { code: 'FILE_EMPTY', severity: 'error', summary: 'The file has no bytes.' },
  {
    code: 'FILE_TOO_LARGE',
    severity: 'error',
    summary: 'The file is above the size limit (10 MB by default).',
  },
  {
    code: 'FILE_UNSUPPORTED',
    severity: 'error',
    summary: 'Not a spreadsheet: a picture, a PDF or other binary data, whatever its name says.',
  },
  {
    code: 'FILE_LEGACY_XLS',
    severity: 'error',
    summary: 'An old Excel 97-2003 .xls file, or a web page saved as .xls: save it as .xlsx.',
  },
  { code: 'FILE_ENCRYPTED', severity: 'error', summary: 'The workbook is protected by a password.' },
  {
    code: 'FILE_CORRUPT',
    severity: 'error',
    summary:
      'The file is damaged or truncated and cannot be opened; also an archive with two entries of one name (what is checked might not be what is read).',
  },
  { code: 'FILE_NO_SHEETS', severity: 'error', summary: 'The workbook has no sheet.' },
  {
    code: 'ARCHIVE_TOO_LARGE',
    severity: 'error',
    summary: 'Once unpacked, the workbook is larger than the limit (100 MB): a zip bomb, or not a report.',
  },
  {
    code: 'TOO_MANY_ROWS',
    severity: 'error',
    summary: 'A sheet or CSV has more rows than the limit (10,000).',
  },
  {
    code: 'TOO_MANY_COLUMNS',
    severity: 'error',
    summary: 'A sheet or CSV has more columns than the limit (200).',
  },
  {
    code: 'FIELD_TOO_LARGE',
    severity: 'error',
    summary: 'One cell holds more characters than a spreadsheet cell can (32,767).',
  },
  {
    code: 'XML_DOCTYPE_REFUSED',
    severity: 'error',
    summary: 'The file declares a DOCTYPE (a way to smuggle entities in): refused unread.',
  },
  {
    code: 'FILE_TOO_COMPLEX',
    severity: 'error',
    summary:
      'Reading the file would take too long: XML nested far deeper than a spreadsheet program writes (256 levels), or the upload went over the time limit for one file (20 s).',
  },
  {
    code: 'CSV_QUOTE_NOT_CLOSED',
    severity: 'error',
    summary: 'A quoted CSV field is never closed: the rest of the file would be one cell.',
  },
  { code: 'CSV_MALFORMED', severity: 'error', summary: 'The CSV cannot be split into rows and columns.' },
  {
    code: 'FILE_HAS_MACROS',
    severity: 'warning',
    summary: 'The workbook carries macros: they were not run, only the cells were read.',
  },
  {
    code: 'EXTERNAL_LINKS_IGNORED',
    severity: 'warning',
    summary: 'Cells refer to other workbooks: their last saved values were used, no link was followed.',
  },
  {
    code: 'CONTROL_CHARACTERS_REMOVED',
    severity: 'warning',
    summary: 'Invisible control characters were removed from cells.',
  },
] as const satisfies readonly ReaderCode[];

/** A code the readers raise. */
export type ReaderCodeName = (typeof codes)[number]['code'];

/** Every code the readers raise, with severity and meaning, in a stable order. */
export const readerCodes: readonly ReaderCode[] = codes;
