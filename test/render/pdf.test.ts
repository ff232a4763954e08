/**
 * The PDF reports as a reader gets them: rendered by the real printer (pdfmake, the
 * repo's fonts), read back with pdfjs. Models come from the real builders and the shared
 * report fixtures, so the PDF is checked against the same figures the HTML shows.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPdfPrinter } from '../../functions/adapters/pdf-printer.js';
import { buildConsolidatedReport, buildCountryReport } from '../../functions/core/report/index.js';
import type { ConsolidatedReportModel, CountryReportModel } from '../../functions/core/report/types.js';
import type { Action } from '../../functions/core/submission.js';
import { renderConsolidatedPdf, renderCountryPdf } from '../../functions/render/pdf.js';
import { type PdfContent, readPdf } from '../helpers/pdf-text.js';
import {
  action,
  consolidatedInput,
  countryInput,
  es2014,
  fr2014,
  hostileTitle,
  personalData,
} from '../helpers/report-fixtures.js';

const printer = createPdfPrinter();
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const allText = (pdf: PdfContent) => pdf.pages.join('\n');
/** Text with every run of white space as one space: a sentence may wrap anywhere in a PDF. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const compact = (text: string) => text.replace(/\s+/g, '');

/** Every page says "Page i of N" with its own number and the true page count. */
function expectPageNumbers(pdf: PdfContent) {
  pdf.pages.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pdf.numPages}`);
  });
}

/** Each contents entry's page number leads to the page where that heading is. */
function expectContentsPointAtHeadings(pdf: PdfContent, labels: readonly string[]) {
  const contentsPage = pdf.pages.find((text) => text.startsWith('Contents'));
  expect(contentsPage).toBeDefined();
  for (const label of labels) {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const page = Number(new RegExp(`${escaped} (\\d+)`).exec(contentsPage ?? '')?.[1]);
    expect(page, `contents entry "${label}"`).toBeGreaterThan(1);
    expect(pdf.pages[page - 1], `page ${page} for "${label}"`).toContain(label);
  }
}

function expectAllFontsEmbedded(pdf: PdfContent) {
  expect(pdf.fonts.length).toBeGreaterThan(0);
  expect(pdf.fonts.filter((font) => !font.embedded)).toEqual([]);
  expect(pdf.fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, ''))).toContain('Roboto-Regular');
}

describe('country report PDF', () => {
  let model: CountryReportModel;
  let bytes: Uint8Array;
  let pdf: PdfContent;

  beforeAll(async () => {
    model = buildCountryReport(countryInput({ sample: true }));
    const started = performance.now();
    bytes = await renderCountryPdf(model, printer);
    const first = performance.now() - started;
    const again = performance.now();
    await renderCountryPdf(model, printer);
    const warm = performance.now() - again;
    // Measured, not asserted (speed belongs to the benchmark).
    console.info(
      `country PDF: first render ${first.toFixed(0)} ms, warm ${warm.toFixed(0)} ms, ${bytes.length} bytes`,
    );
    pdf = await readPdf(bytes);
  });

  it('holds the submission: country, figures, statuses, actions, sources', () => {
    const text = allText(pdf);
    expect(pdf.pages[0]).toContain('France');
    expect(pdf.pages[0]).toContain('Progress report 2014');
    expect(pdf.pages[0]).toContain('Ministère de l’Intérieur');
    // T1.3 1,000 -> 1,125 and the derived growth of 12.5%.
    expect(text).toContain('1,125');
    expect(text).toContain('+12.5% a year');
    expect(text).toContain('T2.4');
    for (const word of [
      'achieved',
      'improving',
      'stable',
      'worsening',
      'not met',
      'first report',
      'no data',
      'context',
    ]) {
      expect(text).toContain(word);
    }
    // The status explanations the HTML has, the same in the PDF.
    for (const row of model.targets.flatMap((t) => t.indicators)) {
      expect(flat(text), row.id).toContain(flat(row.inputs.explanation));
    }
    // Publication details on the cover page.
    expect(flat(pdf.pages[0]!)).toContain(flat(model.meta.publication.accessibility));
    expect(pdf.pages[0]).toContain('CC BY 4.0');
    expect(text).toContain('Connect regional units to ICSE');
    expect(text).toContain('All twelve regional units connected.');
    const source = fr2014.sources[0]!;
    expect(text).toContain(source.name);
    // On one line, so it can be copied and compared.
    expect(text).toContain(source.sha256);
  });

  it('shows each status as a symbol and a word', () => {
    const row = model.targets[0]!.indicators.find((r) => r.id === 'T1.5')!;
    expect(row.status.code).toBe('worsening');
    expect(allText(pdf)).toContain(`${row.status.symbol} ${row.status.word}`);
  });

  it('never shows the contact person', () => {
    const text = allText(pdf);
    for (const secret of personalData) expect(text).not.toContain(secret);
  });

  it('numbers every page "Page i of N" and marks every page as sample data', () => {
    expect(pdf.numPages).toBeGreaterThanOrEqual(7);
    expectPageNumbers(pdf);
    pdf.pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain('Fictitious sample data');
      expect(text, `page ${i + 1}`).toContain(model.meta.runningHeader);
    });
  });

  it('has a table of contents whose page numbers are right, and bookmarks for the sections', () => {
    const labels = model.contents.filter((entry) => entry.level === 1).map((entry) => entry.label);
    expectContentsPointAtHeadings(pdf, labels);
    expect(pdf.outline.map((item) => item.title)).toEqual(labels);
  });

  it('embeds every font it uses', () => {
    expectAllFontsEmbedded(pdf);
    // The status symbols come from DejaVu Sans, which has them all.
    expect(pdf.fonts.map((font) => font.name)).toContainEqual(expect.stringMatching(/\+DejaVuSans$/));
  });

  it('carries its metadata, dated from the data and not the clock', () => {
    expect(pdf.info).toMatchObject({
      Title: 'France: progress report 2014',
      Author: 'Global Alliance against Child Sexual Abuse Online',
      Creator: 'alliance-reports',
      Producer: 'alliance-reports PDF renderer (pdfmake 0.3)',
      CreationDate: 'D:20150315000000Z',
      ModDate: 'D:20150315000000Z',
    });
    expect(model.meta.documentDate).toBe('2015-03-15');
    expect(String(pdf.info.Subject)).toContain('France');
    expect(String(pdf.info.Keywords)).toContain('child sexual abuse material (CSAM)');
    expect(pdf.language).toBe('en-GB');
  });

  it('gives the same bytes for the same model, in this process and in a fresh one', async () => {
    const again = await renderCountryPdf(buildCountryReport(countryInput({ sample: true })), printer);
    expect(sha256(again)).toBe(sha256(bytes));

    const script = `
      import { createHash } from 'node:crypto';
      import { createPdfPrinter } from './functions/adapters/pdf-printer.js';
      import { buildCountryReport } from './functions/core/report/index.js';
      import { renderCountryPdf } from './functions/render/pdf.js';
      import { countryInput } from './test/helpers/report-fixtures.js';
      const bytes = await renderCountryPdf(buildCountryReport(countryInput({ sample: true })), createPdfPrinter());
      process.stdout.write(createHash('sha256').update(bytes).digest('hex'));`;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: repoRoot },
    );
    expect(stdout.trim()).toBe(sha256(bytes));
  });

  it('calls a draft a draft on the cover and in the header of every page, never "Edition 0"', async () => {
    const draft = await readPdf(
      await renderCountryPdf(buildCountryReport(countryInput({ edition: 0 })), printer),
    );
    expect(compact(draft.pages[0] ?? '')).toContain(compact('Edition Draft - not for publication'));
    draft.pages.forEach((text, i) => {
      expect(compact(text), `page ${i + 1}`).toContain(
        compact('France · 2014 · Draft - not for publication'),
      );
    });
    expect(allText(draft)).not.toContain('Edition 0');
  });

  it('has no sample mark when the data is real', async () => {
    const real = await readPdf(await renderCountryPdf(buildCountryReport(countryInput()), printer));
    expect(allText(real)).not.toContain('Fictitious sample data');
    expectPageNumbers(real);
  });

  it('repeats the table header on every page a long table runs over', async () => {
    const many: Action[] = Array.from({ length: 70 }, (_, i) =>
      action({
        ref: `FR-L${i + 1}`,
        target: 1,
        title: `Regional training course number ${i + 1}`,
        kind: 'commitment',
        status: 'planned',
        progress: 'Planned with the regional police schools; dates to be agreed with each school.',
      }),
    );
    const long = buildCountryReport(
      countryInput({ submission: { ...fr2014, actions: [...fr2014.actions, ...many] } }),
    );
    const read = await readPdf(await renderCountryPdf(long, printer));
    const pagesWithActions = read.pages.filter((text) => /FR-L\d+/.test(text));
    expect(pagesWithActions.length).toBeGreaterThanOrEqual(3);
    for (const text of pagesWithActions) {
      expect(text).toContain('Ref Action Kind and status Dates Progress');
    }
    // No row is split: each action's title and its note are on the same page.
    for (let i = 1; i <= 70; i++) {
      const page = read.pages.find((text) => text.includes(`FR-L${i} `));
      expect(page, `FR-L${i}`).toContain(`Regional training course number ${i} `);
    }
    expectPageNumbers(read);
  });
});

describe('uploaded text in a PDF', () => {
  let server: Server;
  let requests = 0;
  let base: string;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.end('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('stays text: markup, formulas, URLs and SVG are printed as typed, nothing is fetched or linked', async () => {
    const progress = `See ${base}/report.pdf and <svg xmlns="http://www.w3.org/2000/svg"><image href="${base}/x.png"/></svg>`;
    const lead = `Österreich, España, Türkiye, Magyarország, Éire & <b>partners</b>`;
    const submission = {
      ...es2014,
      actions: [
        ...es2014.actions,
        action({
          ref: 'ES-2',
          target: 4,
          title: `![x](${base}/md.png) {"image": "${base}/a.png"}`,
          kind: 'baseline',
          status: 'completed',
          lead,
          progress,
        }),
      ],
    };
    const model = buildCountryReport(countryInput({ submission, history: [] }));
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      const bytes = await renderCountryPdf(model, printer);
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(requests).toBe(0);

      const pdf = await readPdf(bytes);
      // Narrow table cells wrap long strings; the reader sees them whole, line breaks aside.
      const text = compact(allText(pdf));
      for (const typed of [
        hostileTitle,
        '<img src=x onerror=alert(1)>',
        '=HYPERLINK("http://example.com","click")',
        '<b>bold</b> & "quoted"',
        lead,
        progress,
        'España <2014>.csv',
      ]) {
        expect(text).toContain(compact(typed));
      }
      expect(allText(pdf)).toContain('Österreich, España, Türkiye, Magyarország, Éire');

      // No link out of the document, no image: only the document's own destinations.
      const raw = Buffer.from(bytes).toString('latin1');
      expect(raw).not.toMatch(/\/URI\b/);
      expect(raw).not.toMatch(/\/Subtype\s*\/Image/);
      expect(raw).not.toContain('127.0.0.1');
      expectAllFontsEmbedded(pdf);
    } finally {
      fetchSpy.mockRestore();
    }
  });
});

describe('consolidated report PDF', () => {
  let model: ConsolidatedReportModel;
  let bytes: Uint8Array;
  let pdf: PdfContent;

  beforeAll(async () => {
    model = buildConsolidatedReport(consolidatedInput({ sample: true }));
    bytes = await renderConsolidatedPdf(model, printer);
    pdf = await readPdf(bytes);
  });

  it('holds every reporting country and the consolidated figures', () => {
    const text = allText(pdf);
    expect(text).toContain(model.summary.reportedText);
    expect(text).toContain(model.summary.notReportedText.slice(0, 40));
    for (const country of ['France', 'Germany', 'Spain']) expect(text).toContain(country);
    // T4.2 reports received: 6,200 + 15,000 + 2,100.
    const t42 = model.summary.headlines.flatMap((h) => h.figures).find((f) => f.indicatorId === 'T4.2')!;
    expect(t42.total).toBe('23,300');
    expect(text).toContain('23,300');
    for (const row of model.matrix.rows) {
      for (const cell of row.cells) expect(flat(text)).toContain(flat(cell.text));
      if (row.notReported) expect(text).toContain(`${row.country.name} ${row.notReported}`);
    }
    expect(text).toContain('*This designation is without prejudice to positions on status');
  });

  it('lists every member with the page where it appears in the status matrix', () => {
    const matrixHeader = `Member ${model.matrix.columns.map((c) => c.label).join(' ')}`;
    expect(model.countries.rows.length).toBeGreaterThanOrEqual(50);
    const listText = pdf.pages.filter((text) => text.includes('Country report Page')).join(' ');
    for (const row of model.countries.rows) {
      const { name, code } = row.country;
      expect(listText, name).toContain(`${name} ${code} ${row.statusText}`);
    }
    for (const name of ['France', 'Germany', 'Spain']) {
      const code = model.countries.rows.find((r) => r.country.name === name)!.country.code;
      const page = Number(new RegExp(`${name} ${code} reported ${code}\\.pdf (\\d+)`).exec(listText)?.[1]);
      // The matrix's header row repeats on every page it runs over.
      expect(pdf.pages[page - 1], `${name} on page ${page}`).toContain(matrixHeader);
      expect(pdf.pages[page - 1]).toContain(name);
    }
  });

  it('is numbered, marked as sample data on every page, with contents and bookmarks', () => {
    expectPageNumbers(pdf);
    pdf.pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain('Fictitious sample data');
    });
    const labels = model.contents.filter((entry) => entry.level === 1).map((entry) => entry.label);
    expectContentsPointAtHeadings(pdf, labels);
    expect(pdf.outline.map((item) => item.title)).toEqual(labels);
  });

  it('embeds its fonts and carries its metadata', () => {
    expectAllFontsEmbedded(pdf);
    expect(pdf.info).toMatchObject({
      Title: model.meta.title,
      Author: 'Global Alliance against Child Sexual Abuse Online',
      Producer: 'alliance-reports PDF renderer (pdfmake 0.3)',
    });
    const [y, m, d] = model.meta.documentDate.split('-');
    expect(pdf.info.CreationDate).toBe(`D:${y}${m}${d}000000Z`);
    expect(pdf.language).toBe('en-GB');
  });

  it('gives the same bytes for the same model', async () => {
    const again = await renderConsolidatedPdf(
      buildConsolidatedReport(consolidatedInput({ sample: true })),
      printer,
    );
    expect(sha256(again)).toBe(sha256(bytes));
  });
});
