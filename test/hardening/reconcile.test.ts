/**
 * A lost S3 notification: the upload is in the uploads store, nothing in the data store says
 * it was processed. `reconcile` finds it, `reconcile --replay` processes it (the same
 * records as the ingest would have written), and a second run finds nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FolderStore } from '../../functions/adapters/folder-store.js';
import { readerOverStore, storeUpload } from '../../functions/app/store-upload.js';
import { readCurrent, readUploadRecord } from '../../functions/app/submissions-store.js';
import { runReconcile } from '../../functions/cli/commands/reconcile.js';
import { dataKeys, uploadId } from '../../functions/core/keys.js';

const csv = (value: number) =>
  new TextEncoder().encode(`Indicator,Value,Source\r\nT1.2,${value},Police\r\nT2.3,80,Justice\r\n`);

async function cli(opts: Parameters<typeof runReconcile>[0]): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await runReconcile(opts), out };
  } finally {
    spy.mockRestore();
  }
}

describe('reconcile: a lost notification found and replayed', () => {
  let dir: string;
  let uploads: FolderStore;
  let data: FolderStore;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'reconcile-'));
    uploads = new FolderStore(join(dir, 'uploads'));
    data = new FolderStore(join(dir, 'data'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lists the unprocessed upload (exit 1), replays it (exit 0), then finds nothing', async () => {
    await uploads.put('2014/FR/fr.csv', csv(120));
    await uploads.put('2014/DE/de.csv', csv(45));
    await uploads.put('2013/DE/old.csv', csv(40));
    // FR's notification arrived; DE's 2014 one was lost.
    const fr = await storeUpload({ key: '2014/FR/fr.csv' }, { uploads: readerOverStore(uploads), data });
    expect(fr.outcome).toBe('accepted');

    const listed = await cli({ year: 2014, store: dir });
    expect(listed.code).toBe(1);
    expect(listed.out).toContain('2014: 2 uploads, 1 processed, 1 never processed.');
    expect(listed.out).toContain('2014/DE/de.csv  not processed');
    expect(listed.out).not.toContain('old.csv');
    // Listing writes nothing.
    expect(await data.list('uploads/2014/DE/')).toEqual([]);

    const replayed = await cli({ year: 2014, store: dir, replay: true });
    expect(replayed.code).toBe(0);
    expect(replayed.out).toContain('2014/DE/de.csv  replayed: accepted');

    // The record is the one the ingest would have written: same upload id from key + version.
    const head = await uploads.head('2014/DE/de.csv');
    const id = uploadId('2014/DE/de.csv', head!.etag);
    const record = await readUploadRecord(data, dataKeys.validation(2014, 'DE', id));
    expect(record?.accepted).toBe(true);
    expect((await readCurrent(data, 2014, 'DE')).indicators?.uploadId).toBe(id);
    expect(await data.head('drafts/2014/DE.pdf')).toBeDefined();

    const again = await cli({ year: 2014, store: dir });
    expect(again.code).toBe(0);
    expect(again.out).toContain('2014: 2 uploads, 2 processed, 0 never processed.');
  }, 120_000);

  it('says so when the folder is not a store (usage error)', async () => {
    await expect(runReconcile({ year: 2014, store: join(dir, 'nowhere') })).rejects.toThrow(
      /not a store folder/,
    );
  });
});
