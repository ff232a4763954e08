import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../../functions/core/limits.js';
import { readUpload } from '../../../functions/core/read/index.js';
import type { Sheet } from '../../../functions/core/workbook.js';
import { fixture, places } from './helpers.js';

/** A sheet as [row, [values]] pairs: what a person checks against their file. */
const grid = (sheet: Sheet | undefined) =>
  sheet?.rows.map((r) => [r.row, r.cells.map((c) => [c.col, c.value])]);
const text = (s: string) => new TextEncoder().encode(s);

describe('readUpload on CSV files', () => {
  it('reads UTF-8 with title and blank lines kept out, quotes and line numbers right', async () => {
    const result = await readUpload(fixture('utf8.csv'), 'uploads/AT/indicators.csv');
    expect(result.issues).toEqual([]);
    expect(result.workbook?.format).toBe('csv');
    expect(result.workbook?.hints).toEqual({ encoding: 'utf-8', separator: ',', decimalComma: false });
    const sheet = result.workbook?.sheets[0];
    expect(sheet?.name).toBe('indicators.csv');
    expect(grid(sheet)).toEqual([
      [1, [[1, 'Indicators report 2024']]],
      [
        3,
        [
          [1, 'Indicator'],
          [2, 'Value'],
          [3, 'Notes'],
        ],
      ],
      [
        4,
        [
          [1, 'T1.1'],
          [2, '120'],
          [3, 'Reported by Österreich, España and Türkiye'],
        ],
      ],
      [
        5,
        [
          [1, 'T1.2'],
          [2, '1,234'],
          [3, 'He said "hello"'],
        ],
      ],
      [
        7,
        [
          [1, 'T1.3'],
          [2, '12.5'],
        ],
      ],
    ]);
  });

  it('reads UTF-8 with a BOM and semicolons as a decimal-comma file', async () => {
    const result = await readUpload(fixture('utf8-bom.csv'), 'a.csv');
    expect(result.workbook?.hints).toEqual({ encoding: 'utf-8-bom', separator: ';', decimalComma: true });
    expect(grid(result.workbook?.sheets[0])).toEqual([
      [
        1,
        [
          [1, 'Indicator'],
          [2, 'Value'],
          [3, 'Notes'],
        ],
      ],
      [
        2,
        [
          [1, 'T1.1'],
          [2, '12,5'],
          [3, 'España'],
        ],
      ],
    ]);
  });

  it('reads UTF-16LE tab-separated text (Excel "Unicode Text") and sees its decimal commas', async () => {
    const result = await readUpload(fixture('utf16le-tab.csv'), 'a.txt');
    expect(result.workbook?.hints).toEqual({ encoding: 'utf-16le', separator: '\t', decimalComma: true });
    expect(grid(result.workbook?.sheets[0])?.[2]).toEqual([
      3,
      [
        [1, 'T1.2'],
        [2, '0,75'],
        [3, 'Österreich'],
      ],
    ]);
  });

  it('reads Windows-1252 with semicolons, accents intact', async () => {
    const result = await readUpload(fixture('windows-1252-semicolon.csv'), 'a.csv');
    expect(result.workbook?.hints).toEqual({ encoding: 'windows-1252', separator: ';', decimalComma: true });
    expect(grid(result.workbook?.sheets[0])).toEqual([
      [
        1,
        [
          [1, 'Pays'],
          [2, 'Indicateur'],
          [3, 'Valeur'],
        ],
      ],
      [
        2,
        [
          [1, 'Österreich'],
          [2, 'T1.1'],
          [3, '12,5'],
        ],
      ],
      [
        3,
        [
          [1, 'España'],
          [2, 'T1.2'],
          [3, '1.234,5'],
        ],
      ],
    ]);
  });

  it('reads the CSVs LibreOffice exports (Windows-1252 with ";", UTF-16 with tabs) alike', async () => {
    const a = await readUpload(fixture('lo-windows-1252-semicolon.csv'), 'a.csv');
    const b = await readUpload(fixture('lo-utf16-tab.csv'), 'a.csv');
    expect(a.workbook?.hints.encoding).toBe('windows-1252');
    expect(b.workbook?.hints.encoding).toBe('utf-16le');
    expect(grid(a.workbook?.sheets[0])).toEqual(grid(b.workbook?.sheets[0]));
    expect(grid(a.workbook?.sheets[0])).toEqual([
      [
        1,
        [
          [1, 'Country'],
          [2, 'Indicator'],
          [3, 'Value'],
          [4, 'Notes'],
        ],
      ],
      [
        2,
        [
          [1, 'Österreich'],
          [2, 'T1.1'],
          [3, '12.5'],
          [4, 'Zwölf; halb'],
        ],
      ],
      [
        3,
        [
          [1, 'España'],
          [2, 'T1.2'],
          [3, '1234.5'],
          [4, 'línea uno\nlínea dos'],
        ],
      ],
      [
        5,
        [
          [1, 'Türkiye'],
          [2, 'T1.3'],
          [3, '7'],
          [4, 'said "yes"'],
        ],
      ],
    ]);
  });

  it('reads CR line ends (old Mac) with the blank line counted', async () => {
    const result = await readUpload(fixture('cr-line-ends.csv'), 'a.csv');
    expect(grid(result.workbook?.sheets[0])).toEqual([
      [
        1,
        [
          [1, 'Indicator'],
          [2, 'Value'],
        ],
      ],
      [
        2,
        [
          [1, 'T1.1'],
          [2, '5'],
        ],
      ],
      [
        4,
        [
          [1, 'T1.2'],
          [2, '6'],
        ],
      ],
    ]);
  });

  it('counts the lines of a quoted multi-line field, as Excel writes it (LF inside CRLF)', async () => {
    const result = await readUpload(fixture('quoted-newlines.csv'), 'a.csv');
    expect(grid(result.workbook?.sheets[0])).toEqual([
      [
        1,
        [
          [1, 'Indicator'],
          [2, 'Value'],
          [3, 'Notes'],
        ],
      ],
      [
        2,
        [
          [1, 'T1.1'],
          [2, '5'],
          [3, 'first line\nsecond line\nthird, with comma'],
        ],
      ],
      [
        5,
        [
          [1, 'T1.2'],
          [2, '6'],
          [3, 'after'],
        ],
      ],
    ]);
  });

  it('counts a CRLF inside quotes as one line', async () => {
    const result = await readUpload(text('a,b\n"x\r\ny",2\n3,4\n"p\r\nq\r\nr",5\n6,7'), 'a.csv');
    expect(grid(result.workbook?.sheets[0])?.map(([row]) => row)).toEqual([1, 2, 4, 5, 8]);
  });

  it('picks the separator from the header region, not from quoted or decimal commas', async () => {
    const semi = await readUpload(text('Title only\nA;B;C\n"1,5";2,5;3,5\n4,5;5,5;6,5\n'), 'a.csv');
    expect(semi.workbook?.hints.separator).toBe(';');
    expect(grid(semi.workbook?.sheets[0])?.[2]).toEqual([
      3,
      [
        [1, '1,5'],
        [2, '2,5'],
        [3, '3,5'],
      ],
    ]);
    const comma = await readUpload(text('A,B,Notes\n1,2,"see; also"\n3,4,x; y\n'), 'a.csv');
    expect(comma.workbook?.hints).toMatchObject({ separator: ',', decimalComma: false });
  });

  it('keeps every value a string, trailing separators and blank cells left out', async () => {
    const result = await readUpload(text('Indicator,Value,,\nT1.1,007,,\n,,,\nT1.2, ,TRUE,\n'), 'a.csv');
    expect(grid(result.workbook?.sheets[0])).toEqual([
      [
        1,
        [
          [1, 'Indicator'],
          [2, 'Value'],
        ],
      ],
      [
        2,
        [
          [1, 'T1.1'],
          [2, '007'],
        ],
      ],
      [
        4,
        [
          [1, 'T1.2'],
          [3, 'TRUE'],
        ],
      ],
    ]);
  });

  it('reports an unclosed quote on the line where it opened', async () => {
    const result = await readUpload(fixture('unclosed-quote.csv'), 'indicators.csv');
    expect(result.workbook).toBeNull();
    expect(places(result)).toEqual(['CSV_QUOTE_NOT_CLOSED indicators.csv!C3']);
    expect(result.issues[0]?.message).toContain('line 3');
  });

  it('removes control characters with a warning at the cell, and still reads the file', async () => {
    const result = await readUpload(fixture('control-characters.csv'), 'a.csv');
    expect(places(result)).toEqual(['CONTROL_CHARACTERS_REMOVED a.csv!C2']);
    expect(result.issues[0]?.severity).toBe('warning');
    expect(grid(result.workbook?.sheets[0])?.[1]).toEqual([
      2,
      [
        [1, 'T1.1'],
        [2, '5'],
        [3, 'bell and nul here'],
      ],
    ]);
  });

  it('reads UTF-16 without a BOM from its pattern of zero bytes', async () => {
    const bytes = new Uint8Array(iconv.encode('Land;Wert\nÖsterreich;3\n', 'utf-16le'));
    const result = await readUpload(bytes, 'a.csv');
    expect(result.workbook?.hints.encoding).toBe('utf-16le');
    expect(grid(result.workbook?.sheets[0])?.[1]).toEqual([
      2,
      [
        [1, 'Österreich'],
        [2, '3'],
      ],
    ]);
  });

  it('refuses binary data full of NUL bytes instead of reading garbage', async () => {
    const bytes = new Uint8Array(4096);
    bytes.set(text('some text'), 100);
    const result = await readUpload(bytes, 'a.csv');
    expect(result.workbook).toBeNull();
    expect(places(result)).toEqual(['FILE_UNSUPPORTED -!']);
  });

  it('reports a field, rows and columns over the limits where they are crossed', async () => {
    const limits = { ...defaultLimits, maxCellChars: 10, maxRows: 3, maxColumns: 3 };
    const field = await readUpload(text('a,b\nc,"12345\n67890 x"\n'), 'f.csv', limits);
    expect(places(field)).toEqual(['FIELD_TOO_LARGE f.csv!B2']);
    expect(field.workbook).toBeNull();
    const rows = await readUpload(text('h\n\n1\n2\n,\n3\n4\n'), 'r.csv', limits);
    expect(places(rows)).toEqual(['TOO_MANY_ROWS r.csv!6']);
    const cols = await readUpload(text('a,b,c,,\n1,2,3,4\n'), 'c.csv', limits);
    expect(places(cols)).toEqual(['TOO_MANY_COLUMNS c.csv!D2']);
  });
});
