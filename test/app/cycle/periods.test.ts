/**
 * The year's reporting period on the folder store: setting it keeps what it replaced, and the
 * ingest (storeUpload) refuses an upload received before it opens or after it closes, with
 * only its validation record written, and marks one received after the deadline late.
 */
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FolderStore } from '../../../functions/adapters/folder-store.js';
import { setPeriod } from '../../../functions/app/cycle/periods.js';
import { readPeriod } from '../../../functions/app/cycle/read.js';
import { readerOverStore, storeUpload } from '../../../functions/app/store-upload.js';
import {
  readCurrent,
  readSubmission,
  readUploadRecord,
  StoredSubmissionSource,
} from '../../../functions/app/submissions-store.js';
import { cycleKeys } from '../../../functions/core/cycle/records.js';
import { dataKeys } from '../../../functions/core/keys.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function stores() {
  const dir = await mkdtemp(join(tmpdir(), 'periods-'));
  dirs.push(dir);
  return { uploads: new FolderStore(join(dir, 'uploads')), data: new FolderStore(join(dir, 'data')) };
}

const csv = (victims: number) =>
  new TextEncoder().encode(`Indicator,Value\r\nT1.2,${victims}\r\nT2.3,80\r\nT2.4,65\r\n`);

/** Puts an upload into the uploads store as received at `at`. */
async function receive(uploads: FolderStore, key: string, bytes: Uint8Array, at: string) {
  await uploads.put(key, bytes);
  await utimes(uploads.pathOf(key), new Date(at), new Date(at));
}

const dates = { opens: '2027-02-01', deadline: '2027-03-31', closes: '2027-04-30' };

describe('setting a year’s period', () => {
  it('stores it with who set it, and keeps each setting it replaces', async () => {
    const { data } = await stores();
    const first = await setPeriod(data, {
      year: 2026,
      ...dates,
      actor: 'staff@example.org',
      at: new Date('2027-01-10T09:00:00Z'),
    });
    expect(first.outcome).toBe('set');
    expect(await readPeriod(data, 2026)).toMatchObject({
      year: 2026,
      ...dates,
      setBy: 'staff@example.org',
      setAt: '2027-01-10T09:00:00.000Z',
      history: [],
    });

    const second = await setPeriod(data, {
      year: 2026,
      ...dates,
      closes: '2027-05-15',
      actor: 'cli:alice',
      at: new Date('2027-04-20T08:00:00Z'),
    });
    expect(second.outcome).toBe('set');
    const stored = await readPeriod(data, 2026);
    expect(stored).toMatchObject({ closes: '2027-05-15', setBy: 'cli:alice' });
    expect(stored?.history).toEqual([
      { ...dates, setBy: 'staff@example.org', setAt: '2027-01-10T09:00:00.000Z' },
    ]);
    // Another year is its own.
    expect(await readPeriod(data, 2025)).toBeUndefined();
  });

  it('writes nothing when the dates are wrong, and says what is wrong', async () => {
    const { data } = await stores();
    const result = await setPeriod(data, {
      year: 2026,
      opens: '2027-04-01',
      deadline: '2027-02-30',
      closes: '2027-03-01',
      actor: 'staff@example.org',
      at: new Date('2027-01-10T09:00:00Z'),
    });
    expect(result.outcome).toBe('invalid');
    expect(result.outcome === 'invalid' && result.problems.map((p) => p.code)).toEqual([
      'PERIOD_DATE_INVALID',
    ]);
    expect(await data.head(cycleKeys.period(2026))).toBeUndefined();
  });

  it('writes nothing again when the dates are the same', async () => {
    const { data } = await stores();
    const input = { year: 2026, ...dates, actor: 'staff@example.org', at: new Date('2027-01-10T09:00:00Z') };
    await setPeriod(data, input);
    const before = await data.head(cycleKeys.period(2026));
    const again = await setPeriod(data, { ...input, actor: 'cli:bob', at: new Date('2027-01-11T09:00:00Z') });
    expect(again.outcome).toBe('unchanged');
    expect((await data.head(cycleKeys.period(2026)))?.etag).toBe(before?.etag);
  });

  it('loses neither of two changes saved at the same instant', async () => {
    const { data } = await stores();
    const at = new Date('2027-01-10T09:00:00Z');
    await Promise.all([
      setPeriod(data, { year: 2026, ...dates, actor: 'a@example.org', at }),
      setPeriod(data, { year: 2026, ...dates, deadline: '2027-04-15', actor: 'b@example.org', at }),
    ]);
    const stored = await readPeriod(data, 2026);
    const all = [stored!, ...stored!.history].map((p) => p.setBy).sort();
    expect(all).toEqual(['a@example.org', 'b@example.org']);
  });
});

