/**
 * X-Ray for the AWS SDK clients (the functions run with active tracing): each S3, Step
 * Functions or Secrets Manager call becomes a subsegment of the invocation. Outside Lambda
 * (tests, the CLI) the Powertools tracer is off and hands the client back untouched.
 */
import { Tracer } from '@aws-lambda-powertools/tracer';

let tracer: Tracer | undefined;

/** The client, instrumented when tracing is on. */
export function traced<T>(client: T): T {
  tracer ??= new Tracer();
  return tracer.captureAWSv3Client(client);
}
