/**
 * The workbook's safeguards, read back with exceljs: a validation per value cell by its
 * unit (stop alert, input message), last year's accepted value beside each value, required
 * columns marked, explicit row heights for wrapped text, drop-downs to row 500 with the goal
 * list following the target; and a filled template with last year's column is accepted.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportedIndicators } from '../../functions/core/framework.js';
import { ingestUpload } from '../../functions/core/ingest/index.js';
import type { Submission } from '../../functions/core/submission.js';
import {
  buildTemplate,
  goalListFormula,
  LAST_ACTION_ROW,
  templateWords,
  wrappedLineCount,
} from '../../functions/core/template.js';

const rowOf = (id: string) => reportedIndicators.findIndex((i) => i.id === id) + 2;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const place = { sheet: 'Indicators', row: 2, column: 'D' };
/** Last year's submission, as the store keeps it (fictitious figures). */
const previous: Submission = {
  schemaVersion: 1,
  country: 'FR',
  year: 2013,
  frameworkVersion: '1',
  tables: ['indicators'],
  cover: {} as Submission['cover'],
  indicators: [
    { id: 'T1.1', value: true, estimate: false, source: null, notes: null, origin: place },
    { id: 'T1.2', value: 98, estimate: false, source: null, notes: null, origin: place },
    { id: 'T1.5', value: 72.5, estimate: false, source: null, notes: null, origin: place },
    { id: 'T2.2', value: null, estimate: false, source: null, notes: null, origin: place },
  ],
  actions: [],
  sources: [],
  warnings: [],
};