describe('an upload and the period', () => {
  it('is refused before the period opens: only its validation record is written, nothing else changes', async () => {
    const { uploads, data } = await stores();
    await setPeriod(data, {
      year: 2026,
      ...dates,
      actor: 'staff@example.org',
      at: new Date('2027-01-01T00:00:00Z'),
    });
    const before = (await data.list('')).map((o) => o.key);
    const key = '2026/FR/early.csv';
    await receive(uploads, key, csv(100), '2027-01-31T23:59:00Z');

    const result = await storeUpload({ key }, { uploads: readerOverStore(uploads), data });
    expect(result).toMatchObject({ outcome: 'rejected', errors: 1, warnings: 0, current: [] });
    if (result.outcome === 'ignored') throw new Error('ignored');
    const recordKey = dataKeys.validation(2026, 'FR', result.uploadId);
    const after = (await data.list('')).map((o) => o.key);
    expect(after.filter((k) => !before.includes(k))).toEqual([recordKey]);

    const record = await readUploadRecord(data, recordKey);
    expect(record).toMatchObject({
      accepted: false,
      submission: null,
      fileName: 'early.csv',
      size: csv(100).byteLength,
    });
    expect(record?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record?.issues.map((i) => i.code)).toEqual(['UPLOAD_NOT_OPEN']);
    expect(record?.issues[0]?.message).toContain('they open on 1 February 2027');
    expect(record?.issues[0]?.hint).toContain('ask the Commission staff (the Alliance secretariat)');
    expect(record?.late).toBeUndefined();
    expect(await readCurrent(data, 2026, 'FR')).toEqual({});

    // A second delivery of the same event finds its record and changes nothing more.
    const again = await storeUpload({ key }, { uploads: readerOverStore(uploads), data });
    expect(again).toMatchObject({ outcome: 'rejected', repeated: true });
    expect((await data.list('')).length).toBe(after.length);
  });

  it('is refused after the period closes, and the upload that counted still counts', async () => {
    const { uploads, data } = await stores();
    await setPeriod(data, {
      year: 2026,
      ...dates,
      actor: 'staff@example.org',
      at: new Date('2027-01-01T00:00:00Z'),
    });
    await receive(uploads, '2026/DE/in-time.csv', csv(100), '2027-03-01T10:00:00Z');
    const inTime = await storeUpload(
      { key: '2026/DE/in-time.csv' },
      { uploads: readerOverStore(uploads), data },
    );
    expect(inTime.outcome).toBe('accepted');
    const pointer = await readCurrent(data, 2026, 'DE');

    await receive(uploads, '2026/DE/too-late.csv', csv(999), '2027-05-01T00:00:00Z');
    const closed = await storeUpload(
      { key: '2026/DE/too-late.csv' },
      { uploads: readerOverStore(uploads), data },
    );
    expect(closed).toMatchObject({ outcome: 'rejected', current: [] });
    if (closed.outcome === 'ignored') throw new Error('ignored');
    const record = await readUploadRecord(data, dataKeys.validation(2026, 'DE', closed.uploadId));
    expect(record?.issues.map((i) => [i.code, i.severity])).toEqual([['UPLOAD_CLOSED', 'error']]);
    expect(record?.issues[0]?.message).toContain('closed on 30 April 2027');
    expect(await data.head(dataKeys.submission(2026, 'DE', closed.uploadId))).toBeUndefined();
    expect(await readCurrent(data, 2026, 'DE')).toEqual(pointer);
  });

  it('is accepted after the deadline and marked late, up to and on the closing day', async () => {
    const { uploads, data } = await stores();
    await setPeriod(data, {
      year: 2026,
      ...dates,
      actor: 'staff@example.org',
      at: new Date('2027-01-01T00:00:00Z'),
    });
    await receive(uploads, '2026/DE/late.csv', csv(120), '2027-04-30T22:00:00Z');
    const late = await storeUpload({ key: '2026/DE/late.csv' }, { uploads: readerOverStore(uploads), data });
    expect(late).toMatchObject({ outcome: 'accepted', late: true, current: ['indicators'] });
    if (late.outcome === 'ignored') throw new Error('ignored');
    const record = await readUploadRecord(data, dataKeys.validation(2026, 'DE', late.uploadId));
    expect(record).toMatchObject({ accepted: true, late: true });
    const submission = await readSubmission(data, record!.submission!);
    expect(submission?.late).toBe(true);
    // What counts for DE came late.
    expect((await new StoredSubmissionSource(data).submission(2026, 'DE'))?.late).toBe(true);

    // On the deadline day itself: on time, no mark.
    await receive(uploads, '2026/FR/on-time.csv', csv(100), '2027-03-31T23:00:00Z');
    const onTime = await storeUpload(
      { key: '2026/FR/on-time.csv' },
      { uploads: readerOverStore(uploads), data },
    );
    expect(onTime.outcome).toBe('accepted');
    expect(onTime.outcome !== 'ignored' && onTime.late).toBeUndefined();
    if (onTime.outcome === 'ignored') throw new Error('ignored');
    const onTimeRecord = await readUploadRecord(data, dataKeys.validation(2026, 'FR', onTime.uploadId));
    expect(onTimeRecord?.late).toBeUndefined();
    expect((await readSubmission(data, onTimeRecord!.submission!))?.late).toBeUndefined();
    expect((await new StoredSubmissionSource(data).submission(2026, 'FR'))?.late).toBeUndefined();
  });

  it('is taken whenever it comes when no period is set for the year', async () => {
    const { uploads, data } = await stores();
    // A period for another year does not apply.
    await setPeriod(data, {
      year: 2025,
      ...dates,
      actor: 'staff@example.org',
      at: new Date('2027-01-01T00:00:00Z'),
    });
    await receive(uploads, '2026/FR/any.csv', csv(100), '2031-07-14T12:00:00Z');
    const result = await storeUpload({ key: '2026/FR/any.csv' }, { uploads: readerOverStore(uploads), data });
    expect(result).toMatchObject({ outcome: 'accepted', current: ['indicators'] });
    expect(result.outcome !== 'ignored' && result.late).toBeUndefined();
  });
});
