/**
 * The whole pipeline on AWS in one stack, put together from its parts (infra/constructs/):
 *
 *   Storage    the uploads, data and access-log buckets
 *   Ingest     upload notifications -> queue -> ingest (validate, store)
 *   Drafts     current/ changes -> queue -> render-drafts (one at a time)
 *   Publish    the five publish functions, the state machine, the yearly schedule
 *   Reconcile  the daily replay of uploads whose notification was lost
 *   Portal     Cognito, the portal function and its HTTP API
 *   Mail       the SES identity, the daily reminders (when the context names an identity)
 *   Alarms     every alarm: dead-letter queues, a failed reconcile
 *
 * Each function's S3 rights are granted by one helper (constructs/grants.ts) over the data
 * folders of functions/core/keys.ts. Nothing here may delete an upload: no grant carries
 * s3:DeleteObject*, and the buckets are kept when the stack goes. The parts leave no trace in
 * logical ids (constructs/stack-part.ts), so a deployed stack is updated in place.
 */
import { type CfnElement, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { Alarms } from './constructs/alarms.js';
import { Drafts } from './constructs/drafts.js';
import { Ingest } from './constructs/ingest.js';
import { Mail, type MailProps } from './constructs/mail.js';
import { Portal } from './constructs/portal.js';
import { Publish } from './constructs/publish.js';
import { Reconcile } from './constructs/reconcile.js';
import { makeUniqueId, StackPart } from './constructs/stack-part.js';
import { Storage } from './constructs/storage.js';

export interface AllianceStackProps extends StackProps {
  /** EventBridge schedule expression of the yearly publication run (context `publishSchedule`). */
  publishSchedule: string;
  /** Origins allowed to POST uploads from a browser (context `portalOrigins`, comma separated). */
  portalOrigins?: string[];
  /**
   * Where Cognito's managed login sends people back (context `portalCallbackUrls`), each
   * `https://<portal>/auth/callback`; the first is the portal's own. Default: the API's address.
   */
  portalCallbackUrls?: string[];
  /** Countries rendered in parallel by the publish run. */
  publishConcurrency?: number;
  /** E-mail (context `mailIdentity`, `mailFrom`): without it, nothing is mailed and no reminder runs. */
  mail?: Omit<MailProps, 'portalUrl'>;
}

export class AllianceStack extends Stack {
  readonly uploadsBucket: Bucket;
  readonly dataBucket: Bucket;
  readonly ingestQueue: Queue;
  readonly ingestDeadLetterQueue: Queue;
  readonly renderDraftsQueue: Queue;
  readonly renderDraftsDeadLetterQueue: Queue;
  readonly stateMachine: StateMachine;

  constructor(scope: Construct, id: string, props: AllianceStackProps) {
    super(scope, id, props);
    // Access logs are delivered under a bucket policy, not the legacy log-delivery ACL
    // (the buckets enforce bucket-owner object ownership, so ACLs are off).
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);

    const storage = new Storage(
      this,
      'Storage',
      props.portalOrigins ? { portalOrigins: props.portalOrigins } : {},
    );
    const ingest = new Ingest(this, 'IngestPart', storage);
    const drafts = new Drafts(this, 'DraftsPart', storage);
    const publish = new Publish(this, 'PublishPart', storage, {
      schedule: props.publishSchedule,
      ...(props.publishConcurrency ? { concurrency: props.publishConcurrency } : {}),
    });
    const reconcile = new Reconcile(this, 'ReconcilePart', storage, publish.scheduleDeadLetterQueue);
    const portal = new Portal(
      this,
      'PortalPart',
      storage,
      publish.stateMachine,
      props.portalCallbackUrls ? { callbackUrls: props.portalCallbackUrls } : {},
    );
    if (props.mail) {
      const mail = new Mail(
        this,
        'MailPart',
        { storage, userPool: portal.userPool, scheduleDeadLetterQueue: publish.scheduleDeadLetterQueue },
        { ...props.mail, portalUrl: portal.portalUrl },
      );
      // Receipts (from the ingest), review and message notices (from the portal) go out the same way.
      for (const fn of [portal.fn, ingest.fn]) mail.allowSending(fn);
      mail.allowDirectory(portal.fn);
    }
    new Alarms(this, 'Alarms', {
      ingestDeadLetterQueue: ingest.deadLetterQueue,
      renderDraftsDeadLetterQueue: drafts.deadLetterQueue,
      scheduleDeadLetterQueue: publish.scheduleDeadLetterQueue,
      reconcile: reconcile.fn,
    });

    this.uploadsBucket = storage.uploads;
    this.dataBucket = storage.data;
    this.ingestQueue = ingest.queue;
    this.ingestDeadLetterQueue = ingest.deadLetterQueue;
    this.renderDraftsQueue = drafts.queue;
    this.renderDraftsDeadLetterQueue = drafts.deadLetterQueue;
    this.stateMachine = publish.stateMachine;

    const outputs: Record<string, string> = {
      UploadsBucketName: storage.uploads.bucketName,
      DataBucketName: storage.data.bucketName,
      AccessLogsBucketName: storage.accessLogs.bucketName,
      PortalUrl: portal.stage.url,
      UserPoolId: portal.userPool.userPoolId,
      UserPoolClientId: portal.client.userPoolClientId,
      CognitoDomainUrl: portal.loginDomain.baseUrl(),
      PortalCallbackUrl: portal.callbackUrls[0] ?? '',
      PublishStateMachineArn: publish.stateMachine.stateMachineArn,
      IngestDeadLetterQueueUrl: ingest.deadLetterQueue.queueUrl,
      RenderDraftsDeadLetterQueueUrl: drafts.deadLetterQueue.queueUrl,
    };
    for (const [name, value] of Object.entries(outputs)) new CfnOutput(this, name, { value });
  }

  /** CDK's logical id, computed over the path without the stack's parts (StackPart). */
  protected override allocateLogicalId(element: CfnElement): string {
    const scopes = element.node.scopes;
    const below = scopes.slice(scopes.indexOf(this) + 1).filter((s) => !(s instanceof StackPart));
    return makeUniqueId(below.map((s) => s.node.id));
  }
}
