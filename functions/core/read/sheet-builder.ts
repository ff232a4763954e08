/**
 * Collects one sheet's rows as a reader finds them and applies what every format shares:
 * empty cells are skipped, control characters are removed (with a warning), and the
 * row, column and cell-size limits turn into issues at the place they are crossed.
 */
import type { Issue } from '../issues.js';
import type { Limits } from '../limits.js';
import type { Cell, Row, Sheet } from '../workbook.js';
import { Deadline } from './deadline.js';
import { problems } from './problems.js';

/** More of the same warning in one sheet tells the person nothing new. */
const MAX_REPEATED_ISSUES = 20;

/** Removes C0 control characters other than tab, line feed and carriage return, and DEL. */
export function stripControlCharacters(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) {
      out += text.slice(start, i);
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}

/** A cell a person would call empty: no value, or only white space. */
export function isBlank(value: Cell['value']): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** Builds one Sheet row by row, turning limit crossings into issues at their place. */
export class SheetBuilder {
  readonly rows: Row[] = [];
  private columnsReported = false;
  private oversizeReported = 0;
  private controlReported = 0;
  /** Set once the sheet crossed maxRows: the reader stops, the upload is rejected. */
  full = false;

  constructor(
    readonly name: string,
    readonly hidden: boolean,
    private readonly limits: Limits,
    private readonly issues: Issue[],
    private readonly deadline: Deadline = Deadline.none,
  ) {}

  /** Adds a row of cells (any order); returns false once the reader should stop. */
  addRow(row: number, cells: readonly Cell[]): boolean {
    if (this.full) return false;
    this.deadline.check();
    const kept: Cell[] = [];
    for (const cell of cells) {
      const checked = this.checkCell(row, cell);
      if (checked) kept.push(checked);
    }
    if (kept.length === 0) return true;
    if (this.rows.length >= this.limits.maxRows) {
      this.issues.push(problems.tooManyRows(this.name, row, this.limits.maxRows));
      this.full = true;
      return false;
    }
    kept.sort((a, b) => a.col - b.col);
    this.rows.push({ row, cells: kept });
    return true;
  }

  /** Reports a cell too large to be read at all (the reader kept only its length). */
  reportOversize(row: number, col: number, length: number): void {
    if (this.oversizeReported++ < MAX_REPEATED_ISSUES)
      this.issues.push(problems.fieldTooLarge(this.name, row, col, length, this.limits.maxCellChars));
  }

  toSheet(): Sheet {
    return { name: this.name, hidden: this.hidden, rows: this.rows };
  }

  private checkCell(row: number, cell: Cell): Cell | null {
    let value = cell.value;
    if (typeof value === 'string') {
      const clean = stripControlCharacters(value);
      if (clean !== value) {
        if (this.controlReported++ < MAX_REPEATED_ISSUES)
          this.issues.push(problems.controlCharactersRemoved(this.name, row, cell.col, clean));
        value = clean;
      }
    }
    if (isBlank(value)) return null;
    if (cell.col > this.limits.maxColumns) {
      if (!this.columnsReported)
        this.issues.push(problems.tooManyColumns(this.name, row, cell.col, this.limits.maxColumns));
      this.columnsReported = true;
      return null;
    }
    if (typeof value === 'string' && value.length > this.limits.maxCellChars) {
      this.reportOversize(row, cell.col, value.length);
      return null;
    }
    return value === cell.value ? cell : { ...cell, value };
  }
}
