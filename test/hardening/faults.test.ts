/**
 * Faults injected into the real S3 adapter against s3rver on loopback (test/helpers/
 * faulty-store.ts): throttling (503 SlowDown), 500s, and a crash between two writes.
 * What must hold: a retried or re-run ingest and publish converge to the same keys and
 * bytes; no reader sees a half-written edition; a rejected upload never replaces an
 * accepted one; nothing the pipeline does deletes an upload; a poison message reaches the
 * dead-letter queue after the stack's maxReceiveCount deliveries.
 */
import { createHash } from 'node:crypto';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfPrinter } from '../../functions/adapters/pdf-printer.js';
import { S3Store } from '../../functions/adapters/s3-store.js';
import { processUpload } from '../../functions/app/process-upload.js';
import { createInProcessRenderer } from '../../functions/app/publish/in-process-renderer.js';
import type { PublishTarget, ReportRenderer } from '../../functions/app/publish/ports.js';
import {
  planYear,
  renderConsolidated,
  renderCountry,
  writeManifest,
  writeOpenData,
  writeValidation,
} from '../../functions/app/publish/steps.js';
import {
  readCurrent,
  readUploadRecord,
  StoredSubmissionSource,
} from '../../functions/app/submissions-store.js';
import { dataKeys } from '../../functions/core/keys.js';
import type { ObjectStore } from '../../functions/core/ports.js';
import { handleIngestBatch } from '../../functions/handlers/ingest.js';
import { readEditions } from '../../functions/portal/data.js';
import { buildApp } from '../../infra/app.js';
import { type S3rverHandle, startS3rver } from '../adapters/s3rver.js';
import { CrashError, FaultyStore } from '../helpers/faulty-store.js';

const YEAR = 2014;
const accepted = new TextEncoder().encode(
  'Indicator,Value,Source,Notes\r\nT1.2,120,Police,ok\r\nT2.3,80,Justice,ok\r\nT2.4,65,Justice,ok\r\n',
);
const rejected = new TextEncoder().encode('Indicator,Value\r\nT1.2,lots\r\n');
const silentLog = { info() {}, error() {} };

/** Every object under the store's prefix: key -> SHA-256 of its bytes. */
async function snapshot(store: ObjectStore, prefix = ''): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const o of await store.list(prefix)) {
    const bytes = await store.get(o.key);
    out[o.key] = createHash('sha256')
      .update(bytes ?? new Uint8Array())
      .digest('hex');
  }
  return out;
}

function sqsEvent(messageId: string, key: string, etag: string) {
  const body = {
    Records: [
      {
        eventName: 'ObjectCreated:Post',
        s3: {
          bucket: { name: 'uploads' },
          object: { key: encodeURIComponent(key), eTag: etag, sequencer: '01' },
        },
      },
    ],
  };
  return { Records: [{ messageId, body: JSON.stringify(body) }] };
}

/** The redrive policy of the ingest queue, as the stack defines it. */
function ingestMaxReceiveCount(): number {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], publishSchedule: 'cron(0 6 5 12 ? *)' } });
  const { stack } = buildApp(app);
  const queues = Template.fromStack(stack).findResources('AWS::SQS::Queue') as Record<
    string,
    { Properties: { RedrivePolicy?: { maxReceiveCount: number } } }
  >;
  const entry = Object.entries(queues).find(([id]) => id.startsWith('IngestQueue'));
  const count = entry?.[1].Properties.RedrivePolicy?.maxReceiveCount;
  if (!count) throw new Error('no IngestQueue with a redrive policy in the stack');
  return count;
}

