/**
 * Tagged PDF/UA-1 output (functions/adapters/pdf-tagging.ts through the real printer) and
 * the checker (scripts/pdf-ua-check.py): a country report passes; the same report printed
 * untagged, as the project printed every PDF before, fails on each count; and the parts a
 * screen-reader user meets are where they should be (headings, figures with their numbers,
 * table headers once, page furniture as artifacts, languages).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfPrinter } from '../../functions/adapters/pdf-printer.js';
import { PINNED_VERSIONS } from '../../functions/adapters/pdf-tagging.js';
import { buildCountryReport } from '../../functions/core/report/index.js';
import { dataTable, figure, heading, pageFurniture, withTag } from '../../functions/render/pdf/common.js';
import { countryPdfDocument } from '../../functions/render/pdf.js';
import { checkPdfUa, readTaggedPdf, structNodes } from '../helpers/pdf-ua.js';
import { countryInput } from '../helpers/report-fixtures.js';

const require = createRequire(import.meta.url);

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'pdf-ua-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function save(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(scratch, name);
  await writeFile(path, bytes);
  return path;
}

const model = buildCountryReport(countryInput());

/** A small report-shaped document: the furniture of a real report around `content`. */
function reportDoc(content: Content[]): TDocumentDefinitions {
  const meta = { ...model.meta };
  return { ...pageFurniture(meta, 'Test', ['test']), content };
}

it('is pinned to the pdfmake and pdfkit it wraps: a new version must be checked first', () => {
  const pdfmakeVersion = (require('pdfmake/package.json') as { version: string }).version;
  const pdfkitPath = require.resolve('pdfkit/package.json', { paths: [require.resolve('pdfmake')] });
  const pdfkitVersion = (require(pdfkitPath) as { version: string }).version;
  expect({ pdfmake: pdfmakeVersion, pdfkit: pdfkitVersion }).toEqual(PINNED_VERSIONS);
});

describe('a country report', () => {
  let tagged: Uint8Array;
  let untagged: Uint8Array;
  beforeAll(async () => {
    const doc = countryPdfDocument(model);
    tagged = await createPdfPrinter().print(doc);
    untagged = await createPdfPrinter({ tagged: false }).print(doc);
  });

  it('passes the PDF/UA checker when tagged', async () => {
    const path = await save('tagged.pdf', tagged);
    expect((await checkPdfUa([path]))[path]).toEqual({});
  });

  it('fails the checker on every count when printed untagged (as every PDF was before)', async () => {
    const path = await save('untagged.pdf', untagged);
    const problems = (await checkPdfUa([path]))[path] ?? {};
    expect(Object.keys(problems).sort()).toEqual([
      'content-unmarked',
      'link-no-description',
      'link-not-tagged',
      'no-markinfo',
      'no-pdfua-id',
      'no-struct-tree',
      'tabs-not-structure',
    ]);
    // 34 links in the report, none in the structure (the issue counted them).
    expect(problems['link-not-tagged']?.length).toBeGreaterThanOrEqual(20);
  });

  it('prints the same bytes twice', async () => {
    const again = await createPdfPrinter().print(countryPdfDocument(model));
    expect(Buffer.from(again).equals(Buffer.from(tagged))).toBe(true);
  });

  it('reads as a document: title H1, sections H2, the charts as figures giving their numbers', async () => {
    const { pages, markInfo } = await readTaggedPdf(tagged);
    expect(markInfo).toMatchObject({ Marked: true });
    const nodes = pages.flatMap((page) => structNodes(page.tree));
    const roles = new Set(nodes.map((n) => n.role));
    for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'Table', 'TR', 'TH', 'TD', 'L', 'LI', 'LBody']) {
      expect(roles).toContain(role);
    }
    for (const role of ['Sect', 'TOC', 'TOCI', 'Link', 'Figure']) expect(roles).toContain(role);
    const alts = nodes.filter((n) => n.role === 'Figure').map((n) => n.alt);
    const descriptions = model.targets.flatMap((t) => t.charts.map((c) => c.description));
    expect(descriptions.length).toBeGreaterThan(0);
    expect(new Set(alts)).toEqual(new Set(descriptions));
  });

  it('marks the running header, the sample mark and "Page X of Y" as artifacts on every page', async () => {
    const { pages } = await readTaggedPdf(tagged);
    pages.forEach((page, i) => {
      const artifacts = page.marked.filter((m) => m.tag === 'Artifact').map((m) => m.text);
      expect(artifacts).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(artifacts.some((text) => text.includes(model.meta.title))).toBe(true);
      // Nothing painted outside marked content: no text without a tag.
      expect(page.marked.filter((m) => m.tag === '' && m.text.trim() !== '')).toEqual([]);
    });
  });
});

