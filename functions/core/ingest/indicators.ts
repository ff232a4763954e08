/** The Indicators table: each line read into a value in the framework's unit, with every problem found. */
import { type Indicator, resolveIndicator } from '../framework.js';
import type { Issue, Place } from '../issues.js';
import type { Cell, Row, Sheet } from '../workbook.js';
import { cellText } from '../workbook.js';
import { issue } from './catalogue.js';
import { cellAt, lettersOf, mapColumns } from './columns.js';
import type { IndicatorField, TableHeader } from './headers.js';
import { readNumber, tidy } from './parse/numbers.js';
import { cleanText } from './parse/text.js';
import { readUnit } from './parse/units.js';
import { readYesNo } from './parse/yes-no.js';
import { checkCountry, checkYear, type Expected } from './place.js';

/** A text field of a line, where it was, for the checks on text. */
export interface TextField {
  label: string;
  text: string | null;
  place: Place;
}

export interface IndicatorLine {
  indicator: Indicator;
  /** Null when there is no data, or the value did not fit (then an error is in the issues). */
  value: number | boolean | null;
  /** The value cell held something other than "no data" (even if it did not fit). */
  typed: boolean;
  /** The value did not fit its unit (an error was raised). */
  invalid: boolean;
  raw: Cell['value'];
  estimate: boolean;
  source: string | null;
  notes: string | null;
  /** The value's cell. */
  origin: Place;
  texts: TextField[];
}

/** `Victims identified during the year (T1.2)`: an indicator as the person knows it. */
export function indicatorLabel(ind: Indicator): string {
  return `${ind.name} (${ind.id})`;
}

const EXPECTED: Record<Indicator['unit'], (ind: Indicator) => { expected: string; example: string }> = {
  count: () => ({
    expected: 'a whole number, 0 or more',
    example: 'Type a whole number such as 120, or leave the cell empty if you have no data.',
  }),
  percent: () => ({
    expected: 'a percentage from 0 to 100',
    example: 'Type a number from 0 to 100 such as 90.5, or leave the cell empty if you have no data.',
  }),
  score: (ind) => ({
    expected: `a whole number from ${ind.range?.min ?? 0} to ${ind.range?.max ?? 0}`,
    example: `Type a whole number from ${ind.range?.min ?? 0} to ${ind.range?.max ?? 0}, or leave the cell empty if you have no data.`,
  }),
  fte: () => ({
    expected: 'a number of full-time equivalents (decimals allowed)',
    example: 'Type a number such as 12.5, or leave the cell empty if you have no data.',
  }),
  days: () => ({
    expected: 'a number of days (decimals allowed)',
    example: 'Type a number of days such as 2.5, or leave the cell empty if you have no data.',
  }),
  'yes-no': () => ({
    expected: 'yes or no',
    example: 'Type yes or no, or leave the cell empty if you do not know.',
  }),
};

/** Reads every line of an Indicators table; problems go to `issues`. */
export function readIndicatorTable(
  sheet: Sheet,
  header: TableHeader,
  expected: Expected,
  decimalComma: boolean,
  issues: Issue[],
): IndicatorLine[] {
  const { byField, rows } = mapColumns<IndicatorField>(sheet, header, issues);
  const missing: string[] = [];
  if (!byField.has('indicator') && !byField.has('name')) missing.push('Indicator');
  if (!byField.has('value')) missing.push('Value');
  for (const column of missing)
    issues.push(
      issue('COLUMN_MISSING', { sheet: sheet.name, row: header.row }, null, {
        table: 'Indicators',
        column,
        row: header.row,
      }),
    );
  if (missing.length > 0) return [];
  const lines: IndicatorLine[] = [];
  for (const row of rows) {
    const line = readLine(sheet, row, byField, expected, decimalComma, issues);
    if (line) lines.push(line);
  }
  return lines;
}

