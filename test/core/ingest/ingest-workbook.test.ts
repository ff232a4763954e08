import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../../functions/core/i18n/messages/en.js';
import { issueCatalogue } from '../../../functions/core/ingest/catalogue.js';
import { ingestWorkbook } from '../../../functions/core/ingest/index.js';
import type { Issue } from '../../../functions/core/issues.js';
import { type Submission, submissionSchema } from '../../../functions/core/submission.js';
import type { CellValue } from '../../../functions/core/workbook.js';
import {
  ACTION_HEADER,
  coverRows,
  ctx,
  INDICATOR_HEADER,
  type Spec,
  sheet,
  source,
  workbook,
} from './build.js';

/** An Indicators sheet with the template's header and one line per [id, value, extra...]. */
function indicatorsSheet(lines: Spec[][], name = 'Indicators', above: Spec[][] = []) {
  return sheet(name, [
    ...above,
    INDICATOR_HEADER,
    ...lines.map(([id, value, ...rest]) => [id, null, null, value, ...rest]),
  ]);
}

function ingestIndicators(lines: Spec[][], hints = {}) {
  return ingestWorkbook(workbook([sheet('Cover', coverRows()), indicatorsSheet(lines)], hints), source, ctx);
}

function indicatorIn(result: ReturnType<typeof ingestWorkbook>, id: string) {
  return result.submission?.indicators.find((i) => i.id === id);
}

function only(issues: Issue[], code: string) {
  return issues.filter((i) => i.code === code);
}

const ACTION_OK: Spec[] = [
  'FR-1-01',
  'Policy Target 1 - Victims',
  '1a',
  'Connect to ICSE',
  'Connect the national police to INTERPOL’s database.',
  'commitment',
  'in progress',
  '2014-01',
  'Q4 2015',
  'Police nationale',
  'Connection tested.',
];

describe('a filled-in template', () => {
  const result = ingestWorkbook(
    workbook([
      sheet('Instructions', [['Global Alliance yearly report 2014'], ['Units'], ['Actions']]),
      sheet('Cover', coverRows()),
      indicatorsSheet([
        ['T1.1', 'yes', 'yes/no'],
        ['T1.2', 120, 'count', 'Police', null, 'Checked'],
        ['T1.5', 90.5, 'percent'],
        ['T1.6', 12.5, 'FTE'],
        ['T2.1', 6, 'score'],
        ['T2.3', 300, 'count'],
        ['T2.4', 250, 'count', null, 'yes'],
        ['T4.4', 2.5, 'days'],
      ]),
      sheet('Actions', [ACTION_HEADER, ACTION_OK]),
    ]),
    source,
    ctx,
  );

  it('is accepted, and the submission fits the schema', () => {
    expect(result.accepted).toBe(true);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(() => submissionSchema.parse(result.submission)).not.toThrow();
    expect(result.submission?.country).toBe('FR');
    expect(result.submission?.year).toBe(2014);
    expect(result.submission?.tables).toEqual(['indicators', 'actions']);
    expect(result.submission?.sources).toEqual([source]);
  });

  it('lists every reported indicator in framework order, missing ones as no data (null, not 0)', () => {
    const ids = result.submission?.indicators.map((i) => i.id);
    expect(ids?.[0]).toBe('T1.1');
    expect(ids).not.toContain('T1.4');
    expect(ids).toHaveLength(20);
    expect(indicatorIn(result, 'T1.1')?.value).toBe(true);
    expect(indicatorIn(result, 'T1.2')).toMatchObject({
      value: 120,
      source: 'Police',
      notes: 'Checked',
      estimate: false,
      origin: { sheet: 'Indicators', row: 3, column: 'D' },
    });
    expect(indicatorIn(result, 'T2.4')?.estimate).toBe(true);
    expect(indicatorIn(result, 'T3.1')).toMatchObject({ value: null, origin: { row: null } });
  });

  it('keeps the cover, personal data included, and the action', () => {
    expect(result.submission?.cover).toEqual({
      organisation: 'Ministère de l’Intérieur',
      date: '2015-03-01',
      contactName: 'Marie Curie',
      email: 'marie@example.org',
    });
    expect(result.submission?.actions).toEqual([
      {
        ref: 'FR-1-01',
        target: 1,
        goal: '1a',
        title: 'Connect to ICSE',
        description: 'Connect the national police to INTERPOL’s database.',
        kind: 'commitment',
        status: 'in-progress',
        start: '2014-01',
        end: '2015-12',
        lead: 'Police nationale',
        progress: 'Connection tested.',
        origin: { sheet: 'Actions', row: 2, column: 'A' },
      },
    ]);
  });

  it('warns about each indicator without data, and takes the warnings into the submission', () => {
    const noData = only(result.issues, 'INDICATOR_NO_DATA');
    expect(noData.map((i) => i.message)).toContain('National awareness campaigns run (T3.1) has no value.');
    expect(noData).toHaveLength(12);
    expect(result.submission?.warnings).toEqual(result.issues);
  });
});

