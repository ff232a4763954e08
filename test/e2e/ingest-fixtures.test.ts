/**
 * Every file of test/fixtures/ingest (saved by LibreOffice, or CSV as found in the wild)
 * through the real ingest: the values a national contact typed come out normalized, and
 * every rejected file names each error with its code, sheet, row and column.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestUpload } from '../../functions/core/ingest/index.js';
import type { Issue } from '../../functions/core/issues.js';
import { defaultLimits } from '../../functions/core/limits.js';
import { parseSubmission, submissionSchema } from '../../functions/core/submission.js';
import type { ExpectedIssue, FixtureCase } from '../../scripts/fixtures/ingest.js';

const dir = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
const cases = JSON.parse(readFileSync(`${dir}cases.json`, 'utf8')) as FixtureCase[];

function matches(issue: Issue, expected: ExpectedIssue): boolean {
  return (
    issue.code === expected.code &&
    (expected.sheet === undefined || issue.sheet === expected.sheet) &&
    (expected.row === undefined || issue.row === expected.row) &&
    (expected.column === undefined || issue.column === expected.column)
  );
}

const brief = (i: Issue) =>
  `${i.code} ${i.severity} ${i.sheet ?? '-'}!${i.column ?? '?'}${i.row ?? '?'} "${i.value ?? ''}"`;

async function ingestCase(c: FixtureCase) {
  const bytes = new Uint8Array(await readFile(`${dir}${c.file}`));
  const previous = c.previous
    ? parseSubmission(JSON.parse(await readFile(`${dir}${c.previous}`, 'utf8')))
    : null;
  return ingestUpload({
    bytes,
    fileName: c.file,
    country: c.country,
    year: c.year,
    previous,
    limits: { ...defaultLimits, ...c.limits },
  });
}

describe('ingest of the fixture files', () => {
  it('has a case for every kind of file people upload', () => {
    const exts = new Set(cases.map((c) => c.file.split('.').pop()));
    expect([...exts].sort()).toEqual(['csv', 'ods', 'xls', 'xlsx']);
    expect(cases.filter((c) => c.expect.accepted).length).toBeGreaterThan(15);
    expect(cases.filter((c) => !c.expect.accepted).length).toBeGreaterThan(15);
  });

  for (const c of cases) {
    const verdict = c.expect.accepted ? 'accepted' : 'rejected';
    it(`${c.file} is ${verdict}: ${c.description}`, async () => {
      const result = await ingestCase(c);
      const errors = result.issues.filter((i) => i.severity === 'error');

      // Every issue is placed the way a spreadsheet program shows it and says how to fix it.
      for (const i of result.issues) {
        expect(i.message.length, brief(i)).toBeGreaterThan(0);
        expect(i.hint.length, brief(i)).toBeGreaterThan(0);
        expect(i.row === null || i.row >= 1, brief(i)).toBe(true);
        expect(i.column === null || /^[A-Z]{1,3}$/.test(i.column), brief(i)).toBe(true);
        expect(`${i.message} ${i.hint}`).not.toMatch(/\n\s+at |\.ts:\d+|undefined|\[object Object\]/);
      }

      const expectation = c.expect;
      if (!expectation.accepted) {
        expect(result.accepted).toBe(false);
        expect(result.submission).toBeNull();
        // Exactly the expected errors, each at its place: nothing missing, nothing extra.
        const unmatched = [...errors];
        const missing: ExpectedIssue[] = [];
        for (const e of expectation.errors) {
          const at = unmatched.findIndex((i) => matches(i, e));
          if (at === -1) missing.push(e);
          else unmatched.splice(at, 1);
        }
        expect({ missing, unexpected: unmatched.map(brief) }).toEqual({ missing: [], unexpected: [] });
        return;
      }

      expect(errors.map(brief)).toEqual([]);
      expect(result.accepted).toBe(true);
      const submission = submissionSchema.parse(result.submission);
      expect(submission.country).toBe(c.country);
      expect(submission.year).toBe(c.year);
      expect(submission.warnings).toEqual(result.issues.filter((i) => i.severity === 'warning'));

      const byId = new Map(submission.indicators.map((i) => [i.id, i]));
      for (const [id, value] of Object.entries(expectation.values ?? {})) {
        const got = byId.get(id);
        if (value === null) expect(got?.value ?? null, id).toBeNull();
        else expect(got?.value, id).toEqual(value);
      }
      if (expectation.estimates) {
        const flagged = Object.keys(expectation.values ?? {}).filter((id) => byId.get(id)?.estimate);
        expect(flagged.sort()).toEqual([...expectation.estimates].sort());
      }
      for (const [id, texts] of Object.entries(expectation.texts ?? {})) {
        expect(byId.get(id), id).toMatchObject(texts);
      }
      if (expectation.actions) {
        expect(submission.actions.map((a) => a.ref)).toEqual(expectation.actions.map((a) => a.ref));
        expectation.actions.forEach((a, n) => {
          expect(submission.actions[n], a.ref).toMatchObject(a);
        });
      }
      if (expectation.cover) expect(submission.cover).toMatchObject(expectation.cover);
      if (expectation.tables) expect([...submission.tables].sort()).toEqual([...expectation.tables].sort());
      const missing = (expectation.warnings ?? []).filter(
        (w) => !result.issues.some((i) => i.severity === 'warning' && matches(i, w)),
      );
      expect({ missing, warnings: result.issues.map(brief) }).toMatchObject({ missing: [] });
    });
  }
});
