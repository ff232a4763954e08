/**
 * The reminders of a year (issue 13, product.md "The reporting cycle"): run once a day (the
 * remind Lambda, `alliance-reports remind`), it mails the national contacts of every member of
 * the year without an accepted submission the reminder due today (core/cycle/reminders.ts),
 * each kind once per member: the ReminderRecord `control/<year>/<CC>/reminders/<kind>.json`
 * says it was sent, and a run that finds it sends nothing. A dry run reads only.
 *
 * Order: the record is checked, the mails sent, then the record written with if-none-match.
 * A failed send writes no record, so the next run tries again; one contact's failure does not
 * hold back the others (the record names who got it, the summary who did not). Two runs at the
 * same moment could both send before one records; the second one's write then fails, and the
 * summary says so (the daily schedule runs one at a time).
 *
 * "An accepted submission": the member has a table that counts (a `current/` pointer, which
 * only an accepted upload sets).
 */
import {
  cycleKeys,
  type Period,
  type ReminderRecord,
  reminderRecordSchema,
} from '../../core/cycle/records.js';
import {
  daysBetween,
  defaultReminderPlan,
  type ReminderPlan,
  reminderToSend,
  type ScheduledReminder,
} from '../../core/cycle/reminders.js';
import { countryNameIn } from '../../core/i18n/issues.js';
import type { Language } from '../../core/i18n/languages.js';
import { formatDay, translate } from '../../core/i18n/translate.js';
import { dataKeys } from '../../core/keys.js';
import { membersInYear } from '../../core/members.js';
import { type Clock, ObjectExistsError, type ObjectStore } from '../../core/ports.js';
import type { ContactDirectory, Mailer, OutgoingMail, Recipient } from '../mail/ports.js';
import { withSampleMark } from '../mail/sample-mark.js';
import { encodeJson, readCurrent } from '../submissions-store.js';
import { readPeriod, readReminders } from './read.js';

export interface RemindOptions {
  year: number;
  /** The day of the run, `YYYY-MM-DD` (UTC). */
  today: string;
  /** Read and decide, send and write nothing. */
  dryRun?: boolean;
  /** Needed unless dryRun. */
  mailer?: Mailer;
  directory: ContactDirectory;
  /** Who runs it: `cli:<user>`, `system:remind`. */
  actor: string;
  /** For the records' sentAt. */
  clock?: Clock;
  /** The portal's address, written in the mail when known. */
  portalUrl?: string;
  plan?: ReminderPlan;
}

export type CountryReminder =
  | { country: string; outcome: 'accepted' }
  | { country: string; outcome: 'nothing-due' }
  | { country: string; outcome: 'no-contacts'; kind: string }
  | { country: string; outcome: 'would-send'; kind: string; to: string[] }
  | { country: string; outcome: 'sent'; kind: string; to: string[]; failed: string[] }
  | { country: string; outcome: 'already-recorded'; kind: string; to: string[] }
  | { country: string; outcome: 'failed'; kind: string; failed: string[]; error: string };

export interface RemindSummary {
  year: number;
  today: string;
  dryRun: boolean;
  sample: boolean;
  /** undefined: staff have set no period for the year, nothing is sent. */
  period: Pick<Period, 'opens' | 'deadline' | 'closes'> | undefined;
  /** Per member of the year, in code order. */
  countries: CountryReminder[];
  /** Mails sent (or, in a dry run, that would be). */
  mails: number;
}

