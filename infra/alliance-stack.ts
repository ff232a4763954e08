/**
 * The whole pipeline on AWS in one stack: three private buckets, the upload queue and its
 * dead-letter queue, the ingest, portal and publish functions, the publish state machine and
 * its yearly schedule, the Cognito user pool and the portal's HTTP API.
 *
 * Nothing here may delete an upload: no grant carries s3:DeleteObject*, and the buckets
 * are kept when the stack goes.
 */
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  CfnUserPoolGroup,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  UserPoolClient,
  UserPoolClientIdentityProvider,
} from 'aws-cdk-lib/aws-cognito';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction, SfnStateMachine } from 'aws-cdk-lib/aws-events-targets';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  EventType,
  HttpMethods,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import {
  DefinitionBody,
  LogLevel,
  Map as MapState,
  StateMachine,
  TaskInput,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { members } from '../functions/core/members.js';
import { HandlerFunction } from './constructs/handler-function.js';

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
}

/** Time the ingest may take for a batch of uploads (read, parse, validate, store; no rendering). */
const ingestTimeout = Duration.minutes(2);
/** Time render-drafts may take for a batch: a few country drafts and one consolidated draft per year. */
const renderDraftsTimeout = Duration.minutes(5);

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

    // ---- Buckets -----------------------------------------------------------------------
    const accessLogs = new Bucket(this, 'AccessLogsBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ expiration: Duration.days(400), noncurrentVersionExpiration: Duration.days(30) }],
    });
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This is the access-log bucket of the other two; logging it into itself would loop, and into another bucket would only move the question.',
    });

    const privateBucket = (
      name: string,
      logPrefix: string,
      extra: Partial<ConstructorParameters<typeof Bucket>[2]> = {},
    ) =>
      new Bucket(this, name, {
        blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
        encryption: BucketEncryption.S3_MANAGED,
        enforceSSL: true,
        versioned: true,
        objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
        serverAccessLogsBucket: accessLogs,
        serverAccessLogsPrefix: logPrefix,
        removalPolicy: RemovalPolicy.RETAIN,
        ...extra,
      });

    this.uploadsBucket = privateBucket('UploadsBucket', 'uploads/', {
      // National contacts post the file straight from the portal page (presigned POST).
      cors: [
        {
          allowedMethods: [HttpMethods.POST],
          allowedOrigins: props.portalOrigins ?? ['*'],
          allowedHeaders: ['*'],
          maxAge: 3000,
        },
      ],
    });
    this.dataBucket = privateBucket('DataBucket', 'data/');

    // ---- Upload notifications -> queue -> ingest ---------------------------------------
    this.ingestDeadLetterQueue = new Queue(this, 'IngestDeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.ingestQueue = new Queue(this, 'IngestQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS's advice for an SQS event source: six times the function's timeout.
      visibilityTimeout: Duration.seconds(ingestTimeout.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.ingestDeadLetterQueue, maxReceiveCount: 5 },
    });
    this.uploadsBucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.ingestQueue));
    // The notification is set by CDK's own custom resource (one Lambda per stack).
    const notificationsHandler = this.node.tryFindChild(
      'BucketNotificationsHandler050a0587b7544547bf325f094a3db834',
    );
    if (notificationsHandler) {
      Validations.of(notificationsHandler).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          'CDK’s own BucketNotificationsHandler custom resource, which runs only at deployment to set the bucket notification; its role is created by aws-cdk-lib.',
      });
    }

    for (const id of ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy']) {
      Validations.of(this.ingestDeadLetterQueue).acknowledge({
        id,
        reason: 'This queue is itself the dead-letter queue of the ingest queue; it has none of its own.',
      });
    }
    new Alarm(this, 'IngestDeadLetterAlarm', {
      alarmDescription:
        'Uploads that failed processing five times are waiting in the ingest dead-letter queue: look at the ingest logs, fix, then redrive.',
      metric: this.ingestDeadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    const buckets = {
      UPLOADS_BUCKET: this.uploadsBucket.bucketName,
      DATA_BUCKET: this.dataBucket.bucketName,
    };
    const uploadsObjects = this.uploadsBucket.arnForObjects('*');
    const dataObjects = (prefix: string) => this.dataBucket.arnForObjects(`${prefix}*`);

    const ingest = new HandlerFunction(this, 'Ingest', {
      name: 'ingest',
      description: 'Validates and normalizes one upload, stores its validation record and submission',
      environment: buckets,
      memorySize: 1024,
      timeout: ingestTimeout,
    }).fn;
    const ingestSource = new SqsEventSource(this.ingestQueue, {
      batchSize: 5,
      maxBatchingWindow: Duration.seconds(2),
      reportBatchItemFailures: true,
    });
    ingest.addEventSource(ingestSource);
    Validations.of(ingest).acknowledge({
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason:
        'An SQS event source mapping takes no on-failure destination: failed messages go to the queue’s own dead-letter queue (redrive policy, maxReceiveCount 5), which has an alarm.',
    });
    ingest.addToRolePolicy(
      new PolicyStatement({
        sid: 'ReadUploads',
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [uploadsObjects],
      }),
    );
    ingest.addToRolePolicy(
      new PolicyStatement({
        sid: 'ReadData',
        actions: ['s3:GetObject'],
        resources: [dataObjects('uploads/'), dataObjects('current/')],
      }),
    );
    ingest.addToRolePolicy(
      new PolicyStatement({
        sid: 'ListData',
        actions: ['s3:ListBucket'],
        resources: [this.dataBucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': ['uploads/*', 'current/*'] } },
      }),
    );
    ingest.addToRolePolicy(
      new PolicyStatement({
        sid: 'WriteData',
        actions: ['s3:PutObject'],
        resources: [dataObjects('uploads/'), dataObjects('current/')],
      }),
    );
    acknowledgeObjectWildcards(ingest, [
      `Resource::<${this.logicalIdOf(this.uploadsBucket)}.Arn>/*`,
      `Resource::<${this.logicalIdOf(this.dataBucket)}.Arn>/uploads/*`,
      `Resource::<${this.logicalIdOf(this.dataBucket)}.Arn>/current/*`,
    ]);

    // ---- current/ changes -> queue -> render-drafts ---------------------------------------
    // The ingest only validates and stores; when it moves a `current/` pointer, S3 notifies
    // this queue and render-drafts renders the country's draft, the consolidated draft and
    // the draft open data under drafts/<year>/.
    //
    // Why reserved concurrency 1 rather than a FIFO queue: S3 event notifications cannot
    // target a FIFO queue (it would take EventBridge rules and a message group per year), and
    // drafts are few and cheap to serialize: one render at a time means two renders of a year
    // never race (an older state finishing last would leave a stale draft). Batching (up to
    // 10 events, 5 s window) folds the two pointer events of an upload into one render; the
    // stamps under drafts/ make any repeat a no-op. Throttled deliveries go back to the queue
    // and count as receives, hence a higher maxReceiveCount than the ingest queue's.
    this.renderDraftsDeadLetterQueue = new Queue(this, 'RenderDraftsDeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    for (const id of ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy']) {
      Validations.of(this.renderDraftsDeadLetterQueue).acknowledge({
        id,
        reason:
          'This queue is itself the dead-letter queue of the render-drafts queue; it has none of its own.',
      });
    }
    this.renderDraftsQueue = new Queue(this, 'RenderDraftsQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(renderDraftsTimeout.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.renderDraftsDeadLetterQueue, maxReceiveCount: 10 },
    });
    this.dataBucket.addEventNotification(
      EventType.OBJECT_CREATED,
      new SqsDestination(this.renderDraftsQueue),
      { prefix: 'current/', suffix: '.json' },
    );
    new Alarm(this, 'RenderDraftsDeadLetterAlarm', {
      alarmDescription:
        'Draft renders that failed ten times are waiting in the render-drafts dead-letter queue: look at the render-drafts logs, fix, then redrive.',
      metric: this.renderDraftsDeadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    const renderDrafts = new HandlerFunction(this, 'RenderDrafts', {
      name: 'render-drafts',
      description: 'Renders the drafts of a year (country, consolidated, open data) when what counts changes',
      environment: { DATA_BUCKET: this.dataBucket.bucketName },
      memorySize: 1536,
      timeout: renderDraftsTimeout,
      reservedConcurrentExecutions: 1,
    }).fn;
    renderDrafts.addEventSource(
      new SqsEventSource(this.renderDraftsQueue, {
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(5),
        reportBatchItemFailures: true,
      }),
    );
    Validations.of(renderDrafts).acknowledge({
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason:
        'An SQS event source mapping takes no on-failure destination: failed messages go to the queue’s own dead-letter queue (redrive policy, maxReceiveCount 10), which has an alarm.',
    });
    renderDrafts.addToRolePolicy(
      new PolicyStatement({
        sid: 'ReadData',
        actions: ['s3:GetObject'],
        resources: [dataObjects('uploads/'), dataObjects('current/'), dataObjects('drafts/')],
      }),
    );
    renderDrafts.addToRolePolicy(
      new PolicyStatement({
        sid: 'ListData',
        actions: ['s3:ListBucket'],
        resources: [this.dataBucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': ['uploads/*', 'current/*', 'drafts/*'] } },
      }),
    );
    renderDrafts.addToRolePolicy(
      new PolicyStatement({
        sid: 'WriteDrafts',
        actions: ['s3:PutObject'],
        resources: [dataObjects('drafts/')],
      }),
    );
    acknowledgeObjectWildcards(renderDrafts, [
      `Resource::<${this.logicalIdOf(this.dataBucket)}.Arn>/uploads/*`,
      `Resource::<${this.logicalIdOf(this.dataBucket)}.Arn>/current/*`,
      `Resource::<${this.logicalIdOf(this.dataBucket)}.Arn>/drafts/*`,
    ]);

    // ---- Publish run --------------------------------------------------------------------
    const publishStep = (
      name:
        | 'publish-plan'
        | 'publish-country'
        | 'publish-consolidated'
        | 'publish-open-data'
        | 'publish-manifest',
      description: string,
      heavy: boolean,
    ) => {
      const fn = new HandlerFunction(this, pascal(name), {
        name,
        description,
        environment: { DATA_BUCKET: this.dataBucket.bucketName },
        memorySize: heavy ? 1536 : 512,
        timeout: heavy ? Duration.minutes(5) : Duration.minutes(1),
      }).fn;
      fn.addToRolePolicy(
        new PolicyStatement({
          sid: 'ReadData',
          actions: ['s3:GetObject'],
          resources: [
            dataObjects('current/'),
            dataObjects('uploads/'),
            dataObjects('published/'),
            dataObjects('control/'),
          ],
        }),
      );
      fn.addToRolePolicy(
        new PolicyStatement({
          sid: 'ListData',
          actions: ['s3:ListBucket'],
          resources: [this.dataBucket.bucketArn],
          conditions: { StringLike: { 's3:prefix': ['current/*', 'uploads/*', 'published/*', 'control/*'] } },
        }),
      );
      fn.addToRolePolicy(
        new PolicyStatement({
          sid: 'WritePublished',
          actions: ['s3:PutObject'],
          resources: [dataObjects('published/')],
        }),
      );
      acknowledgeObjectWildcards(fn, [
        `Resource::<${this.logicalIdOf(this.dataBucket)}.Arn>/current/*`,
        `Resource::<${this.logicalIdOf(this.dataBucket)}.Arn>/uploads/*`,
        `Resource::<${this.logicalIdOf(this.dataBucket)}.Arn>/published/*`,
        `Resource::<${this.logicalIdOf(this.dataBucket)}.Arn>/control/*`,
      ]);
      return fn;
    };
    const plan = publishStep(
      'publish-plan',
      'Picks the year, the next edition and the countries to render',
      false,
    );
    const country = publishStep(
      'publish-country',
      'Renders one country report (PDF, HTML) into the edition',
      true,
    );
    const consolidated = publishStep(
      'publish-consolidated',
      'Renders the consolidated report into the edition',
      true,
    );
    const openData = publishStep(
      'publish-open-data',
      'Writes the open data (CSV, JSON) into the edition',
      false,
    );
    const manifest = publishStep('publish-manifest', 'Writes the edition manifest, last', false);

    /** A Lambda step; without a payload the function gets the whole state input. */
    const invoke = (
      id: string,
      fn: typeof plan,
      payload: TaskInput | undefined,
      resultPath: string | undefined,
    ) =>
      new LambdaInvoke(this, id, {
        lambdaFunction: fn,
        ...(payload ? { payload } : {}),
        payloadResponseOnly: true,
        ...(resultPath ? { resultPath } : {}),
        retryOnServiceExceptions: true,
      }).addRetry({
        // A store fault (functions/core/ports.ts StoreError) is worth a retry; a bug is not.
        errors: ['StoreError'],
        interval: Duration.seconds(5),
        maxAttempts: 3,
        backoffRate: 2,
      });

    const countries = new MapState(this, 'RenderCountries', {
      // Every country that uploaded: its validation record, and its report if accepted.
      itemsPath: '$.plan.uploaded',
      itemSelector: { 'plan.$': '$.plan', 'country.$': '$$.Map.Item.Value' },
      maxConcurrency: props.publishConcurrency ?? 10,
      resultPath: '$.countryFiles',
    }).itemProcessor(invoke('RenderCountry', country, undefined, undefined));
    const stepInput = TaskInput.fromObject({ 'plan.$': '$.plan' });
    const definition = invoke('Plan', plan, undefined, undefined)
      .next(countries)
      .next(invoke('RenderConsolidated', consolidated, stepInput, '$.consolidatedFiles'))
      .next(invoke('WriteOpenData', openData, stepInput, '$.openDataFiles'))
      .next(invoke('WriteManifest', manifest, stepInput, '$.manifest'));

    const sfnLogs = new LogGroup(this, 'PublishRunLogs', {
      retention: RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stateMachine = new StateMachine(this, 'PublishRun', {
      definitionBody: DefinitionBody.fromChainable(definition),
      timeout: Duration.hours(2),
      tracingEnabled: true,
      logs: { destination: sfnLogs, level: LogLevel.ALL, includeExecutionData: true },
    });
    acknowledgeLambdaInvokeWildcards(
      this.stateMachine,
      [plan, country, consolidated, openData, manifest],
      this,
    );
    Validations.of(this.stateMachine).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray tracing and CloudWatch Logs delivery (logs:CreateLogDelivery, logs:DescribeResourcePolicies and the like) support no resource-level scoping.',
    });

    const scheduleDeadLetterQueue = new Queue(this, 'ScheduleDeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    for (const id of ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy']) {
      Validations.of(scheduleDeadLetterQueue).acknowledge({
        id,
        reason: 'This queue is itself a dead-letter queue (of the yearly schedule); it has none of its own.',
      });
    }
    new Rule(this, 'YearlyPublishSchedule', {
      description: 'The yearly publication run (context publishSchedule)',
      schedule: Schedule.expression(props.publishSchedule),
      targets: [
        new SfnStateMachine(this.stateMachine, {
          input: RuleTargetInput.fromObject({ trigger: 'schedule' }),
          deadLetterQueue: scheduleDeadLetterQueue,
          retryAttempts: 3,
        }),
      ],
    });
    new Alarm(this, 'ScheduleDeadLetterAlarm', {
      alarmDescription: 'The yearly publication run could not be started by its schedule: start it by hand.',
      metric: scheduleDeadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    // ---- Reconcile: a lost S3 notification is found and replayed ---------------------------
    // Daily, it lists every version of every upload of this year and last against the
    // validation records, and processes what was never processed, with the ingest's own use
    // case. A replay that hits a fault fails the invocation: retried, then the alarm.
    const reconcile = new HandlerFunction(this, 'Reconcile', {
      name: 'reconcile',
      description: 'Finds uploads that were never processed (a lost notification) and processes them',
      environment: buckets,
      memorySize: 1024,
      timeout: Duration.minutes(15),
    }).fn;
    reconcile.addToRolePolicy(
      new PolicyStatement({
        sid: 'ListUploadVersions',
        actions: ['s3:ListBucketVersions', 's3:ListBucket'],
        resources: [this.uploadsBucket.bucketArn],
      }),
    );
    reconcile.addToRolePolicy(
      new PolicyStatement({
        sid: 'ReadUploads',
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [uploadsObjects],
      }),
    );
    reconcile.addToRolePolicy(
      new PolicyStatement({
        sid: 'ReadData',
        actions: ['s3:GetObject'],
        resources: [dataObjects('uploads/'), dataObjects('current/')],
      }),
    );
    reconcile.addToRolePolicy(
      new PolicyStatement({
        sid: 'ListData',
        actions: ['s3:ListBucket'],
        resources: [this.dataBucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': ['uploads/*', 'current/*'] } },
      }),
    );
    reconcile.addToRolePolicy(
      new PolicyStatement({
        sid: 'WriteData',
        actions: ['s3:PutObject'],
        resources: [dataObjects('uploads/'), dataObjects('current/')],
      }),
    );
    acknowledgeObjectWildcards(reconcile, [
      `Resource::<${this.logicalIdOf(this.uploadsBucket)}.Arn>/*`,
      `Resource::<${this.logicalIdOf(this.dataBucket)}.Arn>/uploads/*`,
      `Resource::<${this.logicalIdOf(this.dataBucket)}.Arn>/current/*`,
    ]);
    new Rule(this, 'DailyReconcileSchedule', {
      description: 'Finds and replays uploads whose S3 notification was lost',
      schedule: Schedule.rate(Duration.days(1)),
      targets: [
        new LambdaFunction(reconcile, {
          event: RuleTargetInput.fromObject({ replay: true }),
          deadLetterQueue: scheduleDeadLetterQueue,
          retryAttempts: 2,
        }),
      ],
    });
    new Alarm(this, 'ReconcileErrorsAlarm', {
      alarmDescription:
        'The daily reconcile failed (a replayed upload hit a fault): read its log, fix the cause, run it again.',
      metric: reconcile.metricErrors({ period: Duration.hours(1) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    // ---- People: Cognito ------------------------------------------------------------------
    const userPool = new UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      // Contacts see data about child sexual abuse: a second factor is required, by app (TOTP).
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new CfnUserPoolGroup(this, 'StaffGroup', {
      userPoolId: userPool.userPoolId,
      groupName: 'staff',
      description: 'Commission staff: every country, publication',
    });
    for (const member of members) {
      new CfnUserPoolGroup(this, `CountryGroup${member.code}`, {
        userPoolId: userPool.userPoolId,
        groupName: `country-${member.code}`,
        description: `National contacts of ${member.name}`,
      });
    }
    // ---- Portal ---------------------------------------------------------------------------
    const portal = new HandlerFunction(this, 'Portal', {
      name: 'portal',
      description: 'The portal: sign-in, upload forms, validation results, status and downloads',
      environment: { ...buckets, PUBLISH_STATE_MACHINE_ARN: this.stateMachine.stateMachineArn },
      memorySize: 512,
      timeout: Duration.seconds(15),
    }).fn;
    portal.addToRolePolicy(
      new PolicyStatement({
        // Signing presigned POST forms and GET links: the signer's own rights are what S3 checks.
        sid: 'PresignUploadsAndReadThem',
        actions: ['s3:PutObject', 's3:GetObject'],
        resources: [uploadsObjects],
      }),
    );
    portal.addToRolePolicy(
      new PolicyStatement({
        sid: 'ReadReportsAndResults',
        actions: ['s3:GetObject'],
        resources: [
          dataObjects('uploads/'),
          dataObjects('current/'),
          dataObjects('drafts/'),
          dataObjects('published/'),
          dataObjects('control/'),
        ],
      }),
    );
    portal.addToRolePolicy(
      new PolicyStatement({
        sid: 'ListForStatus',
        actions: ['s3:ListBucket'],
        resources: [this.uploadsBucket.bucketArn, this.dataBucket.bucketArn],
      }),
    );
    portal.addToRolePolicy(
      new PolicyStatement({
        sid: 'MarkYearReady',
        actions: ['s3:PutObject'],
        resources: [dataObjects('control/')],
      }),
    );
    portal.addToRolePolicy(
      new PolicyStatement({
        sid: 'StartPublishRun',
        effect: Effect.ALLOW,
        actions: ['states:StartExecution'],
        resources: [this.stateMachine.stateMachineArn],
      }),
    );
    acknowledgeObjectWildcards(portal, [
      `Resource::<${this.logicalIdOf(this.uploadsBucket)}.Arn>/*`,
      `Resource::<${this.logicalIdOf(this.dataBucket)}.Arn>/uploads/*`,
      `Resource::<${this.logicalIdOf(this.dataBucket)}.Arn>/current/*`,
      `Resource::<${this.logicalIdOf(this.dataBucket)}.Arn>/drafts/*`,
      `Resource::<${this.logicalIdOf(this.dataBucket)}.Arn>/published/*`,
      `Resource::<${this.logicalIdOf(this.dataBucket)}.Arn>/control/*`,
    ]);

    // The portal's session key: signs its session and sign-in cookies and keys the CSRF tokens
    // (HMAC-derived, one use each). Generated here, never in the template or the environment;
    // the portal reads it once per container.
    const sessionSecret = new Secret(this, 'PortalSessionSecret', {
      description: 'Signs the portal session cookies and keys its CSRF tokens',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    sessionSecret.grantRead(portal);
    Validations.of(sessionSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'An HMAC key for one-hour session cookies, not a credential of another system: rotating it signs everyone out. Rotate by hand (put a new random value, then update the portal function) if it may have leaked.',
    });

    const apiLogs = new LogGroup(this, 'PortalApiLogs', {
      retention: RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // No API Gateway authorizer: a browser following links and posting forms without script
    // never sends an Authorization header. The portal function authenticates every route but
    // /healthz, /signin, /auth/callback and /signed-out from its signed session cookie, which
    // holds the Cognito ID token it verifies on each request (functions/portal/cognito-auth.ts).
    const api = new HttpApi(this, 'PortalApi', {
      description: 'The portal of the Alliance reports',
      createDefaultStage: false,
    });
    const stage = new HttpStage(this, 'PortalApiStage', {
      httpApi: api,
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(apiLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            method: '$context.httpMethod',
            path: '$context.path',
            status: '$context.status',
            latency: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    const integration = new HttpLambdaIntegration('PortalIntegration', portal);
    const routes = [
      ...api.addRoutes({ path: '/', methods: [HttpMethod.ANY], integration }),
      ...api.addRoutes({ path: '/{proxy+}', methods: [HttpMethod.ANY], integration }),
    ];
    for (const route of routes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Authentication happens in the portal function on every route except /healthz, /signin, /auth/callback and /signed-out: the Cognito authorization-code flow with PKCE, then a signed HttpOnly session cookie whose ID token is verified (signature, issuer, audience, token use, expiry) on each request. An API Gateway authorizer cannot serve a browser without script, which sends no Authorization header.',
      });
    }

    // Sign-in: Cognito's managed login on a Cognito domain; the portal is a public client
    // (authorization code + PKCE; the verifier stays in the portal's signed HttpOnly cookie).
    // `portalCallbackUrls` (context) for a custom domain, the first one being the portal's;
    // otherwise the API's own address.
    const portalUrl = props.portalCallbackUrls?.[0]?.replace(/\/auth\/callback\/?$/, '') ?? api.apiEndpoint;
    const callbackUrls = props.portalCallbackUrls ?? [`${api.apiEndpoint}/auth/callback`];
    const signedOutUrls = callbackUrls.map((u) => u.replace(/\/auth\/callback\/?$/, '/signed-out'));
    const portalClient = new UserPoolClient(this, 'PortalClient', {
      userPool,
      generateSecret: false,
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(1),
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL],
        callbackUrls,
        logoutUrls: signedOutUrls,
      },
    });
    const loginDomain = userPool.addDomain('PortalLogin', {
      cognitoDomain: {
        domainPrefix:
          (this.node.tryGetContext('cognitoDomainPrefix') as string | undefined) ??
          `alliance-reports-${this.account}`,
      },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    // The newer managed login shows nothing without a branding: Cognito's own look.
    new CfnManagedLoginBranding(this, 'PortalLoginBranding', {
      userPoolId: userPool.userPoolId,
      clientId: portalClient.userPoolClientId,
      useCognitoProvidedValues: true,
    });
    const portalEnvironment: Record<string, string> = {
      COGNITO_USER_POOL_ID: userPool.userPoolId,
      COGNITO_CLIENT_ID: portalClient.userPoolClientId,
      COGNITO_DOMAIN_URL: loginDomain.baseUrl(),
      PORTAL_URL: portalUrl,
      PORTAL_SESSION_SECRET_ARN: sessionSecret.secretArn,
    };
    for (const [name, value] of Object.entries(portalEnvironment)) portal.addEnvironment(name, value);

    // ---- Outputs ----------------------------------------------------------------------------
    new CfnOutput(this, 'UploadsBucketName', { value: this.uploadsBucket.bucketName });
    new CfnOutput(this, 'DataBucketName', { value: this.dataBucket.bucketName });
    new CfnOutput(this, 'AccessLogsBucketName', { value: accessLogs.bucketName });
    new CfnOutput(this, 'PortalUrl', { value: stage.url });
    new CfnOutput(this, 'UserPoolId', { value: userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: portalClient.userPoolClientId });
    new CfnOutput(this, 'CognitoDomainUrl', { value: loginDomain.baseUrl() });
    new CfnOutput(this, 'PortalCallbackUrl', { value: callbackUrls[0] ?? '' });
    new CfnOutput(this, 'PublishStateMachineArn', { value: this.stateMachine.stateMachineArn });
    new CfnOutput(this, 'IngestDeadLetterQueueUrl', { value: this.ingestDeadLetterQueue.queueUrl });
    new CfnOutput(this, 'RenderDraftsDeadLetterQueueUrl', {
      value: this.renderDraftsDeadLetterQueue.queueUrl,
    });
  }

  private logicalIdOf(bucket: Bucket): string {
    return this.getLogicalId(bucket.node.defaultChild as import('aws-cdk-lib').CfnElement);
  }
}

/** Each object-level wildcard (`bucket/prefix/*`) acknowledged by its own id, with the reason. */
function acknowledgeObjectWildcards(fn: Construct, findings: string[]): void {
  // On the HandlerFunction (function, role and its policy beneath it).
  const owner = fn.node.scope ?? fn;
  for (const finding of findings) {
    Validations.of(owner).acknowledge({
      id: `AwsSolutions-IAM5[${finding}]`,
      reason:
        'Object ARNs under one key prefix: the function reads or writes objects whose names it only learns at run time (upload ids, countries, editions); the prefix is the narrowest scope.',
    });
  }
}

/** Step Functions' LambdaInvoke grants `function:*` on each function so that versions can be invoked. */
function acknowledgeLambdaInvokeWildcards(machine: Construct, fns: Construct[], stack: Stack): void {
  for (const fn of fns) {
    const cfn = (fn as unknown as { node: { defaultChild: import('aws-cdk-lib').CfnElement } }).node
      .defaultChild;
    Validations.of(machine).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(cfn)}.Arn>:*]`,
      reason:
        'CDK grants the state machine lambda:InvokeFunction on the function and its versions (`:*`); it is the same function, no other.',
    });
  }
}

function pascal(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}
