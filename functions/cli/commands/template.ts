/**
 * `alliance-reports template --year 2014 --out form.xlsx [--country FR] [--previous 2013.json | --store DIR]`:
 * writes the workbook a national contact fills in; with last year's submission (a JSON file,
 * or the one that counts in the folder store), its actions are prefilled so the contact
 * updates their status, and its values stand beside this year's for comparison.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { openLocalStores } from '../../adapters/local-stores.js';
import { StoredSubmissionSource } from '../../app/submissions-store.js';
import type { Language } from '../../core/i18n/languages.js';
import { localStoreFolders } from '../../core/keys.js';
import { resolveMember } from '../../core/members.js';
import { parseSubmission, type Submission, SubmissionFormatError } from '../../core/submission.js';
import { buildTemplate } from '../../core/template.js';
import { EXIT_OK, UsageError } from '../main.js';

export interface TemplateCommandOptions {
  year: number;
  out: string;
  country?: string;
  previous?: string;
  /** A folder store: last year's submission that counts for --country is read from it. */
  store?: string;
  /** The workbook's language (default English). */
  lang?: Language;
}

export async function runTemplate(opts: TemplateCommandOptions): Promise<number> {
  const member = opts.country === undefined ? undefined : resolveMember(opts.country);
  if (opts.country !== undefined && !member)
    throw new UsageError(
      `Unknown country "${opts.country}". Give a member's two-letter code (FR) or its name (France).`,
    );
  if (opts.previous && opts.store)
    throw new UsageError(
      'Give --previous or --store, not both: both say where last year’s values come from.',
    );
  if (opts.store && !member)
    throw new UsageError('--store needs --country: last year’s values are those of one country.');
  const previous = opts.previous
    ? await readPreviousSubmission(opts.previous)
    : opts.store && member
      ? await readStoredPrevious(opts.store, opts.year - 1, member.code)
      : undefined;
  if (previous && member && previous.country !== member.code)
    throw new UsageError(
      `--previous ${opts.previous} is ${previous.country}'s submission, not ${member.code}'s.`,
    );
  if (previous && previous.year >= opts.year)
    throw new UsageError(
      `--previous ${opts.previous} is for ${previous.year}: give a year before ${opts.year}.`,
    );
  if (!/\.xlsx$/i.test(opts.out))
    throw new UsageError(`--out must name an .xlsx file, such as form-${opts.year}.xlsx.`);

  const country = member?.code ?? previous?.country;
  const bytes = await buildTemplate({
    year: opts.year,
    ...(country ? { country } : {}),
    ...(previous ? { previous } : {}),
    ...(opts.lang ? { lang: opts.lang } : {}),
  });

  // Written beside the target, then renamed: a reader never finds half a workbook.
  const partial = join(dirname(opts.out), `.${basename(opts.out)}.${process.pid}.partial`);
  try {
    await writeFile(partial, bytes);
    await rename(partial, opts.out);
  } catch (error) {
    throw new UsageError(`Cannot write ${opts.out}: ${describeFsError(error)}.`, { cause: error });
  }
  const prefilled = previous
    ? ` with ${previous.actions.length} action(s) from ${previous.year} prefilled and ${previous.indicators.filter((i) => i.value !== null).length} value(s) of ${previous.year} beside this year’s`
    : opts.store
      ? ` (the store has no accepted submission for ${opts.year - 1})`
      : '';
  process.stdout.write(
    `Wrote ${opts.out}: the ${opts.year} workbook${country ? ` for ${country}` : ''}${prefilled}.\n`,
  );
  return EXIT_OK;
}

/** The submission that counts for a country and year in a folder store, if any. */
async function readStoredPrevious(
  store: string,
  year: number,
  country: string,
): Promise<Submission | undefined> {
  if (!existsSync(join(store, localStoreFolders.data)))
    throw new UsageError(`${store} is not a store folder: it has no ${localStoreFolders.data}/ folder.`);
  return new StoredSubmissionSource(openLocalStores(store).data).submission(year, country);
}

/** Last year's normalized submission from a JSON file; anything else is a usage error (exit 2). */
export async function readPreviousSubmission(file: string): Promise<Submission> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const why = error instanceof SyntaxError ? 'it is not JSON' : describeFsError(error);
    throw new UsageError(`Cannot read --previous ${file}: ${why}.`, { cause: error });
  }
  try {
    return parseSubmission(json);
  } catch (error) {
    if (error instanceof SubmissionFormatError)
      throw new UsageError(`--previous ${file} is not a normalized submission. ${error.message}`, {
        cause: error,
      });
    throw error;
  }
}

/** A file-system error in words, without a stack trace. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
