/**
 * `npm run demo`: the yearly run on the bundled fictitious sample data (samples/) for every
 * sample year, into ./out (or `--out DIR`). Needs nothing beyond `npm ci`: the samples are
 * committed, the fonts are in the repo, no LibreOffice or browser is used.
 *
 * The samples hold two rejected uploads on purpose, so that the reports show what a
 * rejection looks like; the demo says so and exits 0. `alliance-reports run` on the same
 * folder exits 1, as it does for any rejected upload.
 */
import { rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatRunSummary } from '../functions/cli/run/run-summary.js';
import { seedStore } from '../functions/cli/run/seed-store.js';
import { createWorkerRenderer } from '../functions/cli/run/worker-renderer.js';
import { runYearlyRun } from '../functions/cli/run/yearly-run.js';
import { addUser } from '../functions/portal/local-auth.js';

/** Local demo accounts: the store is on this machine only and the portal listens on 127.0.0.1. */
const demoPassword = 'fictitious-demo-only';
const demoUsers = [
  { email: 'fr@demo.example.org', role: 'contact' as const, country: 'FR' },
  { email: 'staff@demo.example.org', role: 'staff' as const },
];

const { values } = parseArgs({ options: { out: { type: 'string', default: 'out' } } });
const samples = fileURLToPath(new URL('../samples', import.meta.url));
const out = resolve(values.out);

process.stdout.write(`Running the yearly run on the fictitious sample data in ${samples}\n\n`);
const renderer = createWorkerRenderer();
try {
  const result = await runYearlyRun({ input: samples, out, edition: 1, renderer });
  process.stdout.write(formatRunSummary(result));
  const lastYear = result.years.at(-1)?.year;
  process.stdout.write(
    `\nOpen ${resolve(out, String(lastYear ?? ''), 'consolidated.html')} to start reading.\n`,
  );

  // The portal on the same uploads: a store seeded as if each sample had been uploaded.
  const store = join(out, 'portal-store');
  await rm(store, { recursive: true, force: true });
  const seeded = await seedStore(samples, store, { renderer, draftYears: lastYear ? [lastYear] : [] });
  for (const user of demoUsers) await addUser(store, { ...user, password: demoPassword });
  const storeArg = relative(process.cwd(), store) || '.';
  process.stdout.write(
    `\nThe portal on the same (fictitious) uploads: ${seeded.uploads} uploads loaded into ${storeArg}` +
      ` (made anew by each demo), drafts of ${seeded.draftYears.join(', ') || 'no year'} rendered.\n` +
      `  npx alliance-reports serve --store ${storeArg}${lastYear ? ` --year ${lastYear}` : ''}\n` +
      `  then open http://127.0.0.1:8080/ and sign in as\n` +
      demoUsers
        .map(
          (u) =>
            `    ${u.email.padEnd(24)} ${u.role === 'staff' ? 'Commission staff' : `national contact, ${u.country}`}\n`,
        )
        .join('') +
      `  with the password ${demoPassword} (demo accounts for this local store only).\n`,
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
