/**
 * E-mail on AWS (issue 13): the SES identity the mail is sent from (a domain or one address,
 * from the context `mailIdentity`; verify it in SES, and leave the SES sandbox, before real
 * contacts get mail), the remind function and its daily schedule. Each function that sends
 * may send from that identity only (ses:SendEmail on its ARN, no other identity, no
 * wildcard); each that needs the contacts may list the user pool's groups, that pool only.
 */
import { type CfnElement, Duration, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { UserPool } from 'aws-cdk-lib/aws-cognito';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { EmailIdentity, Identity } from 'aws-cdk-lib/aws-ses';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { dataPrefixes } from '../../functions/core/keys.js';
import { acknowledgeObjectWildcards, dataWildcard } from './grants.js';
import { HandlerFunction } from './handler-function.js';
import { StackPart } from './stack-part.js';
import type { Storage } from './storage.js';

export interface MailProps {
  /** The SES identity: a domain (`reports.example.org`) or an address (`reports@example.org`). */
  identity: string;
  /** The From of every mail; default `Global Alliance reports <no-reply@<domain>>`, or the address identity. */
  from?: string;
  /** The portal's address, written in the reminders. */
  portalUrl?: string;
  /** EventBridge schedule expression of the daily reminder run (default 06:00 UTC). */
  schedule?: string;
}

/** The reminder records: the only objects the remind function writes. */
const reminderRecords = 'control/*/reminders/*';

export class Mail extends StackPart {
  readonly identity: EmailIdentity;
  readonly from: string;
  readonly remind: NodejsFunction;
  readonly rule: Rule;

  constructor(
    scope: Construct,
    id: string,
    private readonly deps: { storage: Storage; userPool: UserPool; scheduleDeadLetterQueue: Queue },
    props: MailProps,
  ) {
    super(scope, id);
    const isAddress = props.identity.includes('@');
    this.identity = new EmailIdentity(this, 'MailIdentity', {
      identity: isAddress ? Identity.email(props.identity) : Identity.domain(props.identity),
    });
    this.from =
      props.from ?? (isAddress ? props.identity : `Global Alliance reports <no-reply@${props.identity}>`);

    this.remind = new HandlerFunction(this, 'Remind', {
      name: 'remind',
      description: 'Mails the reminders due today to the contacts of members without an accepted submission',
      environment: {
        DATA_BUCKET: deps.storage.data.bucketName,
        ...(props.portalUrl ? { PORTAL_URL: props.portalUrl } : {}),
      },
      memorySize: 512,
      timeout: Duration.minutes(5),
      // One run at a time: two runs at once could both send a reminder before either records it.
      reservedConcurrentExecutions: 1,
    }).fn;
    this.allowSending(this.remind);
    this.allowDirectory(this.remind);
    this.grantReminderData(this.remind);

    this.rule = new Rule(this, 'DailyRemindSchedule', {
      description: 'Sends the reminders due today (before and after the deadline)',
      schedule: props.schedule
        ? Schedule.expression(props.schedule)
        : Schedule.cron({ minute: '0', hour: '6' }),
      targets: [
        new LambdaFunction(this.remind, {
          event: RuleTargetInput.fromObject({}),
          deadLetterQueue: deps.scheduleDeadLetterQueue,
          retryAttempts: 2,
        }),
      ],
    });
    new Alarm(this, 'RemindErrorsAlarm', {
      alarmDescription:
        'The daily reminders failed (a mail was refused or a store fault): read the remind log; the next run sends only what is missing.',
      metric: this.remind.metricErrors({ period: Duration.hours(1) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }

  /** SES_FROM and SES_IDENTITY_ARN, and ses:SendEmail on this identity only. */
  allowSending(fn: NodejsFunction): void {
    const arn = this.identity.emailIdentityArn;
    fn.addEnvironment('SES_FROM', this.from);
    fn.addEnvironment('SES_IDENTITY_ARN', arn);
    fn.addToRolePolicy(
      new PolicyStatement({ sid: 'SendFromTheIdentity', actions: ['ses:SendEmail'], resources: [arn] }),
    );
  }

  /** COGNITO_USER_POOL_ID, and cognito-idp:ListUsersInGroup on the user pool only. */
  allowDirectory(fn: NodejsFunction): void {
    fn.addEnvironment('COGNITO_USER_POOL_ID', this.deps.userPool.userPoolId);
    fn.addToRolePolicy(
      new PolicyStatement({
        sid: 'ListGroupMembers',
        actions: ['cognito-idp:ListUsersInGroup'],
        resources: [this.deps.userPool.userPoolArn],
      }),
    );
  }

  /** Reads the period, the reminder records and the current pointers; writes reminder records only. */
  private grantReminderData(fn: IFunction): void {
    const data = this.deps.storage.data;
    const reads = [dataPrefixes.current, dataPrefixes.control] as const;
    fn.addToRolePolicy(
      new PolicyStatement({
        sid: 'ReadData',
        actions: ['s3:GetObject'],
        resources: reads.map((p) => data.arnForObjects(`${p}*`)),
      }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({
        sid: 'ListData',
        actions: ['s3:ListBucket'],
        resources: [data.bucketArn],
        conditions: { StringLike: { 's3:prefix': reads.map((p) => `${p}*`) } },
      }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({
        sid: 'WriteReminderRecords',
        actions: ['s3:PutObject'],
        resources: [data.arnForObjects(reminderRecords)],
      }),
    );
    const bucketId = Stack.of(data).getLogicalId(data.node.defaultChild as CfnElement);
    acknowledgeObjectWildcards(fn, [
      ...reads.map((p) => dataWildcard(data, p)),
      `Resource::<${bucketId}.Arn>/${reminderRecords}`,
    ]);
  }
}
