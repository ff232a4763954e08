/**
 * `alliance-reports remind --year Y [--today D] [--dry-run] [--store DIR] [--smtp-url U]`:
 * mails the reminder due today to the national contacts of every member without an accepted
 * submission (functions/app/cycle/remind.ts), each reminder once; `--dry-run` prints what it
 * would send and touches nothing. Mail goes to the SMTP server given (--smtp-url, SMTP_URL),
 * else into `<store>/outbox` as .eml files. Contacts come from the local users file.
 * Exit 0 when every due reminder went out (or would), 1 when a send failed, 2 bad usage.
 */
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../../adapters/env.js';
import { openLocalStores } from '../../adapters/local-stores.js';
import { createLocalMailer } from '../../adapters/mail/local.js';
import { type CountryReminder, remind } from '../../app/cycle/remind.js';
import { localStoreFolders } from '../../core/keys.js';
import { localDirectory } from '../../portal/local-directory.js';
import { EXIT_OK, EXIT_REJECTED, UsageError } from '../main.js';

export interface RemindCommandOptions {
  year: number;
  today?: string;
  dryRun?: boolean;
  store?: string;
  smtpUrl?: string;
  outbox?: string;
  portalUrl?: string;
}

export async function runRemind(opts: RemindCommandOptions): Promise<number> {
  const store = opts.store ?? '.alliance-store';
  if (!existsSync(join(store, localStoreFolders.data)))
    throw new UsageError(`${store} is not a store folder: it has no ${localStoreFolders.data}/ folder.`);
  const { data } = openLocalStores(store);
  const dryRun = opts.dryRun === true;
  let mail: ReturnType<typeof createLocalMailer> | undefined;
  if (!dryRun) {
    try {
      mail = createLocalMailer(store, {
        ...(opts.smtpUrl ? { smtpUrl: opts.smtpUrl } : {}),
        ...(opts.outbox ? { outboxDir: opts.outbox } : {}),
      });
    } catch (error) {
      if (error instanceof ConfigurationError) throw new UsageError(error.message);
      throw error;
    }
  }
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const summary = await remind(data, {
    year: opts.year,
    today,
    dryRun,
    ...(mail ? { mailer: mail.mailer } : {}),
    directory: localDirectory(store),
    actor: `cli:${userInfo().username}`,
    ...(opts.portalUrl ? { portalUrl: opts.portalUrl } : {}),
  });
  mail?.close();

  const out: string[] = [];
  if (!summary.period) {
    out.push(
      `No reporting period is set for ${opts.year}: no reminder is sent until staff set one (alliance-reports period set).`,
    );
    process.stdout.write(`${out.join('\n')}\n`);
    return EXIT_OK;
  }
  const p = summary.period;
  out.push(
    `Reminders for ${opts.year} on ${today}${dryRun ? ' (dry run: nothing is sent or written)' : ''}: period opens ${p.opens}, deadline ${p.deadline}, closes ${p.closes}.`,
  );
  if (summary.sample) out.push('The store holds the fictitious sample data: every mail says so.');
  const lines = summary.countries.map(describe).filter((l): l is string => l !== undefined);
  const unreachable = summary.countries.filter((c) => c.outcome === 'no-contacts');
  if (unreachable.length)
    lines.push(
      `  Due, but no contact to send it to (add one: alliance-reports users add --country CC): ${unreachable.map((c) => `${c.country} (${c.kind})`).join(', ')}`,
    );
  out.push(...(lines.length ? lines : ['  No reminder is due today.']));
  const accepted = summary.countries.filter((c) => c.outcome === 'accepted').length;
  out.push(
    `${dryRun ? 'Would send' : 'Sent'} ${summary.mails} mail${summary.mails === 1 ? '' : 's'}${mail && summary.mails ? ` (${mail.description})` : ''}; ${accepted} member${accepted === 1 ? ' has' : 's have'} an accepted submission.`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
  const failed = summary.countries.some(
    (c) => c.outcome === 'failed' || (c.outcome === 'sent' && c.failed.length > 0),
  );
  return failed ? EXIT_REJECTED : EXIT_OK;
}

function describe(c: CountryReminder): string | undefined {
  switch (c.outcome) {
    case 'accepted':
    case 'nothing-due':
    case 'no-contacts':
      return undefined;
    case 'would-send':
      return `  ${c.country}: would send ${c.kind} to ${c.to.join(', ')}`;
    case 'sent':
      return `  ${c.country}: sent ${c.kind} to ${c.to.join(', ')}${c.failed.length ? `; NOT to ${c.failed.join(', ')} (the server refused; not sent again)` : ''}`;
    case 'already-recorded':
      return `  ${c.country}: ${c.kind} was recorded by another run at the same time`;
    case 'failed':
      return `  ${c.country}: ${c.kind} could not be sent (${c.error}); the next run tries again`;
  }
}
