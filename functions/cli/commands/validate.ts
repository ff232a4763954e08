/**
 * `alliance-reports validate FILE --country FR --year 2014`: checks an upload exactly as the
 * pipeline would and stores nothing. Exit 0 accepted (warnings allowed), 1 rejected,
 * 2 bad usage or an argument that cannot be read.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { localizeIssues } from '../../core/i18n/issues.js';
import type { Language } from '../../core/i18n/languages.js';
import { ingestUpload } from '../../core/ingest/index.js';
import { defaultLimits } from '../../core/limits.js';
import { resolveMember } from '../../core/members.js';
import { formatIssuesJson, formatIssuesText } from '../format-issues.js';
import { EXIT_OK, EXIT_REJECTED, UsageError } from '../main.js';
import { describeFsError, readPreviousSubmission } from './template.js';

export interface ValidateOptions {
  country: string;
  year: number;
  format: string;
  previous?: string;
  /** The language of the messages and hints (default English); codes never change. */
  lang?: Language;
}

export async function runValidate(file: string, opts: ValidateOptions): Promise<number> {
  const format = opts.format.trim().toLowerCase();
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json, not "${opts.format}".`);
  const member = resolveMember(opts.country);
  if (!member)
    throw new UsageError(
      `Unknown country "${opts.country}". Give a member's two-letter code (FR) or its name (France).`,
    );
  const previous = opts.previous ? await readPreviousSubmission(opts.previous) : undefined;
  const bytes = await readUpload(file, defaultLimits.maxFileBytes);

  const result = await ingestUpload({
    bytes,
    fileName: basename(file),
    country: member.code,
    year: opts.year,
    previous: previous ?? null,
    elapsed: () => performance.now(),
  });

  const lang = opts.lang ?? 'en';
  const outcome = { ...result, issues: localizeIssues(result.issues, lang) };
  if (format === 'json') process.stdout.write(formatIssuesJson(outcome));
  else process.stdout.write(formatIssuesText(outcome, { color: useColor(), fileName: basename(file), lang }));
  return result.accepted ? EXIT_OK : EXIT_REJECTED;
}

/** Colour only for a person at a terminal, and never when NO_COLOR is set. */
function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
}

/**
 * Reads at most one byte more than the size limit: a larger file is rejected by the ingest
 * as FILE_TOO_LARGE, without holding gigabytes in memory first.
 */
async function readUpload(file: string, maxBytes: number): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${describeFsError(error)}.`, { cause: error });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UsageError(`${file} is not a file.`);
    const size = Math.min(info.size, maxBytes + 1);
    const buffer = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(buffer, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return buffer.subarray(0, offset);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot read ${file}: ${describeFsError(error)}.`, { cause: error });
  } finally {
    await handle.close();
  }
}
