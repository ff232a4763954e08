/**
 * Which mailer runs on one machine (the command line, the local portal): an SMTP server when
 * one is given (`--smtp-url`, else `SMTP_URL`), otherwise `.eml` files in an outbox folder
 * (`MAIL_OUTBOX`, else `<store>/outbox`). The sender is `MAIL_FROM` or a localhost address.
 */
import { resolve } from 'node:path';
import type { Mailer } from '../../app/mail/ports.js';
import type { Clock } from '../../core/ports.js';
import { ConfigurationError } from '../env.js';
import { defaultOutboxDir, OutboxMailer } from './outbox.js';
import { defaultLocalFrom, redactedUrl, SmtpMailer, smtpUrlProblem } from './smtp.js';

export interface LocalMailOptions {
  smtpUrl?: string;
  outboxDir?: string;
  from?: string;
  clock?: Clock;
}

export interface LocalMailer {
  mailer: Mailer;
  /** Where the mail goes, for the person at the terminal: `SMTP smtp://...` or `outbox /path`. */
  description: string;
  /** Closes the SMTP connection pool, if any (a command that is done). */
  close(): void;
}

export function createLocalMailer(
  storeDir: string,
  options: LocalMailOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): LocalMailer {
  const from = options.from ?? (env.MAIL_FROM?.trim() || defaultLocalFrom);
  const smtpUrl = options.smtpUrl ?? (env.SMTP_URL?.trim() || undefined);
  if (smtpUrl) {
    const problem = smtpUrlProblem(smtpUrl);
    if (problem) throw new ConfigurationError(`SMTP server: ${problem}`);
    const mailer = new SmtpMailer(smtpUrl, from);
    return { mailer, description: `SMTP ${redactedUrl(smtpUrl)}`, close: () => mailer.close() };
  }
  const dir = resolve(options.outboxDir ?? (env.MAIL_OUTBOX?.trim() || defaultOutboxDir(storeDir)));
  return {
    mailer: new OutboxMailer(dir, from, options.clock),
    description: `outbox ${dir}`,
    close: () => {},
  };
}
