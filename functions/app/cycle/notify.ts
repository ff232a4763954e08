/**
 * Telling the other side (issue 13): after staff set a review state or write, the country's
 * contacts get an e-mail; after a country writes, the staff do. One e-mail per recipient, in
 * the recipient's language, with a link to the country's year page, and the sample-data mark
 * when the store holds the bundled fictitious sample.
 *
 * Each e-mail says only what concerns that country and year: the recipients come from the
 * directory for that country alone, and a mail to a country never names a staff member.
 *
 * Notifying never throws: the record is stored before, and a mail that fails (or a
 * directory that cannot be read) is logged and counted, never a reason to lose the record.
 * Without a mailer or a directory nothing is sent (a log line says so).
 */
import type { ReviewEvent, ThreadMessage } from '../../core/cycle/records.js';
import { countryNameIn } from '../../core/i18n/issues.js';
import type { Language } from '../../core/i18n/languages.js';
import { type MessageKey, type MessageParams, translate } from '../../core/i18n/translate.js';
import { dataKeys } from '../../core/keys.js';
import type { ObjectStore } from '../../core/ports.js';
import type { ContactDirectory, Mailer, OutgoingMail, Recipient } from '../mail/ports.js';

/** The log a use case writes to (adapters/log.ts's Log fits); the edges hand theirs in. */
export interface CycleLog {
  info(message: string, fields?: Record<string, string | number | boolean | null | undefined>): void;
  error(
    message: string,
    error: unknown,
    fields?: Record<string, string | number | boolean | null | undefined>,
  ): void;
}

export interface NotifyDeps {
  mailer?: Mailer | undefined;
  directory?: ContactDirectory | undefined;
  /** The portal's origin (`https://portal.example.org`): the e-mail links to the country's year page. */
  baseUrl?: string | undefined;
  log?: CycleLog | undefined;
}

export interface NotifyResult {
  /** E-mails handed to the mailer (one per recipient). */
  sent: number;
  /** E-mails the mailer refused or failed on (logged). */
  failed: number;
  /** Why nothing was tried: no mailer or directory configured, nobody to send to, the directory failed. */
  skipped: 'not-configured' | 'no-recipients' | 'directory-failed' | null;
}

const quietLog: CycleLog = { info() {}, error() {} };

/** Staff set a review state: the country's contacts are told, with the message when there is one. */
export async function notifyReview(
  store: ObjectStore,
  review: ReviewEvent,
  deps: NotifyDeps = {},
): Promise<NotifyResult> {
  return notify(store, deps, {
    country: review.country,
    year: review.year,
    to: 'country',
    record: `review ${review.seq}`,
    compose: (lang, link) => composeReviewMail(lang, review, link),
  });
}

/** A message was added to the thread: the other side is told (staff -> contacts, country -> staff). */
export async function notifyMessage(
  store: ObjectStore,
  message: ThreadMessage,
  deps: NotifyDeps = {},
): Promise<NotifyResult> {
  return notify(store, deps, {
    country: message.country,
    year: message.year,
    to: message.from === 'staff' ? 'country' : 'staff',
    record: `message ${message.seq}`,
    compose: (lang, link) => composeMessageMail(lang, message, link),
  });
}

interface Notice {
  country: string;
  year: number;
  to: 'country' | 'staff';
  /** Names the record in the log (never its text). */
  record: string;
  compose: (lang: Language, link: string | undefined) => { subject: string; lines: string[] };
}

