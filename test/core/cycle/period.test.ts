import { describe, expect, it } from 'vitest';
import {
  dayOf,
  describePeriodProblem,
  isCalendarDay,
  uploadWindow,
  uploadWindowIssue,
  validatePeriod,
} from '../../../functions/core/cycle/period.js';
import { localizeIssue } from '../../../functions/core/i18n/issues.js';
import { formatDay, translator } from '../../../functions/core/i18n/translate.js';

const period = { opens: '2027-02-01', deadline: '2027-03-31', closes: '2027-04-30' };

describe('which part of the period a day falls in', () => {
  it('takes every day when no period is set', () => {
    expect(uploadWindow(undefined, '2027-01-01')).toBe('no-period');
  });

  it('counts the opening day and the deadline day as on time, the closing day as still accepted', () => {
    expect(uploadWindow(period, '2027-01-31')).toBe('not-open');
    expect(uploadWindow(period, '2027-02-01')).toBe('on-time');
    expect(uploadWindow(period, '2027-03-31')).toBe('on-time');
    expect(uploadWindow(period, '2027-04-01')).toBe('late');
    expect(uploadWindow(period, '2027-04-30')).toBe('late');
    expect(uploadWindow(period, '2027-05-01')).toBe('closed');
  });

  it('compares across years and months as the calendar does', () => {
    expect(uploadWindow(period, '2026-12-31')).toBe('not-open');
    expect(uploadWindow(period, '2028-01-01')).toBe('closed');
  });

  it('takes the UTC day of an instant: 23:30 in Paris on 31 March is still 31 March in UTC', () => {
    expect(dayOf(new Date('2027-03-31T21:30:00Z'))).toBe('2027-03-31');
    expect(dayOf(new Date('2027-03-31T23:59:59.999Z'))).toBe('2027-03-31');
    expect(dayOf(new Date('2027-04-01T00:00:00Z'))).toBe('2027-04-01');
  });
});

describe('checking the dates typed for a period', () => {
  it('accepts real days in order, one day equal to the next too', () => {
    expect(validatePeriod(2026, period)).toEqual({ ok: true, dates: period });
    const oneDay = { opens: '2027-03-01', deadline: '2027-03-01', closes: '2027-03-01' };
    expect(validatePeriod(2026, oneDay)).toEqual({ ok: true, dates: oneDay });
    expect(
      validatePeriod(2026, { opens: ' 2027-02-01 ', deadline: '2027-03-31', closes: '2027-04-30' }),
    ).toEqual({
      ok: true,
      dates: period,
    });
  });

  it('refuses what is not a day of the calendar, naming the field and the value', () => {
    expect(isCalendarDay('2027-02-29')).toBe(false);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    const check = validatePeriod(2026, { opens: '2027-02-30', deadline: '31/03/2027', closes: '' });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.map((p) => [p.code, p.field])).toEqual([
      ['PERIOD_DATE_INVALID', 'opens'],
      ['PERIOD_DATE_INVALID', 'deadline'],
      ['PERIOD_DATE_MISSING', 'closes'],
    ]);
    expect(check.problems.map((p) => describePeriodProblem(p))).toEqual([
      'Uploads open: "2027-02-30" is not a date of the calendar. Write it as YYYY-MM-DD, for example 2027-03-01.',
      'Deadline: "31/03/2027" is not a date of the calendar. Write it as YYYY-MM-DD, for example 2027-03-01.',
      'Uploads close: the date is missing. Write it as YYYY-MM-DD, for example 2027-03-01.',
    ]);
  });

  it('refuses dates out of order, every problem at once', () => {
    const check = validatePeriod(2026, { opens: '2027-04-01', deadline: '2027-03-31', closes: '2027-03-01' });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.map((p) => [p.code, p.field])).toEqual([
      ['PERIOD_ORDER', 'deadline'],
      ['PERIOD_ORDER', 'closes'],
    ]);
    expect(describePeriodProblem(check.problems[0]!)).toBe(
      'The deadline (2027-03-31) is before uploads open (2027-04-01): it must be on or after the opening day.',
    );
  });

  it('says it in the reader’s language, dates the language’s way, the field as the reader knows it', () => {
    const check = validatePeriod(2026, { opens: '2027-04-01', deadline: '2027-03-31', closes: '2027-04-30' });
    if (check.ok) throw new Error('expected a problem');
    const fr = describePeriodProblem(check.problems[0]!, translator('fr'), {
      day: (d) => formatDay('fr', d),
    });
    expect(fr).toBe(
      'La date limite (31 mars 2027) précède l’ouverture des dépôts (1 avril 2027) : elle doit tomber le jour de l’ouverture ou après.',
    );
    const missing = validatePeriod(2026, { opens: '2027-04-01', deadline: '2027-04-02' });
    if (missing.ok) throw new Error('expected a problem');
    expect(describePeriodProblem(missing.problems[0]!, undefined, { fieldName: (f) => `--${f}` })).toBe(
      '--closes: the date is missing. Write it as YYYY-MM-DD, for example 2027-03-01.',
    );
  });
});

describe('the issue that refuses an upload outside the period', () => {
  it('gives none while the period takes the upload', () => {
    expect(uploadWindowIssue('on-time', 2026, period, '2027-03-01')).toBeUndefined();
    expect(uploadWindowIssue('late', 2026, period, '2027-04-02')).toBeUndefined();
    expect(uploadWindowIssue('no-period', 2026, undefined, '2027-04-02')).toBeUndefined();
  });

  it('names the dates and whom to ask, before it opens and after it closes', () => {
    const early = uploadWindowIssue('not-open', 2026, period, '2027-01-15')!;
    expect(early).toMatchObject({ code: 'UPLOAD_NOT_OPEN', severity: 'error', sheet: null, row: null });
    expect(early.message).toBe(
      'Uploads for 2026 are not open yet: they open on 1 February 2027 (deadline 31 March 2027). This file, received on 15 January 2027, was not read and changes nothing.',
    );
    expect(early.hint).toContain('the Commission staff (the Alliance secretariat)');
    const after = uploadWindowIssue('closed', 2026, period, '2027-05-02')!;
    expect(after.code).toBe('UPLOAD_CLOSED');
    expect(after.message).toContain('closed on 30 April 2027');
    expect(after.hint).toBe(
      'To send it now, ask the Commission staff (the Alliance secretariat) to reopen 2026.',
    );
  });

  it('is written again in the reader’s language, with the dates the language’s way', () => {
    const early = uploadWindowIssue('not-open', 2026, period, '2027-01-15')!;
    const de = localizeIssue(early, 'de');
    expect(de.message).toBe(
      'Uploads für 2026 sind noch nicht geöffnet: Sie öffnen am 1. Februar 2027 (Frist: 31. März 2027). Diese Datei, eingegangen am 15. Januar 2027, wurde nicht gelesen und ändert nichts.',
    );
    const es = localizeIssue(uploadWindowIssue('closed', 2026, period, '2027-05-02')!, 'es');
    expect(es.message).toContain('se cerraron el 30 de abril de 2027');
  });
});