export async function remind(store: ObjectStore, options: RemindOptions): Promise<RemindSummary> {
  const { year, today } = options;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`)))
    throw new RangeError(`Not a day: ${today}`);
  const dryRun = options.dryRun === true;
  if (!dryRun && !options.mailer) throw new RangeError('remind needs a mailer unless it is a dry run');
  const plan = options.plan ?? defaultReminderPlan;
  const clock = options.clock ?? { now: () => new Date() };
  const period = await readPeriod(store, year);
  const sample = (await store.head(dataKeys.sampleMarker)) !== undefined;
  const summary: RemindSummary = {
    year,
    today,
    dryRun,
    sample,
    period: period && { opens: period.opens, deadline: period.deadline, closes: period.closes },
    countries: [],
    mails: 0,
  };
  const codes = membersInYear(year)
    .map((m) => m.code)
    .sort();
  if (!period) {
    summary.countries = codes.map((country) => ({ country, outcome: 'nothing-due' }));
    return summary;
  }

  const accepted = await countriesWithAcceptedSubmission(store, year);
  const sentBy = new Map<string, Set<string>>();
  for (const r of await readReminders(store, year)) {
    sentBy.set(r.country, (sentBy.get(r.country) ?? new Set()).add(r.kind));
  }

  for (const country of codes) {
    if (accepted.has(country)) {
      summary.countries.push({ country, outcome: 'accepted' });
      continue;
    }
    const due = reminderToSend(period, today, sentBy.get(country) ?? new Set(), plan);
    if (!due) {
      summary.countries.push({ country, outcome: 'nothing-due' });
      continue;
    }
    const contacts = await options.directory.contacts(country);
    if (contacts.length === 0) {
      summary.countries.push({ country, outcome: 'no-contacts', kind: due.kind });
      continue;
    }
    const mails = contacts.map((c) => ({
      to: c,
      mail: reminderMail(country, period, today, due, c.lang, options.portalUrl, sample, c.email),
    }));
    if (dryRun) {
      summary.countries.push({
        country,
        outcome: 'would-send',
        kind: due.kind,
        to: contacts.map((c) => c.email),
      });
      summary.mails += mails.length;
      continue;
    }
    summary.countries.push(await sendReminder(store, options, country, due, mails, clock));
    const last = summary.countries.at(-1)!;
    if (last.outcome === 'sent') summary.mails += last.to.length;
  }
  return summary;
}

/**
 * The members of the year that have a table counting (an accepted upload set its pointer and no
 * invalidation withdrew it since).
 */
export async function countriesWithAcceptedSubmission(
  store: ObjectStore,
  year: number,
): Promise<Set<string>> {
  const prefix = dataKeys.currentPrefix(year);
  const candidates = new Set<string>();
  for (const o of await store.list(prefix)) {
    const m = o.key.slice(prefix.length).match(/^([A-Z]{2})\/(?:indicators|actions)\.json$/);
    if (m) candidates.add(m[1]!);
  }
  const out = new Set<string>();
  for (const country of candidates) {
    if (Object.keys(await readCurrent(store, year, country)).length > 0) out.add(country);
  }
  return out;
}

async function sendReminder(
  store: ObjectStore,
  options: RemindOptions,
  country: string,
  due: ScheduledReminder,
  mails: Array<{ to: Recipient; mail: OutgoingMail }>,
  clock: Clock,
): Promise<CountryReminder> {
  const key = cycleKeys.reminder(options.year, country, due.kind);
  // Another run may have sent it since this one listed the records.
  if (await store.head(key)) return { country, outcome: 'already-recorded', kind: due.kind, to: [] };
  const to: string[] = [];
  const failed: string[] = [];
  const messageIds: string[] = [];
  let lastError = '';
  // One mail per contact: each in their language, and nobody sees another's address.
  for (const { to: recipient, mail } of mails) {
    try {
      const sent = await options.mailer!.send(mail);
      to.push(recipient.email);
      if (sent.messageId) messageIds.push(sent.messageId);
    } catch (error) {
      failed.push(recipient.email);
      lastError = error instanceof Error ? error.message : String(error);
    }
  }
  if (to.length === 0) return { country, outcome: 'failed', kind: due.kind, failed, error: lastError };
  const record: ReminderRecord = reminderRecordSchema.parse({
    schemaVersion: 1,
    year: options.year,
    country,
    kind: due.kind,
    day: options.today,
    sentAt: clock.now().toISOString(),
    to,
    messageId: messageIds[0] ?? null,
    by: options.actor,
  });
  try {
    await store.put(key, encodeJson(record), { contentType: 'application/json', ifNoneMatch: true });
  } catch (error) {
    if (error instanceof ObjectExistsError)
      return { country, outcome: 'already-recorded', kind: due.kind, to };
    throw error;
  }
  return { country, outcome: 'sent', kind: due.kind, to, failed };
}

/** The reminder one contact reads: their language, their country only, the sample mark when the store is the sample. */
export function reminderMail(
  country: string,
  period: Pick<Period, 'deadline' | 'closes' | 'year'>,
  today: string,
  due: ScheduledReminder,
  lang: Language,
  portalUrl: string | undefined,
  sample: boolean,
  to?: string,
): OutgoingMail {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params);
  const params = {
    year: period.year,
    country: countryNameIn(lang, country),
    deadline: formatDay(lang, period.deadline),
    closes: formatDay(lang, period.closes),
    // The count is today's, not the plan's: a run that missed days says how it really stands.
    days: Math.abs(daysBetween(today, period.deadline)),
  };
  const side = due.side === 'before' ? 'before' : 'after';
  const paragraphs = [
    t(`reminder.${side}.body`, params),
    ...(portalUrl ? [t('reminder.portal', { url: portalUrl })] : []),
    t('reminder.already'),
    t('mail.signature', { country: params.country }),
  ];
  const mail: OutgoingMail = {
    to: to ? [to] : [],
    subject: t(`reminder.${side}.subject`, params),
    text: `${paragraphs.join('\n\n')}\n`,
  };
  return sample ? withSampleMark(mail, lang) : mail;
}
