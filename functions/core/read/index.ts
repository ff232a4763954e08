/**
 * The readers: an upload's bytes to a Workbook, whatever the format, with every problem
 * as an Issue. The format is found from the bytes; limits are applied before the parsers
 * can spend memory on a hostile file. Bad bytes never throw out of here.
 */
import { hasErrors, type Issue } from '../issues.js';
import { defaultLimits, type Limits } from '../limits.js';
import type { Workbook } from '../workbook.js';
import { readCsvText } from './csv.js';
import { decodeText } from './decode.js';
import { classifyOle2, sniffFormat } from './detect.js';
import { readOdsContent } from './ods.js';
import { problems } from './problems.js';
import { readXlsxBytes } from './xlsx.js';
import {
  DoctypeScanner,
  LongestRunScanner,
  RowCounter,
  sheetNamesByEntry,
  surelyTooLong,
} from './xlsx-scan.js';
import { inflateAll, inflateEntry, type OpenedZip, openZip, ZipProblem } from './zip.js';

export interface ReadResult {
  workbook: Workbook | null;
  issues: Issue[];
}

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
const CONTENT_TYPES = '[Content_Types].xml';
const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

/** The file's name without any folder, as the CSV sheet's name. */
function baseName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] || 'upload.csv';
}

/**
 * A cell far over the limit, found in the unzipped XML before exceljs or the XML parser
 * builds its text as one string (a 50 MB cell zips to kilobytes): refused there and then.
 */
function farTooLongText(run: LongestRunScanner, limits: Limits): Issue | undefined {
  return surelyTooLong(run.longest, limits.maxCellChars)
    ? problems.textTooLargeInWorkbook(run.longest, limits.maxCellChars)
    : undefined;
}

async function readZip(bytes: Uint8Array, limits: Limits, issues: Issue[]): Promise<Workbook | null> {
  let zip: OpenedZip;
  try {
    zip = openZip(bytes, limits.maxInflatedBytes);
    if (zip.entries.has('xl/workbook.xml')) {
      const doctype = new DoctypeScanner();
      const longestRun = new LongestRunScanner();
      const rowCounts = new Map<string, RowCounter>();
      const kept = inflateAll(bytes, zip, new Set([CONTENT_TYPES, WORKBOOK, WORKBOOK_RELS]), (name) => {
        if (!/\.(xml|rels|vml)$/i.test(name)) return undefined;
        if (!name.startsWith('xl/worksheets/'))
          return (chunk) => {
            doctype.push(chunk);
            longestRun.push(chunk);
          };
        const rows = new RowCounter();
        rowCounts.set(name, rows);
        return (chunk) => {
          doctype.push(chunk);
          longestRun.push(chunk);
          rows.push(chunk);
        };
      });
      if (doctype.found) {
        issues.push(problems.xmlDoctypeRefused());
        return null;
      }
      const farTooLong = farTooLongText(longestRun, limits);
      if (farTooLong) {
        issues.push(farTooLong);
        return null;
      }
      const text = (name: string) => new TextDecoder().decode(kept.get(name) ?? new Uint8Array(0));
      const names = sheetNamesByEntry(text(WORKBOOK), text(WORKBOOK_RELS));
      for (const [entry, counter] of rowCounts) {
        const rows = counter.finish();
        if (rows > limits.maxRows) {
          // exceljs would hold every row in memory: refuse before it starts.
          const sheet = names.get(entry) ?? entry;
          issues.push(problems.tooManyRows(sheet, limits.maxRows + 1, limits.maxRows));
        }
      }
      if (hasErrors(issues)) return null;
      const types = text(CONTENT_TYPES);
      if (zip.entries.has('xl/vbaProject.bin') || /macroEnabled/i.test(types))
        issues.push(problems.fileHasMacros());
      if ([...zip.entries.keys()].some((name) => name.startsWith('xl/externalLinks/')))
        issues.push(problems.externalLinksIgnored());
      return await readXlsxBytes(bytes, limits, issues);
    }
    const mimeEntry = zip.entries.get('mimetype');
    const mime = mimeEntry
      ? new TextDecoder().decode(inflateEntry(bytes, mimeEntry, zip.budget, true)).trim()
      : '';
    if (mime.startsWith(ODS_MIME)) {
      const contentEntry = zip.entries.get('content.xml');
      if (!contentEntry) {
        issues.push(problems.fileCorrupt('the spreadsheet content is missing'));
        return null;
      }
      const content = inflateEntry(bytes, contentEntry, zip.budget, true);
      const longestRun = new LongestRunScanner();
      longestRun.push(content);
      const farTooLong = farTooLongText(longestRun, limits);
      if (farTooLong) {
        issues.push(farTooLong);
        return null;
      }
      return readOdsContent(content, limits, issues);
    }
    issues.push(problems.fileUnsupported(describeZip(zip, mime)));
    return null;
  } catch (error) {
    if (!(error instanceof ZipProblem)) throw error;
    issues.push(
      error.problem.failure === 'too-large'
        ? problems.archiveTooLarge(limits.maxInflatedBytes)
        : problems.fileCorrupt(error.problem.detail),
    );
    return null;
  }
}

function describeZip(zip: OpenedZip, mime: string): string {
  if (zip.entries.has('word/document.xml')) return 'a Word document';
  if (zip.entries.has('ppt/presentation.xml')) return 'a PowerPoint presentation';
  if (mime.startsWith('application/vnd.oasis.opendocument.text')) return 'an OpenDocument text document';
  return 'a zip archive';
}

/** Reads an upload whatever its format; the format is found from the bytes, not the name. */
export async function readUpload(
  bytes: Uint8Array,
  fileName: string,
  limits: Limits = defaultLimits,
): Promise<ReadResult> {
  const issues: Issue[] = [];
  const done = (workbook: Workbook | null): ReadResult => ({
    workbook: workbook && !hasErrors(issues) ? workbook : null,
    issues,
  });
  if (bytes.length > limits.maxFileBytes) {
    issues.push(problems.fileTooLarge(bytes.length, limits.maxFileBytes));
    return done(null);
  }
  const sniffed = sniffFormat(bytes);
  switch (sniffed.kind) {
    case 'empty':
      issues.push(problems.fileEmpty());
      return done(null);
    case 'unsupported':
      issues.push(problems.fileUnsupported(sniffed.what));
      return done(null);
    case 'legacy':
      issues.push(problems.fileLegacyXls(sniffed.what));
      return done(null);
    case 'ole2': {
      const kind = classifyOle2(bytes);
      if (kind === 'encrypted') issues.push(problems.fileEncrypted());
      else if (kind === 'xls') issues.push(problems.fileLegacyXls('an Excel 97-2003 workbook (.xls)'));
      else issues.push(problems.fileUnsupported('an older Microsoft Office document'));
      return done(null);
    }
    case 'zip':
      return done(await readZip(bytes, limits, issues));
    case 'text': {
      const decoded = decodeText(bytes);
      if ('binary' in decoded) {
        issues.push(problems.fileUnsupported('binary data'));
        return done(null);
      }
      return done(readCsvText(decoded.text, baseName(fileName), decoded.encoding, limits, issues));
    }
  }
}
