import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { issueCatalogue } from '../../functions/core/ingest/catalogue.js';
import { readerCodes } from '../../functions/core/read/codes.js';
import { buildCodesDocument, codesDocumentPath } from '../../scripts/validation-codes.js';

const readDir = fileURLToPath(new URL('../../functions/core/read/', import.meta.url));

/** Every `makeIssue('CODE', 'severity'` or `readerIssue('CODE', 'severity'` the readers can raise, read from their source. */
function codesRaisedByReaders(): Map<string, string> {
  const raised = new Map<string, string>();
  for (const file of readdirSync(readDir).filter((f) => f.endsWith('.ts') && f !== 'codes.ts')) {
    const source = readFileSync(readDir + file, 'utf8');
    for (const m of source.matchAll(
      /(?:makeIssue|readerIssue)\(\s*'([A-Z][A-Z0-9_]+)',\s*'(error|warning)'/g,
    )) {
      raised.set(m[1]!, m[2]!);
    }
  }
  return raised;
}

describe('the validation codes people can look up', () => {
  it('lists every code the readers raise, with the same severity, and nothing they do not', () => {
    const raised = codesRaisedByReaders();
    expect(raised.size).toBeGreaterThan(10);
    const listed = new Map(readerCodes.map((c) => [c.code, c.severity]));
    expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(raised));
  });

  it('has each code once across the readers and the rules', () => {
    const all = [...readerCodes, ...issueCatalogue].map((c) => c.code);
    expect(new Set(all).size).toBe(all.length);
    for (const code of all) expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });

  it('docs/validation-codes.md is up to date (node --import tsx scripts/validation-codes.ts)', () => {
    expect(readFileSync(codesDocumentPath, 'utf8')).toBe(buildCodesDocument());
  });
});
