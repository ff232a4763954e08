/**
 * E-mail as the use cases see it (issue 13): a Mailer that sends one message, and a
 * directory that knows who the contacts of a country are and who the staff are. Adapters:
 * SESv2 on AWS, SMTP locally (`SMTP_URL`), or .eml files in an outbox folder when no server
 * is given (functions/adapters/mail/); the local users file or the Cognito groups for the
 * directory.
 */
import type { Language } from '../../core/i18n/languages.js';

export interface OutgoingMail {
  to: string[];
  subject: string;
  /** Plain text body (always). */
  text: string;
  /** Optional HTML alternative. */
  html?: string;
  /** Files attached (the receipt, for instance). */
  attachments?: Array<{ fileName: string; contentType: string; content: Uint8Array | string }>;
}

export interface SentMail {
  /** The Message-ID the transport gave (SES MessageId, SMTP's), or null. */
  messageId: string | null;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<SentMail>;
}

/** A person who gets mail: their address and the language they read. */
export interface Recipient {
  email: string;
  lang: Language;
}

export interface ContactDirectory {
  /** The portal users of the country (its national contacts). */
  contacts(country: string): Promise<Recipient[]>;
  /** The Commission staff (the mailbox or the staff users). */
  staff(): Promise<Recipient[]>;
}
