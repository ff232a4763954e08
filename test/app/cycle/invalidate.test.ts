/**
 * Staff invalidate an accepted upload, on the folder store: the earlier accepted upload counts
 * again, table by table; nothing of the history is removed; an invalidation is written once;
 * a rejected upload cannot be invalidated; the ingest never points back at an invalidated one.
 */
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FolderStore } from '../../../functions/adapters/folder-store.js';
import { createPdfPrinter } from '../../../functions/adapters/pdf-printer.js';
import {
  AlreadyInvalidatedError,
  InvalidationReasonError,
  invalidateUpload,
  UploadNotAcceptedError,
  UploadNotFoundError,
} from '../../../functions/app/cycle/invalidate.js';
import { readInvalidation } from '../../../functions/app/cycle/read.js';
import { createInProcessRenderer } from '../../../functions/app/publish/in-process-renderer.js';
import { readerOverStore, storeUpload } from '../../../functions/app/store-upload.js';
import { readCurrent, StoredSubmissionSource } from '../../../functions/app/submissions-store.js';
import { dataKeys } from '../../../functions/core/keys.js';

const YEAR = 2014;
const STAFF = 'staff@example.org';
const AT = new Date('2015-04-01T09:00:00Z');
const encoder = new TextEncoder();
const indicators = (victims: number) =>
  encoder.encode(`Indicator,Value\r\nT1.2,${victims}\r\nT2.3,80\r\nT2.4,65\r\n`);
const actions = encoder.encode(
  'Ref,Target,Operational goal,Title,Description,Kind,Status,Start,End,Lead organisation,Progress note\r\n' +
    'FR-1-01,T1,1a,Join ICSE,,commitment,completed,2013-01-15,2014-06-30,Police,\r\n',
);
const broken = encoder.encode('Indicator,Value\r\nT1.2,many\r\n');

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function makeStores() {
  const dir = await mkdtemp(join(tmpdir(), 'invalidate-'));
  dirs.push(dir);
  const uploads = new FolderStore(join(dir, 'uploads'));
  const data = new FolderStore(join(dir, 'data'));
  /** Stores an upload made at `minute` past ten, and processes it as the ingest does. */
  const upload = async (name: string, bytes: Uint8Array, minute: number, country = 'FR') => {
    const key = `${YEAR}/${country}/${name}`;
    await uploads.put(key, bytes);
    const when = new Date(Date.UTC(2015, 1, 1, 10, minute));
    await utimes(uploads.pathOf(key), when, when);
    const result = await storeUpload({ key }, { uploads: readerOverStore(uploads), data });
    if (result.outcome === 'ignored') throw new Error(`${key} was ignored`);
    return result;
  };
  const counting = async (country = 'FR') => {
    const current = await readCurrent(data, YEAR, country);
    return { indicators: current.indicators?.uploadId, actions: current.actions?.uploadId };
  };
  return { uploads, data, upload, counting };
}

const input = (uploadId: string, reason = 'The figures were sent for the wrong year.') => ({
  countryCode: 'FR',
  year: YEAR,
  uploadId,
  reason,
  actor: STAFF,
  at: AT,
});

