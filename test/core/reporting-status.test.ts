import { describe, expect, it } from 'vitest';
import { membersInYear } from '../../functions/core/members.js';
import {
  buildReportingStatus,
  type CountryReportingInput,
  countReportingStates,
  ReportingDeadlineError,
} from '../../functions/core/reporting-status.js';

const accepted = { accepted: true };
const rejected = { accepted: false };

const countries: CountryReportingInput[] = [
  // Reported on time, after a rejected first try.
  { country: 'FR', uploads: [rejected, accepted], acceptedOn: '2016-02-27', earlierYears: [2013, 2014] },
  // Reported after the deadline, skipping 2014.
  { country: 'DE', uploads: [accepted], acceptedOn: '2016-03-02', earlierYears: [2013] },
  // Reported without a readable cover date.
  { country: 'ES', uploads: [accepted], acceptedOn: null, earlierYears: [] },
  // Every upload rejected; reported in 2014.
  { country: 'GH', uploads: [rejected, rejected], acceptedOn: undefined, earlierYears: [2014, 2012] },
  // Nothing uploaded this year; reported in 2013 and 2014.
  { country: 'IT', uploads: [], acceptedOn: undefined, earlierYears: [2014, 2013] },
  // Not a member in 2015 (left after 2013) but an accepted upload arrived.
  { country: 'VN', uploads: [accepted], acceptedOn: '2016-01-10', earlierYears: [2013] },
  // Not a member and nothing accepted: not listed.
  { country: 'ZZ', uploads: [rejected], acceptedOn: undefined, earlierYears: [] },
];

const rows = buildReportingStatus({ year: 2015, countries, deadline: '2016-02-28' });
const row = (code: string) => {
  const found = rows.find((r) => r.country === code);
  if (!found) throw new Error(`no row ${code}`);
  return found;
};

describe('reporting status of a year', () => {
  it('has a row for every member of the year, in code order, plus a non-member that reported', () => {
    const expected = membersInYear(2015).map((m) => m.code);
    expect(rows.filter((r) => r.member).map((r) => r.country)).toEqual([...expected].sort());
    expect(rows.map((r) => r.country)).toEqual([...expected, 'VN'].sort());
    expect(row('VN')).toMatchObject({ member: false, name: 'Viet Nam', status: 'reported' });
    expect(rows.some((r) => r.country === 'ZZ')).toBe(false);
  });

  it('tells reported, upload rejected and not submitted apart', () => {
    expect(row('FR')).toMatchObject({ status: 'reported', uploads: 2, rejectedUploads: 1 });
    expect(row('GH')).toMatchObject({ status: 'upload-rejected', uploads: 2, rejectedUploads: 2 });
    expect(row('IT')).toMatchObject({ status: 'not-submitted', uploads: 0, rejectedUploads: 0 });
    // A member the store knows nothing about.
    expect(row('JP')).toMatchObject({
      status: 'not-submitted',
      name: 'Japan',
      acceptedOn: null,
      lastReportedYear: null,
      previousReportedYear: null,
      late: null,
    });
  });

  it('gives the accepted upload’s date and the last year the member reported', () => {
    expect(row('FR')).toMatchObject({
      acceptedOn: '2016-02-27',
      lastReportedYear: 2015,
      previousReportedYear: 2014,
    });
    expect(row('DE')).toMatchObject({ lastReportedYear: 2015, previousReportedYear: 2013 });
    expect(row('GH')).toMatchObject({ acceptedOn: null, lastReportedYear: 2014, previousReportedYear: 2014 });
    expect(row('IT')).toMatchObject({ lastReportedYear: 2014 });
    expect(row('ES')).toMatchObject({ acceptedOn: null, lastReportedYear: 2015, previousReportedYear: null });
  });

  it('ignores earlier years that are not earlier (a later year’s report says nothing about this one)', () => {
    const [it2014] = buildReportingStatus({
      year: 2014,
      members: membersInYear(2014).filter((m) => m.code === 'IT'),
      countries: [{ country: 'IT', uploads: [], acceptedOn: undefined, earlierYears: [2015, 2014, 2013] }],
    });
    expect(it2014).toMatchObject({ lastReportedYear: 2013, previousReportedYear: 2013 });
  });

  it('calls an upload dated after the deadline late, one dated on it on time', () => {
    expect(row('DE').late).toBe(true);
    expect(row('FR').late).toBe(false);
    const onTheDay = buildReportingStatus({ year: 2015, countries, deadline: '2016-02-27' });
    expect(onTheDay.find((r) => r.country === 'FR')?.late).toBe(false);
  });

  it('leaves late unknown without a deadline, without a date, and for members that did not report', () => {
    expect(row('ES').late).toBeNull();
    expect(row('GH').late).toBeNull();
    expect(row('IT').late).toBeNull();
    const noDeadline = buildReportingStatus({ year: 2015, countries });
    expect(noDeadline.map((r) => r.late).every((late) => late === null)).toBe(true);
  });

  it('refuses a deadline that is not a YYYY-MM-DD calendar date', () => {
    for (const deadline of ['28/02/2016', '2016-02-30', '2016-2-28'])
      expect(() => buildReportingStatus({ year: 2015, countries, deadline })).toThrow(ReportingDeadlineError);
  });

  it('does not trust a malformed accepted date for lateness', () => {
    const [odd] = buildReportingStatus({
      year: 2015,
      members: membersInYear(2015).filter((m) => m.code === 'FR'),
      countries: [{ country: 'FR', uploads: [accepted], acceptedOn: 'March 2016', earlierYears: [] }],
      deadline: '2016-02-28',
    });
    expect(odd).toMatchObject({ status: 'reported', acceptedOn: null, late: null });
  });

  it('counts the members in each state (non-members left out)', () => {
    const counts = countReportingStates(rows);
    expect(counts).toEqual({ reported: 3, 'upload-rejected': 1, 'not-submitted': 50 });
    expect(counts.reported + counts['upload-rejected'] + counts['not-submitted']).toBe(
      membersInYear(2015).length,
    );
  });
});
