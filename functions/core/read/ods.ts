/**
 * ODS content.xml to Workbook with a streaming XML parser. A DOCTYPE is refused outright,
 * so no entity is ever expanded and nothing external is fetched. Repeated rows and
 * columns are expanded only when they carry content: the trailing run of a million empty
 * rows that LibreOffice writes costs nothing.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { AllianceError } from '../errors.js';
import type { Issue } from '../issues.js';
import type { Limits } from '../limits.js';
import type { Cell, CellValue, Workbook } from '../workbook.js';
import { Deadline, DeadlinePassed } from './deadline.js';
import { problems } from './problems.js';
import { SheetBuilder } from './sheet-builder.js';

class DoctypeRefused extends AllianceError<'ODS_DOCTYPE'> {
  constructor() {
    super('DoctypeRefused', 'ODS_DOCTYPE', 'The ODS content declares a DOCTYPE');
  }
}

const ISO_DATE = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?)?/;
const ISO_DURATION = /^-?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

function parseDate(text: string): Date | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  const d = new Date(
    Date.UTC(
      Number(m[1]),
      Number(m[2]) - 1,
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      ms,
    ),
  );
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A time of day as exceljs gives it: a Date on 1899-12-30 (Excel's day zero), UTC. */
function parseTime(text: string): Date | null {
  const m = ISO_DURATION.exec(text);
  if (!m) return null;
  const seconds =
    Number(m[1] ?? 0) * 86_400 + Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return new Date(Date.UTC(1899, 11, 30) + Math.round(seconds * 1000));
}

