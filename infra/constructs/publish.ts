/**
 * The publish run: five functions (plan, country, consolidated, open data, manifest), the
 * Step Functions state machine that runs them in that order (countries in a Map), and the
 * yearly schedule that starts it. A store fault (StoreError) is retried three times; any
 * other failure fails the run, and an edition without its manifest does not exist.
 */
import { type CfnElement, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { SfnStateMachine } from 'aws-cdk-lib/aws-events-targets';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import {
  DefinitionBody,
  type IChainable,
  LogLevel,
  Map as MapState,
  StateMachine,
  TaskInput,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { dataPrefixes } from '../../functions/core/keys.js';
import type { HandlerName } from '../bundling.js';
import { grantDataAccess } from './grants.js';
import { HandlerFunction } from './handler-function.js';
import { deadLetterQueue } from './queues.js';
import { StackPart } from './stack-part.js';
import type { Storage } from './storage.js';

export interface PublishProps {
  /** EventBridge schedule expression of the yearly publication run. */
  schedule: string;
  /** Countries rendered in parallel. Default: 10. */
  concurrency?: number;
}

type PublishStepName = Extract<HandlerName, `publish-${string}`>;

/** The state names of the definition, by the handler each one runs (the local test maps them back). */
export const publishStates = {
  Plan: 'publish-plan',
  RenderCountry: 'publish-country',
  RenderConsolidated: 'publish-consolidated',
  WriteOpenData: 'publish-open-data',
  WriteManifest: 'publish-manifest',
} as const satisfies Record<string, PublishStepName>;

/** The error names a step is retried on: a store fault is worth a retry; a bug is not. */
export const retriedErrors = ['StoreError'];

export class Publish extends StackPart {
  readonly stateMachine: StateMachine;
  /** Where a schedule (this one, the reconcile's) puts an event it could not deliver. */
  readonly scheduleDeadLetterQueue: Queue;
  readonly functions: Record<PublishStepName, NodejsFunction>;

  constructor(scope: Construct, id: string, storage: Storage, props: PublishProps) {
    super(scope, id);
    const step = (name: PublishStepName, description: string, heavy: boolean) => {
      const fn = new HandlerFunction(this, pascal(name), {
        name,
        description,
        environment: { DATA_BUCKET: storage.data.bucketName },
        memorySize: heavy ? 1536 : 512,
        timeout: heavy ? Duration.minutes(5) : Duration.minutes(1),
      }).fn;
      grantDataAccess(fn, storage.data, {
        read: [dataPrefixes.current, dataPrefixes.uploads, dataPrefixes.published, dataPrefixes.control],
        write: [dataPrefixes.published],
        sids: { write: 'WritePublished' },
      });
      return fn;
    };
    this.functions = {
      'publish-plan': step(
        'publish-plan',
        'Picks the year, the next edition and the countries to render',
        false,
      ),
      'publish-country': step(
        'publish-country',
        'Renders one country report (PDF, HTML) into the edition',
        true,
      ),
      'publish-consolidated': step(
        'publish-consolidated',
        'Renders the consolidated report into the edition',
        true,
      ),
      'publish-open-data': step(
        'publish-open-data',
        'Writes the open data (CSV, JSON) into the edition',
        false,
      ),
      'publish-manifest': step('publish-manifest', 'Writes the edition manifest, last', false),
    };

    const definition = this.createDefinition(props.concurrency ?? 10);

    const logs = new LogGroup(this, 'PublishRunLogs', {
      retention: RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stateMachine = new StateMachine(this, 'PublishRun', {
      definitionBody: DefinitionBody.fromChainable(definition),
      timeout: Duration.hours(2),
      tracingEnabled: true,
      logs: { destination: logs, level: LogLevel.ALL, includeExecutionData: true },
    });
    for (const fn of Object.values(this.functions)) {
      Validations.of(this.stateMachine).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(fn.node.defaultChild as CfnElement)}.Arn>:*]`,
        reason:
          'CDK grants the state machine lambda:InvokeFunction on the function and its versions (`:*`); it is the same function, no other.',
      });
    }
    Validations.of(this.stateMachine).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray tracing and CloudWatch Logs delivery (logs:CreateLogDelivery, logs:DescribeResourcePolicies and the like) support no resource-level scoping.',
    });

    this.scheduleDeadLetterQueue = deadLetterQueue(
      this,
      'ScheduleDeadLetterQueue',
      'the yearly and daily schedules',
    );
    new Rule(this, 'YearlyPublishSchedule', {
      description: 'The yearly publication run (context publishSchedule)',
      schedule: Schedule.expression(props.schedule),
      targets: [
        new SfnStateMachine(this.stateMachine, {
          input: RuleTargetInput.fromObject({ trigger: 'schedule' }),
          deadLetterQueue: this.scheduleDeadLetterQueue,
          retryAttempts: 3,
        }),
      ],
    });
  }

  /**
   * Plan, then every country that uploaded in a Map, then the consolidated report, the open
   * data and the manifest; each step retried on a store fault only.
   */
  private createDefinition(concurrency: number): IChainable {
    /** A Lambda step; without a payload the function gets the whole state input. */
    const invoke = (state: keyof typeof publishStates, payload?: TaskInput, resultPath?: string) =>
      new LambdaInvoke(this, state, {
        lambdaFunction: this.functions[publishStates[state]],
        ...(payload ? { payload } : {}),
        payloadResponseOnly: true,
        ...(resultPath ? { resultPath } : {}),
        retryOnServiceExceptions: true,
      }).addRetry({
        // A store fault (functions/core/ports.ts StoreError) is worth a retry; a bug is not.
        errors: retriedErrors,
        interval: Duration.seconds(5),
        maxAttempts: 3,
        backoffRate: 2,
      });

    const countries = new MapState(this, 'RenderCountries', {
      // Every country that uploaded: its validation record, and its report if accepted.
      itemsPath: '$.plan.uploaded',
      itemSelector: { 'plan.$': '$.plan', 'country.$': '$$.Map.Item.Value' },
      maxConcurrency: concurrency,
      resultPath: '$.countryFiles',
    }).itemProcessor(invoke('RenderCountry'));
    const stepInput = TaskInput.fromObject({ 'plan.$': '$.plan' });
    return invoke('Plan')
      .next(countries)
      .next(invoke('RenderConsolidated', stepInput, '$.consolidatedFiles'))
      .next(invoke('WriteOpenData', stepInput, '$.openDataFiles'))
      .next(invoke('WriteManifest', stepInput, '$.manifest'));
  }
}

function pascal(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}
