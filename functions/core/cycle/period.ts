/**
 * The reporting period of a year (issue 13, "Periods"): when uploads open, the deadline and
 * when the year closes, set by staff (app/cycle/periods.ts), and which part of it a day falls in.
 *
 * Days are calendar days `YYYY-MM-DD` in UTC, as staff type them; an upload's day is the UTC
 * day it was received (the store's time of the original). Every boundary is inclusive:
 *
 *   day <  opens                    'not-open'  refused (UPLOAD_NOT_OPEN)
 *   opens <= day <= deadline        'on-time'   the opening day and the deadline day are on time
 *   deadline < day <= closes        'late'      accepted and marked late; the closing day still accepts
 *   closes < day                    'closed'    refused (UPLOAD_CLOSED)
 *
 * No period set for the year: 'no-period', and uploads are taken whenever they come (as before
 * periods existed).
 */

import { translateEnglish } from '../i18n/english.js';
import type { MessageKey, MessageParams } from '../i18n/translate.js';
import { issue } from '../ingest/catalogue.js';
import type { Issue } from '../issues.js';
import type { Period } from './records.js';

export type UploadWindow = 'no-period' | 'not-open' | 'on-time' | 'late' | 'closed';

/** The dates of a period, without who set it. */
export interface PeriodDates {
  opens: string;
  deadline: string;
  closes: string;
}

/** Which part of the period `day` (YYYY-MM-DD, UTC) falls in; boundaries inclusive (see the module's comment). */
export function uploadWindow(period: PeriodDates | Period | undefined, day: string): UploadWindow {
  if (!period) return 'no-period';
  // ISO days compare as text in calendar order.
  if (day < period.opens) return 'not-open';
  if (day <= period.deadline) return 'on-time';
  if (day <= period.closes) return 'late';
  return 'closed';
}

/** Whether an upload received in this window is taken at all. */
export function windowAccepts(window: UploadWindow): boolean {
  return window !== 'not-open' && window !== 'closed';
}

/** The UTC calendar day of an instant (`2027-03-01`). */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** True for `YYYY-MM-DD` naming a day of the calendar (no 2027-02-30). */
export function isCalendarDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const periodFields = ['opens', 'deadline', 'closes'] as const;
export type PeriodField = (typeof periodFields)[number];

export type PeriodProblemCode = 'PERIOD_DATE_MISSING' | 'PERIOD_DATE_INVALID' | 'PERIOD_ORDER';

/** Something wrong with the dates a person typed for a period: which field, and why. */
export interface PeriodProblem {
  code: PeriodProblemCode;
  field: PeriodField;
  /** The catalogue message that says it (parameters below, `field` filled in by describePeriodProblem). */
  key: MessageKey;
  params: Record<string, string>;
}

export type PeriodCheck = { ok: true; dates: PeriodDates } | { ok: false; problems: PeriodProblem[] };

const fieldKeys: Record<PeriodField, MessageKey> = {
  opens: 'cycle.period.field.opens',
  deadline: 'cycle.period.field.deadline',
  closes: 'cycle.period.field.closes',
};

/**
 * Checks the dates typed for a year's period: each a real day written `YYYY-MM-DD`, and
 * opens <= deadline <= closes. Returns every problem at once, never throws.
 */
export function validatePeriod(
  year: number,
  input: Partial<Record<PeriodField, string | undefined>>,
): PeriodCheck {
  const problems: PeriodProblem[] = [];
  const example = `${year + 1}-03-01`;
  const dates: Partial<PeriodDates> = {};
  for (const field of periodFields) {
    const value = (input[field] ?? '').trim();
    if (value === '') {
      problems.push({
        code: 'PERIOD_DATE_MISSING',
        field,
        key: 'cycle.period.problem.missing',
        params: { example },
      });
    } else if (!isCalendarDay(value)) {
      problems.push({
        code: 'PERIOD_DATE_INVALID',
        field,
        key: 'cycle.period.problem.invalid',
        params: { value: value.slice(0, 40), example },
      });
    } else dates[field] = value;
  }
  const { opens, deadline, closes } = dates;
  if (opens && deadline && deadline < opens)
    problems.push({
      code: 'PERIOD_ORDER',
      field: 'deadline',
      key: 'cycle.period.problem.deadlineBeforeOpens',
      params: { opens, deadline },
    });
  if (deadline && closes && closes < deadline)
    problems.push({
      code: 'PERIOD_ORDER',
      field: 'closes',
      key: 'cycle.period.problem.closesBeforeDeadline',
      params: { deadline, closes },
    });
  if (problems.length > 0 || !opens || !deadline || !closes) return { ok: false, problems };
  return { ok: true, dates: { opens, deadline, closes } };
}

/**
 * A problem as a sentence, in the language `tr` writes (English by default). `day` writes a
 * date the reader's way (the portal's formatDay); `fieldName` names the field as the reader
 * knows it (the form's label, or the command's `--opens`).
 */
export function describePeriodProblem(
  problem: PeriodProblem,
  tr: (key: MessageKey, params?: MessageParams) => string = translateEnglish,
  options: { fieldName?: (field: PeriodField) => string; day?: (iso: string) => string } = {},
): string {
  const params: Record<string, string> = { ...problem.params };
  for (const name of ['opens', 'deadline', 'closes'] as const) {
    const v = params[name];
    if (v && options.day) params[name] = options.day(v);
  }
  params.field = options.fieldName ? options.fieldName(problem.field) : tr(fieldKeys[problem.field]);
  return tr(problem.key, params);
}

/** A day in English words, as formatDay('en', day) writes it (kept here: the ingest bundle carries only English). */
export function englishDay(isoDay: string): string {
  if (!isCalendarDay(isoDay)) return isoDay;
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}

/**
 * The issue that refuses an upload received outside the period (UPLOAD_NOT_OPEN before it
 * opens, UPLOAD_CLOSED after it closes), or undefined when the window takes it. The dates
 * are kept both in English words and as days (`opensDay`...), so that the portal writes
 * them again the reader's way.
 */
export function uploadWindowIssue(
  window: UploadWindow,
  year: number,
  period: PeriodDates | undefined,
  receivedDay: string,
): Issue | undefined {
  if (!period || windowAccepts(window)) return undefined;
  const params = {
    year: String(year),
    opens: englishDay(period.opens),
    deadline: englishDay(period.deadline),
    closes: englishDay(period.closes),
    received: englishDay(receivedDay),
    opensDay: period.opens,
    deadlineDay: period.deadline,
    closesDay: period.closes,
    receivedDay,
  };
  return issue(window === 'not-open' ? 'UPLOAD_NOT_OPEN' : 'UPLOAD_CLOSED', {}, null, params);
}