describe('values in every accepted form', () => {
  it.each([
    ['T1.6', '1.234,5', { decimalComma: true }, 1234.5],
    ['T1.2', '1.234', { decimalComma: true }, 1234],
    ['T1.2', '1,234', {}, 1234],
    ['T1.2', '1 234', {}, 1234],
    ['T1.2', '1\u202F234', {}, 1234],
    ['T1.5', '12,5', {}, 12.5],
    ['T1.5', '12.5%', {}, 12.5],
    ['T1.5', '12.5 %', {}, 12.5],
    ['T1.2', '120', {}, 120],
    ['T1.1', 'oui', {}, true],
    ['T4.1', 'x', {}, true],
    ['T4.1', false, {}, false],
    ['T1.2', 'n/a', {}, null],
    ['T1.2', '..', {}, null],
    ['T1.2', '–', {}, null],
  ])('%s given as %s (%j) is %s', (id, given, hints, expected) => {
    const result = ingestIndicators([[id, given]], hints);
    expect(result.accepted).toBe(true);
    expect(indicatorIn(result, id)?.value).toBe(expected);
  });

  it('reads a cell shown as 90.5% as 90.5', () => {
    const result = ingestIndicators([['T4.3', { v: 0.905, percent: true }]]);
    expect(indicatorIn(result, 'T4.3')?.value).toBe(90.5);
  });

  it('reads ~300 as 300, marked as an estimate, with a warning', () => {
    const result = ingestIndicators([['T2.2', '~300']]);
    expect(indicatorIn(result, 'T2.2')).toMatchObject({ value: 300, estimate: true });
    expect(only(result.issues, 'VALUE_ESTIMATE')).toMatchObject([
      { severity: 'warning', sheet: 'Indicators', row: 2, column: 'D', value: '~300' },
    ]);
  });

  it('converts a fraction given as "ratio" into a percent, and hours into days, with a warning', () => {
    const result = ingestIndicators([
      ['T4.3', 0.905, 'ratio'],
      ['T4.4', 36, 'hours'],
    ]);
    expect(result.accepted).toBe(true);
    expect(indicatorIn(result, 'T4.3')?.value).toBe(90.5);
    expect(indicatorIn(result, 'T4.4')?.value).toBe(1.5);
    expect(only(result.issues, 'UNIT_CONVERTED').map((i) => [i.row, i.column])).toEqual([
      [2, 'E'],
      [3, 'E'],
    ]);
  });

  it('finds indicators by name, in any case and spacing', () => {
    const result = ingestIndicators([['  victims IDENTIFIED during the year ', 42]]);
    expect(indicatorIn(result, 'T1.2')?.value).toBe(42);
  });
});

