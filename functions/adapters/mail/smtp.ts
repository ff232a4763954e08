/**
 * Mail through an SMTP server the operator gives (`SMTP_URL`, `smtp://host:port` or
 * `smtps://user:password@host:465`), with nodemailer. The local portal and the command line
 * use it; on AWS, SES (./ses.ts).
 */
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { Mailer, OutgoingMail, SentMail } from '../../app/mail/ports.js';
import { MailSendError } from './errors.js';

export { MailSendError };

/** The sender when the operator names none (MAIL_FROM): an address that says where the mail comes from. */
export const defaultLocalFrom = 'Global Alliance reports <alliance-reports@localhost>';

/** An OutgoingMail as nodemailer takes it (one place for SMTP and the .eml outbox). */
export function toNodemailerMessage(mail: OutgoingMail, from: string): SendMailOptions {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html !== undefined ? { html: mail.html } : {}),
    ...(mail.attachments?.length
      ? {
          attachments: mail.attachments.map((a) => ({
            filename: a.fileName,
            contentType: a.contentType,
            content: typeof a.content === 'string' ? a.content : Buffer.from(a.content),
          })),
        }
      : {}),
  };
}

/** Checks an SMTP URL the operator typed: smtp: or smtps:, with a host. Returns the problem, or undefined. */
export function smtpUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `not a URL: ${url} (expected smtp://host:port)`;
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')
    return `${url} is not an SMTP URL (expected smtp://host:port or smtps://host:port)`;
  if (!parsed.hostname) return `${url} names no host (expected smtp://host:port)`;
  return undefined;
}

export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(
    readonly url: string,
    private readonly from: string = defaultLocalFrom,
  ) {
    const problem = smtpUrlProblem(url);
    if (problem) throw new RangeError(problem);
    this.transport = nodemailer.createTransport(url);
  }

  async send(mail: OutgoingMail): Promise<SentMail> {
    if (mail.to.length === 0) throw new RangeError('A mail needs at least one recipient');
    try {
      const info = await this.transport.sendMail(toNodemailerMessage(mail, this.from));
      return { messageId: typeof info.messageId === 'string' ? info.messageId : null };
    } catch (error) {
      throw new MailSendError(`The SMTP server ${redactedUrl(this.url)} did not take the mail`, {
        cause: error,
      });
    }
  }

  close(): void {
    this.transport.close();
  }
}

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
