/**
 * The ingest Lambda: an SQS batch of S3 ObjectCreated events from the uploads bucket.
 * Each upload is validated and stored on its own (validation record, submission, `current/`
 * pointer: storeUpload); it renders nothing, so the result is there within seconds and this
 * bundle carries no PDF or report code. The drafts are rendered by the render-drafts Lambda,
 * which the `current/` change triggers.
 *
 * The batch is walked by the Powertools batch processor: only the records that hit a fault,
 * or cannot be read, are returned as batch item failures (retried by SQS, then the
 * dead-letter queue). A rejected upload is a result, not a failure: it is not retried.
 * Repeated deliveries are told apart by storeUpload's conditional writes, not here.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SQSBatchResponse, SQSRecord } from 'aws-lambda';
import { requireEnv } from '../adapters/env.js';
import { createLog, type Log } from '../adapters/log.js';
import { noTelemetry, type Telemetry } from '../adapters/metrics.js';
import { createS3Client, S3Store } from '../adapters/s3-store.js';
import { readS3NotificationRecord, sqsBatchSchema } from '../adapters/sqs-events.js';
import { traced } from '../adapters/tracing.js';
import { type SendReceiptDeps, sendReceipt } from '../app/cycle/send-receipt.js';
import { type StoreUploadDeps, type StoreUploadResult, storeUpload } from '../app/store-upload.js';
import { HandlerInputError, parseHandlerInput } from './input.js';
import { handlerTools, instrumented } from './instrumented.js';

export interface IngestDeps extends StoreUploadDeps {
  /** When a mailer is configured: each processed upload's receipt goes to its uploader (once). */
  receipt?: SendReceiptDeps;
}

let deps: IngestDeps | undefined;
const tools = handlerTools('ingest');

/** Dependencies of the container, built on the first invocation. */
export function createIngestDeps(env: NodeJS.ProcessEnv = process.env, client?: S3Client): IngestDeps {
  const { UPLOADS_BUCKET, DATA_BUCKET } = requireEnv(['UPLOADS_BUCKET', 'DATA_BUCKET'], env);
  client ??= traced(createS3Client());
  const uploads = new S3Store({ bucket: UPLOADS_BUCKET, client });
  return {
    uploads: { read: (key, versionId) => uploads.getVersion(key, versionId) },
    data: new S3Store({ bucket: DATA_BUCKET, client }),
  };
}

export const handler = instrumented(tools, (event) => {
  deps ??= createIngestDeps();
  return handleIngestBatch(event, deps, tools.log, tools.telemetry);
});

/** The batch, one message at a time (the batch processor), each upload of a message in order. */
export async function handleIngestBatch(
  event: unknown,
  deps: IngestDeps,
  log: Log = createLog('ingest'),
  telemetry: Telemetry = noTelemetry,
): Promise<SQSBatchResponse> {
  const batch = parseHandlerInput('ingest', sqsBatchSchema, event);
  const processRecord = async (record: SQSRecord) => {
    const message = readS3NotificationRecord(record);
    if (message.kind === 'test-event') {
      log.info('S3 test event ignored', { messageId: message.messageId });
      return;
    }
    if (message.kind === 'unreadable') {
      // Not something a retry mends: failed, so that it reaches the dead-letter queue and its alarm.
      const error = new HandlerInputError('ingest', message.reason);
      log.error('Unreadable message', error, { messageId: message.messageId });
      throw error;
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
        if (result.outcome === 'accepted' && !result.repeated) telemetry.count('UploadAccepted');
        if (result.outcome === 'rejected' && !result.repeated) telemetry.count('UploadRejected');
        log.info('Upload processed', { messageId: message.messageId, ...summary(result) });
        if (result.outcome !== 'ignored' && deps.receipt) {
          // After the records are written: a mail that fails is logged, the upload stands (no retry for it).
          const receipt = await sendReceipt(
            deps.data,
            { countryCode: result.country, year: result.year, uploadId: result.uploadId },
            deps.receipt,
          );
          if (receipt.status === 'failed')
            log.error('The receipt e-mail could not be sent', receipt.error, {
              messageId: message.messageId,
              uploadId: result.uploadId,
            });
          else
            log.info('Receipt e-mail', {
              uploadId: result.uploadId,
              status: receipt.status,
              ...(receipt.status === 'skipped' ? { reason: receipt.reason } : {}),
            });
        }
        // A rule that threw rejected the upload (RULE_FAILED, which the contact sees); the why is for us.
        if (result.outcome !== 'ignored') {
          for (const fault of result.faults ?? []) {
            telemetry.count('Fault');
            log.error('A validation rule threw', fault, { messageId: message.messageId, key: object.key });
          }
        }
      } catch (error) {
        telemetry.count('Fault');
        log.error('Upload could not be processed; it will be retried', error, {
          messageId: message.messageId,
          key: object.key,
        });
        // The message's later uploads wait for its retry: they are processed then, in order.
        throw error;
      }
    }
  };
  return processPartialResponse(batch, processRecord, new BatchProcessor(EventType.SQS), {
    // Every record failing is still a partial response: SQS retries each, then its dead-letter queue.
    throwOnFullBatchFailure: false,
  });
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
