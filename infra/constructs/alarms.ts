/**
 * Every alarm of the stack in one place: a message waiting in a dead-letter queue (an upload
 * or a draft that failed every retry, a schedule that could not start its target), and a
 * failed reconcile run. Each says what to do.
 */
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { StackPart } from './stack-part.js';

export interface AlarmsProps {
  ingestDeadLetterQueue: Queue;
  renderDraftsDeadLetterQueue: Queue;
  scheduleDeadLetterQueue: Queue;
  reconcile: IFunction;
}

export class Alarms extends StackPart {
  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.onMessages(
      'IngestDeadLetterAlarm',
      props.ingestDeadLetterQueue,
      'Uploads that failed processing five times are waiting in the ingest dead-letter queue: look at the ingest logs, fix, then redrive.',
    );
    this.onMessages(
      'RenderDraftsDeadLetterAlarm',
      props.renderDraftsDeadLetterQueue,
      'Draft renders that failed ten times are waiting in the render-drafts dead-letter queue: look at the render-drafts logs, fix, then redrive.',
    );
    this.onMessages(
      'ScheduleDeadLetterAlarm',
      props.scheduleDeadLetterQueue,
      'The yearly publication run could not be started by its schedule: start it by hand.',
    );
    this.atLeastOne(
      'ReconcileErrorsAlarm',
      props.reconcile.metricErrors({ period: Duration.hours(1) }),
      'The daily reconcile failed (a replayed upload hit a fault): read its log, fix the cause, run it again.',
    );
  }

  /** Any message visible in the queue. */
  private onMessages(id: string, queue: Queue, description: string): Alarm {
    return this.atLeastOne(
      id,
      queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      description,
    );
  }

  private atLeastOne(id: string, metric: IMetric, description: string): Alarm {
    return new Alarm(this, id, {
      alarmDescription: description,
      metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
