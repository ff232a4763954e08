/**
 * Turns what s3rver emits into what AWS delivers: the S3 event JSON (object key URL-encoded,
 * form style) inside an SQS record's body, as the ingest and render-drafts Lambdas receive it.
 */
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import type { S3rverEvent } from '../adapters/s3rver.js';

let counter = 0;

/** S3 encodes keys like a form: spaces as `+`, everything else percent-encoded (slashes kept). */
export function encodeS3Key(key: string): string {
  return key
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/%20/g, '+'))
    .join('/');
}

/** `configurationId` names the bucket notification: the stack sets one per bucket. */
export function toS3EventJson(event: S3rverEvent, configurationId = 'uploads-to-ingest'): string {
  return JSON.stringify({
    Records: event.Records.map((r) => ({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'eu-west-1',
      eventTime: r.eventTime,
      eventName: r.eventName,
      userIdentity: { principalId: 'AWS:TESTPRINCIPAL' },
      requestParameters: { sourceIPAddress: '127.0.0.1' },
      responseElements: { 'x-amz-request-id': 'TESTREQUEST', 'x-amz-id-2': 'TESTHOST' },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId,
        bucket: {
          name: r.s3.bucket.name,
          ownerIdentity: { principalId: 'TESTOWNER' },
          arn: `arn:aws:s3:::${r.s3.bucket.name}`,
        },
        object: {
          key: encodeS3Key(r.s3.object.key),
          size: r.s3.object.size,
          eTag: r.s3.object.eTag,
          sequencer: r.s3.object.sequencer,
        },
      },
    })),
  });
}

export function sqsRecord(body: string, messageId = `msg-${++counter}`): SQSRecord {
  return {
    messageId,
    receiptHandle: `receipt-${messageId}`,
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1700000000000',
      SenderId: 'AIDAEXAMPLE',
      ApproximateFirstReceiveTimestamp: '1700000000000',
    },
    messageAttributes: {},
    md5OfBody: 'not-checked',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-west-1:123456789012:IngestQueue',
    awsRegion: 'eu-west-1',
  };
}

export function sqsBatch(...records: SQSRecord[]): SQSEvent {
  return { Records: records };
}

/** The message S3 sends once when the notification is configured. */
export const s3TestEventBody = JSON.stringify({
  Service: 'Amazon S3',
  Event: 's3:TestEvent',
  Time: '2014-03-01T10:00:00.000Z',
  Bucket: 'uploads',
  RequestId: 'TESTREQUEST',
  HostId: 'TESTHOST',
});
