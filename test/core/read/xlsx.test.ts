import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../../functions/core/limits.js';
import { readUpload } from '../../../functions/core/read/index.js';
import { cellAt, editZip, fixture, places, replaceInEntry, sheetOf } from './helpers.js';

describe('readUpload on an XLSX saved by LibreOffice', async () => {
  const result = await readUpload(fixture('workbook.xlsx'), 'report.xlsx');
  const indicators = sheetOf(result.workbook, 'Indicators');
  const cover = sheetOf(result.workbook, 'Cover');

  it('reads it without issues, sheets in file order, the hidden sheet flagged', () => {
    expect(result.issues).toEqual([]);
    expect(result.workbook?.format).toBe('xlsx');
    expect(result.workbook?.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Cover', false],
      ['Indicators', false],
      ['Lists', true],
    ]);
  });

  it('keeps accented text, numbers, and numbers stored as text as they are', () => {
    expect(cellAt(cover, 1, 2)?.value).toBe('Österreich');
    expect(cellAt(cover, 2, 2)?.value).toBe(2024);
    expect(cellAt(indicators, 2, 4)?.value).toBe('España');
    expect(cellAt(indicators, 3, 4)?.value).toBe('Türkiye');
    expect(cellAt(indicators, 5, 2)?.value).toBe('1234');
  });

  it('gives a date-formatted cell as a Date and a percent cell as its fraction, flagged', () => {
    expect(cellAt(cover, 3, 2)?.value).toEqual(new Date(Date.UTC(2024, 2, 1)));
    expect(cellAt(indicators, 3, 2)).toEqual({ col: 2, value: 0.905, percent: true });
  });

  it('gives formulas by their cached result, with the formula kept', () => {
    expect(cellAt(indicators, 4, 2)).toEqual({ col: 2, value: 240, formula: 'B2*2' });
    expect(cellAt(indicators, 4, 4)).toMatchObject({ value: 360, formula: 'SUM(B2,B4)' });
    expect(cellAt(indicators, 8, 2)).toMatchObject({ value: '#DIV/0!', formula: '1/0' });
  });

  it('reads a merged range at its top-left cell only, and rich text as plain text', () => {
    expect(indicators.rows.find((r) => r.row === 6)?.cells).toEqual([
      { col: 1, value: 'Merged note across A6:C6' },
    ]);
    expect(cellAt(indicators, 7, 1)?.value).toBe('Bold part and plain part');
  });

  it('numbers rows and columns as the spreadsheet shows them, skipping empty ones', () => {
    expect(indicators.rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10]);
    expect(cellAt(indicators, 10, 5)?.value).toBe('Late note');
  });
});

describe('readUpload on XLSX variants', () => {
  it('reads a macro-enabled workbook with a warning, never running the macros', async () => {
    const result = await readUpload(fixture('macros.xlsx'), 'report.xlsm');
    expect(places(result)).toEqual(['FILE_HAS_MACROS -!']);
    expect(result.issues[0]?.severity).toBe('warning');
    expect(result.workbook).not.toBeNull();
  });

  it('warns that external links were not followed and uses the cached values', async () => {
    const result = await readUpload(fixture('external-links.xlsx'), 'report.xlsx');
    expect(places(result)).toEqual(['EXTERNAL_LINKS_IGNORED -!']);
    expect(cellAt(sheetOf(result.workbook, 'Indicators'), 4, 2)?.value).toBe(240);
  });

  it('gives shared formulas their cached result too', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Data');
    sheet.getCell('A1').value = 1;
    sheet.getCell('A2').value = 2;
    sheet.getCell('B1').value = { formula: 'A1*10', result: 10 };
    sheet.getCell('B2').value = { sharedFormula: 'B1', result: 20 };
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const result = await readUpload(bytes, 'shared.xlsx');
    const data = sheetOf(result.workbook, 'Data');
    expect(cellAt(data, 1, 2)).toEqual({ col: 2, value: 10, formula: 'A1*10' });
    expect(cellAt(data, 2, 2)).toEqual({ col: 2, value: 20, formula: 'A2*10' });
  });

  it('is not fooled by a <dimension> claiming the whole sheet (A1:XFD1048576)', async () => {
    const bytes = editZip(fixture('workbook.xlsx'), (files) =>
      replaceInEntry(
        files,
        'xl/worksheets/sheet2.xml',
        /<dimension ref="[^"]*"\/>/,
        '<dimension ref="A1:XFD1048576"/>',
      ),
    );
    const result = await readUpload(bytes, 'report.xlsx');
    expect(result.issues).toEqual([]);
    expect(sheetOf(result.workbook, 'Indicators').rows).toHaveLength(9);
  });

  it('reports rows, columns and cells over the limits where they are', async () => {
    const rows = await readUpload(fixture('workbook.xlsx'), 'r.xlsx', { ...defaultLimits, maxRows: 5 });
    expect(rows.workbook).toBeNull();
    expect(places(rows)).toEqual(['TOO_MANY_ROWS Indicators!6']);
    const cols = await readUpload(fixture('workbook.xlsx'), 'r.xlsx', { ...defaultLimits, maxColumns: 3 });
    expect(places(cols)).toEqual(['TOO_MANY_COLUMNS Indicators!D1']);
    const chars = await readUpload(fixture('workbook.xlsx'), 'r.xlsx', {
      ...defaultLimits,
      maxCellChars: 20,
    });
    expect(places(chars)).toEqual([
      'FIELD_TOO_LARGE Indicators!D5',
      'FIELD_TOO_LARGE Indicators!A6',
      'FIELD_TOO_LARGE Indicators!A7',
    ]);
    expect(chars.workbook).toBeNull();
  });

  it('rejects a cut-short file as damaged', async () => {
    const bytes = fixture('workbook.xlsx');
    const result = await readUpload(bytes.subarray(0, Math.floor(bytes.length / 2)), 'report.xlsx');
    expect(result.workbook).toBeNull();
    expect(places(result)).toEqual(['FILE_CORRUPT -!']);
    expect(result.issues[0]?.hint).toMatch(/save it again as Excel Workbook/);
  });

  it('rejects a workbook whose XML inside is damaged, without throwing', async () => {
    const bytes = editZip(fixture('workbook.xlsx'), (files) =>
      replaceInEntry(files, 'xl/workbook.xml', /<sheets>/, '<sheets><<<'),
    );
    const result = await readUpload(bytes, 'report.xlsx');
    expect(result.workbook).toBeNull();
    expect(places(result)).toEqual(['FILE_CORRUPT -!']);
  });
});

describe('a cell far too long to be a report', () => {
  it('is refused from the zip pass, before exceljs builds its text, with the size it found', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Indicators');
    ws.addRow(['Indicator', 'Value', 'Notes']);
    ws.addRow(['T1.2', 120, 'x'.repeat(2 * 1024 * 1024)]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(bytes.byteLength).toBeLessThan(100 * 1024); // it compresses to almost nothing
    const result = await readUpload(bytes, 'long.xlsx');
    expect(result.workbook).toBeNull();
    expect(result.issues.map((i) => [i.code, i.sheet, i.row])).toEqual([['FIELD_TOO_LARGE', null, null]]);
    expect(result.issues[0]?.message).toMatch(/about 2 MB of text/);
  });

  it('leaves a cell just over the limit to the reader, which names its place', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Indicators');
    ws.addRow(['Indicator', 'Value', 'Notes']);
    ws.addRow(['T1.2', 120, 'y'.repeat(40_000)]);
    const result = await readUpload(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'l.xlsx');
    expect(places(result)).toEqual(['FIELD_TOO_LARGE Indicators!C2']);
  });
});
