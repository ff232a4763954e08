/**
 * What tagged PDF/UA output costs, measured side by side in one process and one bench run:
 * every country report printed untagged and tagged (interleaved, both printers warm), the
 * consolidated report both ways, the yearly run of the command line both ways (the CLI with
 * ALLIANCE_PDF_TAGGED=0 against the default), and the same country reports printed by
 * Chromium from their HTML with `page.pdf({ tagged: true })`. The PDF/UA checker
 * (scripts/pdf-ua-check.py) is run on the tagged yearly run's PDFs and on Chromium's output.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createPdfPrinter, PDF_TAGGED_ENV } from '../../functions/adapters/pdf-printer.js';
import { buildConsolidatedModel, buildCountryModel } from '../../functions/app/publish/models.js';
import { planYear } from '../../functions/app/publish/steps.js';
import type { MemorySubmissionSource } from '../../functions/cli/run/memory-source.js';
import type { CountryReportModel } from '../../functions/core/report/types.js';
import { renderCountryHtml } from '../../functions/render/html.js';
import { renderConsolidatedPdf, renderCountryPdf } from '../../functions/render/pdf.js';
import { chromiumPath } from './chromium.js';
import { percentile, summarise, type Timings, timed } from './measure.js';
import { benchYearlyRun, type YearlyRunResults } from './yearly-run.js';

const checker = fileURLToPath(new URL('../pdf-ua-check.py', import.meta.url));

export interface PdfUaSummary {
  files: number;
  failing: number;
  /** Problem kind -> how many files have it. */
  kinds: Record<string, number>;
}

export interface TaggingResults {
  countryPdf: {
    untagged: Timings & { p50Bytes: number };
    tagged: Timings & { p50Bytes: number };
    ratio: number;
  };
  consolidatedPdf: {
    untagged: Timings & { bytes: number };
    tagged: Timings & { bytes: number };
    ratio: number;
  };
  yearlyRun: { untagged: YearlyRunResults; tagged: YearlyRunResults; ratio: number };
  chromiumTagged: Timings & { version: string; p50Bytes: number; checker: PdfUaSummary };
  checkerOnYearlyRun: PdfUaSummary;
}

export async function benchTagging(options: {
  source: MemorySubmissionSource;
  year: number;
  inputDir: string;
  work: string;
  runs: number;
}): Promise<TaggingResults> {
  const { source, year } = options;
  const plan = await planYear(source, { year, edition: 1, sample: false });
  const models: CountryReportModel[] = [];
  for (const country of plan.reporting) {
    const submission = (await source.submission(year, country))!;
    models.push(await buildCountryModel(plan, submission, await source.history(year, country)));
  }
  if (models.length === 0) throw new Error(`No country has an accepted submission for ${year}`);

  const untagged = createPdfPrinter({ tagged: false });
  const tagged = createPdfPrinter({ tagged: true });
  // Warm both (pdfmake, fonts, the shared word cache) before anything is timed.
  await renderCountryPdf(models[0]!, untagged);
  await renderCountryPdf(models[0]!, tagged);
  const times = { untagged: [] as number[], tagged: [] as number[] };
  const sizes = { untagged: [] as number[], tagged: [] as number[] };
  for (const [i, model] of models.entries()) {
    // Alternate which goes first, so neither always meets a warmer cache or a quieter moment.
    const order = i % 2 === 0 ? (['untagged', 'tagged'] as const) : (['tagged', 'untagged'] as const);
    for (const mode of order) {
      const pdf = await timed(() => renderCountryPdf(model, mode === 'tagged' ? tagged : untagged));
      times[mode].push(pdf.ms);
      sizes[mode].push(pdf.value.byteLength);
    }
  }
  const countryPdf = {
    untagged: { ...summarise(times.untagged), p50Bytes: percentile(sizes.untagged, 50) },
    tagged: { ...summarise(times.tagged), p50Bytes: percentile(sizes.tagged, 50) },
    ratio: 0,
  };
  countryPdf.ratio = ratio(countryPdf.tagged.p50Ms, countryPdf.untagged.p50Ms);

  const countries = await Promise.all(
    plan.reporting.map(async (c) => ({
      submission: (await source.submission(year, c))!,
      history: await source.history(year, c),
    })),
  );
  const consolidated = await buildConsolidatedModel(plan, countries);
  const cTimes = { untagged: [] as number[], tagged: [] as number[] };
  const cBytes = { untagged: 0, tagged: 0 };
  await renderConsolidatedPdf(consolidated, untagged);
  await renderConsolidatedPdf(consolidated, tagged);
  for (let i = 0; i < options.runs; i++) {
    for (const mode of ['untagged', 'tagged'] as const) {
      const pdf = await timed(() =>
        renderConsolidatedPdf(consolidated, mode === 'tagged' ? tagged : untagged),
      );
      cTimes[mode].push(pdf.ms);
      cBytes[mode] = pdf.value.byteLength;
    }
  }
  const consolidatedPdf = {
    untagged: { ...summarise(cTimes.untagged), bytes: cBytes.untagged },
    tagged: { ...summarise(cTimes.tagged), bytes: cBytes.tagged },
    ratio: 0,
  };
  consolidatedPdf.ratio = ratio(consolidatedPdf.tagged.p50Ms, consolidatedPdf.untagged.p50Ms);

  // The yearly run: untagged first, then tagged (its output is kept for the checker).
  const untaggedOut = join(options.work, 'out-untagged');
  const taggedOut = join(options.work, 'out-tagged');
  const yearlyUntagged = await benchYearlyRun(options.inputDir, untaggedOut, year, options.runs, {
    [PDF_TAGGED_ENV]: '0',
  });
  const yearlyTagged = await benchYearlyRun(options.inputDir, taggedOut, year, options.runs);
  const checkerOnYearlyRun = await checkPdfUa([join(taggedOut, String(year))]);

  const chromiumTagged = await chromiumTaggedPdfs(models.map((m) => renderCountryHtml(m)));

  return {
    countryPdf,
    consolidatedPdf,
    yearlyRun: {
      untagged: yearlyUntagged,
      tagged: yearlyTagged,
      ratio: ratio(yearlyTagged.wallMs, yearlyUntagged.wallMs),
    },
    chromiumTagged,
    checkerOnYearlyRun,
  };
}