describe('finding the tables', () => {
  it('finds translated, reordered, hidden sheets by their header rows, below title rows and notes', () => {
    const result = ingestWorkbook(
      workbook(
        [
          sheet(
            'Acciones',
            [
              ['Acciones 2014'],
              [],
              ['Referencia', 'Objetivo', 'Título', 'Tipo', 'Estado', 'Inicio'],
              ['ES-4-01', 'Availability', 'Línea directa', 'baseline', 'completado', '01/03/2014'],
            ],
            true,
          ),
          sheet('Indikatoren', [
            ['Bericht über die Indikatoren'],
            ['Hinweis: leere Zellen bedeuten keine Daten'],
            [],
            ['INDIKATOR', 'Wert (Anzahl)', 'Quelle', 'Schätzung', 'Bemerkungen'],
            [],
            ['T1.2', '1.234', 'BKA', 'ja', 'vorläufig'],
            [],
          ]),
          sheet('Portada', [
            ['País', 'España'],
            ['Año', 2014],
          ]),
        ],
        { decimalComma: true },
      ),
      source,
      { country: 'ES', year: 2014 },
    );
    expect(result.accepted).toBe(true);
    expect(indicatorIn(result, 'T1.2')).toMatchObject({
      value: 1234,
      estimate: true,
      source: 'BKA',
      notes: 'vorläufig',
      origin: { sheet: 'Indikatoren', row: 6, column: 'B' },
    });
    expect(result.submission?.actions[0]).toMatchObject({
      ref: 'ES-4-01',
      target: 4,
      status: 'completed',
      start: '2014-03-01',
    });
    expect(only(result.issues, 'SHEET_HIDDEN')).toMatchObject([{ sheet: 'Acciones', severity: 'warning' }]);
    expect(only(result.issues, 'DATE_AMBIGUOUS')).toMatchObject([{ sheet: 'Acciones', row: 4, column: 'F' }]);
  });

  it.each([['Value (number)'], ['  VALUE  '], ['Figure'], ['Amount'], ['Valeur'], ['Valor'], ['value:']])(
    'reads the value column headed "%s"',
    (header) => {
      const result = ingestWorkbook(
        workbook([
          sheet('Sheet1', [
            ['Indicator', header],
            ['T1.2', 5],
          ]),
        ]),
        source,
        ctx,
      );
      expect(indicatorIn(result, 'T1.2')?.value).toBe(5);
    },
  );

  it('ignores unknown columns with one warning each, and headers such as __proto__ pollute nothing', () => {
    const result = ingestWorkbook(
      workbook([
        sheet('Data', [
          ['Indicator', '__proto__', 'Value', 'constructor', 'Colour'],
          ['T1.2', 'x', 7, 'y', 'red'],
        ]),
      ]),
      source,
      ctx,
    );
    expect(result.accepted).toBe(true);
    expect(only(result.issues, 'COLUMN_IGNORED').map((i) => [i.column, i.value])).toEqual([
      ['B', '__proto__'],
      ['D', 'constructor'],
      ['E', 'Colour'],
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('x');
  });

  it('rejects a file with no recognisable table', () => {
    const result = ingestWorkbook(
      workbook([sheet('Cover', coverRows()), sheet('Notes', [['Hello']])]),
      source,
      ctx,
    );
    expect(result.accepted).toBe(false);
    expect(result.submission).toBeNull();
    expect(only(result.issues, 'NO_TABLE_FOUND')).toHaveLength(1);
  });
});

describe('errors: each with its code, row and column', () => {
  it.each([
    ['T1.2', 'twelve', 'VALUE_NOT_A_NUMBER'],
    ['T1.2', -5, 'VALUE_NEGATIVE'],
    ['T1.2', '-5', 'VALUE_NEGATIVE'],
    ['T1.2', '1.234', 'VALUE_NOT_WHOLE'],
    ['T1.2', 12.5, 'VALUE_NOT_WHOLE'],
    ['T1.5', 120, 'VALUE_OUT_OF_RANGE'],
    ['T2.1', 7, 'VALUE_OUT_OF_RANGE'],
    ['T1.1', 'maybe', 'VALUE_NOT_YES_NO'],
    ['T1.2', '12%', 'UNIT_MISMATCH'],
    ['T9.9', 1, 'INDICATOR_UNKNOWN'],
  ])('%s = %s is %s', (id, value, code) => {
    const result = ingestIndicators([
      ['T2.2', 10],
      [id, value],
    ]);
    expect(result.accepted).toBe(false);
    expect(result.submission).toBeNull();
    const found = result.issues.filter((i) => i.severity === 'error');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code,
      sheet: 'Indicators',
      row: 3,
      column: code === 'INDICATOR_UNKNOWN' ? 'A' : 'D',
      value: code === 'INDICATOR_UNKNOWN' ? id : String(value),
    });
    expect(found[0]?.message.length).toBeGreaterThan(10);
    expect(found[0]?.hint.length).toBeGreaterThan(10);
  });

  it('names the indicator in the person’s terms and says how to fix it', () => {
    const result = ingestIndicators([['T1.2', 'lots']]);
    expect(result.issues.find((i) => i.code === 'VALUE_NOT_A_NUMBER')).toMatchObject({
      message:
        'The value of Victims identified during the year (T1.2) must be a whole number, 0 or more, but the cell holds "lots".',
      hint: 'Type a whole number such as 120, or leave the cell empty if you have no data.',
    });
  });

  it('rejects a unit that cannot convert', () => {
    const result = ingestIndicators([['T1.2', 5, 'hours']]);
    expect(only(result.issues, 'UNIT_MISMATCH')).toMatchObject([{ row: 2, column: 'E', value: 'hours' }]);
  });

  it('rejects the same indicator twice with different values, and warns when the value is the same', () => {
    const diff = ingestIndicators([
      ['T1.2', 5],
      ['T1.2', 6],
    ]);
    expect(only(diff.issues, 'INDICATOR_DUPLICATE')).toMatchObject([
      { severity: 'error', row: 3, column: 'D' },
    ]);
    const same = ingestIndicators([
      ['T1.2', 5],
      ['t1.2', '5'],
    ]);
    expect(same.accepted).toBe(true);
    expect(only(same.issues, 'INDICATOR_DUPLICATE_SAME_VALUE')).toMatchObject([
      { severity: 'warning', row: 3 },
    ]);
  });

  it('rejects a table without its required columns', () => {
    const result = ingestWorkbook(
      workbook([
        sheet('Indicators', [
          ['Indicator', 'Source', 'Notes'],
          ['T1.2', 'Police', ''],
        ]),
      ]),
      source,
      ctx,
    );
    expect(only(result.issues, 'COLUMN_MISSING')).toMatchObject([
      { row: 1, message: 'The Indicators table has no "Value" column.' },
    ]);
    const actions = ingestWorkbook(
      workbook([
        sheet('Actions', [
          ['Ref', 'Title', 'Status'],
          ['A1', 'Hotline', 'planned'],
        ]),
      ]),
      source,
      ctx,
    );
    expect(only(actions.issues, 'COLUMN_MISSING').map((i) => i.message)).toEqual([
      'The Actions table has no "Target" column.',
      'The Actions table has no "Kind" column.',
    ]);
  });

  it('rejects a country or year on the cover that is missing, unknown or not where it was uploaded', () => {
    const run = (country: CellValue, year: CellValue) =>
      ingestWorkbook(
        workbook([sheet('Cover', coverRows(country, year)), indicatorsSheet([['T1.2', 1]])]),
        source,
        ctx,
      )
        .issues.filter((i) => i.severity === 'error')
        .map((i) => [i.code, i.sheet, i.row, i.column]);
    expect(run(null, 2014)).toEqual([['COUNTRY_MISSING', 'Cover', 1, 'B']]);
    expect(run('Atlantis', 2014)).toEqual([['COUNTRY_UNKNOWN', 'Cover', 1, 'B']]);
    expect(run('Deutschland', 2014)).toEqual([['COUNTRY_MISMATCH', 'Cover', 1, 'B']]);
    expect(run('France', null)).toEqual([['YEAR_MISSING', 'Cover', 2, 'B']]);
    expect(run('France', '2014/15')).toEqual([['YEAR_INVALID', 'Cover', 2, 'B']]);
    expect(run('France', 2013)).toEqual([['YEAR_MISMATCH', 'Cover', 2, 'B']]);
    expect(run('fr', '2014')).toEqual([]);
  });

  it('checks Country and Year columns of a table without a cover', () => {
    const result = ingestWorkbook(
      workbook(
        [
          sheet('fr.csv', [
            ['Country', 'Year', 'Indicator', 'Value'],
            ['FR', 2014, 'T1.2', 5],
            ['DE', 2013, 'T1.3', 9],
          ]),
        ],
        {},
        'csv',
      ),
      { ...source, format: 'csv' },
      ctx,
    );
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.row, i.column])).toEqual(
      [
        ['COUNTRY_MISMATCH', 3, 'A'],
        ['YEAR_MISMATCH', 3, 'B'],
      ],
    );
  });

  it('rejects actions whose target, goal, kind, status, dates, title or ref do not fit', () => {
    const line = (over: Record<number, Spec>) => ACTION_OK.map((v, i) => (i in over ? over[i] : v));
    const result = ingestWorkbook(
      workbook([
        sheet('Actions', [
          ACTION_HEADER,
          line({ 1: 'Target 9' }),
          line({ 0: 'A2', 2: '3a' }),
          line({ 0: 'A3', 5: 'someday' }),
          line({ 0: 'A4', 6: 'paused?' }),
          line({ 0: 'A5', 7: 'soon' }),
          line({ 0: 'A6', 3: null }),
          line({ 0: null }),
          line({ 0: 'A2' }),
          line({ 0: 'A9', 5: null, 6: null, 1: null }),
        ]),
      ]),
      source,
      ctx,
    );
    expect(result.accepted).toBe(false);
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.row, i.column])).toEqual(
      [
        ['TARGET_UNKNOWN', 2, 'B'],
        ['ACTION_GOAL_UNKNOWN', 3, 'C'],
        ['ACTION_KIND_UNKNOWN', 4, 'F'],
        ['ACTION_STATUS_UNKNOWN', 5, 'G'],
        ['ACTION_DATE_INVALID', 6, 'H'],
        ['ACTION_TITLE_MISSING', 7, 'D'],
        ['ACTION_REF_MISSING', 8, 'A'],
        ['ACTION_REF_DUPLICATE', 9, 'A'],
        ['ACTION_TARGET_MISSING', 10, 'B'],
        ['ACTION_KIND_MISSING', 10, 'F'],
        ['ACTION_STATUS_MISSING', 10, 'G'],
      ],
    );
  });
});