describe('faults injected into the S3 adapter (s3rver on loopback)', () => {
  let server: S3rverHandle;
  let uploads: S3Store;
  const commands: string[] = [];
  let renderer: ReportRenderer;
  const data = (prefix: string) => new S3Store({ bucket: 'data', client: server.client, prefix });
  const reader = () => ({ read: (key: string, versionId?: string) => uploads.getVersion(key, versionId) });

  beforeAll(async () => {
    server = await startS3rver(['uploads', 'data']);
    // Every command the SDK sends, to show that nothing ever asks S3 to delete.
    server.client.middlewareStack.add(
      (next, context) => async (args) => {
        commands.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'recordCommands' },
    );
    uploads = new S3Store({ bucket: 'uploads', client: server.client });
    await uploads.put(`${YEAR}/FR/fr-indicators.csv`, accepted);
    await uploads.put(`${YEAR}/FR/zz-later-rejected.csv`, rejected);
    renderer = createInProcessRenderer(createPdfPrinter());
  }, 60_000);

  afterAll(async () => {
    await renderer?.close();
    await server?.close();
  });

  it('ingest crashed after each of its writes, then re-run, ends with the same keys and bytes', async () => {
    const key = `${YEAR}/FR/fr-indicators.csv`;
    const baseline = data('ingest-baseline/');
    await processUpload({ key }, { uploads: reader(), data: baseline, renderer: async () => renderer });
    const expected = await snapshot(baseline);
    const writes = Object.keys(expected).length;
    expect(writes).toBeGreaterThanOrEqual(5);

    for (let n = 1; n <= writes; n++) {
      const store = new FaultyStore(data(`ingest-crash-${n}/`));
      store.crashAfterPut = n;
      await expect(
        processUpload({ key }, { uploads: reader(), data: store, renderer: async () => renderer }),
      ).rejects.toBeInstanceOf(CrashError);
      // What a reader finds at the crash: an accepted record always has its submission,
      // and `current/` never points at an upload without a record.
      const seen = await snapshot(store.inner);
      for (const k of Object.keys(seen).filter((k) => k.endsWith('/validation.json'))) {
        const record = await readUploadRecord(store.inner, k);
        if (record?.submission) expect(seen[record.submission]).toBeDefined();
      }
      const pointer = (await readCurrent(store.inner, YEAR, 'FR')).indicators;
      if (pointer) expect(seen[dataKeys.validation(YEAR, 'FR', pointer.uploadId)]).toBeDefined();

      store.crashAfterPut = undefined;
      await processUpload({ key }, { uploads: reader(), data: store, renderer: async () => renderer });
      expect(await snapshot(store.inner)).toEqual(expected);
    }
  }, 180_000);

  it('throttling and 500s fail the message; SQS delivers it again and the result is the same', async () => {
    const key = `${YEAR}/FR/fr-indicators.csv`;
    const etag = (await uploads.head(key))!.etag;
    const baseline = data('sqs-baseline/');
    expect(
      await handleIngestBatch(sqsEvent('m0', key, etag), { uploads: reader(), data: baseline }, silentLog),
    ).toEqual({
      batchItemFailures: [],
    });

    const store = new FaultyStore(data('sqs-faulty/'), [
      { op: 'get', nth: 1, fault: 'internal' },
      { op: 'put', nth: 2, fault: 'slowdown' },
    ]);
    const deps = { uploads: reader(), data: store };
    let deliveries = 0;
    let response: Awaited<ReturnType<typeof handleIngestBatch>>;
    do {
      deliveries++;
      response = await handleIngestBatch(sqsEvent('m1', key, etag), deps, silentLog);
    } while (response.batchItemFailures.length > 0 && deliveries < 5);
    expect(deliveries).toBe(3);
    expect(store.calls.filter((c) => c.failed).map((c) => `${c.op} ${c.failed}`)).toEqual([
      'get internal',
      'put slowdown',
    ]);
    expect(await snapshot(store.inner)).toEqual(await snapshot(baseline));
  }, 60_000);

  it('a poison message is retried maxReceiveCount times (as the stack sets it), then counted to the DLQ', async () => {
    const maxReceiveCount = ingestMaxReceiveCount();
    const key = `${YEAR}/FR/fr-indicators.csv`;
    const etag = (await uploads.head(key))!.etag;
    // Every write fails: the data bucket is unwritable (a permissions mistake, an outage).
    const store = new FaultyStore(data('poison/'), [{ op: 'put', nth: 1, times: 1_000, fault: 'internal' }]);
    const dlq: string[] = [];
    let receives = 0;
    // The SQS redrive: a message that fails is received again until maxReceiveCount, then moved.
    while (dlq.length === 0) {
      receives++;
      const { batchItemFailures } = await handleIngestBatch(
        sqsEvent('poison-1', key, etag),
        { uploads: reader(), data: store },
        silentLog,
      );
      expect(batchItemFailures).toEqual([{ itemIdentifier: 'poison-1' }]);
      if (receives >= maxReceiveCount) dlq.push('poison-1');
    }
    expect(maxReceiveCount).toBe(5);
    expect(receives).toBe(maxReceiveCount);
    expect(await store.inner.list('')).toEqual([]);
  }, 60_000);

  it('a rejected upload never replaces an accepted one, even when its processing is cut short', async () => {
    const store = new FaultyStore(data('reject/'));
    await processUpload(
      { key: `${YEAR}/FR/fr-indicators.csv` },
      { uploads: reader(), data: store, renderer: async () => renderer },
    );
    const before = await snapshot(store.inner);
    const countsBefore = Object.fromEntries(
      Object.entries(before).filter(([k]) => k.startsWith('current/') || k.startsWith('drafts/')),
    );
    store.crashAfterPut = 1;
    const later = { key: `${YEAR}/FR/zz-later-rejected.csv` };
    await expect(
      processUpload(later, { uploads: reader(), data: store, renderer: async () => renderer }),
    ).rejects.toBeInstanceOf(CrashError);
    store.crashAfterPut = undefined;
    const result = await processUpload(later, {
      uploads: reader(),
      data: store,
      renderer: async () => renderer,
    });
    expect(result.outcome).toBe('rejected');
    const after = await snapshot(store.inner);
    expect(
      Object.fromEntries(
        Object.entries(after).filter(([k]) => k.startsWith('current/') || k.startsWith('drafts/')),
      ),
    ).toEqual(countsBefore);
    // Its record is kept, with its report.
    expect(Object.keys(after).filter((k) => k.endsWith('validation.json'))).toHaveLength(2);
  }, 60_000);

  it('publish crashed after each write: no reader sees the edition before its manifest; the re-run ends with the same bytes', async () => {
    const publish = async (store: ObjectStore) => {
      const source = new StoredSubmissionSource(store);
      const plan = await planYear(source, { year: YEAR, edition: 1, sample: false });
      const target: PublishTarget = { store, prefix: dataKeys.edition(YEAR, 1, ''), immutable: true };
      for (const c of plan.reporting) await renderCountry(plan, c, { source, renderer, target });
      await renderConsolidated(plan, { source, renderer, target });
      for (const c of plan.uploaded) await writeValidation(plan, c, { source, target });
      await writeOpenData(plan, { source, target });
      await writeManifest(plan, { target });
    };
    const ingest = async (store: ObjectStore) =>
      processUpload({ key: `${YEAR}/FR/fr-indicators.csv` }, { uploads: reader(), data: store });

    const baseline = data('publish-baseline/');
    await ingest(baseline);
    await publish(baseline);
    const expected = await snapshot(baseline, 'published/');
    const files = Object.keys(expected).length;
    // the reports, the open data (data.csv, data.json, reporting-status.csv, data.xlsx, data-all-years.csv, datapackage.json) and the manifest
    expect(files).toBe(12);
    expect((await readEditions(baseline, YEAR)).map((e) => e.number)).toEqual([1]);

    for (let n = 1; n <= files; n++) {
      const store = new FaultyStore(data(`publish-crash-${n}/`));
      await ingest(store);
      store.crashAfterPut = store.written().length + n;
      await expect(publish(store)).rejects.toBeInstanceOf(CrashError);
      // The portal's reader: an edition exists only once its manifest does.
      const editions = await readEditions(store.inner, YEAR);
      expect(editions.map((e) => e.number)).toEqual(n === files ? [1] : []);
      store.crashAfterPut = undefined;
      await publish(store);
      expect(await snapshot(store.inner, 'published/')).toEqual(expected);
    }
  }, 300_000);

  it('left every upload in place, and no command the pipeline sent was a delete', async () => {
    const listed = await uploads.list('');
    expect(listed.map((o) => o.key)).toEqual([
      `${YEAR}/FR/fr-indicators.csv`,
      `${YEAR}/FR/zz-later-rejected.csv`,
    ]);
    expect(Buffer.from((await uploads.get(listed[0]!.key))!)).toEqual(Buffer.from(accepted));
    expect(Buffer.from((await uploads.get(listed[1]!.key))!)).toEqual(Buffer.from(rejected));
    expect(commands.length).toBeGreaterThan(100);
    expect(commands.filter((c) => /Delete/i.test(c))).toEqual([]);
  });
});