async function chromiumTaggedPdfs(htmls: readonly string[]): Promise<TaggingResults['chromiumTagged']> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const dir = await mkdtemp(join(tmpdir(), 'chromium-tagged-'));
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    const print = async (html: string) => {
      await page.setContent(html);
      return page.pdf({ format: 'A4', tagged: true, outline: true });
    };
    if (htmls[0] !== undefined) await print(htmls[0]);
    const times: number[] = [];
    const sizes: number[] = [];
    for (const [i, html] of htmls.entries()) {
      const pdf = await timed(() => print(html));
      times.push(pdf.ms);
      sizes.push(pdf.value.byteLength);
      if (i < 3) await writeFile(join(dir, `chromium-${i + 1}.pdf`), pdf.value);
    }
    return {
      ...summarise(times),
      version: browser.version(),
      p50Bytes: percentile(sizes, 50),
      checker: await checkPdfUa([dir]),
    };
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The checker's verdict on every PDF under `paths`: how many fail, and on what. */
export function checkPdfUa(paths: readonly string[]): Promise<PdfUaSummary> {
  return new Promise((resolve, reject) => {
    execFile(
      '/usr/bin/python3',
      [checker, '--json', ...paths],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && error.code !== 1) return reject(new Error(`pdf-ua-check: ${stderr || error.message}`));
        const report = JSON.parse(stdout) as Record<string, Record<string, string[]>>;
        const kinds: Record<string, number> = {};
        let failing = 0;
        for (const problems of Object.values(report)) {
          if (Object.keys(problems).length > 0) failing++;
          for (const kind of Object.keys(problems)) kinds[kind] = (kinds[kind] ?? 0) + 1;
        }
        resolve({ files: Object.keys(report).length, failing, kinds });
      },
    );
  });
}

/** Lines for the bench's table. */
export function formatTagging(t: TaggingResults): string {
  const row = (what: string, ms: number, bytes: number | string) =>
    `  ${what.padEnd(44)} ${String(ms).padStart(8)} ${String(bytes).padStart(10)}`;
  const kinds = (s: PdfUaSummary) =>
    s.failing === 0
      ? 'no problems'
      : Object.entries(s.kinds)
          .map(([kind, n]) => `${kind} (${n})`)
          .join(', ');
  const yearly = (r: YearlyRunResults) => `${r.wallMs} (runs ${r.runs.map((x) => x.wallMs).join(', ')})`;
  return [
    'tagged PDF/UA against untagged (same process, interleaved):',
    `  ${'what'.padEnd(44)} ${'p50 ms'.padStart(8)} ${'p50 bytes'.padStart(10)}`,
    row('country report PDF, untagged', t.countryPdf.untagged.p50Ms, t.countryPdf.untagged.p50Bytes),
    row('country report PDF, tagged', t.countryPdf.tagged.p50Ms, t.countryPdf.tagged.p50Bytes),
    row('country report PDF, Chromium tagged', t.chromiumTagged.p50Ms, t.chromiumTagged.p50Bytes),
    row('consolidated PDF, untagged', t.consolidatedPdf.untagged.p50Ms, t.consolidatedPdf.untagged.bytes),
    row('consolidated PDF, tagged', t.consolidatedPdf.tagged.p50Ms, t.consolidatedPdf.tagged.bytes),
    `  country PDF tagged/untagged ${t.countryPdf.ratio}x (n ${t.countryPdf.tagged.n}); consolidated ${t.consolidatedPdf.ratio}x`,
    `  yearly run wall ms: untagged ${yearly(t.yearlyRun.untagged)}, tagged ${yearly(t.yearlyRun.tagged)}: ${t.yearlyRun.ratio}x`,
    `  checker on the tagged yearly run: ${t.checkerOnYearlyRun.files} PDFs, ${t.checkerOnYearlyRun.failing} failing: ${kinds(t.checkerOnYearlyRun)}`,
    `  checker on Chromium ${t.chromiumTagged.version} tagged output: ${t.chromiumTagged.checker.files} PDFs, ${t.chromiumTagged.checker.failing} failing: ${kinds(t.chromiumTagged.checker)}`,
    '',
  ].join('\n');
}

function ratio(a: number, b: number): number {
  return Math.round((a / Math.max(b, 0.1)) * 100) / 100;
}