function count(value: string | undefined): number {
  const n = value === undefined ? 1 : Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

interface PendingCell {
  attributes: Record<string, string>;
  paragraphs: string[];
  repeat: number;
  covered: boolean;
}

function cellValue(cell: PendingCell): CellValue {
  const a = cell.attributes;
  const text = cell.paragraphs.join('\n');
  switch (a['office:value-type']) {
    case 'float':
    case 'currency':
    case 'percentage': {
      const n = Number(a['office:value']);
      return Number.isFinite(n) ? n : text || null;
    }
    case 'date':
      return parseDate(a['office:date-value'] ?? '') ?? (text || null);
    case 'time':
      return parseTime(a['office:time-value'] ?? '') ?? (text || null);
    case 'boolean':
      return a['office:boolean-value'] === 'true';
    case 'string':
      // Formula errors come as an empty string-value with the error's text in <text:p>.
      return a['office:string-value'] || text || null;
    default:
      return text || null;
  }
}

/** A cell of the row being read, and the column it starts at. */
interface PlacedCell {
  col: number;
  cell: PendingCell;
}

/** The cells of one `<table:table-row>` as the sheet gets them (empty values left out). */
function rowCells(placed: readonly PlacedCell[]): Cell[] {
  const cells: Cell[] = [];
  for (const { col, cell } of placed) {
    const value = cellValue(cell);
    if (value === null) continue;
    const out: Cell = { col, value };
    if (cell.attributes['office:value-type'] === 'percentage') out.percent = true;
    const formula = cell.attributes['table:formula'];
    if (formula) out.formula = formula.replace(/^of:/, '');
    cells.push(out);
  }
  return cells;
}

/** Elements whose text is not the cell's own: comments, drawings and tables inside a cell. */
const FOREIGN = new Set(['office:annotation', 'draw:frame', 'draw:custom-shape']);

/**
 * Follows content.xml's elements as saxes reports them: styles (which tables are hidden),
 * tables (one sheet each), rows and cells (with their repeat counts) and the paragraphs of
 * a cell's text. One method per kind of element; the state is the place being read.
 */
class OdsContentReader {
  readonly sheets: Workbook['sheets'] = [];
  private readonly hiddenStyles = new Set<string>();
  private style: string | null = null;
  private sheet: SheetBuilder | null = null;
  private rowNumber = 0;
  private rowRepeat = 1;
  private placed: PlacedCell[] = [];
  private col = 1;
  private cell: PendingCell | null = null;
  private paragraph: string | null = null;
  /** Depth inside an element whose text is not the cell's (FOREIGN, a nested table). */
  private foreignDepth = 0;

  constructor(
    private readonly limits: Limits,
    private readonly issues: Issue[],
    private readonly deadline: Deadline,
  ) {}

  open(tag: SaxesTagPlain): void {
    const a = tag.attributes as Record<string, string>;
    if (this.foreignDepth > 0) {
      if (!tag.isSelfClosing) this.foreignDepth++;
      return;
    }
    if (FOREIGN.has(tag.name)) {
      if (!tag.isSelfClosing) this.foreignDepth = 1;
      return;
    }
    switch (tag.name) {
      case 'style:style':
        this.style = a['style:family'] === 'table' ? (a['style:name'] ?? null) : null;
        break;
      case 'style:table-properties':
        if (this.style && a['table:display'] === 'false') this.hiddenStyles.add(this.style);
        break;
      case 'table:table':
        this.openTable(tag, a);
        break;
      case 'table:table-row':
        this.rowNumber++;
        this.rowRepeat = count(a['table:number-rows-repeated']);
        this.placed = [];
        this.col = 1;
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        this.cell = {
          attributes: a,
          paragraphs: [],
          repeat: count(a['table:number-columns-repeated']),
          covered: tag.name === 'table:covered-table-cell',
        };
        if (tag.isSelfClosing) this.closeCell();
        break;
      case 'text:p':
      case 'text:h':
        this.openParagraph(tag.isSelfClosing);
        break;
      case 'text:s':
        this.appendText(' '.repeat(Math.min(count(a['text:c']), this.limits.maxCellChars + 1)));
        break;
      case 'text:tab':
        this.appendText('\t');
        break;
      case 'text:line-break':
        this.appendText('\n');
        break;
    }
  }

  text(text: string): void {
    if (this.foreignDepth === 0) this.appendText(text);
  }

  close(name: string): void {
    if (this.foreignDepth > 0) {
      this.foreignDepth--;
      return;
    }
    switch (name) {
      case 'style:style':
        this.style = null;
        break;
      case 'text:p':
      case 'text:h':
        if (this.cell && this.paragraph !== null) this.cell.paragraphs.push(this.paragraph);
        this.paragraph = null;
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        this.closeCell();
        break;
      case 'table:table-row':
        this.closeRow();
        break;
      case 'table:table':
        if (this.sheet) this.sheets.push(this.sheet.toSheet());
        this.sheet = null;
        break;
    }
  }

  private openTable(tag: SaxesTagPlain, a: Record<string, string>): void {
    if (this.sheet) {
      // A table inside a cell: its text is not the cell's value.
      if (!tag.isSelfClosing) this.foreignDepth = 1;
      return;
    }
    const style = a['table:style-name'];
    const name = a['table:name'] ?? `Sheet${this.sheets.length + 1}`;
    const hidden = style !== undefined && this.hiddenStyles.has(style);
    this.sheet = new SheetBuilder(name, hidden, this.limits, this.issues, this.deadline);
    this.rowNumber = 0;
  }

  private openParagraph(selfClosing: boolean): void {
    if (!this.cell) return;
    if (selfClosing) this.cell.paragraphs.push('');
    else this.paragraph = '';
  }

  /** Adds to the paragraph being read, up to just past the cell limit (enough to report it). */
  private appendText(text: string): void {
    if (this.paragraph !== null && this.paragraph.length <= this.limits.maxCellChars) this.paragraph += text;
  }

  private closeCell(): void {
    const c = this.cell;
    if (!c) return;
    this.cell = null;
    const hasContent =
      !c.covered && (c.attributes['office:value-type'] !== undefined || c.paragraphs.length > 0);
    if (hasContent) {
      // Expand only as far as one past the column limit: enough to report it.
      const last = Math.min(this.col + c.repeat - 1, this.limits.maxColumns + 1);
      for (let k = this.col; k <= last; k++) this.placed.push({ col: k, cell: c });
    }
    this.col += c.repeat;
  }

  private closeRow(): void {
    if (!this.sheet) return;
    const first = this.rowNumber;
    this.rowNumber += this.rowRepeat - 1;
    if (this.placed.length === 0) return;
    const cells = rowCells(this.placed);
    // Stops by itself at the row limit, so a repeated row with content cannot run away.
    for (let r = first; r < first + this.rowRepeat; r++) if (!this.sheet.addRow(r, cells)) break;
  }
}

/** Reads an ODS content.xml (already inflated within the cap) into sheets. */
export function readOdsContent(
  content: Uint8Array,
  limits: Limits,
  issues: Issue[],
  deadline: Deadline = Deadline.none,
): Workbook | null {
  const reader = new OdsContentReader(limits, issues, deadline);
  const parser = new SaxesParser({ xmlns: false });
  parser.on('doctype', () => {
    throw new DoctypeRefused();
  });
  parser.on('opentag', (tag: SaxesTagPlain) => reader.open(tag));
  parser.on('text', (text) => reader.text(text));
  parser.on('closetag', (tag) => reader.close(tag.name));
  try {
    const decoder = new TextDecoder('utf-8');
    const CHUNK = 1024 * 1024;
    for (let i = 0; i < content.length; i += CHUNK) {
      deadline.check();
      parser.write(decoder.decode(content.subarray(i, i + CHUNK), { stream: true }));
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (error instanceof DeadlinePassed) throw error;
    if (error instanceof DoctypeRefused) issues.push(problems.xmlDoctypeRefused());
    else issues.push(problems.fileCorrupt('the spreadsheet content is not well-formed'));
    return null;
  }
  if (reader.sheets.length === 0) {
    issues.push(problems.noSheets());
    return null;
  }
  return { format: 'ods', sheets: reader.sheets, hints: {} };
}
