/**
 * The reporting period on S3 (s3rver through the real SDK), through the ingest handler on the
 * S3 event the upload caused: a file that reaches the bucket before the period opens gets a
 * validation record saying so and nothing else; one after the deadline is accepted and marked
 * late. The period itself is written with S3's conditional writes.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Log } from '../../functions/adapters/log.js';
import { S3Store } from '../../functions/adapters/s3-store.js';
import { setPeriod } from '../../functions/app/cycle/periods.js';
import { readPeriod } from '../../functions/app/cycle/read.js';
import { dataKeys } from '../../functions/core/keys.js';
import { createIngestDeps, handleIngestBatch, type IngestDeps } from '../../functions/handlers/ingest.js';
import { type S3rverHandle, startS3rver } from '../adapters/s3rver.js';
import { sqsBatch, sqsRecord, toS3EventJson } from './s3-events.js';

const quietLog: Log = { info() {}, error() {} };
const csv = new TextEncoder().encode('Indicator,Value\r\nT1.2,12\r\nT2.3,80\r\nT2.4,65\r\n');
const json = (bytes: Uint8Array | undefined) =>
  JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
/** A day `offset` days from today (UTC): s3rver stamps an object with the time it arrives. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('the reporting period on S3, through the ingest handler', () => {
  let server: S3rverHandle;
  let data: S3Store;
  let deps: IngestDeps;

  beforeAll(async () => {
    server = await startS3rver(['uploads', 'data']);
    data = new S3Store({ bucket: 'data', client: server.client });
    deps = createIngestDeps({ UPLOADS_BUCKET: 'uploads', DATA_BUCKET: 'data' }, server.client);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function uploadAndIngest(key: string) {
    await server.client.send(new PutObjectCommand({ Bucket: 'uploads', Key: key, Body: csv }));
    const [event] = await server.takeEvents(1, 'uploads');
    expect(await handleIngestBatch(sqsBatch(sqsRecord(toS3EventJson(event!))), deps, quietLog)).toEqual({
      batchItemFailures: [],
    });
    const records = (await data.list(dataKeys.uploadsPrefix(2026))).filter(
      (o) => o.key.includes(`/${key.split('/')[1]}/`) && o.key.endsWith('/validation.json'),
    );
    return json(await data.get(records.at(-1)!.key));
  }

  it('keeps each setting a change replaces, with S3’s conditional writes', async () => {
    const at = new Date();
    await setPeriod(data, {
      year: 2026,
      opens: day(1),
      deadline: day(10),
      closes: day(20),
      actor: 'a@example.org',
      at,
    });
    await setPeriod(data, {
      year: 2026,
      opens: day(2),
      deadline: day(10),
      closes: day(20),
      actor: 'b@example.org',
      at,
    });
    const period = await readPeriod(data, 2026);
    expect(period).toMatchObject({ opens: day(2), setBy: 'b@example.org' });
    expect(period?.history.map((h) => [h.opens, h.setBy])).toEqual([[day(1), 'a@example.org']]);
  });

  it('gives a file that reaches the bucket before the period opens a record saying so, and nothing else', async () => {
    const record = await uploadAndIngest('2026/FR/early.csv');
    expect(record).toMatchObject({ accepted: false, submission: null, fileName: 'early.csv' });
    expect((record.issues as Array<{ code: string; message: string }>).map((i) => i.code)).toEqual([
      'UPLOAD_NOT_OPEN',
    ]);
    expect((record.issues as Array<{ message: string }>)[0]!.message).toContain(
      'Uploads for 2026 are not open yet',
    );
    expect(await data.list(dataKeys.currentPrefix(2026, 'FR'))).toEqual([]);
    expect((await data.list(dataKeys.uploadsPrefix(2026, 'FR'))).map((o) => o.key.split('/').at(-1))).toEqual(
      ['validation.json'],
    );
  });

  it('accepts a file after the deadline and marks it late, record and submission', async () => {
    await setPeriod(data, {
      year: 2026,
      opens: day(-20),
      deadline: day(-1),
      closes: day(5),
      actor: 'staff@example.org',
      at: new Date(),
    });
    const record = await uploadAndIngest('2026/DE/late.csv');
    expect(record).toMatchObject({ accepted: true, late: true });
    expect(json(await data.get(record.submission as string))).toMatchObject({ country: 'DE', late: true });
    expect(await data.list(dataKeys.currentPrefix(2026, 'DE'))).toHaveLength(1);
  });
});
