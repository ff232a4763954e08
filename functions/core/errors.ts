/**
 * The one base of every fault this code throws. A fault (S3 down, a bug, a wiring mistake)
 * is thrown; a problem in a person's data is an Issue value, never an error.
 *
 * Each error carries a stable `code` (SCREAMING_SNAKE, for logs, alarms and tests), its
 * `cause` (the error underneath, kept, never flattened into the message) and `retryable`:
 * whether trying the same thing again can succeed (a store fault) or cannot (a bug, input
 * that does not parse). The `name` is given explicitly, not taken from the class: bundles
 * are minified, and Step Functions retries match the name (`StoreError`).
 */

export interface AllianceErrorOptions {
  cause?: unknown;
  /** Trying the same thing again may succeed. Default: false. */
  retryable?: boolean;
}

export class AllianceError<C extends string = string> extends Error {
  readonly code: C;
  readonly retryable: boolean;

  constructor(name: string, code: C, message: string, options: AllianceErrorOptions = {}) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.name = name;
    this.code = code;
    this.retryable = options.retryable ?? false;
  }
}

/**
 * Whether a fault is worth trying again: an AllianceError says so itself; anything else
 * thrown (an SDK error, a TypeError from a bug) is not known to be, and is treated as a
 * fault of unknown kind by the caller.
 */
export function isRetryable(error: unknown): boolean {
  return error instanceof AllianceError && error.retryable;
}

/** A cross-line validation rule threw: recorded as the RULE_FAILED issue, its error kept here. */
export class RuleFailedError extends AllianceError<'RULE_FAILED'> {
  constructor(
    readonly rule: string,
    cause: unknown,
  ) {
    super('RuleFailedError', 'RULE_FAILED', `The validation rule ${rule} threw`, { cause });
  }
}

/** The fields every log line gives an error: one shape for handlers, portal and CLI. */
export interface ErrorFields {
  error: string;
  code?: string;
  retryable?: boolean;
  detail: string;
  cause?: string;
  stack?: string;
}

/** An error (or anything thrown) as log fields; the cause chain named, two levels deep. */
export function errorFields(error: unknown): ErrorFields {
  const e = error instanceof Error ? error : new Error(String(error));
  const code = (e as { code?: unknown }).code;
  const causes: string[] = [];
  let cause: unknown = e.cause;
  for (let depth = 0; cause !== undefined && depth < 2; depth++) {
    causes.push(cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause));
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return {
    error: e.name,
    ...(typeof code === 'string' ? { code } : {}),
    ...(e instanceof AllianceError ? { retryable: e.retryable } : {}),
    detail: e.message,
    ...(causes.length ? { cause: causes.join(' <- ') } : {}),
    ...(e.stack ? { stack: e.stack } : {}),
  };
}
