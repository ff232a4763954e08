/**
 * How every handler refuses an event it cannot parse: a HandlerInputError (code
 * HANDLER_INPUT, not retryable) naming the handler and the first few places that do not fit.
 * It is a wiring mistake (a state machine, a schedule or an event source sending the wrong
 * shape), never a person's data problem, and trying again cannot mend it: Step Functions does
 * not retry it (only StoreError), SQS records that fail it go to the dead-letter queue.
 */
import type * as z from 'zod';
import { AllianceError } from '../core/errors.js';

export class HandlerInputError extends AllianceError<'HANDLER_INPUT'> {
  constructor(
    readonly handler: string,
    detail: string,
    options?: ErrorOptions,
  ) {
    super('HandlerInputError', 'HANDLER_INPUT', `Unexpected ${handler} input: ${detail}`, options);
  }
}

/** Where a zod parse failed, as one line: `plan.year: Too small; country: Invalid string`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`)
    .join('; ');
}

/** The event, parsed by `schema`, or a HandlerInputError. */
export function parseHandlerInput<T>(handler: string, schema: z.ZodType<T>, event: unknown): T {
  const result = schema.safeParse(event);
  if (!result.success)
    throw new HandlerInputError(handler, describeIssues(result.error), { cause: result.error });
  return result.data;
}