function readLine(
  sheet: Sheet,
  row: Row,
  byField: ReadonlyMap<IndicatorField, number>,
  expected: Expected,
  decimalComma: boolean,
  issues: Issue[],
): IndicatorLine | undefined {
  const at = (f: IndicatorField) => cellAt(row, byField.get(f));
  const placeOf = (f: IndicatorField): Place => ({
    sheet: sheet.name,
    row: row.row,
    column: lettersOf(byField.get(f)),
  });
  const used = (['indicator', 'name', 'value', 'unit', 'source', 'estimate', 'notes'] as const).some(
    (f) => cellText(at(f)?.value ?? null) !== '',
  );
  const country = at('country');
  const year = at('year');
  if (country) issues.push(...checkCountry(country.value, placeOf('country'), expected));
  if (year) issues.push(...checkYear(year.value, placeOf('year'), expected));
  if (!used) return undefined;

  const idText = cellText(at('indicator')?.value ?? null);
  const nameText = cellText(at('name')?.value ?? null);
  const indicator =
    (idText && resolveIndicator(idText)) || (nameText && resolveIndicator(nameText)) || undefined;
  if (!indicator) {
    if (idText || nameText) {
      const f = idText ? 'indicator' : 'name';
      issues.push(issue('INDICATOR_UNKNOWN', placeOf(f), idText || nameText));
    } else {
      const f = byField.has('indicator') ? 'indicator' : 'name';
      const anyValue = cellText(at('value')?.value ?? null);
      if (anyValue !== '') issues.push(issue('INDICATOR_MISSING', placeOf(f), null));
    }
    return undefined;
  }
  const label = indicatorLabel(indicator);
  const valuePlace = placeOf('value');
  const valueCell = at('value');
  const unitText = cleanText(at('unit')?.value ?? null);
  const { expected: expectedText, example } = EXPECTED[indicator.unit](indicator);
  const params = { indicator: label, expected: expectedText, example };

  let value: number | boolean | null = null;
  let typed = false;
  let invalid = false;
  let estimate = false;
  const fail = (i: Issue) => {
    issues.push(i);
    invalid = true;
  };

  // What the person sees in the cell: a percent-formatted 1.2 shows as 120%.
  const shown =
    valueCell?.percent && typeof valueCell.value === 'number'
      ? `${tidy(valueCell.value * 100)}%`
      : valueCell?.value;
  const unit = readUnit(unitText, indicator.unit);
  if (unit.kind === 'mismatch') fail(issue('UNIT_MISMATCH', placeOf('unit'), unitText, params));

  if (indicator.unit === 'yes-no') {
    const read = readYesNo(valueCell);
    if (read.kind === 'value') {
      value = read.value;
      typed = true;
    } else if (read.kind === 'invalid') {
      typed = true;
      fail(issue('VALUE_NOT_YES_NO', valuePlace, shown, { field: `answer to ${label}` }));
    }
  } else {
    const read = readNumber(valueCell, decimalComma);
    if (read.kind === 'invalid') {
      typed = true;
      const hint =
        read.reason === 'date'
          ? `${example} The cell may be formatted as a date: format it as a number and type the figure again.`
          : example;
      fail(issue('VALUE_NOT_A_NUMBER', valuePlace, shown, { ...params, example: hint }));
    } else if (read.kind === 'number') {
      typed = true;
      let n = read.value;
      estimate = read.estimate;
      if (read.estimate) issues.push(issue('VALUE_ESTIMATE', valuePlace, shown, { ...params, number: n }));
      if (read.percent && indicator.unit !== 'percent') {
        fail(issue('UNIT_MISMATCH', valuePlace, shown, params));
      } else if (unit.kind === 'convert' && !read.percent) {
        const converted = tidy(unit.convert(n));
        issues.push(
          issue(
            'UNIT_CONVERTED',
            placeOf('unit'),
            `${cellText(valueCell?.value ?? null)} ${unitText ?? ''}`,
            {
              indicator: label,
              from: unit.from,
              to: unit.to,
              number: converted,
            },
          ),
        );
        n = converted;
      }
      if (!invalid) {
        const problem = checkRange(indicator, n);
        if (problem) fail(issue(problem, valuePlace, shown, params));
        else value = n;
      }
    }
  }

  const estimateCell = at('estimate');
  const est = readYesNo(estimateCell);
  if (est.kind === 'value') estimate = estimate || est.value;
  else if (est.kind === 'invalid')
    fail(
      issue('VALUE_NOT_YES_NO', placeOf('estimate'), estimateCell?.value, { field: `Estimate of ${label}` }),
    );

  const source = cleanText(at('source')?.value ?? null);
  const notes = cleanText(at('notes')?.value ?? null, true);
  return {
    indicator,
    value: invalid ? null : value,
    typed,
    invalid,
    raw: valueCell?.value ?? null,
    estimate: estimate && value !== null,
    source,
    notes,
    origin: valuePlace,
    texts: [
      { label: `Source of ${label}`, text: source, place: placeOf('source') },
      { label: `Notes on ${label}`, text: notes, place: placeOf('notes') },
    ],
  };
}

function checkRange(
  ind: Indicator,
  n: number,
): 'VALUE_NEGATIVE' | 'VALUE_NOT_WHOLE' | 'VALUE_OUT_OF_RANGE' | undefined {
  // Beyond 2^53 a figure is no longer exact, and 1e308 adds up to Infinity in the totals.
  if (Number.isFinite(n) && Math.abs(n) > Number.MAX_SAFE_INTEGER) return 'VALUE_OUT_OF_RANGE';
  switch (ind.unit) {
    case 'count':
      if (n < 0) return 'VALUE_NEGATIVE';
      return Number.isInteger(n) ? undefined : 'VALUE_NOT_WHOLE';
    case 'percent':
      if (n < 0) return 'VALUE_NEGATIVE';
      return n > 100 ? 'VALUE_OUT_OF_RANGE' : undefined;
    case 'score': {
      const min = ind.range?.min ?? 0;
      const max = ind.range?.max ?? Number.POSITIVE_INFINITY;
      if (n < min || n > max) return 'VALUE_OUT_OF_RANGE';
      return Number.isInteger(n) ? undefined : 'VALUE_NOT_WHOLE';
    }
    case 'fte':
    case 'days':
      if (n < 0) return 'VALUE_NEGATIVE';
      return Number.isFinite(n) ? undefined : 'VALUE_OUT_OF_RANGE';
    case 'yes-no':
      return undefined;
  }
}
