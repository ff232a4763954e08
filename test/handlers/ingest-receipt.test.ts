/**
 * The ingest Lambda's receipt e-mail: sent once per processed portal upload when a mailer is
 * configured; a mail that fails is logged and fails nothing (the upload and its records stand).
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FolderStore } from '../../functions/adapters/folder-store.js';
import type { Log } from '../../functions/adapters/log.js';
import type { Mailer, OutgoingMail } from '../../functions/app/mail/ports.js';
import { readerOverStore } from '../../functions/app/store-upload.js';
import { encodeJson } from '../../functions/app/submissions-store.js';
import { cycleKeys, type UploaderRecord } from '../../functions/core/cycle/records.js';
import { dataKeys } from '../../functions/core/keys.js';
import { handleIngestBatch } from '../../functions/handlers/ingest.js';
import { sqsBatch, sqsRecord } from '../integration/s3-events.js';

const BATCH = '20150301T100000Z-a1b2c3';
const KEY = `2014/FR/${BATCH}-rapport.csv`;
const body = JSON.stringify({
  Records: [
    {
      eventName: 'ObjectCreated:Post',
      s3: {
        bucket: { name: 'uploads' },
        object: { key: encodeURIComponent(KEY).replace(/%2F/g, '/'), eTag: 'e1', sequencer: '0A' },
      },
    },
  ],
});

describe('the ingest handler’s receipt e-mail', () => {
  let uploads: FolderStore;
  let data: FolderStore;
  const sent: OutgoingMail[] = [];
  let failure: Error | undefined;
  const mailer: Mailer = {
    async send(mail) {
      if (failure) throw failure;
      sent.push(mail);
      return { messageId: 'ses-1' };
    },
  };
  const errors: string[] = [];
  const log: Log = { info() {}, error: (message) => errors.push(message) };
  const receipt = { mailer, clock: { now: () => new Date('2015-03-01T10:00:05Z') }, actor: 'system:ingest' };

  beforeEach(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ingest-receipt-'));
    uploads = new FolderStore(join(dir, 'uploads'));
    data = new FolderStore(join(dir, 'data'));
    sent.length = 0;
    errors.length = 0;
    failure = undefined;
    await uploads.put(
      KEY,
      await readFile(join(import.meta.dirname, '../fixtures/ingest/csv-utf8-comma-lf.csv')),
    );
    const uploader: UploaderRecord = {
      schemaVersion: 1,
      year: 2014,
      country: 'FR',
      batch: BATCH,
      email: 'fr@example.org',
      lang: 'es',
      at: '2015-03-01T09:59:00Z',
    };
    await data.put(cycleKeys.uploader(2014, 'FR', BATCH), encodeJson(uploader));
  });

  it('mails the receipt once, even when S3 delivers the event again', async () => {
    const deps = { uploads: readerOverStore(uploads), data, receipt };
    expect(await handleIngestBatch(sqsBatch(sqsRecord(body, 'm-1')), deps, log)).toEqual({
      batchItemFailures: [],
    });
    expect(sent.map((m) => m.to)).toEqual([['fr@example.org']]);
    expect(sent[0]!.subject).toMatch(/^Acuse de recibo FR-2014-[0-9A-F]{8}: rapport\.csv aceptado$/);
    expect(await handleIngestBatch(sqsBatch(sqsRecord(body, 'm-2')), deps, log)).toEqual({
      batchItemFailures: [],
    });
    expect(sent).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('logs a mail that fails and fails nothing: the upload is processed and counts', async () => {
    failure = new Error('SES throttled');
    const deps = { uploads: readerOverStore(uploads), data, receipt };
    expect(await handleIngestBatch(sqsBatch(sqsRecord(body, 'm-1')), deps, log)).toEqual({
      batchItemFailures: [],
    });
    expect(errors).toEqual(['The receipt e-mail could not be sent']);
    expect(await data.head(dataKeys.current(2014, 'FR', 'indicators'))).toBeDefined();
  });

  it('sends nothing without a mailer configured', async () => {
    const deps = { uploads: readerOverStore(uploads), data };
    expect(await handleIngestBatch(sqsBatch(sqsRecord(body, 'm-1')), deps, log)).toEqual({
      batchItemFailures: [],
    });
    expect(sent).toEqual([]);
    expect((await data.list('uploads/2014/FR/')).map((o) => o.key.split('/').at(-1))).not.toContain(
      'receipt-mail.json',
    );
  });
});
