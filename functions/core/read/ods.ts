/**
 * ODS content.xml to Workbook with a streaming XML parser. A DOCTYPE is refused outright,
 * so no entity is ever expanded and nothing external is fetched. Repeated rows and
 * columns are expanded only when they carry content: the trailing run of a million empty
 * rows that LibreOffice writes costs nothing.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Issue } from '../issues.js';
import type { Limits } from '../limits.js';
import type { Cell, CellValue, Workbook } from '../workbook.js';
import { Deadline, DeadlinePassed } from './deadline.js';
import { problems } from './problems.js';
import { SheetBuilder } from './sheet-builder.js';

class DoctypeRefused extends Error {}

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

/** Reads an ODS content.xml (already inflated within the cap) into sheets. */
export function readOdsContent(
  content: Uint8Array,
  limits: Limits,
  issues: Issue[],
  deadline: Deadline = Deadline.none,
): Workbook | null {
  const hiddenStyles = new Set<string>();
  const sheets: Workbook['sheets'] = [];
  let currentStyle: string | null = null;
  let builder: SheetBuilder | null = null;
  let rowNumber = 0;
  let rowRepeat = 1;
  let rowCells: Array<{ col: number; cell: PendingCell }> = [];
  let col = 1;
  let cell: PendingCell | null = null;
  let paragraph: string | null = null;
  /** Depth inside elements whose text is not the cell's (comments, shapes, nested tables). */
  let ignoreDepth = 0;

  const parser = new SaxesParser({ xmlns: false });
  parser.on('doctype', () => {
    throw new DoctypeRefused();
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const a = tag.attributes as Record<string, string>;
    if (ignoreDepth > 0) {
      if (!tag.isSelfClosing) ignoreDepth++;
      return;
    }
    switch (tag.name) {
      case 'style:style':
        currentStyle = a['style:family'] === 'table' ? (a['style:name'] ?? null) : null;
        break;
      case 'style:table-properties':
        if (currentStyle && a['table:display'] === 'false') hiddenStyles.add(currentStyle);
        break;
      case 'table:table': {
        if (builder) {
          // A table inside a cell: its text is not the cell's value.
          if (!tag.isSelfClosing) ignoreDepth = 1;
          break;
        }
        const style = a['table:style-name'];
        const name = a['table:name'] ?? `Sheet${sheets.length + 1}`;
        builder = new SheetBuilder(
          name,
          style !== undefined && hiddenStyles.has(style),
          limits,
          issues,
          deadline,
        );
        rowNumber = 0;
        break;
      }
      case 'table:table-row':
        rowNumber++;
        rowRepeat = count(a['table:number-rows-repeated']);
        rowCells = [];
        col = 1;
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        cell = {
          attributes: a,
          paragraphs: [],
          repeat: count(a['table:number-columns-repeated']),
          covered: tag.name === 'table:covered-table-cell',
        };
        if (tag.isSelfClosing) closeCell();
        break;
      case 'office:annotation':
      case 'draw:frame':
      case 'draw:custom-shape':
        if (!tag.isSelfClosing) ignoreDepth = 1;
        break;
      case 'text:p':
      case 'text:h':
        if (cell) {
          paragraph = '';
          if (tag.isSelfClosing) {
            cell.paragraphs.push('');
            paragraph = null;
          }
        }
        break;
      case 'text:s':
        if (paragraph !== null)
          paragraph += ' '.repeat(Math.min(count(a['text:c']), limits.maxCellChars + 1));
        break;
      case 'text:tab':
        if (paragraph !== null) paragraph += '\t';
        break;
      case 'text:line-break':
        if (paragraph !== null) paragraph += '\n';
        break;
    }
  });
  parser.on('text', (text) => {
    if (ignoreDepth === 0 && paragraph !== null && paragraph.length <= limits.maxCellChars) paragraph += text;
  });
  parser.on('closetag', (tag) => {
    if (ignoreDepth > 0) {
      ignoreDepth--;
      return;
    }
    switch (tag.name) {
      case 'style:style':
        currentStyle = null;
        break;
      case 'text:p':
      case 'text:h':
        if (cell && paragraph !== null) cell.paragraphs.push(paragraph);
        paragraph = null;
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        closeCell();
        break;
      case 'table:table-row':
        closeRow();
        break;
      case 'table:table':
        if (builder) sheets.push(builder.toSheet());
        builder = null;
        break;
    }
  });

  function closeCell() {
    if (!cell) return;
    const c = cell;
    cell = null;
    const hasContent =
      !c.covered && (c.attributes['office:value-type'] !== undefined || c.paragraphs.length > 0);
    if (hasContent) {
      // Expand only as far as one past the column limit: enough to report it.
      const last = Math.min(col + c.repeat - 1, limits.maxColumns + 1);
      for (let k = col; k <= last; k++) rowCells.push({ col: k, cell: c });
    }
    col += c.repeat;
  }

  function closeRow() {
    if (!builder) return;
    const first = rowNumber;
    rowNumber += rowRepeat - 1;
    if (rowCells.length === 0) return;
    const cells: Cell[] = [];
    for (const { col: k, cell: c } of rowCells) {
      const value = cellValue(c);
      if (value === null) continue;
      const out: Cell = { col: k, value };
      if (c.attributes['office:value-type'] === 'percentage') out.percent = true;
      const formula = c.attributes['table:formula'];
      if (formula) out.formula = formula.replace(/^of:/, '');
      cells.push(out);
    }
    // Stops by itself at the row limit, so a repeated row with content cannot run away.
    for (let r = first; r < first + rowRepeat; r++) if (!builder.addRow(r, cells)) break;
  }

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
  if (sheets.length === 0) {
    issues.push(problems.noSheets());
    return null;
  }
  return { format: 'ods', sheets, hints: {} };
}
