/**
 * The per-upload time budget: with a clock handed in, the ingest ends with
 * FILE_TOO_COMPLEX once the budget is spent, whatever part of the work it is in, and never
 * throws out. Without a clock (the core reads none), there is no budget.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestUpload } from '../../../functions/core/ingest/index.js';

const hostile = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/hostile/${name}`, import.meta.url))));

const readFixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/read/${name}`, import.meta.url))));

/** A clock that moves `step` ms each time it is read: the budget is spent after budget/step reads. */
function steppingClock(step: number): () => number {
  let now = 0;
  return () => {
    now += step;
    return now;
  };
}

const csv = new TextEncoder().encode(
  `Indicator,Value,Unit\n${Array.from({ length: 2000 }, () => 'T1.2,1,count').join('\n')}\n`,
);

describe('the per-upload time budget', () => {
  it.each([
    ['a 2,000-row CSV, spent after 100 clock reads', 'big.csv', csv, 100],
    ['an XLSX, spent after 3 clock reads', 'many-colons.xlsx', hostile('many-colons.xlsx'), 3],
    [
      'an XLSX (spent after exceljs, in the rows and tables)',
      'rtl-emoji.xlsx',
      hostile('rtl-emoji.xlsx'),
      40,
    ],
    ['an ODS', 'workbook.ods', readFixture('workbook.ods'), 3],
  ])('ends %s with FILE_TOO_COMPLEX once spent', async (_label, fileName, bytes, reads) => {
    const result = await ingestUpload({
      bytes,
      fileName,
      country: 'FR',
      year: 2014,
      elapsed: steppingClock(10),
      budgetMs: reads * 10,
    });
    expect(result.accepted).toBe(false);
    const late = result.issues.find((i) => i.code === 'FILE_TOO_COMPLEX');
    expect(late?.message).toContain(`limit of ${(reads * 10) / 1000} seconds`);
    expect(late?.hint).toMatch(/delete other sheets/);
  });

  it('is not spent by a real workbook under the real clock and the default budget', async () => {
    const result = await ingestUpload({
      bytes: hostile('many-colons.xlsx'),
      fileName: 'many-colons.xlsx',
      country: 'FR',
      year: 2014,
      elapsed: () => performance.now(),
    });
    expect(result.accepted).toBe(true);
  });

  it('stops a 10,000-row upload under the real clock with a 1 ms budget', async () => {
    const rows = Array.from({ length: 9999 }, (_, i) => `T1.2,${i},count`).join('\n');
    const result = await ingestUpload({
      bytes: new TextEncoder().encode(`Indicator,Value,Unit\n${rows}\n`),
      fileName: 'rows.csv',
      country: 'FR',
      year: 2014,
      elapsed: () => performance.now(),
      budgetMs: 1,
    });
    expect(result.issues.map((i) => i.code)).toEqual(['FILE_TOO_COMPLEX']);
  });
});