describe('invalidating an accepted upload', () => {
  it('lets the earlier accepted upload count again, and keeps the whole history', async () => {
    const { uploads, data, upload, counting } = await makeStores();
    const a = await upload('a.csv', indicators(100), 0);
    const b = await upload('b.csv', indicators(200), 5);
    expect(await counting()).toEqual({ indicators: b.uploadId, actions: undefined });

    const result = await invalidateUpload(data, input(b.uploadId));

    expect(result.current).toEqual([{ table: 'indicators', from: b.uploadId, to: a.uploadId }]);
    expect(await counting()).toEqual({ indicators: a.uploadId, actions: undefined });
    const counted = await new StoredSubmissionSource(data).submission(YEAR, 'FR');
    expect(counted?.indicators.find((i) => i.id === 'T1.2')?.value).toBe(100);
    // The history keeps everything: both originals, both validation records, B's submission.
    expect(Buffer.from((await uploads.get(`${YEAR}/FR/b.csv`))!)).toEqual(Buffer.from(indicators(200)));
    expect(Buffer.from((await uploads.get(`${YEAR}/FR/a.csv`))!)).toEqual(Buffer.from(indicators(100)));
    expect(await data.head(dataKeys.validation(YEAR, 'FR', b.uploadId))).toBeDefined();
    expect(await data.head(dataKeys.submission(YEAR, 'FR', b.uploadId))).toBeDefined();
    const records = await new StoredSubmissionSource(data).records(YEAR, 'FR');
    expect(records.map((r) => [r.fileName, r.accepted])).toEqual([
      ['a.csv', true],
      ['b.csv', true],
    ]);
    expect(await readInvalidation(data, YEAR, 'FR', b.uploadId)).toMatchObject({
      uploadId: b.uploadId,
      country: 'FR',
      reason: 'The figures were sent for the wrong year.',
      by: STAFF,
      at: AT.toISOString(),
    });
  });

  it('moves each table back to its own latest valid upload', async () => {
    const { data, upload, counting } = await makeStores();
    const a = await upload('a-indicators.csv', indicators(100), 0);
    const b = await upload('b-actions.csv', actions, 5);
    const c = await upload('c-indicators.csv', indicators(300), 10);
    expect(await counting()).toEqual({ indicators: c.uploadId, actions: b.uploadId });

    await invalidateUpload(data, input(b.uploadId));
    // Nothing else carried the actions: nothing counts for them now; the indicators stay with C.
    expect(await counting()).toEqual({ indicators: c.uploadId, actions: undefined });
    await invalidateUpload(data, input(c.uploadId));
    expect(await counting()).toEqual({ indicators: a.uploadId, actions: undefined });
  });

  it('leaves nothing counting when the only accepted upload is invalidated, until the next one', async () => {
    const { data, upload, counting } = await makeStores();
    const a = await upload('a.csv', indicators(100), 0);
    await invalidateUpload(data, input(a.uploadId));
    expect(await counting()).toEqual({ indicators: undefined, actions: undefined });
    expect(await new StoredSubmissionSource(data).submission(YEAR, 'FR')).toBeUndefined();

    // A later upload takes the withdrawn pointer; so would an earlier one, since nothing counts.
    const b = await upload('b.csv', indicators(200), 30);
    expect(await counting()).toEqual({ indicators: b.uploadId, actions: undefined });
  });

  it('is never pointed at again by the ingest (a repeated delivery of the invalidated upload)', async () => {
    const { uploads, data, upload, counting } = await makeStores();
    const a = await upload('a.csv', indicators(100), 0);
    const b = await upload('b.csv', indicators(200), 5);
    await invalidateUpload(data, input(b.uploadId));
    const again = await storeUpload({ key: `${YEAR}/FR/b.csv` }, { uploads: readerOverStore(uploads), data });
    expect(again).toMatchObject({ outcome: 'accepted', repeated: true, current: [] });
    expect(await counting()).toEqual({ indicators: a.uploadId, actions: undefined });
  });

  it('cannot invalidate the same upload twice: the first invalidation stands', async () => {
    const { data, upload } = await makeStores();
    await upload('a.csv', indicators(100), 0);
    const b = await upload('b.csv', indicators(200), 5);
    await invalidateUpload(data, input(b.uploadId, 'First reason.'));
    const second = invalidateUpload(data, {
      ...input(b.uploadId, 'Second reason.'),
      actor: 'other@example.org',
    });
    await expect(second).rejects.toBeInstanceOf(AlreadyInvalidatedError);
    await expect(second).rejects.toMatchObject({ code: 'ALREADY_INVALIDATED' });
    expect(await readInvalidation(data, YEAR, 'FR', b.uploadId)).toMatchObject({
      reason: 'First reason.',
      by: STAFF,
    });
  });

  it('cannot invalidate a rejected upload, nor one that does not exist', async () => {
    const { data, upload, counting } = await makeStores();
    const a = await upload('a.csv', indicators(100), 0);
    const bad = await upload('b.csv', broken, 5);
    expect(bad.outcome).toBe('rejected');
    await expect(invalidateUpload(data, input(bad.uploadId))).rejects.toBeInstanceOf(UploadNotAcceptedError);
    await expect(invalidateUpload(data, input('0123456789abcdef01234567'))).rejects.toBeInstanceOf(
      UploadNotFoundError,
    );
    await expect(invalidateUpload(data, { ...input(a.uploadId), countryCode: 'DE' })).rejects.toBeInstanceOf(
      UploadNotFoundError,
    );
    await expect(invalidateUpload(data, input('../../etc'))).rejects.toBeInstanceOf(UploadNotFoundError);
    expect(await readInvalidation(data, YEAR, 'FR', bad.uploadId)).toBeUndefined();
    expect(await counting()).toEqual({ indicators: a.uploadId, actions: undefined });
  });

  it('requires a reason, of a bounded length', async () => {
    const { data, upload } = await makeStores();
    const a = await upload('a.csv', indicators(100), 0);
    await expect(invalidateUpload(data, input(a.uploadId, '   '))).rejects.toMatchObject({
      code: 'REASON_MISSING',
    });
    const long = invalidateUpload(data, input(a.uploadId, 'x'.repeat(2001)));
    await expect(long).rejects.toBeInstanceOf(InvalidationReasonError);
    await expect(long).rejects.toMatchObject({ code: 'REASON_TOO_LONG' });
    expect(await readInvalidation(data, YEAR, 'FR', a.uploadId)).toBeUndefined();
  });

  it('re-renders the drafts from what counts now when given a renderer', async () => {
    const { data, upload } = await makeStores();
    const a = await upload('a.csv', indicators(100), 0);
    const b = await upload('b.csv', indicators(200), 5);
    const renderer = createInProcessRenderer(createPdfPrinter());
    const result = await invalidateUpload(data, input(b.uploadId), { renderer: async () => renderer });
    expect(result.drafts).toMatchObject({ countryRendered: true, consolidatedRendered: true });
    const stamp = JSON.parse(new TextDecoder().decode(await data.get(dataKeys.draftStamp(YEAR, 'FR'))));
    expect(stamp.from).toEqual({ indicators: a.uploadId, actions: null });
    const html = new TextDecoder().decode(await data.get(dataKeys.draft(YEAR, 'FR.html')));
    expect(html).toContain('100');
  });
});
