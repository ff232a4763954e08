/**
 * The AWS pipeline end to end on a real S3-compatible server (s3rver on loopback): real
 * sample workbooks uploaded through the SDK, s3rver's events turned into the SQS-wrapped S3
 * event JSON the ingest Lambda receives; the ingest's writes under `current/` in the data
 * bucket turned the same way into the render-drafts Lambda's events (filtered as the stack's
 * notification filters them); then the publish steps as the state machine runs them.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../functions/adapters/clock.js';
import type { Log } from '../../functions/adapters/log.js';
import { createPdfPrinter } from '../../functions/adapters/pdf-printer.js';
import { S3Store } from '../../functions/adapters/s3-store.js';
import { createInProcessRenderer } from '../../functions/app/publish/in-process-renderer.js';
import { dataKeys } from '../../functions/core/keys.js';
import { StoreError } from '../../functions/core/ports.js';
import { createIngestDeps, handleIngestBatch, type IngestDeps } from '../../functions/handlers/ingest.js';
import { publishConsolidated } from '../../functions/handlers/publish-consolidated.js';
import { publishCountry } from '../../functions/handlers/publish-country.js';
import { publishManifest } from '../../functions/handlers/publish-manifest.js';
import { publishOpenData } from '../../functions/handlers/publish-open-data.js';
import { planPublishRun } from '../../functions/handlers/publish-plan.js';
import { createPublishDeps, withRenderer } from '../../functions/handlers/publish-shared.js';
import { createRenderDraftsDeps, handleRenderDraftsBatch } from '../../functions/handlers/render-drafts.js';
import { type S3rverEvent, type S3rverHandle, startS3rver } from '../adapters/s3rver.js';
import { extractPdfText } from '../helpers/pdf-text.js';
import { s3TestEventBody, sqsBatch, sqsRecord, toS3EventJson } from './s3-events.js';

const sample = (path: string) => readFile(fileURLToPath(new URL(`../../samples/${path}`, import.meta.url)));
const json = (bytes: Uint8Array | undefined) =>
  JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
const quietLog: Log = { info() {}, error() {} };
/** Step Functions passes JSON between states: nothing else survives. */
const viaStateMachine = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the pipeline on S3 (s3rver)', () => {
  let server: S3rverHandle;
  let uploads: S3Store;
  let data: S3Store;
  let deps: IngestDeps;
  let drafts: ReturnType<typeof createRenderDraftsDeps>;
  const env = { UPLOADS_BUCKET: 'uploads', DATA_BUCKET: 'data' };

  beforeAll(async () => {
    // `marker` only orders the events: see dataEvents().
    server = await startS3rver(['uploads', 'data', 'marker']);
    uploads = new S3Store({ bucket: 'uploads', client: server.client });
    data = new S3Store({ bucket: 'data', client: server.client });
    deps = createIngestDeps(env, server.client);
    drafts = createRenderDraftsDeps({ DATA_BUCKET: 'data' }, server.client);
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Uploads through the SDK and returns the SQS message the notification would carry. */
  async function upload(key: string, bytes: Uint8Array) {
    await server.client.send(new PutObjectCommand({ Bucket: 'uploads', Key: key, Body: bytes }));
    const [event] = await server.takeEvents(1, 'uploads');
    expect(event!.Records[0]!.s3.object.key).toBe(key);
    return sqsRecord(toS3EventJson(event!));
  }

  /**
   * The data bucket's events since the last call that the stack's notification sends to the
   * render-drafts queue (ObjectCreated, prefix `current/`, suffix `.json`), as SQS records.
   * s3rver reports events in order over one channel: once the event of a marker object
   * written now has arrived, every earlier write's has too.
   */
  let seen = 0;
  let markers = 0;
  async function dataEvents() {
    await server.client.send(new PutObjectCommand({ Bucket: 'marker', Key: `m${++markers}`, Body: 'x' }));
    await server.takeEvents(1, 'marker');
    const fresh = server.events.slice(seen);
    seen = server.events.length;
    return fresh
      .filter((e: S3rverEvent) => {
        const r = e.Records[0]!;
        return (
          r.s3.bucket.name === 'data' &&
          r.eventName.startsWith('ObjectCreated') &&
          r.s3.object.key.startsWith('current/') &&
          r.s3.object.key.endsWith('.json')
        );
      })
      .map((e) => sqsRecord(toS3EventJson(e, 'current-to-render-drafts')));
  }

  /** The ingest on the upload's message, then render-drafts on the events it caused (if any). */
  async function deliver(message: ReturnType<typeof sqsRecord>) {
    const ingested = await handleIngestBatch(sqsBatch(message), deps, quietLog);
    const events = await dataEvents();
    const rendered = events.length
      ? await handleRenderDraftsBatch(sqsBatch(...events), drafts, quietLog)
      : null;
    return { ingested, events, rendered };
  }

  const validationRecords = async (year: number, country: string) =>
    (await data.list(dataKeys.uploadsPrefix(year, country))).filter((o) =>
      o.key.endsWith('/validation.json'),
    );

  it('fails fast, naming them, when the environment lacks the bucket names', () => {
    expect(() => createIngestDeps({}, server.client)).toThrow(/UPLOADS_BUCKET, DATA_BUCKET/);
  });

  it('stores the validation record, the submission and current/ at once; the current/ events then render the drafts', async () => {
    const message = await upload('2013/FR/01-FR-2013.xlsx', await sample('2013/FR/01-FR-2013.xlsx'));
    const response = await handleIngestBatch(sqsBatch(message), deps, quietLog);
    expect(response).toEqual({ batchItemFailures: [] });

    const [record] = await validationRecords(2013, 'FR');
    const validation = json(await data.get(record!.key));
    expect(validation).toMatchObject({
      accepted: true,
      country: 'FR',
      year: 2013,
      fileName: '01-FR-2013.xlsx',
    });
    const submission = json(await data.get(validation.submission as string));
    expect(submission).toMatchObject({ country: 'FR', year: 2013, tables: ['indicators', 'actions'] });
    expect((submission.indicators as unknown[]).length).toBeGreaterThan(10);
    expect(json(await data.get('current/2013/FR/indicators.json')).uploadId).toBe(validation.uploadId);
    // The ingest renders nothing: the contact's result does not wait for a PDF.
    expect(await data.list('drafts/')).toEqual([]);

    // What S3 sends to the render-drafts queue: one event per pointer written, real S3 event JSON.
    const events = await dataEvents();
    expect(events).toHaveLength(2);
    const body = JSON.parse(events[0]!.body) as {
      Records: Array<{ s3: Record<string, { name?: string; key?: string }> }>;
    };
    expect(body.Records[0]!.s3.bucket!.name).toBe('data');
    expect(body.Records[0]!.s3.object!.key).toBe('current/2013/FR/indicators.json');

    expect(await handleRenderDraftsBatch(sqsBatch(...events), drafts, quietLog)).toEqual({
      batchItemFailures: [],
    });
    const pdf = await data.get('drafts/2013/FR.pdf');
    expect(Buffer.from(pdf!.subarray(0, 5)).toString()).toBe('%PDF-');
    expect((await extractPdfText(pdf!)).join(' ')).toContain('France');
    expect(new TextDecoder().decode(await data.get('drafts/2013/FR.html'))).toContain('France');
    expect((await extractPdfText((await data.get('drafts/2013/consolidated.pdf'))!)).join(' ')).toContain(
      'France',
    );
    expect(new TextDecoder().decode(await data.get('drafts/2013/data.csv'))).toContain('FR');
    // Nothing outside drafts/ was written by the render, so it triggers nothing further.
    expect(await dataEvents()).toEqual([]);
    // The original stays where it was uploaded, as sent.
    expect((await uploads.get('2013/FR/01-FR-2013.xlsx'))?.byteLength).toBe(
      (await sample('2013/FR/01-FR-2013.xlsx')).byteLength,
    );
  });

  it('renders each draft once for a batch, and nothing again when the same events come back', async () => {
    // Switzerland sends its two tables as two CSV files: two uploads, two pointer events.
    for (const name of ['01-CH-2013-actions.csv', '01-CH-2013-indicators.csv']) {
      const message = await upload(`2013/CH/${name}`, await sample(`2013/CH/${name}`));
      expect(await handleIngestBatch(sqsBatch(message), deps, quietLog)).toEqual({ batchItemFailures: [] });
    }
    const events = await dataEvents();
    expect(events).toHaveLength(2);
    const said: Array<Record<string, unknown>> = [];
    const log: Log = { info: (message, fields) => said.push({ message, ...fields }), error() {} };
    expect(await handleRenderDraftsBatch(sqsBatch(...events), drafts, log)).toEqual({
      batchItemFailures: [],
    });
    expect(said.filter((s) => s.rendered === true)).toEqual([
      { message: 'Country draft', year: 2013, country: 'CH', rendered: true },
      { message: 'Consolidated draft and draft open data', year: 2013, rendered: true },
    ]);
    const html = new TextDecoder().decode(await data.get('drafts/2013/CH.html'));
    expect(html).toContain('Switzerland');
    expect(new TextDecoder().decode(await data.get('drafts/2013/data.csv'))).toMatch(/CH/);
    const before = await data.list('drafts/');

    // SQS delivers at least once: the same events again change nothing.
    said.length = 0;
    expect(await handleRenderDraftsBatch(sqsBatch(...events), drafts, log)).toEqual({
      batchItemFailures: [],
    });
    expect(said.filter((s) => s.rendered === true)).toEqual([]);
    expect(await data.list('drafts/')).toEqual(before);
  });

  it('fails only the render-drafts messages whose render hit a fault, and ignores keys it does not own', async () => {
    const stray = sqsRecord(
      JSON.stringify({
        Records: [
          {
            eventName: 'ObjectCreated:Put',
            s3: { bucket: { name: 'data' }, object: { key: 'current/README' } },
          },
        ],
      }),
    );
    const fr = sqsRecord(
      JSON.stringify({
        Records: [
          {
            eventName: 'ObjectCreated:Put',
            s3: { bucket: { name: 'data' }, object: { key: 'current/2013/FR/actions.json' } },
          },
        ],
      }),
    );
    const broken = {
      data: {
        ...data,
        get: (key: string) =>
          key.startsWith('drafts/')
            ? Promise.reject(new StoreError('READ_FAILED', `no ${key}`))
            : data.get(key),
        put: data.put.bind(data),
        head: data.head.bind(data),
        list: data.list.bind(data),
      },
      renderer: drafts.renderer,
    };
    const errors: string[] = [];
    const log: Log = { info() {}, error: (message) => errors.push(message) };
    const response = await handleRenderDraftsBatch(
      sqsBatch(stray, fr, sqsRecord(s3TestEventBody)),
      broken,
      log,
    );
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: fr.messageId }] });
    expect(errors).toHaveLength(2);
    // The retry, once the fault is gone, finds the drafts up to date.
    expect(await handleRenderDraftsBatch(sqsBatch(fr), drafts, quietLog)).toEqual({ batchItemFailures: [] });
  });

  it('handles an upload whose name has spaces and a plus (URL-encoded in the event)', async () => {
    const key = '2014/FR/rapport 2014 + annexes.ods';
    const message = await upload(key, await sample('2014/FR/01-FR-2014.ods'));
    expect(message.body).toContain('rapport+2014+%2B+annexes.ods');
    const { ingested, rendered } = await deliver(message);
    expect(ingested).toEqual({ batchItemFailures: [] });
    expect(rendered).toEqual({ batchItemFailures: [] });
    const records = await validationRecords(2014, 'FR');
    expect(records).toHaveLength(1);
    expect(json(await data.get(records[0]!.key))).toMatchObject({ key, accepted: true });
    expect(await data.head('drafts/2014/FR.pdf')).toBeDefined();
  });

  it('processes the same event twice into the same records and one report', async () => {
    const message = await upload('2014/DE/01-DE-2014.xlsx', await sample('2014/DE/01-DE-2014.xlsx'));
    await deliver(message);
    const before = await data.list('');
    const draftBefore = await data.head('drafts/2014/DE.pdf');
    const recordBefore = await data.get((await validationRecords(2014, 'DE'))[0]!.key);

    const again = await deliver(message);
    expect(again.ingested).toEqual({ batchItemFailures: [] });
    // Nothing moved, so S3 sends render-drafts nothing.
    expect(again.events).toEqual([]);
    const after = await data.list('');
    expect(after.map((o) => o.key)).toEqual(before.map((o) => o.key));
    expect(await validationRecords(2014, 'DE')).toHaveLength(1);
    expect(await data.head('drafts/2014/DE.pdf')).toEqual(draftBefore);
    expect(Buffer.from((await data.get((await validationRecords(2014, 'DE'))[0]!.key))!)).toEqual(
      Buffer.from(recordBefore!),
    );
  });

  it('keeps a rejected upload with its problems and changes nothing that counts; the correction then counts', async () => {
    const rejected = await upload('2014/PT/01-PT-2014.xlsx', await sample('2014/PT/01-PT-2014.xlsx'));
    const first = await deliver(rejected);
    expect(first.ingested).toEqual({ batchItemFailures: [] });
    expect(first.events).toEqual([]);
    const [record] = await validationRecords(2014, 'PT');
    const validation = json(await data.get(record!.key));
    expect(validation.accepted).toBe(false);
    expect(validation.submission).toBeNull();
    const issues = validation.issues as Array<{
      severity: string;
      row: number | null;
      column: string | null;
    }>;
    expect(issues.filter((i) => i.severity === 'error').length).toBeGreaterThanOrEqual(2);
    expect(issues.some((i) => i.row !== null && i.column !== null)).toBe(true);
    expect(await data.list('current/2014/PT/')).toEqual([]);
    expect(await data.head('drafts/2014/PT.pdf')).toBeUndefined();

    const corrected = await upload(
      '2014/PT/02-PT-2014-corrected.xlsx',
      await sample('2014/PT/02-PT-2014-corrected.xlsx'),
    );
    expect((await deliver(corrected)).rendered).toEqual({ batchItemFailures: [] });
    expect(json(await data.get('current/2014/PT/indicators.json')).key).toBe(
      '2014/PT/02-PT-2014-corrected.xlsx',
    );
    expect(await data.head('drafts/2014/PT.pdf')).toBeDefined();
  });

  it('rejects a workbook uploaded under another country, and keeps it out of what counts', async () => {
    const message = await upload('2014/GR/Bericht.xlsx', await sample('2014/DE/01-DE-2014.xlsx'));
    expect(await handleIngestBatch(sqsBatch(message), deps, quietLog)).toEqual({ batchItemFailures: [] });
    const [record] = await validationRecords(2014, 'GR');
    expect(json(await data.get(record!.key)).accepted).toBe(false);
    expect(await data.list('current/2014/GR/')).toEqual([]);
  });

  it('leaves the later upload current when the events arrive out of order', async () => {
    // France's workbook sent again under two names, named so that key order would pick the
    // wrong one: only the upload time can decide.
    const fr = await sample('2014/FR/01-FR-2014.ods');
    const first = await upload('2014/FR/z-first.ods', fr);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await upload('2014/FR/a-second.ods', fr);
    expect(await handleIngestBatch(sqsBatch(second), deps, quietLog)).toEqual({ batchItemFailures: [] });
    expect(await handleIngestBatch(sqsBatch(first), deps, quietLog)).toEqual({ batchItemFailures: [] });
    expect(json(await data.get('current/2014/FR/indicators.json')).key).toBe('2014/FR/a-second.ods');
    expect(json(await data.get('current/2014/FR/actions.json')).key).toBe('2014/FR/a-second.ods');
  });

  it('returns only the record that hit a fault, and ignores the S3 test event', async () => {
    const good = await upload('2013/DE/01-DE-2013.ods', await sample('2013/DE/01-DE-2013.ods'));
    const bad = await upload('2013/IT/01-IT-2013.xlsx', await sample('2013/IT/01-IT-2013.xlsx'));
    const test = sqsRecord(s3TestEventBody);
    const faulty: IngestDeps = {
      ...deps,
      uploads: {
        read: (key, version) =>
          key.startsWith('2013/IT/')
            ? Promise.reject(new StoreError('READ_FAILED', `Could not read ${key}`))
            : deps.uploads.read(key, version),
      },
    };
    const errors: string[] = [];
    const log: Log = { info() {}, error: (message) => errors.push(message) };
    const response = await handleIngestBatch(sqsBatch(good, bad, test), faulty, log);
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: bad.messageId }] });
    expect(errors).toHaveLength(1);
    expect(await validationRecords(2013, 'DE')).toHaveLength(1);
    expect(await validationRecords(2013, 'IT')).toHaveLength(0);

    // The retry (SQS redelivers the failed message) succeeds once the fault is gone.
    expect(await handleIngestBatch(sqsBatch(bad), deps, quietLog)).toEqual({ batchItemFailures: [] });
    expect(await validationRecords(2013, 'IT')).toHaveLength(1);
  });

  it('publishes the year into a new edition, manifest last, and never overwrites an edition', async () => {
    const publish = withRenderer(createPublishDeps({ DATA_BUCKET: 'data' }, server.client), () =>
      createInProcessRenderer(createPdfPrinter()),
    );
    const { plan } = viaStateMachine(
      await planPublishRun({ trigger: 'schedule' }, publish, fixedClock('2015-12-05T06:00:00Z')),
    );
    expect(plan.year).toBe(2014);
    expect(plan.edition).toBe(1);
    expect(plan.uploaded).toEqual(['DE', 'FR', 'GR', 'PT']);
    expect(plan.reporting).toEqual(['DE', 'FR', 'PT']);

    for (const country of plan.uploaded) {
      const out = await publishCountry(viaStateMachine({ plan, country }), publish);
      expect(out.files).toContain(`validation/${country}.json`);
    }
    await publishConsolidated(viaStateMachine({ plan }), publish);
    await publishOpenData(viaStateMachine({ plan }), publish);
    expect(await data.head('published/2014/edition-1/manifest.json')).toBeUndefined();
    const result = await publishManifest(viaStateMachine({ plan }), publish);
    expect(result).toMatchObject({
      year: 2014,
      edition: 1,
      manifest: 'published/2014/edition-1/manifest.json',
    });

    const manifest = json(await data.get('published/2014/edition-1/manifest.json')) as {
      files: Array<{ name: string; sha256: string; size: number }>;
    };
    const names = manifest.files.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining(['FR.pdf', 'DE.html', 'PT.pdf', 'consolidated.pdf', 'data.csv']),
    );
    expect(names).toContain('validation/GR.json');
    expect(names).not.toContain('GR.pdf');
    const fr = manifest.files.find((f) => f.name === 'FR.pdf')!;
    const frBytes = await data.get('published/2014/edition-1/FR.pdf');
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(frBytes!).digest('hex')).toBe(fr.sha256);
    expect(
      (await extractPdfText((await data.get('published/2014/edition-1/consolidated.pdf'))!)).join(' '),
    ).toContain('France');

    // A retried manifest step writes the same bytes: no error, nothing changed.
    await publishManifest(viaStateMachine({ plan }), publish);

    const again = await planPublishRun({ year: 2014 }, publish, fixedClock('2015-12-06T06:00:00Z'));
    expect(again.plan.edition).toBe(2);
  });

  it('refuses a step input that is not a plan, as a fault naming the field', async () => {
    const publish = createPublishDeps({ DATA_BUCKET: 'data' }, server.client);
    await expect(publishManifest({ plan: { year: 'last' } }, publish)).rejects.toMatchObject({
      name: 'HandlerInputError',
      message: expect.stringContaining('plan.year'),
    });
  });
});
