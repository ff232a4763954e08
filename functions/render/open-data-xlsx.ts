/**
 * `data.xlsx`: the open data's tables as one workbook with typed cells, for spreadsheet
 * users whose locale breaks CSV (a decimal comma, a semicolon separator). Numbers are number
 * cells, dates are date cells (formatted yyyy-mm-dd), yes/no stay the words `yes` and `no`,
 * no data is an empty cell; the headers are the CSV's column names, so a script reads
 * either. A first sheet says what the workbook is, under which licence, and, for the bundled
 * sample, that the figures are fictitious; every data row of the sample also carries the
 * `notice` column.
 *
 * Written here as SpreadsheetML (ECMA-376 / ISO 29500: the package parts a workbook of plain
 * tables needs) and zipped with fflate, rather than with exceljs: exceljs's writer added
 * about 450 KB (exceljs, jszip, pako) to every Lambda that publishes or drafts the open
 * data, pushing the render-drafts bundle past its 1.5 MB budget, took over a second per
 * 3,000 rows, and stamped the clock into the document properties and every zip entry. Here
 * every date comes from the data, so the same tables give the same bytes. The tests read
 * the file back with exceljs and with LibreOffice.
 */
import { zipSync } from 'fflate';
import type { TableField } from './open-data-schema.js';

/** A typed cell: a number, a day (`YYYY-MM-DD`, written as a date cell), text, or empty. */
export type XlsxCell = number | { date: string } | string | null;

export interface XlsxTable {
  /** At most 31 characters, none of `[]:*?/\`. */
  sheet: string;
  fields: readonly TableField[];
  rows: ReadonlyArray<readonly XlsxCell[]>;
}

export interface OpenDataWorkbook {
  title: string;
  /** `YYYY-MM-DD` from the data: the document's dates. */
  created: string;
  /** Lines of the first sheet, "About": what this is, licence, publisher, source. */
  about: ReadonlyArray<readonly [string, string]>;
  /** The fictitious-sample notice, printed first on the About sheet; null for real data. */
  notice: string | null;
  tables: readonly XlsxTable[];
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's limit on the characters of one cell. */
const MAX_CELL_TEXT = 32_767;

/** Cell styles, by their index in styles.xml's cellXfs. */
const style = { normal: 0, bold: 1, date: 2, notice: 3, title: 4, wrap: 5 } as const;

/** Text as XML character data: escaped, and without the control characters XML 1.0 forbids. */
function xmlText(text: string): string {
  return (
    text
      .slice(0, MAX_CELL_TEXT)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 cannot hold.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** A (1-based) column number as its letters: 1 A, 26 Z, 27 AA. */
function columnName(n: number): string {
  let name = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

function dayParts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** A day as an Excel date serial (days since 1899-12-30, the 1900 date system). */
function excelSerial(day: string): number {
  const [y, m, d] = dayParts(day);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

type Styled = { value: XlsxCell; style?: number };

function cellXml(ref: string, cell: Styled): string {
  const { value } = cell;
  const s = cell.style ? ` s="${cell.style}"` : '';
  if (value === null) return cell.style ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'number')
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${String(value)}</v></c>` : '';
  if (typeof value === 'object')
    return `<c r="${ref}" s="${cell.style ?? style.date}"><v>${excelSerial(value.date)}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

interface SheetSpec {
  name: string;
  widths: number[];
  rows: Styled[][];
  /** Header row frozen and filtered (the data sheets). */
  table: boolean;
}

function sheetXml(sheet: SheetSpec): string {
  const columns = Math.max(1, ...sheet.rows.map((r) => r.length));
  const last = `${columnName(columns)}${Math.max(1, sheet.rows.length)}`;
  const views = sheet.table
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const cols = sheet.widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  const rows = sheet.rows
    .map((cells, r) => {
      const inner = cells.map((cell, c) => cellXml(`${columnName(c + 1)}${r + 1}`, cell)).join('');
      return `<row r="${r + 1}">${inner}</row>`;
    })
    .join('');
  const filter = sheet.table ? `<autoFilter ref="A1:${last}"/>` : '';
  return `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><dimension ref="A1:${last}"/>${views}<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rows}</sheetData>${filter}</worksheet>`;
}

const stylesXml = `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="4"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><color rgb="FFB00020"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function aboutSheet(book: OpenDataWorkbook): SheetSpec {
  const rows: Styled[][] = [[{ value: book.title, style: style.title }]];
  if (book.notice) rows.push([{ value: book.notice.toUpperCase(), style: style.notice }]);
  for (const [label, text] of book.about)
    rows.push([
      { value: label, style: style.bold },
      { value: text, style: style.wrap },
    ]);
  rows.push([]);
  rows.push([
    { value: 'Sheet', style: style.bold },
    {
      value: 'Columns (the same names as in the CSV files; datapackage.json describes each one)',
      style: style.bold,
    },
  ]);
  for (const table of book.tables)
    rows.push([
      { value: table.sheet },
      { value: table.fields.map((f) => f.name).join(', '), style: style.wrap },
    ]);
  return { name: 'About', widths: [22, 100], rows, table: false };
}

function tableSheet(table: XlsxTable): SheetSpec {
  const header: Styled[] = table.fields.map((f) => ({ value: f.name, style: style.bold }));
  const rows = table.rows.map((cells) => cells.map((value): Styled => ({ value })));
  const widths = table.fields.map((f) =>
    Math.min(60, Math.max(10, f.name.length + 2, f.type === 'date' ? 12 : 0)),
  );
  return { name: table.sheet, widths, rows: [header, ...rows], table: true };
}

/** The workbook's bytes: the same tables and date give the same bytes. */
export function renderOpenDataXlsx(book: OpenDataWorkbook): Uint8Array {
  const sheets = [aboutSheet(book), ...book.tables.map(tableSheet)];
  for (const s of sheets)
    if (s.name.length > 31 || /[[\]:*?/\\]/.test(s.name)) throw new RangeError(`Not a sheet name: ${s.name}`);
  const stamp = `${book.created}T00:00:00Z`;
  const encoder = new TextEncoder();
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    '_rels/.rels': `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    'docProps/core.xml': `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlText(book.title)}</dc:title><dc:creator>alliance-reports</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`,
    'docProps/app.xml': `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>alliance-reports</Application></Properties>`,
    'xl/workbook.xml': `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets><definedNames>${sheets
      .map((s, i) =>
        s.table
          ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${xmlText(s.name.replace(/'/g, "''"))}'!$A$1:$${columnName(Math.max(1, s.rows[0]?.length ?? 1))}$${s.rows.length}</definedName>`
          : '',
      )
      .join('')}</definedNames></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': stylesXml,
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(s);
  });
  // fflate writes DOS times in local time: a date built in local time gives the same bytes in
  // every time zone.
  const [y, m, d] = dayParts(book.created);
  const mtime = new Date(y, m - 1, d, 0, 0, 0);
  const files: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  for (const [name, xml] of Object.entries(parts)) files[name] = [encoder.encode(xml), { mtime, level: 6 }];
  return zipSync(files);
}
