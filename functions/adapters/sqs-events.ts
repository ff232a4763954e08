/**
 * S3 event notifications as they reach the ingest and render-drafts Lambdas: an SQS batch
 * whose every record's body is the S3 event JSON (or the `s3:TestEvent` S3 sends when the
 * notification is set up), read one record at a time (the batch processor hands them over).
 *
 * Why not the Powertools parser's S3SqsEventNotificationSchema (tried, measured):
 * - its schemas import zod as `{ z }`, which keeps the whole of zod in the bundle: the ingest
 *   bundle went from 1217 KB to 1735 KB (zod 445 KB instead of 90 KB), over the 1.5 MB target;
 * - its S3 record accepts only an IPv4 `sourceIPAddress` and requires fields we never read,
 *   so an upload sent over IPv6 (S3 dual-stack endpoints) would be refused whole.
 * This schema checks what the handlers use: event name, bucket, key, version, etag,
 * sequencer. Object keys are URL-decoded (`+` is a space).
 */
import * as z from 'zod';

const s3RecordSchema = z.object({
  eventName: z.string(),
  eventTime: z.string().optional(),
  s3: z.object({
    bucket: z.object({ name: z.string() }),
    object: z.object({
      key: z.string(),
      size: z.number().optional(),
      eTag: z.string().optional(),
      versionId: z.string().optional(),
      sequencer: z.string().optional(),
    }),
  }),
});

const s3EventSchema = z.object({ Records: z.array(s3RecordSchema) });
const testEventSchema = z.object({ Event: z.literal('s3:TestEvent') });

const bodySchema = z.union([testEventSchema, s3EventSchema]);
const sqsRecordSchema = z.object({ messageId: z.string(), body: z.string() });

/** An SQS batch: its records are parsed one by one, so that one bad body spoils only itself. */
export const sqsBatchSchema = z.object({ Records: z.array(z.object({ messageId: z.string() }).loose()) });

export interface S3ObjectCreated {
  bucket: string;
  /** Decoded: `2014/FR/rapport annuel.xlsx`. */
  key: string;
  versionId?: string;
  etag?: string;
  sequencer?: string;
}

export type QueuedMessage =
  | { messageId: string; kind: 'test-event' }
  | { messageId: string; kind: 'objects-created'; objects: S3ObjectCreated[] }
  | { messageId: string; kind: 'unreadable'; reason: string };

/** S3 writes keys URL-encoded, form style: `+` for a space, `%2B` for a plus. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

/** One SQS record read: the objects it says were created, S3's test event, or why it is unreadable. */
export function readS3NotificationRecord(record: unknown): QueuedMessage {
  const messageId =
    typeof record === 'object' &&
    record !== null &&
    typeof (record as { messageId?: unknown }).messageId === 'string'
      ? (record as { messageId: string }).messageId
      : '(no message id)';
  const sqs = sqsRecordSchema.safeParse(record);
  if (!sqs.success) return { messageId, kind: 'unreadable', reason: 'not an SQS record' };
  let json: unknown;
  try {
    json = JSON.parse(sqs.data.body);
  } catch {
    return { messageId, kind: 'unreadable', reason: 'body is not JSON' };
  }
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) return { messageId, kind: 'unreadable', reason: 'not an S3 event' };
  const body = parsed.data;
  if ('Event' in body) return { messageId, kind: 'test-event' };
  const objects: S3ObjectCreated[] = [];
  for (const r of body.Records) {
    if (!r.eventName.startsWith('ObjectCreated:')) continue;
    let key: string;
    try {
      key = decodeS3Key(r.s3.object.key);
    } catch {
      return { messageId, kind: 'unreadable', reason: 'object key is not URL-encoded text' };
    }
    const o = r.s3.object;
    objects.push({
      bucket: r.s3.bucket.name,
      key,
      ...(o.versionId && o.versionId !== 'null' ? { versionId: o.versionId } : {}),
      ...(o.eTag ? { etag: o.eTag } : {}),
      ...(o.sequencer ? { sequencer: o.sequencer } : {}),
    });
  }
  return { messageId, kind: 'objects-created', objects };
}
