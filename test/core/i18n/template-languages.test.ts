/**
 * The workbook in each language reads back as the same submission: every sheet's header
 * row, every cover key and every drop-down word of the French, German and Spanish
 * templates is a word the ingest recognises. (Filled here with exceljs, for speed; the
 * round trip through LibreOffice is test/cli/template-languages.test.ts.)
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  actionKinds,
  actionStatuses,
  reportedIndicators,
  targets,
} from '../../../functions/core/framework.js';
import { languages } from '../../../functions/core/i18n/languages.js';
import { ingestUpload } from '../../../functions/core/ingest/index.js';
import type { Submission } from '../../../functions/core/submission.js';
import { buildTemplate, templateLanguageOf, templateWords } from '../../../functions/core/template.js';

const rowOf = (id: string) => reportedIndicators.findIndex((i) => i.id === id) + 2;

/** Fills the template as a contact would, with the template's own words; returns the ingest's result. */
async function fillAndIngest(lang: (typeof languages)[number]) {
  const bytes = await buildTemplate({ year: 2014, country: 'FR', lang });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const w = templateWords(lang);
  expect(wb.worksheets.map((s) => s.name)).toEqual([
    w.sheets.instructions,
    w.sheets.cover,
    w.sheets.indicators,
    w.sheets.actions,
    // Hidden: the operational goals of each target, for the goal drop-down.
    'Lists',
  ]);
  const ind = wb.getWorksheet(w.sheets.indicators)!;
  ind.getCell(`D${rowOf('T1.1')}`).value = w.yes;
  ind.getCell(`D${rowOf('T4.1')}`).value = w.no;
  ind.getCell(`D${rowOf('T1.2')}`).value = 120;
  ind.getCell(`H${rowOf('T1.2')}`).value = w.yes;
  ind.getCell(`D${rowOf('T1.5')}`).value = 85.5;
  const cover = wb.getWorksheet(w.sheets.cover)!;
  cover.getCell('B4').value = 'Ministère de l’Intérieur';
  const actions = wb.getWorksheet(w.sheets.actions)!;
  // One action per kind, status and target: every word of the drop-downs is read.
  actionStatuses.forEach((status, i) => {
    const kind = actionKinds[i % actionKinds.length]!;
    const target = targets[i % targets.length]!;
    actions.getRow(i + 2).values = [
      `FR-${i + 1}`,
      w.targets[target.id - 1],
      target.goals[0]!.id,
      `Action ${i + 1}`,
      null,
      w.kinds[kind],
      w.statuses[status],
      '2014-03-01',
      '2015',
      'Gendarmerie nationale',
      null,
    ];
  });
  const filled = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return ingestUpload({
    bytes: filled,
    fileName: `form-${lang}.xlsx`,
    country: 'FR',
    year: 2014,
    previous: null,
  });
}

/** What must not depend on the template's language. */
function content(s: Submission | null) {
  if (!s) return null;
  return {
    indicators: s.indicators.map(({ origin: _o, ...rest }) => rest),
    actions: s.actions.map(({ origin: _o, ...rest }) => rest),
    cover: s.cover,
    warnings: s.warnings.map((i) => [i.code, i.row, i.column]),
  };
}

describe('the template in each language', () => {
  it('reads back as the same submission in all four, with the template’s language recorded', async () => {
    const results = await Promise.all(languages.map((lang) => fillAndIngest(lang)));
    const english = results[0]!;
    expect(english.issues.filter((i) => i.code !== 'INDICATOR_NO_DATA')).toEqual([]);
    expect(english.accepted).toBe(true);
    expect(english.submission!.actions.map((a) => [a.kind, a.status, a.target])).toEqual([
      ['baseline', 'planned', 1],
      ['commitment', 'in-progress', 2],
      ['baseline', 'completed', 3],
      ['commitment', 'discontinued', 4],
    ]);
    languages.forEach((lang, i) => {
      const r = results[i]!;
      expect(
        r.issues.map((x) => x.code).filter((c) => c !== 'INDICATOR_NO_DATA'),
        lang,
      ).toEqual([]);
      expect(content(r.submission), lang).toEqual(content(english.submission));
      expect(r.submission!.language).toBe(lang);
    });
  });

  it('tells the language from the headers only when they are exactly one template’s', () => {
    const fr = templateWords('fr');
    const de = templateWords('de');
    expect(templateLanguageOf([fr.indicatorColumns, fr.actionColumns])).toBe('fr');
    expect(templateLanguageOf([de.actionColumns])).toBe('de');
    expect(templateLanguageOf([fr.indicatorColumns, de.actionColumns])).toBeUndefined();
    expect(templateLanguageOf([['Indicator', 'Value']])).toBeUndefined();
    expect(templateLanguageOf([])).toBeUndefined();
  });

  it('writes the guidance and the data-validation messages in the language', async () => {
    const bytes = await buildTemplate({ year: 2014, lang: 'es' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ind = wb.getWorksheet('Indicadores')!;
    expect(ind.getRow(1).values).toEqual([undefined, ...templateWords('es').indicatorColumns]);
    const t12 = ind.getRow(rowOf('T1.2'));
    expect(t12.getCell(2).value).toBe('Víctimas identificadas durante el año');
    expect(t12.getCell(4).dataValidation).toMatchObject({
      promptTitle: 'T1.2 (cantidad)',
      prompt:
        'Un número entero, 0 o más, por ejemplo 120. Menores identificados como víctimas de material de abuso sexual infantil durante el año de referencia.',
    });
    expect(ind.getCell(`D${rowOf('T1.1')}`).dataValidation).toMatchObject({
      formulae: ['"sí,no"'],
      error: 'Elija sí o no, o deje la celda vacía si no lo sabe.',
    });
    const act = wb.getWorksheet('Acciones')!;
    expect(act.getCell('G2').dataValidation).toMatchObject({
      formulae: ['"previsto,en curso,completado,interrumpido"'],
      errorTitle: 'Estado',
    });
    const instructions = wb
      .getWorksheet('Instrucciones')!
      .getColumn(1)
      .values.filter((v) => typeof v === 'string');
    expect(instructions[0]).toBe(
      'Alianza Mundial contra el Abuso Sexual de Menores en Línea: informe anual 2014',
    );
    expect(instructions.join('\n')).not.toMatch(/\bthe\b|\bof\b/);
  });
});
