/**
 * Which reminder is due (product.md, "The reporting cycle"): before the deadline at 21, 7 and
 * 1 days, after it every 7 days until the year closes, to the contacts of members without an
 * accepted submission. Pure: days are `YYYY-MM-DD` (UTC), the caller says which kinds a member
 * already got.
 *
 * A reminder is due on its day or later, and only the most recent due kind is ever sent: a
 * run that missed days (the schedule did not fire, the command was not run) sends the one
 * reminder that fits today, with today's count of days, not every missed one at once; the
 * older missed kinds are not sent later either. A kind whose day is before the opening is
 * not in the schedule (no "upload now" before uploads are taken), nor any after the closing.
 */

/** The days before the deadline, and the interval after it. */
export interface ReminderPlan {
  before: readonly number[];
  afterEvery: number;
}

export const defaultReminderPlan: ReminderPlan = { before: [21, 7, 1], afterEvery: 7 };

export interface ScheduledReminder {
  /** `before-21`, `before-7`, `before-1`, `after-7`, `after-14`, ... (the ReminderRecord's kind). */
  kind: string;
  /** The day it falls due. */
  day: string;
  side: 'before' | 'after';
  /** Days before (side before) or after (side after) the deadline, by the plan. */
  days: number;
}

interface PeriodDays {
  opens: string;
  deadline: string;
  closes: string;
}

/** `2026-03-01` plus n days (n may be negative). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Every reminder of a period, in day order. */
export function reminderSchedule(
  period: PeriodDays,
  plan: ReminderPlan = defaultReminderPlan,
): ScheduledReminder[] {
  const out: ScheduledReminder[] = [];
  for (const days of [...new Set(plan.before)].filter((d) => d > 0).sort((a, b) => b - a)) {
    const day = addDays(period.deadline, -days);
    if (day >= period.opens) out.push({ kind: `before-${days}`, day, side: 'before', days });
  }
  if (plan.afterEvery > 0)
    for (let days = plan.afterEvery; days <= 999; days += plan.afterEvery) {
      const day = addDays(period.deadline, days);
      if (day > period.closes) break;
      out.push({ kind: `after-${days}`, day, side: 'after', days });
    }
  return out;
}

/** The most recent reminder due on `today` (undefined before the first, or outside opens..closes). */
export function currentReminder(
  period: PeriodDays,
  today: string,
  plan: ReminderPlan = defaultReminderPlan,
): ScheduledReminder | undefined {
  if (today < period.opens || today > period.closes) return undefined;
  return reminderSchedule(period, plan)
    .filter((r) => r.day <= today)
    .at(-1);
}

/**
 * The reminder a member should get today, given the kinds it already got: the most recent due
 * kind, unless it got that one already (or a later one, when staff moved the deadline).
 */
export function reminderToSend(
  period: PeriodDays,
  today: string,
  sentKinds: ReadonlySet<string>,
  plan: ReminderPlan = defaultReminderPlan,
): ScheduledReminder | undefined {
  const due = currentReminder(period, today, plan);
  if (!due || sentKinds.has(due.kind)) return undefined;
  const schedule = reminderSchedule(period, plan);
  const at = schedule.findIndex((r) => r.kind === due.kind);
  if (schedule.slice(at + 1).some((r) => sentKinds.has(r.kind))) return undefined;
  return due;
}
