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
