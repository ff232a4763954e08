/**
 * The capped unzip pass refuses what the parsers would choke on or read differently:
 * duplicate entry names, nesting beyond any real workbook's, and a DOCTYPE in any part the
 * package says is XML, whatever its name. Files from the hostile corpus
 * (scripts/fixtures/hostile.ts), read through readUpload.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readUpload } from '../../../functions/core/read/index.js';
import { DepthScanner } from '../../../functions/core/read/xlsx-scan.js';

const hostile = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/hostile/${name}`, import.meta.url))));

async function codes(name: string): Promise<string[]> {
  const result = await readUpload(hostile(name), name);
  return result.issues.filter((i) => i.severity === 'error').map((i) => i.code);
}

/** The deepest nesting of `xml`, fed in chunks of `size` bytes. */
function depthOf(xml: string, size = 3, max = 1000): number {
  const scanner = new DepthScanner(max);
  const bytes = strToU8(xml);
  for (let i = 0; i < bytes.length; i += size) scanner.push(bytes.subarray(i, i + size));
  return scanner.deepest;
}

describe('the zip pass', () => {
  it.each([
    'duplicate-entry.xlsx',
    'duplicate-entry-slash.xlsx',
    'duplicate-entry-backslash.xlsx',
    'duplicate-entry-case.xlsx',
  ])('refuses %s (two entries of one name) as FILE_CORRUPT with a hint to save it again', async (name) => {
    const result = await readUpload(hostile(name), name);
    expect(result.workbook).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(['FILE_CORRUPT']);
    expect(result.issues[0]?.message).toContain('two entries have the same name');
    expect(result.issues[0]?.hint).toContain('save it again');
  });

  it.each(['deep-nesting.xlsx', 'deep-nesting-closed.xlsx', 'deep-nesting.ods'])(
    'refuses %s (nested far deeper than 256) as FILE_TOO_COMPLEX, in well under a second',
    async (name) => {
      const started = performance.now();
      expect(await codes(name)).toEqual(['FILE_TOO_COMPLEX']);
      expect(performance.now() - started).toBeLessThan(3000);
    },
  );

  it('refuses a DOCTYPE in a worksheet the relationships name xl/sheets/indicators.data', async () => {
    expect(await codes('doctype-renamed-part.xlsx')).toEqual(['XML_DOCTYPE_REFUSED']);
  });

  it('still reads real workbooks and ODS files (their depth is far below the limit)', async () => {
    for (const name of ['many-colons.xlsx', 'rtl-emoji.xlsx', 'arabic-indic-digits.xlsx']) {
      const result = await readUpload(hostile(name), name);
      expect(result.workbook, name).not.toBeNull();
    }
  });
});

describe('DepthScanner', () => {
  it('counts start tags, end tags and self-closing tags, across any chunk boundary', () => {
    const xml = '<?xml version="1.0"?><a><b><c/><c></c></b><d x="1"/></a>';
    for (const size of [1, 2, 3, 7, 1000]) expect(depthOf(xml, size)).toBe(3);
  });

  it('steps over comments, CDATA, processing instructions and quoted values', () => {
    expect(depthOf('<a><!-- <b><b><b> --><![CDATA[<b><b>]]><?pi <b>?><c t="<b>/>" u=\'>\'/></a>')).toBe(2);
  });

  it('is not fooled by "/>" inside a quoted value: each such element still counts', () => {
    expect(depthOf('<a x="/>"><a x="/>"><a x="/>">')).toBe(3);
  });

  it('stops counting past its limit and says so', () => {
    const scanner = new DepthScanner(256);
    scanner.push(strToU8('<a>'.repeat(100_000)));
    expect(scanner.tooDeep).toBe(true);
    expect(scanner.deepest).toBe(257);
  });
});
