import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { ReadResult } from '../../../functions/core/read/index.js';
import type { Cell, Sheet, Workbook } from '../../../functions/core/workbook.js';

export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/read/${name}`, import.meta.url))));

export function sheetOf(workbook: Workbook | null, name: string): Sheet {
  const sheet = workbook?.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${workbook?.sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

/** The cell at a row number and column number as the person sees them, or undefined. */
export function cellAt(sheet: Sheet, row: number, col: number): Cell | undefined {
  return sheet.rows.find((r) => r.row === row)?.cells.find((c) => c.col === col);
}

/** Issues as "CODE sheet!A1" strings: what a person reads in the report. */
export function places(result: ReadResult): string[] {
  return result.issues.map((i) => `${i.code} ${i.sheet ?? '-'}!${i.column ?? ''}${i.row ?? ''}`);
}

/** Rewrites entries of a zip (an xlsx or ods), keeping the others as they were. */
export function editZip(bytes: Uint8Array, edit: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(bytes);
  edit(files);
  return zipSync(files);
}

export function replaceInEntry(
  files: Record<string, Uint8Array>,
  name: string,
  from: RegExp,
  to: string,
): void {
  const text = new TextDecoder().decode(files[name]);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`nothing replaced in ${name}`);
  files[name] = strToU8(next);
}