async function notify(store: ObjectStore, deps: NotifyDeps, notice: Notice): Promise<NotifyResult> {
  const log = deps.log ?? quietLog;
  const fields = { country: notice.country, year: notice.year, record: notice.record, to: notice.to };
  if (!deps.mailer || !deps.directory) {
    log.info('No mailer or directory configured: nobody is notified', fields);
    return { sent: 0, failed: 0, skipped: 'not-configured' };
  }
  let recipients: Recipient[];
  try {
    recipients = uniqueRecipients(
      notice.to === 'country' ? await deps.directory.contacts(notice.country) : await deps.directory.staff(),
    );
  } catch (error) {
    log.error('The directory could not be read: nobody is notified', error, fields);
    return { sent: 0, failed: 0, skipped: 'directory-failed' };
  }
  if (recipients.length === 0) {
    log.info('Nobody to notify', fields);
    return { sent: 0, failed: 0, skipped: 'no-recipients' };
  }
  const sample = await isSampleStore(store, log);
  const link = deps.baseUrl
    ? `${deps.baseUrl.replace(/\/+$/, '')}/country/${notice.country}?year=${notice.year}#thread`
    : undefined;
  const result: NotifyResult = { sent: 0, failed: 0, skipped: null };
  for (const recipient of recipients) {
    const mail = toMail(recipient, notice.compose(recipient.lang, link), sample);
    try {
      await deps.mailer.send(mail);
      result.sent++;
    } catch (error) {
      result.failed++;
      log.error('A notification could not be sent; the record is kept', error, fields);
    }
  }
  log.info('Notified', { ...fields, sent: result.sent, failed: result.failed });
  return result;
}

function uniqueRecipients(list: Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = r.email.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function isSampleStore(store: ObjectStore, log: CycleLog): Promise<boolean> {
  try {
    return (await store.head(dataKeys.sampleMarker)) !== undefined;
  } catch (error) {
    // Cannot tell: say it is sample data rather than pass invented figures off as real.
    log.error('Could not tell whether the store holds the sample data', error);
    return true;
  }
}

function toMail(
  recipient: Recipient,
  content: { subject: string; lines: string[] },
  sample: boolean,
): OutgoingMail {
  const tr = (key: MessageKey, params?: MessageParams) => translate(recipient.lang, key, params);
  const subject = sample ? tr('review.mail.sampleSubject', { subject: content.subject }) : content.subject;
  const paragraphs = [
    ...(sample ? [tr('review.mail.sampleNotice')] : []),
    ...content.lines,
    tr('review.mail.footer'),
  ];
  return { to: [recipient.email], subject, text: `${paragraphs.join('\n\n')}\n` };
}

/** The e-mail of a review state, in `lang`: subject and paragraphs (pure; exported for the tests). */
export function composeReviewMail(
  lang: Language,
  review: ReviewEvent,
  link: string | undefined,
): { subject: string; lines: string[] } {
  const tr = (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
  const params = { country: countryNameIn(lang, review.country), year: review.year };
  const accepted = review.state === 'accepted';
  const lines = [tr(accepted ? 'review.mail.acceptedBody' : 'review.mail.correctionBody', params)];
  if (review.message) lines.push(tr('review.mail.staffMessage'), quote(review.message));
  lines.push(linkLine(lang, link, params));
  return {
    subject: tr(accepted ? 'review.mail.acceptedSubject' : 'review.mail.correctionSubject', params),
    lines,
  };
}

/** The e-mail of a new message, in `lang`: to the country from staff, or to staff from the country. */
export function composeMessageMail(
  lang: Language,
  message: ThreadMessage,
  link: string | undefined,
): { subject: string; lines: string[] } {
  const tr = (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
  const params = { country: countryNameIn(lang, message.country), year: message.year };
  const toCountry = message.from === 'staff';
  return {
    subject: tr(toCountry ? 'review.mail.toCountrySubject' : 'review.mail.toStaffSubject', params),
    lines: [
      // Staff see who wrote (a contact's address is shown to staff only); a country sees "the Commission".
      toCountry
        ? tr('review.mail.toCountryBody', params)
        : tr('review.mail.toStaffBody', { ...params, email: message.by }),
      quote(message.text),
      linkLine(lang, link, params),
    ],
  };
}

function linkLine(lang: Language, link: string | undefined, params: MessageParams): string {
  return link
    ? translate(lang, 'review.mail.link', { url: link })
    : translate(lang, 'review.mail.noLink', params);
}

/** The message as a quotation, each line marked, so it stands apart from the e-mail's own words. */
function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}
