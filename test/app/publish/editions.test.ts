/**
 * One way to number editions: two local publishes started at the same instant reserve
 * editions 1 and 2 (never two 1s) through the store's conditional write, each records its
 * publication date from the clock, and both editions are then complete (manifest last).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../functions/adapters/clock.js';
import { FolderStore } from '../../../functions/adapters/folder-store.js';
import { nextEdition, reserveEdition, takenEditions } from '../../../functions/app/publish/editions.js';
import { readerOverStore, storeUpload } from '../../../functions/app/store-upload.js';
import { dataKeys, outputNames } from '../../../functions/core/keys.js';
import { readEditions } from '../../../functions/portal/data.js';
import { localPublishStarter } from '../../../functions/portal/local-use-cases.js';

const fixture = fileURLToPath(new URL('../../fixtures/ingest/workbook-full.xlsx', import.meta.url));
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function stores() {
  const dir = await mkdtemp(join(tmpdir(), 'editions-'));
  dirs.push(dir);
  return { uploads: new FolderStore(join(dir, 'uploads')), data: new FolderStore(join(dir, 'data')), dir };
}

const json = async (store: FolderStore, key: string) =>
  JSON.parse(new TextDecoder().decode((await store.get(key))!)) as Record<string, unknown>;

describe('reserving editions', () => {
  it('gives two local publishes started at once editions 1 and 2, and publishes both', async () => {
    const { uploads, data } = await stores();
    await uploads.put('2014/FR/workbook-full.xlsx', await readFile(fixture));
    const stored = await storeUpload(
      { key: '2014/FR/workbook-full.xlsx' },
      { uploads: readerOverStore(uploads), data },
    );
    expect(stored.outcome).toBe('accepted');

    const publisher = localPublishStarter(data, fixedClock('2015-06-30T09:00:00Z'));
    const runs = await Promise.all([
      publisher.start({ year: 2014, requestedBy: 'a@example.org' }),
      publisher.start({ year: 2014, requestedBy: 'b@example.org' }),
    ]);
    await publisher.idle();

    const numbers = runs.map((r) => Number(r.runId.match(/edition-(\d+)-/)![1])).sort();
    expect(numbers).toEqual([1, 2]);
    expect(await takenEditions(data, 2014)).toEqual([1, 2]);
    const reservations = await Promise.all([1, 2].map((n) => json(data, dataKeys.editionPlan(2014, n))));
    expect(reservations.map((r) => r.published)).toEqual(['2015-06-30', '2015-06-30']);
    expect(reservations.map((r) => r.requestedBy).sort()).toEqual(['a@example.org', 'b@example.org']);

    // Both runs finished: each edition has its manifest, with its own number, and the report.
    const editions = await readEditions(data, 2014);
    expect(editions.map((e) => e.number)).toEqual([2, 1]);
    for (const edition of editions) {
      expect((edition.manifest as { edition: number }).edition).toBe(edition.number);
      expect(edition.files).toContain(outputNames.countryPdf('FR'));
      expect(edition.files).toContain(outputNames.manifest);
    }
    expect(await nextEdition(data, 2014)).toBe(3);
  });

  it('never hands out the same number, even to two stores over one folder (two processes)', async () => {
    const { dir } = await stores();
    // Two store objects share no in-process lock: only the conditional write keeps them apart.
    const a = new FolderStore(join(dir, 'data'));
    const b = new FolderStore(join(dir, 'data'));
    const clock = fixedClock('2016-01-05T06:00:00Z');
    const got = await Promise.all(
      Array.from({ length: 8 }, (_, i) => reserveEdition(i % 2 === 0 ? a : b, 2015, clock)),
    );
    expect(got.map((r) => r.edition).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(got.every((r) => r.published === '2016-01-05')).toBe(true);
    expect(await nextEdition(a, 2015)).toBe(9);
  });
});
