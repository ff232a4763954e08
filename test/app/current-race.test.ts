/**
 * Two uploads of one country processed at the same instant (two Lambda invocations): the
 * later upload must end up current, whichever write lands last. Shown by interleaving the
 * two on purpose: the older upload has read the pointer and is about to write it when the
 * newer one is processed from start to end.
 */
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FolderStore } from '../../functions/adapters/folder-store.js';
import { readerOverStore, storeUpload } from '../../functions/app/store-upload.js';
import { readCurrent } from '../../functions/app/submissions-store.js';
import type { ObjectStore, PutOptions } from '../../functions/core/ports.js';

const csv = (victims: number) =>
  new TextEncoder().encode(`Indicator,Value\r\nT1.2,${victims}\r\nT2.3,80\r\nT2.4,65\r\n`);

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** A data store that, at the first write of the pointer, lets `meanwhile` run to its end first. */
function interleaving(
  inner: ObjectStore,
  pointerKey: string,
  meanwhile: () => Promise<unknown>,
): ObjectStore {
  let fired = false;
  return {
    get: (key) => inner.get(key),
    head: (key) => inner.head(key),
    list: (prefix) => inner.list(prefix),
    async put(key: string, bytes: Uint8Array, options?: PutOptions) {
      if (key === pointerKey && !fired) {
        fired = true;
        await meanwhile();
      }
      return inner.put(key, bytes, options);
    },
  };
}

it('leaves the later of two uploads current when both are processed at the same instant', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'current-race-'));
  dirs.push(dir);
  const uploads = new FolderStore(join(dir, 'uploads'));
  const data = new FolderStore(join(dir, 'data'));
  await uploads.put('2014/FR/a-first.csv', csv(100));
  await uploads.put('2014/FR/b-second.csv', csv(200));
  // The first was uploaded at 10:00, the second at 10:05.
  await utimes(
    uploads.pathOf('2014/FR/a-first.csv'),
    new Date('2015-02-01T10:00:00Z'),
    new Date('2015-02-01T10:00:00Z'),
  );
  await utimes(
    uploads.pathOf('2014/FR/b-second.csv'),
    new Date('2015-02-01T10:05:00Z'),
    new Date('2015-02-01T10:05:00Z'),
  );

  const reader = readerOverStore(uploads);
  const second = () => storeUpload({ key: '2014/FR/b-second.csv' }, { uploads: reader, data });
  const racing = interleaving(data, 'current/2014/FR/indicators.json', second);
  const first = await storeUpload({ key: '2014/FR/a-first.csv' }, { uploads: reader, data: racing });

  expect(first.outcome).toBe('accepted');
  // The first lost the race, saw that a later upload counts, and left it alone.
  expect(first.outcome === 'accepted' && first.current).toEqual([]);
  const current = await readCurrent(data, 2014, 'FR');
  expect(current.indicators?.key).toBe('2014/FR/b-second.csv');
});
