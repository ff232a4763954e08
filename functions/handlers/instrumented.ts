/**
 * The Lambda entry point of a handler that is invoked directly (Step Functions, a schedule):
 * the Powertools logger gets the invocation's context (request id, function, cold start),
 * a fault is logged once in the one error shape and counted (metric `Fault`) before it is
 * rethrown for Step Functions or the schedule to see, and the metrics are flushed.
 */
import type { Context } from 'aws-lambda';
import { createLog, type ServiceLog } from '../adapters/log.js';
import { createTelemetry, type Telemetry } from '../adapters/metrics.js';

export interface HandlerTools {
  log: ServiceLog;
  telemetry: Telemetry;
}

/** The logger and metrics of one function, made once per container. */
export function handlerTools(service: string): HandlerTools {
  return { log: createLog(service), telemetry: createTelemetry(service) };
}

export function instrumented<T>(
  tools: HandlerTools,
  work: (event: unknown) => Promise<T>,
): (event: unknown, context?: Context) => Promise<T> {
  return async (event, context) => {
    if (context) tools.log.logger.addContext(context);
    try {
      return await work(event);
    } catch (error) {
      tools.telemetry.count('Fault');
      tools.log.error('Invocation failed', error);
      throw error;
    } finally {
      tools.telemetry.flush();
    }
  };
}
