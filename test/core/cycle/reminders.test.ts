/** The reminder schedule: which kind falls due when, and what a run that missed days sends. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  currentReminder,
  reminderSchedule,
  reminderToSend,
} from '../../../functions/core/cycle/reminders.js';

const period = { opens: '2014-01-01', deadline: '2014-03-31', closes: '2014-04-30' };

describe('the reminder schedule', () => {
  it('is 21, 7 and 1 days before the deadline, then every 7 days until the year closes', () => {
    expect(reminderSchedule(period).map((r) => `${r.kind} ${r.day}`)).toEqual([
      'before-21 2014-03-10',
      'before-7 2014-03-24',
      'before-1 2014-03-30',
      'after-7 2014-04-07',
      'after-14 2014-04-14',
      'after-21 2014-04-21',
      'after-28 2014-04-28',
    ]);
  });

  it('leaves out a reminder that would fall before the opening', () => {
    const short = { opens: '2014-03-20', deadline: '2014-03-31', closes: '2014-04-06' };
    expect(reminderSchedule(short).map((r) => r.kind)).toEqual(['before-7', 'before-1']);
  });

  it('sends nothing before the opening, after the closing, or before the first reminder', () => {
    expect(currentReminder(period, '2013-12-31')).toBeUndefined();
    expect(currentReminder(period, '2014-03-09')).toBeUndefined();
    expect(currentReminder(period, '2014-05-01')).toBeUndefined();
    expect(currentReminder(period, '2014-03-10')?.kind).toBe('before-21');
  });

  it('after missed days sends only the most recent due kind, and never an older one later', () => {
    expect(reminderToSend(period, '2014-03-27', new Set())?.kind).toBe('before-7');
    expect(reminderToSend(period, '2014-03-27', new Set(['before-7']))).toBeUndefined();
    expect(reminderToSend(period, '2014-04-20', new Set(['before-21']))?.kind).toBe('after-14');
    // The deadline moved later: a kind already sent after it is not followed by an earlier one.
    const moved = { ...period, deadline: '2014-04-14' };
    expect(reminderToSend(moved, '2014-04-13', new Set(['after-7']))).toBeUndefined();
  });

  it('counts days across months and leap years', () => {
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2015-03-01', -1)).toBe('2015-02-28');
  });
});
