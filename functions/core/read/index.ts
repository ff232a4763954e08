/**
 * The readers: an upload's bytes to a Workbook, whatever the format, with every problem
 * as an Issue. The format is found from the bytes; limits are applied before the parsers
 * can spend memory on a hostile file. Bad bytes never throw out of here.
 */
import { AllianceError } from '../errors.js';
import { hasErrors, type Issue } from '../issues.js';
import { defaultLimits, type Limits } from '../limits.js';
import type { Workbook } from '../workbook.js';
import { readCsvText } from './csv.js';
import { Deadline, DeadlinePassed } from './deadline.js';
import { decodeText } from './decode.js';
import { classifyOle2, sniffFormat } from './detect.js';
import { readOdsContent } from './ods.js';
import { problems } from './problems.js';
import { readXlsxBytes } from './xlsx.js';
import {
  DepthScanner,
  DoctypeScanner,
  LongestRunScanner,
  RowCounter,
  relationshipTargets,
  resolvePartName,
  sheetNamesByEntry,
  startTags,
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

/** Deeper than any workbook a spreadsheet program writes (XLSX about 8, ODS about 15, drawings 20). */
export const MAX_XML_DEPTH = 256;

/**
 * A cell far over the limit, found in the unzipped XML before exceljs or the XML parser
 * builds its text as one string (a 50 MB cell zips to kilobytes): refused there and then.
 */
function farTooLongText(longestRun: number, limits: Limits): Issue | undefined {
  return surelyTooLong(longestRun, limits.maxCellChars)
    ? problems.textTooLargeInWorkbook(longestRun, limits.maxCellChars)
    : undefined;
}

/** Thrown out of the unzip pass once a part is surely refused: the rest need not be inflated. */
class PartRefused extends AllianceError<'ZIP_PART_REFUSED'> {
  constructor(readonly scan: PartScan) {
    super('PartRefused', 'ZIP_PART_REFUSED', 'part refused');
  }
}

/** Thrown out of the unzip pass once a worksheet has more rows with a value than the limit. */
class RowsOverLimit extends AllianceError<'ZIP_ROWS_OVER_LIMIT'> {
  constructor(readonly entry: string) {
    super('RowsOverLimit', 'ZIP_ROWS_OVER_LIMIT', 'too many rows');
  }
}

/** What the capped unzip pass learns about one entry without keeping it. */
class PartScan {
  readonly doctype = new DoctypeScanner();
  readonly longestRun = new LongestRunScanner();
  readonly depth = new DepthScanner(MAX_XML_DEPTH);
  /** The first byte other than white space or a UTF-8 byte order mark: `<` for XML. */
  firstByte = -1;
  private seen = 0;

  /** `xmlByName`: the part's name already says XML, so a refusal need not wait for the rest. */
  constructor(
    private readonly limits: Limits,
    private readonly xmlByName = false,
  ) {}

  push(chunk: Uint8Array): void {
    if (this.firstByte < 0) this.findFirstByte(chunk);
    // A part that is XML by its name or its first byte is refused whatever the package says,
    // and at once: the depth first, since it stops at the limit.
    const xml = this.xmlByName || this.firstByte === LT;
    this.depth.push(chunk);
    if (xml && this.depth.tooDeep) throw new PartRefused(this);
    this.doctype.push(chunk);
    if (xml && this.doctype.found) throw new PartRefused(this);
    this.longestRun.push(chunk);
    if (xml && surelyTooLong(this.longestRun.longest, this.limits.maxCellChars)) throw new PartRefused(this);
  }

  private findFirstByte(chunk: Uint8Array): void {
    for (const b of chunk) {
      const bom = this.seen < 3 && (b === 0xef || b === 0xbb || b === 0xbf);
      this.seen++;
      if (bom || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
      this.firstByte = b;
      return;
    }
  }
}

/** The first refusal the scans of the XML parts call for, in the order a person fixes them. */
function refusal(scans: PartScan[], limits: Limits): Issue | undefined {
  if (scans.some((p) => p.doctype.found)) return problems.xmlDoctypeRefused();
  const deep = scans.find((p) => p.depth.tooDeep);
  if (deep) return problems.xmlTooDeep(deep.depth.deepest, MAX_XML_DEPTH);
  return farTooLongText(Math.max(0, ...scans.map((p) => p.longestRun.longest)), limits);
}

/**
 * The entries exceljs may parse as XML, found by what the package says they are, not by
 * their names alone: a content type of XML ([Content_Types].xml, by override or by
 * extension), a target of any relationship, an XML name, or bytes that start like XML.
 */
function xmlPartNames(
  zip: OpenedZip,
  kept: Map<string, Uint8Array>,
  scans: Map<string, PartScan>,
): Set<string> {
  const text = (name: string) => new TextDecoder().decode(kept.get(name) ?? new Uint8Array(0));
  const types = text(CONTENT_TYPES);
  const byExtension = new Map<string, string>();
  for (const d of startTags(types, 'Default'))
    byExtension.set((d.get('Extension') ?? '').toLowerCase(), d.get('ContentType') ?? '');
  const byPart = new Map<string, string>();
  for (const o of startTags(types, 'Override'))
    byPart.set(resolvePartName('', o.get('PartName') ?? '').toLowerCase(), o.get('ContentType') ?? '');
  const targets = new Set<string>();
  for (const name of kept.keys()) {
    if (!isRels(name)) continue;
    // `xl/_rels/workbook.xml.rels` describes `xl/workbook.xml`: its targets are relative to `xl/`.
    const base = name.slice(0, name.lastIndexOf('_rels/'));
    for (const target of relationshipTargets(text(name), base).values()) targets.add(target.toLowerCase());
  }
  const out = new Set<string>();
  for (const name of zip.entries.keys()) {
    const lower = name.toLowerCase();
    const extension = lower.slice(lower.lastIndexOf('.') + 1);
    const type = byPart.get(lower) ?? byExtension.get(extension) ?? '';
    if (
      XML_NAME.test(name) ||
      type.includes('xml') ||
      targets.has(lower) ||
      scans.get(name)?.firstByte === LT
    )
      out.add(name);
  }
  return out;
}

const LT = 0x3c;
const XML_NAME = /\.(xml|rels|vml)$/i;

function isRels(name: string): boolean {
  return name.endsWith('.rels');
}

async function readXlsxZip(
  bytes: Uint8Array,
  zip: OpenedZip,
  limits: Limits,
  issues: Issue[],
  deadline: Deadline,
): Promise<Workbook | null> {
  const scans = new Map<string, PartScan>();
  const rowCounts = new Map<string, RowCounter>();
  const keep = new Set([CONTENT_TYPES, WORKBOOK, WORKBOOK_RELS, ...[...zip.entries.keys()].filter(isRels)]);
  let kept: Map<string, Uint8Array>;
  try {
    kept = inflateAll(bytes, zip, keep, (name) => {
      const scan = new PartScan(limits, XML_NAME.test(name));
      scans.set(name, scan);
      if (!name.startsWith('xl/worksheets/'))
        return (chunk) => {
          deadline.check();
          scan.push(chunk);
        };
      const rows = new RowCounter();
      rowCounts.set(name, rows);
      return (chunk) => {
        deadline.check();
        scan.push(chunk);
        rows.push(chunk);
        // Past the limit the answer is known: the other 99% of a 2-million-row sheet need not be inflated.
        if (rows.rows > limits.maxRows) throw new RowsOverLimit(name);
      };
    });
  } catch (error) {
    if (error instanceof RowsOverLimit) {
      const part = (name: string) => {
        const entry = zip.entries.get(name);
        return entry ? new TextDecoder().decode(inflateEntry(bytes, entry, zip.budget, true)) : '';
      };
      const sheet = sheetNamesByEntry(part(WORKBOOK), part(WORKBOOK_RELS)).get(error.entry) ?? error.entry;
      issues.push(problems.tooManyRows(sheet, limits.maxRows + 1, limits.maxRows));
      return null;
    }
    if (!(error instanceof PartRefused)) throw error;
    issues.push(refusal([error.scan], limits)!);
    return null;
  }
  const xmlParts = xmlPartNames(zip, kept, scans);
  const refused = refusal(
    [...scans].filter(([name]) => xmlParts.has(name)).map(([, scan]) => scan),
    limits,
  );
  if (refused) {
    issues.push(refused);
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
  return await readXlsxBytes(bytes, limits, issues, deadline);
}

function readOdsZip(
  bytes: Uint8Array,
  zip: OpenedZip,
  limits: Limits,
  issues: Issue[],
  deadline: Deadline,
): Workbook | null {
  const contentEntry = zip.entries.get('content.xml');
  if (!contentEntry) {
    issues.push(problems.fileCorrupt('the spreadsheet content is missing'));
    return null;
  }
  const scan = new PartScan(limits, true);
  let content: Uint8Array;
  try {
    content = inflateEntry(bytes, contentEntry, zip.budget, true, (chunk) => {
      deadline.check();
      scan.push(chunk);
    });
  } catch (error) {
    if (!(error instanceof PartRefused)) throw error;
    issues.push(refusal([scan], limits)!);
    return null;
  }
  const refused = refusal([scan], limits);
  if (refused) {
    issues.push(refused);
    return null;
  }
  return readOdsContent(content, limits, issues, deadline);
}

async function readZip(
  bytes: Uint8Array,
  limits: Limits,
  issues: Issue[],
  deadline: Deadline,
): Promise<Workbook | null> {
  try {
    const zip = openZip(bytes, limits.maxInflatedBytes);
    if (zip.entries.has(WORKBOOK)) return await readXlsxZip(bytes, zip, limits, issues, deadline);
    const mimeEntry = zip.entries.get('mimetype');
    const mime = mimeEntry
      ? new TextDecoder().decode(inflateEntry(bytes, mimeEntry, zip.budget, true)).trim()
      : '';
    if (mime.startsWith(ODS_MIME)) return readOdsZip(bytes, zip, limits, issues, deadline);
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
  deadline: Deadline = Deadline.none,
): Promise<ReadResult> {
  const issues: Issue[] = [];
  try {
    return await readWithin(bytes, fileName, limits, deadline, issues);
  } catch (error) {
    if (!(error instanceof DeadlinePassed)) throw error;
    return { workbook: null, issues: [...issues, problems.timeBudgetExceeded(error.budgetMs / 1000)] };
  }
}

async function readWithin(
  bytes: Uint8Array,
  fileName: string,
  limits: Limits,
  deadline: Deadline,
  issues: Issue[],
): Promise<ReadResult> {
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
      return done(await readZip(bytes, limits, issues, deadline));
    case 'text': {
      const decoded = decodeText(bytes);
      if ('binary' in decoded) {
        issues.push(problems.fileUnsupported('binary data'));
        return done(null);
      }
      return done(readCsvText(decoded.text, baseName(fileName), decoded.encoding, limits, issues, deadline));
    }
  }
}
