/**
 * Reconcile: a lost S3 notification is found and replayed. Daily, it lists every version of
 * every upload of this year and last against the validation records, and processes what was
 * never processed, with the ingest's own use case and the ingest's rights on the data bucket.
 * A replay that hits a fault fails the invocation: retried, then the alarm (./alarms.ts).
 */
import { Duration } from 'aws-cdk-lib';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { grantDataAccess, grantReadUploads } from './grants.js';
import { HandlerFunction } from './handler-function.js';
import { ingestDataAccess } from './ingest.js';
import { StackPart } from './stack-part.js';
import type { Storage } from './storage.js';

export class Reconcile extends StackPart {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, storage: Storage, scheduleDeadLetterQueue: Queue) {
    super(scope, id);
    this.fn = new HandlerFunction(this, 'Reconcile', {
      name: 'reconcile',
      description: 'Finds uploads that were never processed (a lost notification) and processes them',
      environment: storage.bucketEnvironment,
      memorySize: 1024,
      timeout: Duration.minutes(15),
    }).fn;
    this.fn.addToRolePolicy(
      new PolicyStatement({
        sid: 'ListUploadVersions',
        actions: ['s3:ListBucketVersions', 's3:ListBucket'],
        resources: [storage.uploads.bucketArn],
      }),
    );
    grantReadUploads(this.fn, storage.uploads);
    grantDataAccess(this.fn, storage.data, ingestDataAccess);
    new Rule(this, 'DailyReconcileSchedule', {
      description: 'Finds and replays uploads whose S3 notification was lost',
      schedule: Schedule.rate(Duration.days(1)),
      targets: [
        new LambdaFunction(this.fn, {
          event: RuleTargetInput.fromObject({ replay: true }),
          deadLetterQueue: scheduleDeadLetterQueue,
          retryAttempts: 2,
        }),
      ],
    });
  }
}
