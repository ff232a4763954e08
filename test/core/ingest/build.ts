/** Workbooks built in code, as a reader would hand them over: rows of cells numbered as the person sees them. */
import { actionColumns } from '../../../functions/core/columns.js';
import type { Cell, CellValue, Row, Sheet, Workbook } from '../../../functions/core/workbook.js';

export type Spec = CellValue | { v: CellValue; percent?: boolean };

/** A sheet from rows of values (row 1 first); `undefined` leaves a cell out, `[]` is a blank row. */
export function sheet(name: string, rows: (Spec | undefined)[][], hidden = false): Sheet {
  const out: Row[] = [];
  rows.forEach((values, i) => {
    const cells: Cell[] = [];
    values.forEach((spec, c) => {
      if (spec === undefined || spec === null) return;
      if (typeof spec === 'object' && !(spec instanceof Date))
        cells.push({ col: c + 1, value: spec.v, ...(spec.percent ? { percent: true } : {}) });
      else cells.push({ col: c + 1, value: spec });
    });
    if (cells.length > 0) out.push({ row: i + 1, cells });
  });
  return { name, hidden, rows: out };
}

export function workbook(
  sheets: Sheet[],
  hints: Workbook['hints'] = {},
  format: Workbook['format'] = 'xlsx',
): Workbook {
  return { format, sheets, hints };
}

export const coverRows = (country: CellValue = 'France', year: CellValue = 2014): Spec[][] => [
  ['Country', country],
  ['Reporting year', year],
  ['Contact name', 'Marie Curie'],
  ['Organisation', 'Ministère de l’Intérieur'],
  ['Email', 'marie@example.org'],
  ['Date', '2015-03-01'],
];

export const INDICATOR_HEADER = [
  'Indicator',
  'Name',
  'What counts',
  'Value',
  'Unit',
  'Source',
  'Estimate',
  'Notes',
];
export const ACTION_HEADER = [...actionColumns];

export const source = {
  name: 'report.xlsx',
  sha256: 'a'.repeat(64),
  size: 1234,
  format: 'xlsx' as const,
};

export const ctx = { country: 'FR', year: 2014 };
