/**
 * The same form sent twice on AWS: the browser posts straight to S3, so a double click on the
 * upload button makes two versions of one key with the same bytes, and two S3 events (each
 * with its version id). The second is recorded as a copy of the first: one upload in the
 * history, one receipt, nothing else changes; a second version with other bytes is an
 * upload of its own. On the folder store, through the S3 events' version ids.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../functions/adapters/clock.js';
import type { FolderStore } from '../../functions/adapters/folder-store.js';
import { openLocalStores } from '../../functions/adapters/local-stores.js';
import { processUpload, readerOverStore } from '../../functions/app/process-upload.js';
import { encodeJson, readCurrent, StoredSubmissionSource } from '../../functions/app/submissions-store.js';
import { cycleKeys } from '../../functions/core/cycle/records.js';
import { uploadKey } from '../../functions/core/keys.js';
import { readCountryYear } from '../../functions/portal/data.js';
import { RecordingMailer } from '../helpers/recording-mail.js';

const YEAR = 2014;
const BATCH = '20150301T100000Z-abcdef';
const key = uploadKey(YEAR, 'FR', `${BATCH}-indicators.csv`);

describe('a form sent twice', () => {
  let dir: string;
  let uploads: FolderStore;
  let data: FolderStore;
  let mailer: RecordingMailer;
  let bytes: Buffer;
  const run = (versionId: string) =>
    processUpload(
      { key, versionId },
      {
        uploads: readerOverStore(uploads),
        data,
        receipt: { mailer, clock: fixedClock('2015-03-01T10:00:05Z'), actor: 'system:ingest' },
      },
    );

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'duplicate-'));
    ({ uploads, data } = openLocalStores(dir));
    mailer = new RecordingMailer();
    bytes = await readFile(join(import.meta.dirname, '../fixtures/ingest/csv-utf8-comma-lf.csv'));
    await data.put(
      cycleKeys.uploader(YEAR, 'FR', BATCH),
      encodeJson({
        schemaVersion: 1,
        year: YEAR,
        country: 'FR',
        batch: BATCH,
        email: 'fr@example.org',
        lang: 'en',
        at: '2015-03-01T10:00:00Z',
      }),
    );
    await uploads.put(key, bytes);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('records the second version of the same bytes as a copy: one upload, one receipt, nothing moves', async () => {
    const first = await run('v1');
    expect(first).toMatchObject({ outcome: 'accepted', current: ['indicators'] });
    if (first.outcome === 'ignored') throw new Error('not processed');

    const second = await run('v2');
    expect(second).toMatchObject({ outcome: 'ignored', reason: 'DUPLICATE', duplicateOf: first.uploadId });
    // The same event delivered again: the same answer, still nothing new.
    expect(await run('v2')).toMatchObject({ outcome: 'ignored', reason: 'DUPLICATE' });

    expect(mailer.sent).toHaveLength(1);
    expect((await readCurrent(data, YEAR, 'FR')).indicators?.uploadId).toBe(first.uploadId);
    const year = await readCountryYear({ uploads, data }, YEAR, 'FR');
    expect(year.uploads.map((u) => u.id)).toEqual([first.uploadId]);
    expect(year.pending).toEqual([]);
    expect((await new StoredSubmissionSource(data).records(YEAR, 'FR')).map((r) => r.uploadId)).toEqual([
      first.uploadId,
    ]);
  });

  it('takes a second version with other bytes as an upload of its own', async () => {
    const first = await run('v1');
    await uploads.put(key, Buffer.from(bytes.toString('utf8').replace('T1.2,120,', 'T1.2,121,')));
    const second = await run('v2');
    expect(second).toMatchObject({ outcome: 'accepted', current: ['indicators'] });
    if (first.outcome === 'ignored' || second.outcome === 'ignored') throw new Error('not processed');
    expect((await readCountryYear({ uploads, data }, YEAR, 'FR')).uploads).toHaveLength(2);
    expect(mailer.sent).toHaveLength(2);
  });
});
