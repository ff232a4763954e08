import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.js';

const schedule = 'cron(0 6 5 12 ? *)';

function synthTemplate(context: Record<string, unknown> = {}): { app: App; template: Template } {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], publishSchedule: schedule, ...context } });
  const { stack } = buildApp(app);
  return { app, template: Template.fromStack(stack) };
}

type Statement = { Action: string | string[]; Resource: unknown; Sid?: string; Condition?: unknown };
type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;

const actionsOf = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

/** The statements of the role of one of our functions, found by its construct id (Ingest, Portal...). */
function statementsOf(template: Template, functionId: string): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy') as Resources;
  const entry = Object.entries(policies).find(([id]) => id.startsWith(`${functionId}RoleDefaultPolicy`));
  if (!entry) throw new Error(`no policy for ${functionId}`);
  return (entry[1].Properties.PolicyDocument as { Statement: Statement[] }).Statement;
}

const joinedArn = (resource: unknown): string => JSON.stringify(resource);

describe('the AllianceReports stack', () => {
  let template: Template;
  beforeAll(() => {
    template = synthTemplate().template;
  });

  it('keeps every bucket private, versioned, encrypted and reachable only over TLS', () => {
    const buckets = template.findResources('AWS::S3::Bucket') as Resources;
    expect(Object.keys(buckets)).toHaveLength(3);
    for (const bucket of Object.values(buckets)) {
      expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(JSON.stringify(bucket.Properties.BucketEncryption)).toContain('AES256');
    }
    const policies = Object.values(template.findResources('AWS::S3::BucketPolicy') as Resources);
    expect(policies).toHaveLength(3);
    for (const policy of policies) {
      expect(policy.Properties.PolicyDocument).toMatchObject({
        Statement: expect.arrayContaining([
          expect.objectContaining({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      });
    }
  });

  it('logs access to the uploads and data buckets, and keeps all three when the stack goes', () => {
    const buckets = Object.values(template.findResources('AWS::S3::Bucket') as Resources);
    expect(buckets.filter((b) => b.Properties.LoggingConfiguration).length).toBe(2);
    const all = template.findResources('AWS::S3::Bucket');
    for (const bucket of Object.values(all)) expect(bucket.DeletionPolicy).toBe('Retain');
  });

  it('sends new uploads to a queue with a dead-letter queue and an alarm on its depth', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: { maxReceiveCount: 5, deadLetterTargetArn: Match.anyValue() },
      VisibilityTimeout: 720,
    });
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        QueueConfigurations: [Match.objectLike({ Events: ['s3:ObjectCreated:*'] })],
      },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [
        {
          Name: 'QueueName',
          Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IngestDeadLetterQueue'), 'QueueName'] },
        },
      ],
      Threshold: 1,
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IngestQueue'), 'Arn'] },
    });
  });

  it('runs every function of ours on Node 24 with tracing, and the renderers find their fonts', () => {
    const fns = Object.entries(template.findResources('AWS::Lambda::Function') as Resources).filter(([id]) =>
      /Function[0-9A-F]{8}$/.test(id),
    );
    expect(fns.map(([id]) => id.replace(/Function[0-9A-F]{8}$/, '')).sort()).toEqual([
      'Ingest',
      'Portal',
      'PublishConsolidated',
      'PublishCountry',
      'PublishManifest',
      'PublishOpenData',
      'PublishPlan',
      'Reconcile',
      'RenderDrafts',
    ]);
    for (const [id, fn] of fns) {
      expect(fn.Properties.Runtime, id).toBe('nodejs24.x');
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    }
    const env = (id: string) =>
      (
        fns.find(([name]) => name.startsWith(id))![1].Properties.Environment as {
          Variables: Record<string, unknown>;
        }
      ).Variables;
    expect(env('RenderDrafts').ALLIANCE_FONT_DIR).toBe('/var/task/fonts');
    // The ingest renders nothing: no fonts, no PDF code.
    expect(env('Ingest').ALLIANCE_FONT_DIR).toBeUndefined();
    expect(env('PublishCountry').ALLIANCE_FONT_DIR).toBe('/var/task/fonts');
    expect(env('Portal').ALLIANCE_FONT_DIR).toBeUndefined();
    expect(Object.keys(env('Portal'))).toEqual(
      expect.arrayContaining(['UPLOADS_BUCKET', 'DATA_BUCKET', 'PUBLISH_STATE_MACHINE_ARN']),
    );
    // Powertools names the service in every log line and metric.
    expect(env('Ingest')).toMatchObject({
      POWERTOOLS_SERVICE_NAME: 'ingest',
      POWERTOOLS_METRICS_NAMESPACE: 'AllianceReports',
    });
    expect(env('PublishCountry').POWERTOOLS_SERVICE_NAME).toBe('publish-country');
  });

  it('grants no function any way to delete an object, anywhere', () => {
    const policies = Object.values(template.findResources('AWS::IAM::Policy') as Resources);
    const actions = policies.flatMap((p) =>
      (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement.flatMap(actionsOf),
    );
    expect(actions.length).toBeGreaterThan(20);
    expect(actions.filter((a) => /delete|\*$|^s3:\*/i.test(a) && a.startsWith('s3:'))).toEqual([]);
  });

  it('lets the ingest read uploads and write only the data bucket’s uploads and current, not drafts', () => {
    const statements = statementsOf(template, 'Ingest');
    const puts = statements.filter((s) => actionsOf(s).includes('s3:PutObject'));
    const resources = puts
      .flatMap((s) => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]))
      .map(joinedArn);
    expect(resources).toHaveLength(2);
    expect(resources.every((r) => r.includes('DataBucket'))).toBe(true);
    expect(resources.map((r) => r.match(/"\/(\w+)\/\*"/)?.[1]).sort()).toEqual(['current', 'uploads']);
    const reads = statements.find((s) => s.Sid === 'ReadUploads')!;
    expect(joinedArn(reads.Resource)).toContain('UploadsBucket');
    expect(JSON.stringify(statements)).not.toContain('/drafts/');
  });

  it('lets the ingest read the cycle’s control records (who uploaded, for the receipt e-mail), not write them', () => {
    const statements = statementsOf(template, 'Ingest');
    const reads = statements.find((s) => s.Sid === 'ReadData')!;
    const prefixes = (Array.isArray(reads.Resource) ? reads.Resource : [reads.Resource])
      .map(joinedArn)
      .map((r) => r.match(/"\/(\w+)\/\*"/)?.[1]);
    expect(prefixes.sort()).toEqual(['control', 'current', 'uploads']);
  });

  it('sends changes of current/ in the data bucket to the render-drafts queue, with its dead-letter queue and alarm', () => {
    const notifications = Object.values(template.findResources('Custom::S3BucketNotifications') as Resources);
    const onData = notifications.find((n) => JSON.stringify(n.Properties.BucketName).includes('DataBucket'))!;
    expect(onData.Properties.NotificationConfiguration).toEqual({
      QueueConfigurations: [
        {
          Events: ['s3:ObjectCreated:*'],
          Filter: {
            Key: {
              FilterRules: [
                { Name: 'suffix', Value: '.json' },
                { Name: 'prefix', Value: 'current/' },
              ],
            },
          },
          QueueArn: { 'Fn::GetAtt': [expect.stringMatching(/^RenderDraftsQueue/), 'Arn'] },
        },
      ],
    });
    // The uploads bucket still notifies the ingest queue only, for every new object.
    const onUploads = notifications.find((n) =>
      JSON.stringify(n.Properties.BucketName).includes('UploadsBucket'),
    )!;
    expect(JSON.stringify(onUploads.Properties.NotificationConfiguration)).toContain('IngestQueue');
    expect(JSON.stringify(onUploads.Properties.NotificationConfiguration)).not.toContain('Filter');

    const queues = template.findResources('AWS::SQS::Queue') as Resources;
    const [queueId, queue] = Object.entries(queues).find(([id]) => id.startsWith('RenderDraftsQueue'))!;
    expect(queue.Properties).toMatchObject({
      VisibilityTimeout: 1800,
      SqsManagedSseEnabled: true,
      RedrivePolicy: {
        maxReceiveCount: 10,
        deadLetterTargetArn: { 'Fn::GetAtt': [expect.stringMatching(/^RenderDraftsDeadLetterQueue/), 'Arn'] },
      },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [
        {
          Name: 'QueueName',
          Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('^RenderDraftsDeadLetterQueue'), 'QueueName'] },
        },
      ],
      Threshold: 1,
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      EventSourceArn: { 'Fn::GetAtt': [queueId, 'Arn'] },
      FunctionName: { Ref: Match.stringLikeRegexp('^RenderDraftsFunction') },
      BatchSize: 10,
    });
  });

  it('runs render-drafts one at a time, reading the data bucket and writing only under drafts/', () => {
    const fns = template.findResources('AWS::Lambda::Function') as Resources;
    const [, fn] = Object.entries(fns).find(([id]) => id.startsWith('RenderDraftsFunction'))!;
    expect(fn.Properties.ReservedConcurrentExecutions).toBe(1);
    const statements = statementsOf(template, 'RenderDrafts');
    const writes = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('s3:Put')));
    expect(writes.map((w) => joinedArn(w.Resource))).toEqual([
      expect.stringMatching(/DataBucket.*"\/drafts\/\*"/),
    ]);
    const reads = statements.find((s) => s.Sid === 'ReadData')!;
    const prefixes = (reads.Resource as unknown[]).map((r) => joinedArn(r).match(/"\/(\w+)\/\*"/)?.[1]);
    expect(prefixes.sort()).toEqual(['current', 'drafts', 'uploads']);
    // It never sees the originals.
    expect(JSON.stringify(statements)).not.toContain('UploadsBucket');
  });

  it('lets the publish steps write only under published/ and read only current, uploads, published and control', () => {
    for (const id of [
      'PublishPlan',
      'PublishCountry',
      'PublishConsolidated',
      'PublishOpenData',
      'PublishManifest',
    ]) {
      const statements = statementsOf(template, id);
      const writes = statements.filter((s) =>
        actionsOf(s).some((a) => a !== 's3:GetObject' && a.startsWith('s3:Put')),
      );
      expect(
        writes.map((w) => joinedArn(w.Resource)),
        id,
      ).toEqual([expect.stringMatching(/DataBucket.*"\/published\/\*"/)]);
      const reads = statements.find((s) => s.Sid === 'ReadData')!;
      const prefixes = (reads.Resource as unknown[]).map((r) => joinedArn(r).match(/"\/(\w+)\/\*"/)?.[1]);
      expect(prefixes.sort(), id).toEqual(['control', 'current', 'published', 'uploads']);
      expect(JSON.stringify(statements)).not.toContain('UploadsBucket');
    }
  });

  it('lets the portal sign uploads only into the uploads bucket, invalidate uploads and start the publish run', () => {
    const statements = statementsOf(template, 'Portal');
    const presign = statements.find((s) => s.Sid === 'PresignUploadsAndReadThem')!;
    expect(joinedArn(presign.Resource)).toMatch(/UploadsBucket.*"\/\*"/);
    const dataWrites = statements.filter(
      (s) => actionsOf(s).includes('s3:PutObject') && joinedArn(s.Resource).includes('DataBucket'),
    );
    expect(dataWrites.map((s) => joinedArn(s.Resource))).toEqual([
      expect.stringContaining('/control/*'),
      // Invalidation: the record written once next to the upload's, and the pointers moved back.
      expect.stringMatching(/"\/uploads\/\*\/invalidation\.json".*"\/current\/\*"/),
    ]);
    expect(statements.some((s) => actionsOf(s).includes('states:StartExecution'))).toBe(true);
  });

  it('publishes through a traced, logged state machine that renders countries in a bounded Map', () => {
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: Match.objectLike({ Level: 'ALL', IncludeExecutionData: true }),
    });
    const machine = Object.values(
      template.findResources('AWS::StepFunctions::StateMachine') as Resources,
    )[0]!;
    const definition = JSON.stringify(machine.Properties.DefinitionString);
    expect(definition).toContain('\\"Type\\":\\"Map\\"');
    expect(definition).toContain('\\"MaxConcurrency\\":10');
    const order = ['Plan', 'RenderCountries', 'RenderConsolidated', 'WriteOpenData', 'WriteManifest'].map(
      (s) => definition.indexOf(`\\"${s}\\":{`),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(definition).toMatch(/WriteManifest\\":\{\\"End\\":true/);
  });

  it('starts the yearly run on the schedule from context, with a dead-letter queue', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: schedule,
      Targets: [Match.objectLike({ DeadLetterConfig: Match.anyValue(), RetryPolicy: Match.anyValue() })],
    });
    const other = synthTemplate({ publishSchedule: 'cron(0 8 1 3 ? *)' }).template;
    other.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'cron(0 8 1 3 ? *)' });
  });

  it('signs people in through Cognito with no self sign-up, MFA required, a group per country and staff', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
    });
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup') as Resources).map(
      (g) => g.Properties.GroupName,
    );
    expect(groups).toContain('staff');
    expect(groups).toContain('country-FR');
    expect(groups).toContain('country-AT');
    expect(groups.length).toBeGreaterThan(50);
  });

  it('puts the portal behind an HTTP API with access logs (its sign-in: test/infra/portal-api.test.ts)', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route') as Resources);
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(['ANY /', 'ANY /{proxy+}']);
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { AccessLogSettings: Match.anyValue() });
  });

  it('kept the logical id of every stateful resource when it was split into parts (an update, not a replacement)', () => {
    // The ids the single-constructor stack had: a deployed stack keeps its buckets, users,
    // queued messages, secret and logs. Only stateless ids derived from construct paths
    // (event source mappings, a Lambda permission, two policy statement ids) changed.
    const kept: Record<string, string> = {
      AccessLogsBucket83982689: 'AWS::S3::Bucket',
      UploadsBucket5E5E9B64: 'AWS::S3::Bucket',
      DataBucketE3889A50: 'AWS::S3::Bucket',
      Users0A0EEA89: 'AWS::Cognito::UserPool',
      UsersPortalLogin886D2E48: 'AWS::Cognito::UserPoolDomain',
      IngestQueue2280FF4E: 'AWS::SQS::Queue',
      IngestDeadLetterQueue48D59084: 'AWS::SQS::Queue',
      RenderDraftsQueue0F603C2C: 'AWS::SQS::Queue',
      RenderDraftsDeadLetterQueue7EE7DD0D: 'AWS::SQS::Queue',
      ScheduleDeadLetterQueue0D6B48D2: 'AWS::SQS::Queue',
      PortalSessionSecret7638D677: 'AWS::SecretsManager::Secret',
      PortalApiLogsA9A7DAC0: 'AWS::Logs::LogGroup',
      PublishRunLogs2913C708: 'AWS::Logs::LogGroup',
      IngestLogs41B5EF21: 'AWS::Logs::LogGroup',
      PublishCountryLogs49C7384E: 'AWS::Logs::LogGroup',
    };
    const resources = template.toJSON().Resources as Resources;
    for (const [id, type] of Object.entries(kept)) expect(resources[id]?.Type, id).toBe(type);
    const groups = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::Cognito::UserPoolGroup');
    expect(groups.map(([id]) => id)).toEqual(
      expect.arrayContaining(['StaffGroup', 'CountryGroupFR', 'CountryGroupDE']),
    );
  });

  it('outputs what an operator needs after deploying', () => {
    const outputs = Object.keys(template.findOutputs('*'));
    expect(outputs).toEqual(
      expect.arrayContaining([
        'UploadsBucketName',
        'DataBucketName',
        'PortalUrl',
        'UserPoolId',
        'PublishStateMachineArn',
        'IngestDeadLetterQueueUrl',
        'RenderDraftsDeadLetterQueueUrl',
      ]),
    );
  });
});

describe('cdk-nag on the app', () => {
  it('finds nothing unacknowledged in the stack (AWS Solutions and Serverless packs)', () => {
    const { app } = synthTemplate();
    expect(() => app.synth()).not.toThrow();
  });

  it('stops the synth when something breaks a rule without an acknowledgement', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [], publishSchedule: schedule } });
    buildApp(app);
    const extra = new Stack(app, 'Careless');
    new Bucket(extra, 'OpenBucket');
    expect(() => app.synth()).toThrow(/[Vv]alidation/);
  });
});
