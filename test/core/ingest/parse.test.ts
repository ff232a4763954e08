import { describe, expect, it } from 'vitest';
import { endsBeforeStart, readDate } from '../../../functions/core/ingest/parse/dates.js';
import { parseNumberText, readNumber } from '../../../functions/core/ingest/parse/numbers.js';
import { cleanText, looksLikeFormula } from '../../../functions/core/ingest/parse/text.js';
import { readUnit } from '../../../functions/core/ingest/parse/units.js';
import { readYesNo } from '../../../functions/core/ingest/parse/yes-no.js';

const num = (text: string, decimalComma = false) => {
  const r = parseNumberText(text, decimalComma);
  return r.kind === 'number' ? r.value : r.kind;
};

describe('numbers as people type them', () => {
  it.each([
    ['1234', false, 1234],
    ['1,234', false, 1234],
    ['1 234', false, 1234],
    ['1\u00A0234', false, 1234],
    ['1\u202F234', false, 1234],
    ['1,234,567', false, 1234567],
    ['1,234.5', false, 1234.5],
    ['12,5', false, 12.5],
    ['12.5', false, 12.5],
    ['1.234', false, 1.234],
    ['0,123', false, 0.123],
    ['1.234', true, 1234],
    ['1.234,5', true, 1234.5],
    ['1,234', true, 1.234],
    ['12,5', true, 12.5],
    ['1 234,5', true, 1234.5],
    ['-5', false, -5],
    ['−5', false, -5],
  ])('%s (decimal comma %s) is %s', (text, dc, expected) => {
    expect(num(text, dc)).toBe(expected);
  });

  it.each(['', 'n/a', 'N/A', '-', '–', '..', ' N/A '])('"%s" means no data, not zero', (text) => {
    expect(parseNumberText(text, false)).toEqual({ kind: 'empty' });
  });

  it.each([
    'approx. 300',
    '~300',
    '>300',
    'c. 300',
    'about 300',
    'ca. 300',
    'ca 300',
    '300+',
    'environ 300',
    'etwa 300',
  ])('"%s" is 300, an estimate', (text) => {
    expect(parseNumberText(text, false)).toEqual({
      kind: 'number',
      value: 300,
      estimate: true,
      percent: false,
    });
  });

  it.each([
    ['12.5%', 12.5],
    ['12.5 %', 12.5],
    ['12,5 %', 12.5],
  ])('%s is 12.5 with a percent sign', (text, value) => {
    expect(parseNumberText(text, false)).toEqual({ kind: 'number', value, estimate: false, percent: true });
  });

  it.each(['twelve', '12 5', '1.2.3,4,5', '1,23,4', 'abc123', '12..5'])('"%s" is not a number', (text) => {
    expect(parseNumberText(text, false).kind).toBe('invalid');
  });

  it('reads a percent-formatted cell (0.905 shown as 90.5%) as 90.5', () => {
    expect(readNumber({ col: 1, value: 0.905, percent: true }, false)).toEqual({
      kind: 'number',
      value: 90.5,
      estimate: false,
      percent: true,
    });
  });

  it('refuses dates and booleans in a number cell', () => {
    expect(readNumber({ col: 1, value: new Date(Date.UTC(2014, 4, 12)) }, false)).toEqual({
      kind: 'invalid',
      reason: 'date',
    });
    expect(readNumber({ col: 1, value: true }, false).kind).toBe('invalid');
  });
});

describe('yes/no', () => {
  it.each(['yes', 'Y', 'true', '1', 'x', 'X', '✓', '✔', 'oui', 'Ja', 'sí', 'si', 'TRUE'])(
    '%s is yes',
    (t) => {
      expect(readYesNo({ col: 1, value: t })).toEqual({ kind: 'value', value: true });
    },
  );
  it.each(['no', 'n', 'false', '0', 'non', 'nein', 'No'])('%s is no', (t) => {
    expect(readYesNo({ col: 1, value: t })).toEqual({ kind: 'value', value: false });
  });
  it('reads booleans and 1/0 numbers; blank is no answer; other text is invalid', () => {
    expect(readYesNo({ col: 1, value: false })).toEqual({ kind: 'value', value: false });
    expect(readYesNo({ col: 1, value: 1 })).toEqual({ kind: 'value', value: true });
    expect(readYesNo(undefined)).toEqual({ kind: 'empty' });
    expect(readYesNo({ col: 1, value: 'maybe' })).toEqual({ kind: 'invalid' });
  });
});

