/**
 * `alliance-reports run --input DIR --out DIR [--year YYYY] [--edition N] [--no-progress]`:
 * the yearly run on a folder. Exit 0 when every upload was accepted, 1 when any was
 * rejected (the run still writes everything else), 2 for bad usage.
 */
import { stat } from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import { EXIT_OK, EXIT_REJECTED, UsageError } from '../main.js';
import { formatRunSummary } from '../run/run-summary.js';
import { createWorkerRenderer } from '../run/worker-renderer.js';
import { NothingToRunError, runYearlyRun, type YearlyRunResult } from '../run/yearly-run.js';

export interface RunOptions {
  input: string;
  out: string;
  year?: number;
  /** From the command line: text. */
  edition?: string | number;
  /** false with --no-progress. */
  progress?: boolean;
  /** Where the summary goes (tests); default stdout. */
  stdout?: NodeJS.WritableStream;
  /** Where the progress bar goes; default stderr, only when it is a terminal. */
  stderr?: NodeJS.WriteStream;
}

function parseEdition(value: string | number | undefined): number {
  const text = String(value ?? '1');
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 999)
    throw new UsageError(`--edition must be a whole number from 1, not "${text}"`);
  return n;
}

/** Runs the year(s); returns the exit code. */
export async function runYearly(opts: RunOptions): Promise<number> {
  const edition = parseEdition(opts.edition);
  const info = await stat(opts.input).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`--input ${opts.input} is not a folder`);
  const out = opts.stdout ?? process.stdout;
  const err = opts.stderr ?? process.stderr;

  const bar =
    opts.progress !== false && err.isTTY
      ? new SingleBar({
          format: '{bar} {value}/{total} {step}',
          stream: err,
          hideCursor: true,
          clearOnComplete: true,
        })
      : undefined;
  bar?.start(1, 0, { step: '' });

  const renderer = createWorkerRenderer();
  let result: YearlyRunResult;
  try {
    result = await runYearlyRun({
      input: opts.input,
      out: opts.out,
      ...(opts.year !== undefined ? { year: opts.year } : {}),
      edition,
      renderer,
      onProgress: ({ done, total, step }) => {
        bar?.setTotal(total);
        bar?.update(done, { step });
      },
    });
  } catch (error) {
    if (error instanceof NothingToRunError) throw new UsageError(error.message, { cause: error });
    throw error;
  } finally {
    bar?.stop();
    await renderer.close();
  }

  out.write(formatRunSummary(result));
  return result.rejectedCount > 0 ? EXIT_REJECTED : EXIT_OK;
}
