/**
 * `npm run fixtures`: regenerates the committed test fixtures from the scripts that describe
 * them. The readers' fixtures come from scripts/fixtures/read.ts (its own engineer's), the
 * ingest's from scripts/fixtures/ingest.ts. Both save workbooks through real LibreOffice.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeIngestFixtures } from './fixtures/ingest.js';

const fixturesDir = (name: string) => fileURLToPath(new URL(`../test/fixtures/${name}/`, import.meta.url));

type ReadFixturesModule = { makeReadFixtures(outDir: string): Promise<void> };

async function loadReadFixtures(): Promise<ReadFixturesModule | undefined> {
  // A computed specifier: the module may not exist yet, and that must not fail the type check.
  const specifier = new URL('./fixtures/read.ts', import.meta.url);
  if (!existsSync(specifier)) return undefined;
  return (await import(specifier.href)) as ReadFixturesModule;
}

const only = process.argv[2];
if (only === undefined || only === 'read') {
  const read = await loadReadFixtures();
  if (read) {
    await read.makeReadFixtures(fixturesDir('read'));
    process.stdout.write('Wrote the reader fixtures (test/fixtures/read).\n');
  } else process.stdout.write('scripts/fixtures/read.ts is not there yet: reader fixtures skipped.\n');
}
if (only === undefined || only === 'ingest') {
  await makeIngestFixtures(fixturesDir('ingest'));
  process.stdout.write('Wrote the ingest fixtures (test/fixtures/ingest).\n');
}