describe('dates', () => {
  const date = (v: Parameters<typeof readDate>[0], edge: 'start' | 'end' = 'start') => readDate(v, edge);
  it.each([
    ['2014-03-01', '2014-03-01', false],
    ['01/03/2014', '2014-03-01', true],
    ['25/03/2014', '2014-03-25', false],
    ['03/25/2014', '2014-03-25', false],
    ['01.03.2014', '2014-03-01', true],
    ['2014', '2014', false],
    ['2014-03', '2014-03', false],
    ['March 2014', '2014-03', false],
    ['mars 2014', '2014-03', false],
    ['März 2014', '2014-03', false],
    ['Q3 2014', '2014-07', false],
    ['41699', '2014-03-01', false],
  ])('%s is %s', (text, value, ambiguous) => {
    expect(date(text)).toEqual({ kind: 'date', value, ambiguous });
  });

  it('keeps a quarter as its first month for a start and its last month for an end', () => {
    expect(date('Q3 2014', 'end')).toEqual({ kind: 'date', value: '2014-09', ambiguous: false });
    expect(date('2014-Q1', 'end')).toEqual({ kind: 'date', value: '2014-03', ambiguous: false });
  });

  it('reads Excel serial days in the 1900 system, Lotus leap bug included', () => {
    expect(date(41699)).toEqual({ kind: 'date', value: '2014-03-01', ambiguous: false });
    expect(date(61)).toEqual({ kind: 'date', value: '1900-03-01', ambiguous: false });
    expect(date(59)).toEqual({ kind: 'date', value: '1900-02-28', ambiguous: false });
    expect(date(60).kind).toBe('invalid');
    expect(date(2014)).toEqual({ kind: 'date', value: '2014', ambiguous: false });
  });

  it('reads Date cells and refuses impossible dates', () => {
    expect(date(new Date(Date.UTC(2014, 2, 1)))).toEqual({
      kind: 'date',
      value: '2014-03-01',
      ambiguous: false,
    });
    expect(date('31/02/2014').kind).toBe('invalid');
    expect(date('soon').kind).toBe('invalid');
    expect(date('')).toEqual({ kind: 'empty' });
  });

  it('compares dates at the precision both share', () => {
    expect(endsBeforeStart('2014-03-01', '2014-02')).toBe(true);
    expect(endsBeforeStart('2014-03-01', '2014')).toBe(false);
    expect(endsBeforeStart('2014', '2015-01-01')).toBe(false);
  });
});

describe('units', () => {
  it('accepts the framework unit and its plain names', () => {
    expect(readUnit('%', 'percent').kind).toBe('same');
    expect(readUnit('percent', 'percent').kind).toBe('same');
    expect(readUnit('FTE', 'fte').kind).toBe('same');
    expect(readUnit('yes/no', 'yes-no').kind).toBe('same');
    expect(readUnit('Days (decimal)', 'days').kind).toBe('same');
    expect(readUnit(null, 'count').kind).toBe('same');
  });
  it('converts a fraction to percent and hours to days', () => {
    const f = readUnit('ratio', 'percent');
    expect(f.kind === 'convert' && f.convert(0.905)).toBeCloseTo(90.5);
    const h = readUnit('hours', 'days');
    expect(h.kind === 'convert' && h.convert(36)).toBe(1.5);
  });
  it('refuses a unit that cannot convert', () => {
    expect(readUnit('hours', 'count').kind).toBe('mismatch');
    expect(readUnit('EUR', 'percent').kind).toBe('mismatch');
  });
});

describe('text', () => {
  it('strips control characters, keeps right-to-left text and emoji', () => {
    expect(cleanText('Po\u0000li\u0007ce\u200F')).toBe('Police\u200F');
    expect(cleanText('الشرطة الوطنية 👮')).toBe('الشرطة الوطنية 👮');
    expect(cleanText('line one\r\nline\ttwo', true)).toBe('line one\nline\ttwo');
    expect(cleanText('line one\nline two')).toBe('line one line two');
    expect(cleanText('   ')).toBeNull();
  });
  it('spots text a spreadsheet would run as a formula', () => {
    expect(looksLikeFormula('=HYPERLINK("x")')).toBe(true);
    expect(looksLikeFormula('@SUM(A1)')).toBe(true);
    expect(looksLikeFormula('Ministry')).toBe(false);
  });
});

describe('digits of other scripts', () => {
  it.each([
    ['١٢٠', false, 120],
    ['۸۰', false, 80],
    ['６５', false, 65],
    ['१२३', false, 123],
    ['١٬٢٣٤٫٥', false, 1234.5],
    ['١٬٢٣٤٫٥', true, 1234.5],
    ['１，２３４', false, 1234],
    ['９１．５％', false, 91.5],
    ['٩١٫٥٪', false, 91.5],
    ['－３', false, -3],
  ])('reads %s (decimal comma %s) as %d', (text, decimalComma, value) => {
    const read = parseNumberText(text, decimalComma);
    expect(read.kind === 'number' && read.value).toBe(value);
  });

  it('reads dates typed in Arabic-Indic digits', () => {
    expect(readDate('٢٠١٤-٠٣-٠١', 'start')).toEqual({ kind: 'date', value: '2014-03-01', ambiguous: false });
  });

  it('leaves superscripts and fractions alone (not digits of a number)', () => {
    expect(parseNumberText('10²', false).kind).toBe('invalid');
    expect(parseNumberText('½', false).kind).toBe('invalid');
  });
});
