import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TableField } from '../../functions/render/open-data-schema.js';
import { renderOpenDataXlsx } from '../../functions/render/open-data-xlsx.js';

const fields = (n: number): TableField[] =>
  Array.from({ length: n }, (_, i) => ({
    name: `c${i + 1}`,
    title: `C${i + 1}`,
    description: '',
    type: 'string',
  }));

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('data.xlsx writer', () => {
  it('keeps any text a country wrote as text: markup, formulas, characters XML cannot hold, Excel’s cell limit', async () => {
    const long = 'x'.repeat(40_000);
    const bytes = renderOpenDataXlsx({
      title: 'T & <T>',
      created: '2015-03-15',
      notice: null,
      about: [],
      tables: [
        {
          sheet: 'Figures',
          fields: fields(4),
          rows: [['<b>bold</b> & "quoted"', '=HYPERLINK("http://x","y")', 'bell\u0007here', long]],
        },
      ],
    });
    const row = (await load(bytes)).getWorksheet('Figures')!.getRow(2);
    expect(row.getCell(1).value).toBe('<b>bold</b> & "quoted"');
    // A text cell, never a formula: nothing runs when the workbook opens.
    expect(row.getCell(2).value).toBe('=HYPERLINK("http://x","y")');
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(3).value).toBe('bell\uFFFDhere');
    expect(String(row.getCell(4).value)).toHaveLength(32_767);
  });

  it('writes numbers as numbers at full precision, dates as dates, and empty cells for no data', async () => {
    const bytes = renderOpenDataXlsx({
      title: 't',
      created: '2016-01-01',
      notice: null,
      about: [],
      tables: [
        { sheet: 'A', fields: fields(5), rows: [[0.1 + 0.2, 1e-7, { date: '2016-02-29' }, null, 1234567]] },
      ],
    });
    const row = (await load(bytes)).getWorksheet('A')!.getRow(2);
    expect(row.getCell(1).value).toBe(0.1 + 0.2);
    expect(row.getCell(2).value).toBe(1e-7);
    expect(row.getCell(3).value).toEqual(new Date('2016-02-29T00:00:00Z'));
    expect(row.getCell(4).value).toBeNull();
    expect(row.getCell(5).value).toBe(1234567);
  });

  it('names columns past Z (AA, AB...) and filters the whole table', async () => {
    const bytes = renderOpenDataXlsx({
      title: 't',
      created: '2016-01-01',
      notice: null,
      about: [],
      tables: [{ sheet: 'Wide', fields: fields(28), rows: [Array.from({ length: 28 }, (_, i) => i + 1)] }],
    });
    const ws = (await load(bytes)).getWorksheet('Wide')!;
    expect(ws.getCell('AB2').value).toBe(28);
    expect(ws.getCell('AA1').value).toBe('c27');
    expect(ws.autoFilter).toBe('A1:AB2');
  });

  it('refuses a sheet name Excel would refuse', () => {
    expect(() =>
      renderOpenDataXlsx({
        title: 't',
        created: '2016-01-01',
        notice: null,
        about: [],
        tables: [{ sheet: 'a/b', fields: fields(1), rows: [] }],
      }),
    ).toThrow(RangeError);
  });
});
