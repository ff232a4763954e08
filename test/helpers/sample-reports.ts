/** What the sample's published reports must show a reader (issue 11), checked on a demo's output folder. */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { membersInYear, shortNameOf } from '../../functions/core/members.js';
import { formatValue } from '../../functions/core/report/format.js';
import { kosovoFootnote } from '../../functions/core/report/publication.js';
import { readPdf } from './pdf-text.js';

/**
 * The 2015 consolidated PDF of the samples, read as a reader would (its text, by pdfjs):
 * every member of 2015 by name, "not reported" for each that did not, last year's headline
 * figures over the same members, the Kosovo footnote, and a status matrix with cells at 0%
 * and between 0% and 100%.
 */
export async function expectSampleReportsShowTheMethod(out: string): Promise<void> {
  const pdf = await readPdf(await readFile(join(out, '2015/consolidated.pdf')));
  const text = pdf.pages.join(' ');
  const data = (year: number) =>
    JSON.parse(readFileSync(join(out, `${year}/data.json`), 'utf8')) as {
      records: Array<{ country: string; indicator: string; value: unknown }>;
    };
  const reported = new Set(data(2015).records.map((r) => r.country));
  for (const m of membersInYear(2015)) {
    const name = m.code === 'XK' ? `${shortNameOf(m)}*` : shortNameOf(m);
    expect(text, name).toContain(name);
    if (!reported.has(m.code))
      expect(text, name).toMatch(new RegExp(`${name} (not reported in 2015|upload rejected)`));
  }
  expect(text).toContain(kosovoFootnote);
  // Last year's T1.2 total over the members that gave it both years, as the changes section prints it.
  const values = (year: number) =>
    new Map(
      data(year)
        .records.filter((r) => r.indicator === 'T1.2' && typeof r.value === 'number')
        .map((r) => [r.country, r.value as number]),
    );
  const now = values(2015);
  const then = values(2014);
  const both = [...now.keys()].filter((c) => then.has(c));
  const total = both.reduce((sum, c) => sum + then.get(c)!, 0);
  expect(text).toContain('Changes since 2014');
  expect(text).toMatch(
    new RegExp(
      `T1\\.2 Victims identified during the year total ${both.length} ${formatValue('count', total)}`,
    ),
  );
  // The status matrix: shares at 0% and strictly between 0% and 100%, not only 100%.
  const matrix = pdf.pages.filter((p) => p.includes('judged')).join(' ');
  const shares = [...matrix.matchAll(/of \d+ judged \((\d+)%\)/g)].map((m) => Number(m[1]));
  expect(shares).toContain(0);
  expect(shares.some((s) => s > 0 && s < 100)).toBe(true);
}
