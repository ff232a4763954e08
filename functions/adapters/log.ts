/**
 * The log: one JSON line per event, written by the Powertools logger (level, message,
 * timestamp, service, the Lambda request id once the handler adds its context, and the
 * fields given: message id, upload key, year, country). Every error is logged in one shape
 * (core/errors.ts errorFields: error, code, retryable, detail, cause, stack), from the
 * handlers, the portal and its local server alike. Never user data beyond keys and codes.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { errorFields } from '../core/errors.js';

export type LogFields = Record<string, string | number | boolean | null | undefined | string[]>;

/** The port the handlers and the portal log through (tests hand in a quiet or recording one). */
export interface Log {
  info(message: string, fields?: LogFields): void;
  error(message: string, error: unknown, fields?: LogFields): void;
}

/** A Log over a Powertools logger; `logger` is kept for the handler to add the Lambda context. */
export interface ServiceLog extends Log {
  readonly logger: Logger;
}

const defined = (fields: LogFields) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Record<string, unknown>;

/** The log of one service (`ingest`, `portal`...): POWERTOOLS_SERVICE_NAME wins when set. */
export function createLog(service: string, logger?: Logger): ServiceLog {
  const l = logger ?? new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? service });
  return {
    logger: l,
    info(message, fields = {}) {
      l.info(message, defined(fields));
    },
    error(message, error, fields = {}) {
      l.error(message, { ...defined(fields), ...errorFields(error) });
    },
  };
}
