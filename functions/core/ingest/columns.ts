/** A table's header row turned into field -> column, with the columns it ignores or doubles. */
import { columnLetters, type Issue } from '../issues.js';
import type { Cell, Row, Sheet } from '../workbook.js';
import { cellText } from '../workbook.js';
import { issue } from './catalogue.js';
import { type ActionField, fieldLabels, type IndicatorField, type TableHeader } from './headers.js';

export interface ColumnMap<F extends string> {
  /** The first column of each field. */
  byField: ReadonlyMap<F, number>;
  /** Rows below the header, blank rows left out. */
  rows: Row[];
}

export const tableLabels = { indicators: 'Indicators', actions: 'Actions' } as const;

/** Maps a table's columns; unknown headed columns, and data under no heading, are ignored with a warning. */
export function mapColumns<F extends IndicatorField | ActionField>(
  sheet: Sheet,
  header: TableHeader,
  issues: Issue[],
): ColumnMap<F> {
  const table = tableLabels[header.kind];
  const byField = new Map<F, number>();
  const headed = new Set<number>();
  for (const c of header.columns) {
    headed.add(c.col);
    const field = c.field as F | undefined;
    const place = { sheet: sheet.name, row: header.row, column: columnLetters(c.col) };
    if (field === undefined) {
      issues.push(issue('COLUMN_IGNORED', place, c.header, { table }));
      continue;
    }
    if (field === 'info') continue;
    const first = byField.get(field);
    if (first !== undefined) {
      issues.push(
        issue('COLUMN_DUPLICATE', place, c.header, {
          table,
          column: fieldLabels[field],
          first: columnLetters(first),
          second: columnLetters(c.col),
        }),
      );
      continue;
    }
    byField.set(field, c.col);
  }
  const rows = sheet.rows
    .slice(header.index + 1)
    .filter((r) => r.cells.some((c) => cellText(c.value) !== ''));
  const unheaded = new Set<number>();
  for (const r of rows)
    for (const c of r.cells) if (!headed.has(c.col) && cellText(c.value) !== '') unheaded.add(c.col);
  for (const col of [...unheaded].sort((a, b) => a - b))
    issues.push(
      issue(
        'COLUMN_IGNORED',
        { sheet: sheet.name, row: header.row, column: columnLetters(col) },
        '(no heading)',
        {
          table,
        },
      ),
    );
  return { byField, rows };
}

/** The cell of a row in a column, if any. */
export function cellAt(row: Row, col: number | undefined): Cell | undefined {
  if (col === undefined) return undefined;
  return row.cells.find((c) => c.col === col);
}

/** Column letters of a field's column, or null. */
export function lettersOf(col: number | undefined): string | null {
  return col === undefined ? null : columnLetters(col);
}
