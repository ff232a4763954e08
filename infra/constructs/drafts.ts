/**
 * `current/` changes -> queue -> render-drafts. The ingest only validates and stores; when
 * it moves a `current/` pointer, S3 notifies this queue and render-drafts renders the
 * country's draft, the consolidated draft and the draft open data under drafts/<year>/.
 *
 * Why reserved concurrency 1 rather than a FIFO queue: S3 event notifications cannot target a
 * FIFO queue (it would take EventBridge rules and a message group per year), and drafts are
 * few and cheap to serialize: one render at a time means two renders of a year never race
 * (an older state finishing last would leave a stale draft). Batching (up to 10 events, 5 s
 * window) folds the two pointer events of an upload into one render; the stamps under drafts/
 * make any repeat a no-op. Throttled deliveries go back to the queue and count as receives,
 * hence a higher maxReceiveCount than the ingest queue's.
 */
import { Duration, Validations } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { EventType } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { dataPrefixes } from '../../functions/core/keys.js';
import { grantDataAccess } from './grants.js';
import { HandlerFunction } from './handler-function.js';
import { deadLetterQueue, workQueue } from './queues.js';
import { StackPart } from './stack-part.js';
import type { Storage } from './storage.js';

/** Time render-drafts may take for a batch: a few country drafts and one consolidated draft per year. */
const renderDraftsTimeout = Duration.minutes(5);

export class Drafts extends StackPart {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, storage: Storage) {
    super(scope, id);
    this.deadLetterQueue = deadLetterQueue(this, 'RenderDraftsDeadLetterQueue', 'the render-drafts queue');
    this.queue = workQueue(this, 'RenderDraftsQueue', {
      functionTimeout: renderDraftsTimeout,
      deadLetterQueue: this.deadLetterQueue,
      maxReceiveCount: 10,
    });
    storage.data.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue), {
      prefix: dataPrefixes.current,
      suffix: '.json',
    });

    this.fn = new HandlerFunction(this, 'RenderDrafts', {
      name: 'render-drafts',
      description: 'Renders the drafts of a year (country, consolidated, open data) when what counts changes',
      environment: { DATA_BUCKET: storage.data.bucketName },
      memorySize: 1536,
      timeout: renderDraftsTimeout,
      reservedConcurrentExecutions: 1,
    }).fn;
    this.fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(5),
        reportBatchItemFailures: true,
      }),
    );
    Validations.of(this.fn).acknowledge({
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason:
        'An SQS event source mapping takes no on-failure destination: failed messages go to the queue’s own dead-letter queue (redrive policy, maxReceiveCount 10), which has an alarm.',
    });
    grantDataAccess(this.fn, storage.data, {
      read: [dataPrefixes.uploads, dataPrefixes.current, dataPrefixes.drafts],
      write: [dataPrefixes.drafts],
      sids: { write: 'WriteDrafts' },
    });
  }
}