describe('tagging', () => {
  it("reads a long table's header once: repeated on later pages as an artifact", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [{ text: `row ${i + 1}` }, { text: String(i * 7) }]);
    const doc = reportDoc([
      withTag({ text: 'Tables' }, { role: 'H1' }),
      heading('Long table', 1, null, []),
      dataTable('A table longer than a page', ['*', 60], ['Name of the row', 'Amount'], rows),
    ]);
    const bytes = await createPdfPrinter().print(doc);
    const { pages } = await readTaggedPdf(bytes);
    expect(pages.length).toBeGreaterThan(2);
    const first = pages[0]!;
    expect(first.marked.filter((m) => m.tag === 'TH').map((m) => m.text.trim())).toEqual([
      'Name of the row',
      'Amount',
    ]);
    for (const page of pages.slice(1)) {
      expect(page.marked.filter((m) => m.tag === 'TH')).toEqual([]);
      const artifacts = page.marked.filter((m) => m.tag === 'Artifact').map((m) => m.text);
      expect(artifacts).toContain('Name of the row Amount');
    }
    const path = await save('long-table.pdf', bytes);
    expect((await checkPdfUa([path]))[path]).toEqual({});
  });

  it('gives a text in another language its /Lang, on a whole node and on part of a text', async () => {
    const doc = reportDoc([
      withTag({ text: 'Languages' }, { role: 'H1' }),
      { text: 'Plan national de lutte', lang: 'fr-FR' } as Content,
      { text: ['The German title is ', { text: 'Nationaler Aktionsplan', lang: 'de-DE' }, '.'] } as Content,
    ]);
    const bytes = await createPdfPrinter().print(doc);
    const nodes = (await readTaggedPdf(bytes)).pages.flatMap((p) => structNodes(p.tree));
    expect(nodes.find((n) => n.lang === 'fr-FR')?.role).toBe('P');
    expect(nodes.find((n) => n.lang === 'de-DE')?.role).toBe('Span');
    const path = await save('languages.pdf', bytes);
    expect((await checkPdfUa([path]))[path]).toEqual({});
  });

  it('tags numbered lists with labels and a link inside a sentence as a Link', async () => {
    const doc = reportDoc([
      withTag({ text: 'Lists', id: 'top' }, { role: 'H1' }),
      { ol: ['First step', 'Second step'] },
      { text: ['Back to ', { text: 'the top', linkToDestination: 'top' }, ' of the page.'] } as Content,
    ]);
    const bytes = await createPdfPrinter().print(doc);
    const nodes = (await readTaggedPdf(bytes)).pages.flatMap((p) => structNodes(p.tree));
    expect(nodes.filter((n) => n.role === 'LI')).toHaveLength(2);
    expect(nodes.filter((n) => n.role === 'Lbl')).toHaveLength(2);
    expect(nodes.filter((n) => n.role === 'Link')).toHaveLength(1);
    const path = await save('lists.pdf', bytes);
    expect((await checkPdfUa([path]))[path]).toEqual({});
  });

  it('lets the checker find a figure without its text and a skipped heading level', async () => {
    const doc = reportDoc([
      withTag({ text: 'Title' }, { role: 'H1' }),
      withTag({ text: 'A subsection with no section' }, { role: 'H3' }),
      figure({ canvas: [{ type: 'rect', x: 0, y: 0, w: 40, h: 20, color: '#1f3b5a' }] } as Content, ''),
    ]);
    const path = await save('faulty.pdf', await createPdfPrinter().print(doc));
    const problems = (await checkPdfUa([path]))[path] ?? {};
    expect(Object.keys(problems).sort()).toEqual(['figure-no-alt', 'heading-skipped']);
  });
});
