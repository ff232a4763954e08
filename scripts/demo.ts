/**
 * `npm run demo`: the yearly run on the bundled fictitious sample data (samples/) for every
 * sample year, into ./out (or `--out DIR`). Needs nothing beyond `npm ci`: the samples are
 * committed, the fonts are in the repo, no LibreOffice or browser is used.
 *
 * The samples hold two rejected uploads on purpose, so that the reports show what a
 * rejection looks like; the demo says so and exits 0. `alliance-reports run` on the same
 * folder exits 1, as it does for any rejected upload.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatRunSummary } from '../functions/app/run-summary.js';
import { createWorkerRenderer } from '../functions/app/worker-renderer.js';
import { runYearlyRun } from '../functions/app/yearly-run.js';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'out' } } });
const samples = fileURLToPath(new URL('../samples', import.meta.url));
const out = resolve(values.out);

process.stdout.write(`Running the yearly run on the fictitious sample data in ${samples}\n\n`);
const renderer = createWorkerRenderer();
try {
  const result = await runYearlyRun({ input: samples, out, edition: 1, renderer });
  process.stdout.write(formatRunSummary(result));
  process.stdout.write(
    `\nOpen ${resolve(out, String(result.years.at(-1)?.year ?? ''), 'consolidated.html')} to start reading.\n`,
  );
  if (result.rejectedCount > 0) {
    process.stdout.write(
      `\nThe ${result.rejectedCount} rejected uploads are in the sample on purpose, to show what a rejection looks like:\n` +
        'the demo exits 0. `alliance-reports run` exits 1 when any upload is rejected.\n',
    );
  }
} catch (error) {
  process.stderr.write(
    `The demo stopped: ${error instanceof Error ? error.message : String(error)}\n(ALLIANCE_DEBUG=1 shows details.)\n`,
  );
  if (process.env.ALLIANCE_DEBUG) console.error(error);
  process.exitCode = 1;
} finally {
  await renderer.close();
}
