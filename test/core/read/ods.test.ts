import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../../functions/core/limits.js';
import { readUpload } from '../../../functions/core/read/index.js';
import { cellAt, editZip, fixture, places, replaceInEntry, sheetOf } from './helpers.js';

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

/** A minimal ODS around the given <office:spreadsheet> body, as LibreOffice lays it out. */
function ods(body: string, styles = ''): Uint8Array {
  const content =
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0">' +
    `<office:automatic-styles>${styles}</office:automatic-styles>` +
    `<office:body><office:spreadsheet>${body}</office:spreadsheet></office:body></office:document-content>`;
  return zipSync({ mimetype: [strToU8(ODS_MIME), { level: 0 }], 'content.xml': strToU8(content) });
}

describe('readUpload on an ODS saved by LibreOffice', async () => {
  const result = await readUpload(fixture('workbook.ods'), 'report.ods');
  const indicators = sheetOf(result.workbook, 'Indicators');
  const cover = sheetOf(result.workbook, 'Cover');

  it('reads it without issues, the hidden sheet flagged', () => {
    expect(result.issues).toEqual([]);
    expect(result.workbook?.format).toBe('ods');
    expect(result.workbook?.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Cover', false],
      ['Indicators', false],
      ['Lists', true],
    ]);
  });

  it('gives the same values as the XLSX saved from the same workbook', async () => {
    const xlsx = await readUpload(fixture('workbook.xlsx'), 'report.xlsx');
    const strip = (r: typeof result) =>
      r.workbook?.sheets.map((s) => ({
        ...s,
        rows: s.rows.map((row) => ({ ...row, cells: row.cells.map(({ formula: _f, ...c }) => c) })),
      }));
    expect(strip(result)).toEqual(strip(xlsx));
  });

  it('reads dates, percentages, formulas and text the person sees', () => {
    expect(cellAt(cover, 1, 2)?.value).toBe('Österreich');
    expect(cellAt(cover, 3, 2)?.value).toEqual(new Date(Date.UTC(2024, 2, 1)));
    expect(cellAt(indicators, 3, 2)).toEqual({ col: 2, value: 0.905, percent: true });
    expect(cellAt(indicators, 4, 2)).toMatchObject({ value: 240, formula: '=[.B2]*2' });
    expect(cellAt(indicators, 8, 2)?.value).toBe('#DIV/0!');
    expect(cellAt(indicators, 5, 2)?.value).toBe('1234');
    expect(indicators.rows.find((r) => r.row === 6)?.cells).toEqual([
      { col: 1, value: 'Merged note across A6:C6' },
    ]);
    expect(indicators.rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10]);
  });
});

describe('readUpload on ODS structures', () => {
  it('expands repeated cells and rows that carry content, and never the trailing empty ones', async () => {
    const body =
      '<table:table table:name="Data">' +
      '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>' +
      '<table:table-row><table:table-cell table:number-columns-repeated="2"/>' +
      '<table:table-cell office:value-type="float" office:value="7" table:number-columns-repeated="2"><text:p>7</text:p></table:table-cell>' +
      '<table:covered-table-cell/><table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell></table:table-row>' +
      '<table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="string"><text:p>a<text:s text:c="2"/>b</text:p><text:p>c</text:p></table:table-cell></table:table-row>' +
      '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>' +
      '</table:table>';
    const result = await readUpload(ods(body), 'data.ods');
    const data = sheetOf(result.workbook, 'Data');
    expect(data.rows).toEqual([
      {
        row: 3,
        cells: [
          { col: 3, value: 7 },
          { col: 4, value: 7 },
          { col: 6, value: true },
        ],
      },
      { row: 4, cells: [{ col: 1, value: 'a  b\nc' }] },
      { row: 5, cells: [{ col: 1, value: 'a  b\nc' }] },
    ]);
  });

  it('stops a repeated row with content at the row limit and says where', async () => {
    const body =
      '<table:table table:name="Data"><table:table-row table:number-rows-repeated="1000000">' +
      '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>';
    const result = await readUpload(ods(body), 'data.ods', { ...defaultLimits, maxRows: 100 });
    expect(result.workbook).toBeNull();
    expect(places(result)).toEqual(['TOO_MANY_ROWS Data!101']);
  });

  it('ignores the text of comments attached to a cell', async () => {
    const body =
      '<table:table table:name="Data"><table:table-row><table:table-cell office:value-type="float" office:value="3">' +
      '<office:annotation><text:p>a comment</text:p></office:annotation><text:p>3</text:p></table:table-cell></table:table-row></table:table>';
    const result = await readUpload(ods(body), 'data.ods');
    expect(sheetOf(result.workbook, 'Data').rows).toEqual([{ row: 1, cells: [{ col: 1, value: 3 }] }]);
  });

  it('flags a sheet hidden through its table style', async () => {
    const styles =
      '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>';
    const body =
      '<table:table table:name="Shown"><table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell></table:table-row></table:table>' +
      '<table:table table:name="Secret" table:style-name="ta2"><table:table-row><table:table-cell office:value-type="string"><text:p>b</text:p></table:table-cell></table:table-row></table:table>';
    const result = await readUpload(ods(body, styles), 'data.ods');
    expect(result.workbook?.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Shown', false],
      ['Secret', true],
    ]);
  });

  it('refuses a DOCTYPE, so no entity is ever expanded', async () => {
    const bytes = editZip(fixture('workbook.ods'), (files) =>
      replaceInEntry(
        files,
        'content.xml',
        /^<\?xml[^>]*\?>/,
        '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE office:document-content [<!ENTITY lol "lol"><!ENTITY x SYSTEM "file:///etc/passwd">]>',
      ),
    );
    const result = await readUpload(bytes, 'report.ods');
    expect(result.workbook).toBeNull();
    expect(places(result)).toEqual(['XML_DOCTYPE_REFUSED -!']);
  });

  it('rejects damaged XML as a damaged file', async () => {
    const bytes = editZip(fixture('workbook.ods'), (files) =>
      replaceInEntry(files, 'content.xml', /<\/office:document-content>\s*$/, '<table:table'),
    );
    const result = await readUpload(bytes, 'report.ods');
    expect(result.workbook).toBeNull();
    expect(places(result)).toEqual(['FILE_CORRUPT -!']);
  });
});
