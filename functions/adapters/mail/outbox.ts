/**
 * Mail written, not sent: each message as an RFC 5322 `.eml` file in an outbox folder (by
 * default `<store>/outbox`), when no SMTP server is given. Any mail program opens them; a
 * test parses them. The files hold contacts' addresses: written 0600, in a 0700 folder.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Mailer, OutgoingMail, SentMail } from '../../app/mail/ports.js';
import type { Clock } from '../../core/ports.js';
import { defaultLocalFrom, toNodemailerMessage } from './smtp.js';

/** The outbox of a folder store. */
export function defaultOutboxDir(storeDir: string): string {
  return join(storeDir, 'outbox');
}

export class OutboxMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(
    readonly dir: string,
    private readonly from: string = defaultLocalFrom,
    private readonly clock: Clock = { now: () => new Date() },
  ) {
    this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  }

  /** Writes the message as `<dir>/<UTC time>-<random>.eml`; the file name sorts in sending order. */
  async send(mail: OutgoingMail): Promise<SentMail & { file: string }> {
    if (mail.to.length === 0) throw new RangeError('A mail needs at least one recipient');
    const info = await this.transport.sendMail(toNodemailerMessage(mail, this.from));
    const message = info.message as Buffer;
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const stamp = this.clock
      .now()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.(\d{3})Z$/, '$1Z');
    const file = join(this.dir, `${stamp}-${randomBytes(4).toString('hex')}.eml`);
    await writeFile(file, message, { mode: 0o600, flag: 'wx' });
    return { messageId: typeof info.messageId === 'string' ? info.messageId : null, file };
  }
}
