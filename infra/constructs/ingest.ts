/**
 * Upload notifications -> queue -> ingest: every object created in the uploads bucket is
 * validated and stored by the ingest function (no rendering), failed messages retried then
 * kept in the dead-letter queue (its alarm is in ./alarms.ts).
 */
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { EventType } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { dataPrefixes } from '../../functions/core/keys.js';
import { grantDataAccess, grantReadUploads } from './grants.js';
import { HandlerFunction } from './handler-function.js';
import { deadLetterQueue, workQueue } from './queues.js';
import { StackPart } from './stack-part.js';
import type { Storage } from './storage.js';

/** Time the ingest may take for a batch of uploads (read, parse, validate, store; no rendering). */
const ingestTimeout = Duration.minutes(2);

/**
 * What the ingest (and the reconcile, which replays lost uploads with the same use case) may touch.
 * It reads control/ for the cycle's records (who uploaded a batch, for the receipt e-mail).
 */
export const ingestDataAccess = {
  read: [dataPrefixes.uploads, dataPrefixes.current, dataPrefixes.control],
  write: [dataPrefixes.uploads, dataPrefixes.current],
} as const;

export class Ingest extends StackPart {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, storage: Storage) {
    super(scope, id);
    this.deadLetterQueue = deadLetterQueue(this, 'IngestDeadLetterQueue', 'the ingest queue');
    this.queue = workQueue(this, 'IngestQueue', {
      functionTimeout: ingestTimeout,
      deadLetterQueue: this.deadLetterQueue,
      maxReceiveCount: 5,
    });
    storage.uploads.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue));
    // The notification is set by CDK's own custom resource (one Lambda per stack).
    const notificationsHandler = Stack.of(this).node.tryFindChild(
      'BucketNotificationsHandler050a0587b7544547bf325f094a3db834',
    );
    if (notificationsHandler) {
      Validations.of(notificationsHandler).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          'CDK’s own BucketNotificationsHandler custom resource, which runs only at deployment to set the bucket notification; its role is created by aws-cdk-lib.',
      });
    }

    this.fn = new HandlerFunction(this, 'Ingest', {
      name: 'ingest',
      description: 'Validates and normalizes one upload, stores its validation record and submission',
      environment: storage.bucketEnvironment,
      memorySize: 1024,
      timeout: ingestTimeout,
    }).fn;
    this.fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 5,
        maxBatchingWindow: Duration.seconds(2),
        reportBatchItemFailures: true,
      }),
    );
    Validations.of(this.fn).acknowledge({
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason:
        'An SQS event source mapping takes no on-failure destination: failed messages go to the queue’s own dead-letter queue (redrive policy, maxReceiveCount 5), which has an alarm.',
    });
    grantReadUploads(this.fn, storage.uploads);
    grantDataAccess(this.fn, storage.data, ingestDataAccess);
  }
}
