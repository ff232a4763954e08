/** The queues of the stack: encrypted, TLS only; a dead-letter queue says whose it is. */
import { Duration, Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/** A dead-letter queue (14 days), acknowledged for the two checks that want one of its own. */
export function deadLetterQueue(scope: Construct, id: string, whose: string): Queue {
  const queue = new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  for (const rule of ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy']) {
    Validations.of(queue).acknowledge({
      id: rule,
      reason: `This queue is itself the dead-letter queue of ${whose}; it has none of its own.`,
    });
  }
  return queue;
}

/** A work queue in front of a function: visibility six times the function's timeout (AWS's advice). */
export function workQueue(
  scope: Construct,
  id: string,
  props: { functionTimeout: Duration; deadLetterQueue: Queue; maxReceiveCount: number },
): Queue {
  return new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    visibilityTimeout: Duration.seconds(props.functionTimeout.toSeconds() * 6),
    retentionPeriod: Duration.days(4),
    deadLetterQueue: { queue: props.deadLetterQueue, maxReceiveCount: props.maxReceiveCount },
  });
}