describe('all problems at once', () => {
  it('reports every problem of the file, in reading order, not only the first', () => {
    const result = ingestWorkbook(
      workbook([
        sheet('Cover', coverRows('Germany', 2013)),
        indicatorsSheet([
          ['T1.2', 'many'],
          ['T1.5', 150],
          ['T9.1', 3],
        ]),
        sheet('Actions', [ACTION_HEADER, ['A1', 'T7', null, 'Title', null, 'baseline', 'done']]),
      ]),
      source,
      ctx,
    );
    expect(result.accepted).toBe(false);
    expect(
      result.issues
        .filter((i) => i.severity === 'error')
        .map((i) => `${i.code}@${i.sheet}!${i.column}${i.row}`),
    ).toEqual([
      'COUNTRY_MISMATCH@Cover!B1',
      'YEAR_MISMATCH@Cover!B2',
      'VALUE_NOT_A_NUMBER@Indicators!D2',
      'VALUE_OUT_OF_RANGE@Indicators!D3',
      'INDICATOR_UNKNOWN@Indicators!A4',
      'TARGET_UNKNOWN@Actions!B2',
    ]);
  });
});

describe('warnings that still accept', () => {
  it('warns when convicted is above prosecuted', () => {
    const result = ingestIndicators([
      ['T2.3', 10],
      ['T2.4', 12],
    ]);
    expect(result.accepted).toBe(true);
    expect(only(result.issues, 'CONVICTED_ABOVE_PROSECUTED')).toMatchObject([
      { row: 3, column: 'D', value: '12' },
    ]);
  });

  it('ignores a typed value for the derived T1.4, with a warning', () => {
    const result = ingestIndicators([['T1.4', 15]]);
    expect(result.accepted).toBe(true);
    expect(result.submission?.indicators.some((i) => i.id === 'T1.4')).toBe(false);
    expect(only(result.issues, 'DERIVED_INDICATOR_IGNORED')).toHaveLength(1);
  });

  it('keeps text that looks like a formula as text, and flags it (but -5 in a number column is a number)', () => {
    const result = ingestIndicators([['T1.2', 5, null, '=HYPERLINK("http://x")', null, '@note']]);
    expect(result.accepted).toBe(true);
    expect(indicatorIn(result, 'T1.2')?.source).toBe('=HYPERLINK("http://x")');
    expect(only(result.issues, 'TEXT_LOOKS_LIKE_FORMULA').map((i) => i.column)).toEqual(['F', 'H']);
  });

  it('warns when an action ends before it starts', () => {
    const line = [...ACTION_OK];
    line[7] = '2015-06-01';
    line[8] = '2014';
    const result = ingestWorkbook(workbook([sheet('Actions', [ACTION_HEADER, line])]), source, ctx);
    expect(result.accepted).toBe(true);
    expect(only(result.issues, 'ACTION_END_BEFORE_START')).toMatchObject([{ row: 2, column: 'I' }]);
    expect(result.submission?.indicators).toEqual([]);
    expect(result.submission?.tables).toEqual(['actions']);
  });

  it('strips control characters and keeps right-to-left text and emoji', () => {
    const result = ingestIndicators([['T1.2', 5, null, 'Pol\u0000ice \u05DE\u05E9\u05D8\u05E8\u05D4 👮']]);
    expect(indicatorIn(result, 'T1.2')?.source).toBe('Police \u05DE\u05E9\u05D8\u05E8\u05D4 👮');
  });
});

