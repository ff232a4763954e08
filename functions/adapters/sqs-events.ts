/**
 * S3 event notifications as they reach the ingest Lambda: an SQS batch whose every record's
 * body is the S3 event JSON (or the `s3:TestEvent` S3 sends when the notification is set up).
 * Parsed with zod, never cast; object keys are URL-decoded (`+` is a space).
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

const sqsEventSchema = z.object({
  Records: z.array(
    z.object({
      messageId: z.string(),
      body: z.string(),
    }),
  ),
});

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

/** Thrown when the event is not an SQS batch at all (a wiring mistake): the whole batch fails. */
export class EventFormatError extends Error {
  readonly code = 'EVENT_FORMAT';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'EventFormatError';
  }
}

/** S3 writes keys URL-encoded, form style: `+` for a space, `%2B` for a plus. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

/** Each SQS record's message, read: one bad body does not spoil the batch. */
export function parseSqsS3Batch(event: unknown): QueuedMessage[] {
  const batch = sqsEventSchema.safeParse(event);
  if (!batch.success) throw new EventFormatError('Not an SQS event', { cause: batch.error });
  return batch.data.Records.map((record): QueuedMessage => {
    let body: unknown;
    try {
      body = JSON.parse(record.body);
    } catch {
      return { messageId: record.messageId, kind: 'unreadable', reason: 'body is not JSON' };
    }
    if (testEventSchema.safeParse(body).success) return { messageId: record.messageId, kind: 'test-event' };
    const parsed = s3EventSchema.safeParse(body);
    if (!parsed.success)
      return { messageId: record.messageId, kind: 'unreadable', reason: 'not an S3 event' };
    const objects: S3ObjectCreated[] = [];
    for (const r of parsed.data.Records) {
      if (!r.eventName.startsWith('ObjectCreated:')) continue;
      let key: string;
      try {
        key = decodeS3Key(r.s3.object.key);
      } catch {
        return {
          messageId: record.messageId,
          kind: 'unreadable',
          reason: 'object key is not URL-encoded text',
        };
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
    return { messageId: record.messageId, kind: 'objects-created', objects };
  });
}
