/**
 * `alliance-reports`: the pipeline's use cases on the command line, on a folder store.
 * Each command lives in its own module, loaded only when it runs (fast start).
 * Exit codes: 0 success or accepted, 1 rejected upload(s), 2 bad usage or unreadable arguments.
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { AllianceError } from '../core/errors.js';
import { isLanguage, type Language, languages } from '../core/i18n/languages.js';
import { notAReportingYearMessage, parseReportingYear } from '../core/limits.js';

export const EXIT_OK = 0;
export const EXIT_REJECTED = 1;
export const EXIT_USAGE = 2;

/** A problem with what the person typed: printed without a stack trace, exit 2. */
export class UsageError extends AllianceError<'USAGE'> {
  constructor(message: string, options?: ErrorOptions) {
    super('UsageError', 'USAGE', message, options);
  }
}

export function parseYear(text: string): number {
  const year = parseReportingYear(text);
  if (year === undefined) throw new InvalidArgumentError(notAReportingYearMessage(text));
  return year;
}

export function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('a port number, 0-65535');
  return port;
}

/** A day `YYYY-MM-DD` that exists in the calendar. */
function parseDayArg(text: string): string {
  const day = text.trim();
  const m = day.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const date = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (!date || date.toISOString().slice(0, 10) !== day)
    throw new InvalidArgumentError('a day written YYYY-MM-DD, such as 2026-03-10');
  return day;
}

function parseLang(text: string): Language {
  const lang = text.trim().toLowerCase();
  if (!isLanguage(lang)) throw new InvalidArgumentError(`one of ${languages.join(', ')}`);
  return lang;
}