describe('change over 50% from last year', () => {
  const previous: Submission = {
    ...ingestIndicators([
      ['T1.2', 100],
      ['T1.3', 1000],
      ['T2.3', 0],
    ]).submission!,
    year: 2013,
  };
  it('warns either way, naming both values, only when both are non-zero numbers', () => {
    const result = ingestWorkbook(
      workbook([
        sheet('Cover', coverRows()),
        indicatorsSheet([
          ['T1.2', 151],
          ['T1.3', 400],
          ['T2.3', 50],
        ]),
      ]),
      source,
      { ...ctx, previous },
    );
    expect(result.accepted).toBe(true);
    const warnings = only(result.issues, 'CHANGE_OVER_50_PERCENT');
    expect(warnings.map((w) => w.message)).toEqual([
      'Victims identified during the year (T1.2) changed from 100 last year to 151 this year (+51%).',
      'Identified victims in ICSE contributed by the country, cumulative (T1.3) changed from 1000 last year to 400 this year (-60%).',
    ]);
    expect(warnings[0]).toMatchObject({ row: 2, column: 'D', severity: 'warning' });
  });
  it('stays quiet for a change of 50% or less', () => {
    const result = ingestWorkbook(
      workbook([
        indicatorsSheet([
          ['T1.2', 150],
          ['T1.3', 500],
        ]),
      ]),
      source,
      { ...ctx, previous },
    );
    expect(only(result.issues, 'CHANGE_OVER_50_PERCENT')).toEqual([]);
  });
});

describe('the catalogue', () => {
  it('lists every code once, with severity, message and hint', () => {
    const codes = issueCatalogue.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of issueCatalogue) {
      expect(d.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(
        d.summary && en[`issue.${d.code}.message` as MessageKey] && en[`issue.${d.code}.hint` as MessageKey],
      ).toBeTruthy();
    }
    expect(codes).toEqual(
      expect.arrayContaining(['NO_TABLE_FOUND', 'VALUE_NOT_WHOLE', 'CHANGE_OVER_50_PERCENT']),
    );
  });
});
