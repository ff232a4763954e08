import { describe, expect, it } from 'vitest';
import type { Log } from '../../functions/adapters/log.js';
import { decodeS3Key, readS3NotificationRecord } from '../../functions/adapters/sqs-events.js';
import type { ProcessUploadDeps } from '../../functions/app/process-upload.js';
import { handleIngestBatch } from '../../functions/handlers/ingest.js';
import { HandlerInputError } from '../../functions/handlers/input.js';
import { s3TestEventBody, sqsBatch, sqsRecord } from '../integration/s3-events.js';

const untouchable: ProcessUploadDeps = {
  uploads: { read: () => Promise.reject(new Error('must not read')) },
  data: {
    get: () => Promise.reject(new Error('must not read')),
    put: () => Promise.reject(new Error('must not write')),
    head: () => Promise.reject(new Error('must not read')),
    list: () => Promise.reject(new Error('must not list')),
  },
  renderer: () => Promise.reject(new Error('must not render')),
};
const quiet: Log = { info() {}, error() {} };

const s3Body = (key: string, eventName = 'ObjectCreated:Put', extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    Records: [
      {
        eventName,
        s3: { bucket: { name: 'uploads' }, object: { key, eTag: 'abc', sequencer: '0A', ...extra } },
      },
    ],
  });

describe('the ingest handler’s reading of its events', () => {
  it('decodes keys as S3 encodes them (plus for a space, %2B for a plus)', () => {
    expect(decodeS3Key('2014/AT/%C3%96sterreich+Bericht+%2B+Anhang.xlsx')).toBe(
      '2014/AT/Österreich Bericht + Anhang.xlsx',
    );
    const message = readS3NotificationRecord(
      sqsRecord(s3Body('2014/FR/rapport+final.xlsx', undefined, { versionId: 'v1' })),
    );
    expect(message).toMatchObject({
      kind: 'objects-created',
      objects: [
        {
          bucket: 'uploads',
          key: '2014/FR/rapport final.xlsx',
          versionId: 'v1',
          etag: 'abc',
          sequencer: '0A',
        },
      ],
    });
  });

  it('passes over the S3 test event and events other than object creation, without failing them', async () => {
    const batch = sqsBatch(
      sqsRecord(s3TestEventBody),
      sqsRecord(s3Body('2014/FR/a.xlsx', 'ObjectRemoved:Delete')),
    );
    expect(await handleIngestBatch(batch, untouchable, quiet)).toEqual({ batchItemFailures: [] });
  });

  it('fails only the message whose body cannot be read, so that it reaches the dead-letter queue', async () => {
    const broken = sqsRecord('{not json', 'broken-1');
    const alien = sqsRecord(JSON.stringify({ hello: 'world' }), 'alien-1');
    const batch = sqsBatch(sqsRecord(s3TestEventBody), broken, alien);
    expect(await handleIngestBatch(batch, untouchable, quiet)).toEqual({
      batchItemFailures: [{ itemIdentifier: 'broken-1' }, { itemIdentifier: 'alien-1' }],
    });
  });

  it('throws on something that is not an SQS batch at all (a wiring mistake), failing the whole invocation', async () => {
    await expect(handleIngestBatch({ Records: 'nope' }, untouchable, quiet)).rejects.toBeInstanceOf(
      HandlerInputError,
    );
  });
});

describe('what the ingest handler logs and counts', () => {
  it('counts each upload accepted or rejected once (not again on redelivery), each log line naming message and key', async () => {
    const { mkdtemp, readFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { FolderStore } = await import('../../functions/adapters/folder-store.js');
    const { readerOverStore } = await import('../../functions/app/store-upload.js');
    const dir = await mkdtemp(join(tmpdir(), 'ingest-metrics-'));
    try {
      const uploads = new FolderStore(join(dir, 'uploads'));
      const data = new FolderStore(join(dir, 'data'));
      const sample = await readFile(new URL('../../samples/2014/DE/01-DE-2014.xlsx', import.meta.url));
      await uploads.put('2014/DE/report.xlsx', new Uint8Array(sample));
      await uploads.put('2014/FR/report.xlsx', new TextEncoder().encode('not a workbook'));
      const counted: string[] = [];
      const telemetry = {
        count: (name: string) => counted.push(name),
        milliseconds() {},
        flush() {},
      };
      const lines: Array<Record<string, unknown>> = [];
      const log: Log = {
        info: (message, fields) => lines.push({ message, ...fields }),
        error: (message, _error, fields) => lines.push({ message, ...fields }),
      };
      const deps = { uploads: readerOverStore(uploads), data };
      const batch = sqsBatch(
        sqsRecord(s3Body('2014/DE/report.xlsx'), 'de-1'),
        sqsRecord(s3Body('2014/FR/report.xlsx'), 'fr-1'),
      );
      expect(await handleIngestBatch(batch, deps, log, telemetry)).toEqual({ batchItemFailures: [] });
      expect(counted.sort()).toEqual(['UploadAccepted', 'UploadRejected']);
      expect(lines).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            message: 'Upload processed',
            messageId: 'de-1',
            key: '2014/DE/report.xlsx',
            outcome: 'accepted',
          }),
          expect.objectContaining({
            message: 'Upload processed',
            messageId: 'fr-1',
            key: '2014/FR/report.xlsx',
            outcome: 'rejected',
          }),
        ]),
      );
      // S3 delivers at least once: the same events again count nothing more.
      await handleIngestBatch(batch, deps, log, telemetry);
      expect(counted).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
