/**
 * One JSON line per event in the function's log (the Lambda log format is JSON; locally the
 * line is readable as it is). Never user data beyond keys and codes.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined | string[]>;

export interface Log {
  info(message: string, fields?: LogFields): void;
  error(message: string, error: unknown, fields?: LogFields): void;
}

export const consoleLog: Log = {
  info(message, fields = {}) {
    console.info(JSON.stringify({ level: 'INFO', message, ...fields }));
  },
  error(message, error, fields = {}) {
    const e = error instanceof Error ? error : new Error(String(error));
    const code = (e as { code?: unknown }).code;
    const cause = e.cause instanceof Error ? `${e.cause.name}: ${e.cause.message}` : undefined;
    console.error(
      JSON.stringify({
        level: 'ERROR',
        message,
        ...fields,
        error: e.name,
        code: typeof code === 'string' ? code : undefined,
        detail: e.message,
        cause,
        stack: e.stack,
      }),
    );
  },
};
