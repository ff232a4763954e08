/**
 * `npm run bench [-- --quick] [-- --countries N] [-- --results FILE] [-- --keep]`: the
 * performance benchmark. Generates a realistic year (every member, every indicator, ten
 * actions each, three years of history, as XLSX, ODS and CSV uploads) into a temporary
 * folder, then measures ingest, report rendering (PDF and HTML), the consolidated report,
 * the whole yearly run of the real command line (wall time and peak memory), the Lambda
 * bundles (size and cold load), and Chromium printing the same HTML reports. Prints a table
 * and writes bench/results.json (or --results FILE).
 *
 * --quick: 3 countries, one run of each slow step: checks the bench works, not the targets.
 * --focus tagging: only the tagged-against-untagged comparison (scripts/bench/tagging.ts),
 * written to bench/tagging.json (or --results FILE); the full run includes it too.
 * --focus upload: only upload-to-answer on the local portal (scripts/bench/portal-upload.ts:
 * an HTTP POST of a filled template to the result page's 200, the first upload cold, then
 * p50 and p95 over 20 warm ones), written to bench/upload.json (or --results FILE); the
 * full run includes it too.
 *
 * Timings depend on the machine and what else runs on it: the machine facts and the load
 * average are recorded with every result. This is never a test with timing assertions.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchBundles } from './bench/bundles.js';
import { benchChromium } from './bench/chromium.js';
import { generateYear } from './bench/generate.js';
import { benchIngest } from './bench/ingest.js';
import { load1, machineFacts } from './bench/measure.js';
import { benchPortalUpload, formatPortalUpload } from './bench/portal-upload.js';
import { benchRender } from './bench/render.js';
import type { BenchResults } from './bench/results.js';
import { formatResults } from './bench/table.js';
import { benchTagging, formatTagging } from './bench/tagging.js';
import { evaluateTargets } from './bench/targets.js';
import { benchYearlyRun } from './bench/yearly-run.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    countries: { type: 'string' },
    results: { type: 'string' },
    keep: { type: 'boolean', default: false },
    focus: { type: 'string' },
  },
});
if (values.focus !== undefined && values.focus !== 'tagging' && values.focus !== 'upload') {
  process.stderr.write(`--focus knows two modes, tagging and upload, not "${values.focus}"\n`);
  process.exit(2);
}
const focusTagging = values.focus === 'tagging';
const focusUpload = values.focus === 'upload';

const repo = fileURLToPath(new URL('..', import.meta.url));
const quick = values.quick === true;
const countries = values.countries ? Number(values.countries) : quick ? 3 : undefined;
if (countries !== undefined && !(Number.isInteger(countries) && countries > 0)) {
  process.stderr.write(`--countries must be a whole number from 1, not "${values.countries}"\n`);
  process.exit(2);
}
const resultsPath = resolve(
  values.results ??
    join(repo, 'bench', focusTagging ? 'tagging.json' : focusUpload ? 'upload.json' : 'results.json'),
);
const say = (text: string) => process.stderr.write(`${text}\n`);

const machine = machineFacts();
const startedAt = new Date();
const work = await mkdtemp(join(tmpdir(), 'alliance-bench-'));
say(
  `bench: ${machine.cores} cores, node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}; working in ${work}`,
);

try {
  if (focusUpload) {
    say('upload to answer on the local portal (alliance-reports serve)...');
    const portalUpload = await benchPortalUpload({ work, year: startedAt.getUTCFullYear() - 1 });
    const focused = {
      mode: 'focus-upload',
      startedAt: startedAt.toISOString(),
      machine: { ...machine, loadAverageAtEnd: load1() },
      portalUpload,
    };
    await mkdir(dirname(resultsPath), { recursive: true });
    await writeFile(resultsPath, `${JSON.stringify(focused, null, 2)}\n`);
    process.stdout.write(formatPortalUpload(portalUpload));
    say(`results written to ${resultsPath}`);
  } else {
    say('generating the year (LibreOffice saves the ODS uploads)...');
    const genStart = performance.now();
    const generated = await generateYear({ dir: work, ...(countries ? { countries } : {}) });
    const generateMs = Math.round(performance.now() - genStart);
    const count = (f: string) =>
      generated.uploads.filter((u) => u.format === f).flatMap((u) => u.paths).length;

    say(
      `ingesting ${generated.uploads.length} uploads and ${generated.countries.length} filled-in templates...`,
    );
    const { results: ingest, source } = await benchIngest(generated);

    if (focusTagging) {
      say('tagged PDF/UA against untagged: reports, yearly run, Chromium...');
      const tagging = await benchTagging({
        source,
        year: generated.year,
        inputDir: generated.inputDir,
        work,
        runs: quick ? 1 : 3,
      });
      const focused = {
        mode: 'focus-tagging',
        startedAt: startedAt.toISOString(),
        machine: { ...machine, loadAverageAtEnd: load1() },
        data: { countries: generated.countries.length, year: generated.year },
        tagging,
      };
      await mkdir(dirname(resultsPath), { recursive: true });
      await writeFile(resultsPath, `${JSON.stringify(focused, null, 2)}\n`);
      process.stdout.write(formatTagging(tagging));
      say(`results written to ${resultsPath}`);
    } else {
      say('rendering the reports...');
      const render = await benchRender(source, generated.year, quick ? 1 : 3);

      say('printing the same HTML reports with Chromium...');
      const chromium = await benchChromium(render.countryHtml);

      say('bundling the Lambda handlers (scripts/bundle-report.ts)...');
      const bundles = await benchBundles(quick ? 1 : 5);

      say('the yearly run of the command line...');
      const yearlyRun = await benchYearlyRun(
        generated.inputDir,
        join(work, 'out'),
        generated.year,
        quick ? 1 : 3,
      );

      say('tagged PDF/UA against untagged...');
      const tagging = await benchTagging({
        source,
        year: generated.year,
        inputDir: generated.inputDir,
        work,
        runs: quick ? 1 : 3,
      });

      say('upload to answer on the local portal (alliance-reports serve)...');
      const portalUpload = await benchPortalUpload({ work, year: generated.year });

      const results: BenchResults = {
        schemaVersion: 1,
        mode: quick ? 'quick' : 'full',
        startedAt: startedAt.toISOString(),
        durationS: Math.round((Date.now() - startedAt.getTime()) / 1000),
        machine: { ...machine, loadAverageAtEnd: load1() },
        data: {
          year: generated.year,
          years: generated.years,
          countries: generated.countries.length,
          actionsPerCountry: 10,
          uploads: { xlsx: count('xlsx'), ods: count('ods'), csv: count('csv') },
          generateMs,
        },
        ingest,
        countryReport: render.country,
        consolidatedReport: render.consolidated,
        yearlyRun,
        bundles,
        chromium: {
          ...chromium,
          pdfmakeP50Ms: render.country.pdf.p50Ms,
          ratio: Math.round((chromium.p50Ms / Math.max(render.country.pdf.p50Ms, 0.1)) * 10) / 10,
        },
        tagging,
        portalUpload,
        targets: [],
      };
      results.targets = evaluateTargets(results);

      await mkdir(dirname(resultsPath), { recursive: true });
      await writeFile(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
      process.stdout.write(formatResults(results));
      process.stdout.write(formatTagging(tagging));
      process.stdout.write(formatPortalUpload(portalUpload));
      say(`results written to ${resultsPath}`);
    }
  }
} catch (error) {
  say(`The bench stopped: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.ALLIANCE_DEBUG) console.error(error);
  process.exitCode = 1;
} finally {
  if (values.keep) say(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
