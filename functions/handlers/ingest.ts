/**
 * The ingest Lambda: an SQS batch of S3 ObjectCreated events from the uploads bucket.
 * Each upload is validated and stored on its own (validation record, submission, `current/`
 * pointer: storeUpload); it renders nothing, so the result is there within seconds and this
 * bundle carries no PDF or report code. The drafts are rendered by the render-drafts Lambda,
 * which the `current/` change triggers. Only the records that hit a fault are returned as
 * batch item failures (retried by SQS, then the dead-letter queue). A rejected upload is a
 * result, not a failure: it is not retried.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { SQSBatchResponse } from 'aws-lambda';
import { requireEnv } from '../adapters/env.js';
import { consoleLog, type Log } from '../adapters/log.js';
import { createS3Client, S3Store } from '../adapters/s3-store.js';
import { parseSqsS3Batch } from '../adapters/sqs-events.js';
import { type StoreUploadDeps, type StoreUploadResult, storeUpload } from '../app/store-upload.js';

export type IngestDeps = StoreUploadDeps;

let deps: IngestDeps | undefined;

/** Dependencies of the container, built on the first invocation. */
export function createIngestDeps(env: NodeJS.ProcessEnv = process.env, client?: S3Client): IngestDeps {
  const { UPLOADS_BUCKET, DATA_BUCKET } = requireEnv(['UPLOADS_BUCKET', 'DATA_BUCKET'], env);
  client ??= createS3Client();
  const uploads = new S3Store({ bucket: UPLOADS_BUCKET, client });
  return {
    uploads: { read: (key, versionId) => uploads.getVersion(key, versionId) },
    data: new S3Store({ bucket: DATA_BUCKET, client }),
  };
}

export async function handler(event: unknown): Promise<SQSBatchResponse> {
  deps ??= createIngestDeps();
  return handleIngestBatch(event, deps);
}

/** The batch, processed one message at a time. */
export async function handleIngestBatch(
  event: unknown,
  deps: IngestDeps,
  log: Log = consoleLog,
): Promise<SQSBatchResponse> {
  const failures: SQSBatchResponse['batchItemFailures'] = [];
  for (const message of parseSqsS3Batch(event)) {
    if (message.kind === 'test-event') {
      log.info('S3 test event ignored', { messageId: message.messageId });
      continue;
    }
    if (message.kind === 'unreadable') {
      // Not something a retry mends: fail it so that it reaches the dead-letter queue and its alarm.
      log.error('Unreadable message', new Error(message.reason), { messageId: message.messageId });
      failures.push({ itemIdentifier: message.messageId });
      continue;
    }
    for (const object of message.objects) {
      try {
        const result = await storeUpload(
          {
            key: object.key,
            ...(object.versionId ? { versionId: object.versionId } : {}),
            ...(object.etag ? { etag: object.etag } : {}),
            ...(object.sequencer ? { sequencer: object.sequencer } : {}),
          },
          deps,
        );
        log.info('Upload processed', { messageId: message.messageId, ...summary(result) });
      } catch (error) {
        log.error('Upload could not be processed; it will be retried', error, {
          messageId: message.messageId,
          key: object.key,
        });
        failures.push({ itemIdentifier: message.messageId });
        break;
      }
    }
  }
  return { batchItemFailures: failures };
}

function summary(result: StoreUploadResult) {
  if (result.outcome === 'ignored')
    return { key: result.key, outcome: result.outcome, reason: result.reason };
  return {
    key: result.key,
    outcome: result.outcome,
    uploadId: result.uploadId,
    errors: result.errors,
    warnings: result.warnings,
    repeated: result.repeated,
    current: result.current,
  };
}