describe('the template’s safeguards', () => {
  it('validates every value cell by its unit, with an input message and a stop alert', async () => {
    const wb = await load(await buildTemplate({ year: 2014, country: 'FR' }));
    const ind = wb.getWorksheet('Indicators')!;
    const want: Record<string, Partial<ExcelJS.DataValidation>> = {
      count: { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] },
      percent: { type: 'decimal', operator: 'between', formulae: [0, 100] },
      score: { type: 'whole', operator: 'between', formulae: [0, 6] },
      fte: { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] },
      days: { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] },
      'yes-no': { type: 'list', formulae: ['"yes,no"'] },
    };
    for (const indicator of reportedIndicators) {
      const dv = ind.getCell(`D${rowOf(indicator.id)}`).dataValidation;
      expect(dv, indicator.id).toMatchObject({
        ...want[indicator.unit],
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: 'stop',
        showInputMessage: true,
      });
      expect(dv.prompt!.length, indicator.id).toBeLessThanOrEqual(255);
      expect(dv.error!.length, indicator.id).toBeLessThanOrEqual(255);
      expect(dv.promptTitle!.length).toBeLessThanOrEqual(32);
      expect(dv.errorTitle!.length).toBeLessThanOrEqual(32);
      expect(dv.promptTitle).toMatch(new RegExp(`^${indicator.id.replace('.', '\\.')} \\(`));
    }
    expect(ind.getCell(`D${rowOf('T1.2')}`).dataValidation.error).toBe(
      'A whole number, 0 or more, such as 120. Leave the cell empty if you have no figure; write any explanation in the Notes column.',
    );
    // The Estimate column: yes/no, refused otherwise.
    expect(ind.getCell(`H${rowOf('T1.2')}`).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"yes,no"'],
      errorStyle: 'stop',
    });
  });

  it('writes the messages and the yes/no words in the template’s language', async () => {
    for (const [lang, yesNo, rule] of [
      ['fr', '"oui,non"', /^Un nombre entier, 0 ou plus/],
      ['de', '"ja,nein"', /^Eine ganze Zahl, 0 oder mehr/],
      ['es', '"sí,no"', /^Un número entero, 0 o más/],
    ] as const) {
      const wb = await load(await buildTemplate({ year: 2014, lang }));
      const ind = wb.getWorksheet(templateWords(lang).sheets.indicators)!;
      expect(ind.getCell(`D${rowOf('T1.1')}`).dataValidation.formulae).toEqual([yesNo]);
      expect(ind.getCell(`D${rowOf('T1.2')}`).dataValidation.error, lang).toMatch(rule);
      expect(ind.getCell(`D${rowOf('T1.2')}`).dataValidation.prompt, lang).toMatch(rule);
    }
  });

  it('puts last year’s accepted value beside each value, read-only, the year in its note', async () => {
    const wb = await load(await buildTemplate({ year: 2014, country: 'FR', previous }));
    const ind = wb.getWorksheet('Indicators')!;
    expect(ind.getCell('D1').value).toBe('Value *');
    expect(ind.getCell('E1').value).toBe('Last year’s value');
    expect(String(ind.getCell('E1').note)).toContain('2013');
    expect(ind.getCell(`E${rowOf('T1.1')}`).value).toBe('yes');
    expect(ind.getCell(`E${rowOf('T1.2')}`).value).toBe(98);
    expect(ind.getCell(`E${rowOf('T1.5')}`).value).toBe(72.5);
    expect(ind.getCell(`E${rowOf('T2.2')}`).value).toBeNull();
    expect(ind.getCell(`E${rowOf('T1.2')}`).dataValidation).toBeUndefined();
    expect((ind.getCell(`E${rowOf('T1.2')}`).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF2F2F2');
    // French: yes/no in the template's words.
    const fr = await load(await buildTemplate({ year: 2014, country: 'FR', previous, lang: 'fr' }));
    expect(fr.getWorksheet('Indicateurs')!.getCell(`E${rowOf('T1.1')}`).value).toBe('oui');
  });

  it('accepts a filled template with last year’s column back, reading none of it', async () => {
    const wb = await load(await buildTemplate({ year: 2014, country: 'FR', previous }));
    const ind = wb.getWorksheet('Indicators')!;
    ind.getCell(`D${rowOf('T1.2')}`).value = 120;
    ind.getCell(`D${rowOf('T1.1')}`).value = 'no';
    const result = await ingestUpload({
      bytes: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer),
      fileName: 'form.xlsx',
      country: 'FR',
      year: 2014,
      previous: null,
    });
    expect(result.accepted).toBe(true);
    expect(
      result.issues
        .map((i) => i.code)
        .filter((c) => c !== 'INDICATOR_NO_DATA' && c !== 'TABLE_EMPTY_SKIPPED'),
    ).toEqual([]);
    const values = Object.fromEntries(
      result.submission!.indicators.filter((i) => i.value !== null).map((i) => [i.id, i.value]),
    );
    // Last year's 98 and 72.5 stay where they were: only the Value column is read.
    expect(values).toEqual({ 'T1.1': false, 'T1.2': 120 });
    expect(result.submission!.language).toBe('en');
  });

  it('marks the required columns with * and a colour, and says so in the instructions', async () => {
    const wb = await load(await buildTemplate({ year: 2014 }));
    const header = (name: string) => wb.getWorksheet(name)!.getRow(1).values as unknown[];
    expect(header('Indicators').filter((h) => String(h).endsWith(' *'))).toEqual(['Indicator *', 'Value *']);
    expect(header('Actions').filter((h) => String(h).endsWith(' *'))).toEqual([
      'Ref *',
      'Target *',
      'Title *',
      'Kind *',
      'Status *',
    ]);
    const fill = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern).fgColor?.argb;
    const act = wb.getWorksheet('Actions')!;
    expect(fill(act.getCell('A1'))).toBe('FF843C0C');
    expect(fill(act.getCell('C1'))).toBe('FF1F3864');
    const instructions = wb.getWorksheet('Instructions')!.getColumn(1).values.join('\n');
    expect(instructions).toContain('Columns whose heading ends in * (dark orange) must be filled in');
    expect(instructions).toContain('"Last year’s value"');
  });

  it('gives rows with wrapped text the height their lines need', async () => {
    const wb = await load(await buildTemplate({ year: 2014 }));
    const ind = wb.getWorksheet('Indicators')!;
    for (const indicator of reportedIndicators) {
      const row = ind.getRow(rowOf(indicator.id));
      const lines = Math.max(
        wrappedLineCount(String(row.getCell(2).value), 40),
        wrappedLineCount(String(row.getCell(3).value), 60),
      );
      if (lines > 1) expect(row.height, indicator.id).toBe(lines * 15);
    }
    // T2.1's guidance is long: several lines.
    expect(ind.getRow(rowOf('T2.1')).height).toBeGreaterThanOrEqual(45);
    expect(wrappedLineCount('a b c', 10)).toBe(1);
    expect(wrappedLineCount('aaaa bbbb cccc', 10)).toBe(2);
    expect(wrappedLineCount('x'.repeat(20), 10)).toBe(3);
    expect(wrappedLineCount('one\ntwo', 50)).toBe(2);
  });

  it('offers the drop-downs down to row 500, the goal list following the row’s target', async () => {
    const wb = await load(await buildTemplate({ year: 2014 }));
    const act = wb.getWorksheet('Actions')!;
    for (const r of [2, 250, LAST_ACTION_ROW]) {
      expect(act.getCell(`B${r}`).dataValidation?.formulae?.[0]).toContain('1 - Victims');
      expect(act.getCell(`F${r}`).dataValidation?.formulae).toEqual(['"baseline,commitment"']);
      expect(act.getCell(`G${r}`).dataValidation?.type).toBe('list');
      expect(act.getCell(`C${r}`).dataValidation).toMatchObject({ type: 'list', errorStyle: 'stop' });
    }
    expect(LAST_ACTION_ROW).toBe(500);
    expect(act.getCell('C2').dataValidation.formulae).toEqual([goalListFormula(2)]);
    expect(goalListFormula(2)).toContain('LEFT($B2,1)');
    // The named lists the formula looks up: each target's goals, on the hidden sheet.
    const lists = wb.getWorksheet('Lists')!;
    expect(lists.state).toBe('hidden');
    const names = Object.fromEntries(
      ['goals_1', 'goals_2', 'goals_3', 'goals_4', 'goals_all'].map((n) => [
        n,
        wb.definedNames.getRanges(n).ranges,
      ]),
    );
    expect(names).toEqual({
      goals_1: ['Lists!$A$1'],
      goals_2: ['Lists!$B$1:$B$2'],
      goals_3: ['Lists!$C$1:$C$2'],
      goals_4: ['Lists!$D$1:$D$2'],
      goals_all: ['Lists!$E$1:$E$7'],
    });
    expect([1, 2].map((r) => lists.getCell(r, 2).value)).toEqual(['2a', '2b']);
  });
});