export function buildProgram(): Command {
  const program = new Command()
    .name('alliance-reports')
    .description('Validate, render and publish the Global Alliance members’ yearly reports.')
    .exitOverride()
    .showHelpAfterError('(run alliance-reports --help for the commands)');

  program
    .command('validate')
    .description('check an upload as the pipeline would, and say what to fix, where')
    .argument('<file>', 'the workbook (.xlsx, .ods) or table (.csv) to check')
    .requiredOption('--country <code>', 'the country it is uploaded for (FR, or a name)')
    .requiredOption('--year <year>', 'the reporting year', parseYear)
    .option('--format <format>', 'text or json', 'text')
    .option('--previous <file>', 'last year’s normalized submission (JSON), for the change warnings')
    .option('--lang <lang>', 'the language of the messages and hints: en, fr, de or es', parseLang, 'en')
    .action(async (file, opts) => {
      const { runValidate } = await import('./commands/validate.js');
      process.exitCode = await runValidate(file, opts);
    });

  program
    .command('template')
    .description('write the workbook a national contact fills in')
    .requiredOption('--year <year>', 'the reporting year', parseYear)
    .requiredOption('--out <file>', 'where to write the .xlsx')
    .option('--country <code>', 'prefill the country on the cover sheet')
    .option('--previous <file>', 'last year’s normalized submission (JSON): its actions are prefilled')
    .option('--store <dir>', 'a folder store: last year’s accepted submission of --country is read from it')
    .option('--lang <lang>', 'the language of the workbook: en, fr, de or es', parseLang, 'en')
    .action(async (opts) => {
      const { runTemplate } = await import('./commands/template.js');
      process.exitCode = await runTemplate(opts);
    });

  program
    .command('run')
    .description(
      'the yearly run: validate every upload, render every report, write the open data and manifest',
    )
    .requiredOption('--input <dir>', 'uploads laid out as <dir>/<year>/<CC>/*.{xlsx,ods,csv}')
    .requiredOption('--out <dir>', 'where the reports go')
    .option('--year <year>', 'only this year (default: every year found)', parseYear)
    .option('--edition <n>', 'edition number printed on the reports', '1')
    .option('--no-progress', 'no progress bar')
    .action(async (opts) => {
      const { runYearly } = await import('./commands/run.js');
      process.exitCode = await runYearly(opts);
    });

  program
    .command('serve')
    .description('the portal on localhost')
    .option('--port <port>', 'port to listen on', parsePort, 8080)
    .option('--store <dir>', 'the folder store', '.alliance-store')
    .option('--year <year>', 'the year pages open on (default: last calendar year)', parseYear)
    .option(
      '--smtp-url <url>',
      'the SMTP server for the portal’s mail (default SMTP_URL, else .eml files in <store>/outbox)',
    )
    .action(async (opts) => {
      const { runServe } = await import('./commands/serve.js');
      process.exitCode = await runServe(opts);
    });

  const users = program.command('users').description('the local portal’s users');
  users
    .command('add')
    .description(
      'add or update a user (asks for the password on the terminal, or reads it from ALLIANCE_PASSWORD)',
    )
    .requiredOption('--email <email>', 'the sign-in e-mail')
    .option('--country <code>', 'a national contact of this country')
    .option('--staff', 'Commission staff (sees every country)')
    .option('--lang <lang>', 'the language of their e-mail: en, fr, de or es (default en)', parseLang)
    .option('--store <dir>', 'the folder store', '.alliance-store')
    .action(async (opts) => {
      const { runUsersAdd } = await import('./commands/users.js');
      process.exitCode = await runUsersAdd(opts);
    });

  const period = program
    .command('period')
    .description('the reporting period of a year: when uploads open, the deadline, when they close');
  period
    .command('set')
    .description(
      'set the year’s dates (YYYY-MM-DD, UTC, each day included); a change keeps the one it replaces',
    )
    .requiredOption('--year <year>', 'the reporting year', parseYear)
    .requiredOption('--opens <day>', 'the first day uploads are taken')
    .requiredOption('--deadline <day>', 'the last day an upload is on time (after it: accepted, marked late)')
    .requiredOption('--closes <day>', 'the last day uploads are taken')
    .option('--store <dir>', 'the folder store', '.alliance-store')
    .action(async (opts) => {
      const { runPeriodSet } = await import('./commands/period.js');
      process.exitCode = await runPeriodSet(opts);
    });
  period
    .command('show')
    .description('show the year’s dates and who set them, with the earlier settings')
    .requiredOption('--year <year>', 'the reporting year', parseYear)
    .option('--store <dir>', 'the folder store', '.alliance-store')
    .action(async (opts) => {
      const { runPeriodShow } = await import('./commands/period.js');
      process.exitCode = await runPeriodShow(opts);
    });

  program
    .command('reconcile')
    .description('find uploads that were never processed (a lost notification) and process them')
    .requiredOption('--year <year>', 'the reporting year', parseYear)
    .option('--store <dir>', 'the folder store', '.alliance-store')
    .option('--replay', 'process what was missed, not only list it')
    .action(async (opts) => {
      const { runReconcile } = await import('./commands/reconcile.js');
      process.exitCode = await runReconcile(opts);
    });

  program
    .command('revalidate')
    .description(
      'check every upload of a year again under the current rules and say what would change; --apply records it',
    )
    .requiredOption('--year <year>', 'the reporting year', parseYear)
    .option('--store <dir>', 'the folder store', '.alliance-store')
    .option('--apply', 'record it: what fails now stops counting (without it nothing is written)')
    .action(async (opts) => {
      const { runRevalidate } = await import('./commands/revalidate.js');
      process.exitCode = await runRevalidate(opts);
    });

  program
    .command('remind')
    .description('mail the reminder due today to the contacts of members without an accepted submission')
    .requiredOption('--year <year>', 'the reporting year', parseYear)
    .option('--today <day>', 'the day to act as (YYYY-MM-DD; default: today, UTC)', (t) => parseDayArg(t))
    .option('--dry-run', 'print what would be sent; send and write nothing')
    .option('--store <dir>', 'the folder store', '.alliance-store')
    .option(
      '--smtp-url <url>',
      'the SMTP server (smtp://host:port; default SMTP_URL, else .eml files in <store>/outbox)',
    )
    .option(
      '--outbox <dir>',
      'where the .eml files go without an SMTP server (default MAIL_OUTBOX, else <store>/outbox)',
    )
    .option('--portal-url <url>', 'the portal address written in the mail')
    .action(async (opts) => {
      const { runRemind } = await import('./commands/remind.js');
      process.exitCode = await runRemind(opts);
    });

  return program;
}

/** Runs the program; never lets a stack trace reach the person at the terminal. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed its message; help and version are not failures.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`alliance-reports: ${error.message}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(
      `alliance-reports: an internal error stopped the command: ${error instanceof Error ? error.message : String(error)}\n` +
        'Nothing was half-written. Please report this with the command you ran. (ALLIANCE_DEBUG=1 shows details.)\n',
    );
    if (process.env.ALLIANCE_DEBUG) console.error(error);
    return 3;
  }
}
