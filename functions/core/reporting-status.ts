/**
 * Who reported in a year: one row per member of the year (members.csv, `membersInYear`),
 * reported, upload rejected or not submitted, told apart, with the accepted upload's date,
 * the last year the member reported and whether it reported late. The reports (status
 * matrix, tables, country list, executive summary) and the open data's
 * `reporting-status.csv` all read these rows, so a member that did not report is never
 * silently absent and never counted twice.
 *
 * Pure: the caller hands in what the store knows (each country's uploads of the year and
 * their outcome, the submission that counts, the earlier years it reported) and, when the
 * Commission set one, the year's deadline.
 */

import { AllianceError } from './errors.js';
import { getMember, type Member, membersInYear } from './members.js';

/** What became of a member's reporting for the year. */
export type ReportingState = 'reported' | 'upload-rejected' | 'not-submitted';

/** The states in the order a reader meets them. */
export const reportingStates: readonly ReportingState[] = ['reported', 'upload-rejected', 'not-submitted'];

/** What the store knows about one country for the year. */
export interface CountryReportingInput {
  /** ISO 3166-1 alpha-2 code (XK for Kosovo), as the records use it. */
  country: string;
  /** Outcome of each of the country's uploads for the year (validation records), oldest first. */
  uploads: ReadonlyArray<{ accepted: boolean }>;
  /**
   * The date of the accepted upload that counts (`YYYY-MM-DD`): the submission date on the
   * cover of the merged submission, as the reports print it. `null` when it reported without
   * a readable date; `undefined` when nothing accepted counts for the year.
   */
  acceptedOn: string | null | undefined;
  /** Years before this one in which the country has an accepted submission, any order. */
  earlierYears: readonly number[];
}

export interface ReportingStatusInput {
  year: number;
  /**
   * Every country the store has anything on (uploads this year, or earlier reports). A
   * member absent from this list has uploaded nothing and never reported.
   */
  countries: readonly CountryReportingInput[];
  /**
   * The year's deadline, `YYYY-MM-DD` inclusive (an upload dated on the deadline is on
   * time). Without it nobody can be called late: `late` is null for every row.
   */
  deadline?: string;
  /** The members of the year; `membersInYear(year)` unless a test hands in others. */
  members?: readonly Member[];
}

/** One member's (or one reporting non-member's) reporting for the year. */
export interface ReportingStatus {
  country: string;
  /** The member's name (members.csv), or the code when the country is not in the list. */
  name: string;
  year: number;
  /**
   * false for a country that is not a member of the year (members.csv) but had an
   * accepted submission; it is listed so that nothing in the reports is unexplained.
   */
  member: boolean;
  status: ReportingState;
  /** The accepted upload's date (`YYYY-MM-DD`) when it reported with a readable one, else null. */
  acceptedOn: string | null;
  /** The latest year up to and including this one with an accepted submission, or null. */
  lastReportedYear: number | null;
  /** The latest year before this one with an accepted submission, or null (never, or not known). */
  previousReportedYear: number | null;
  /**
   * true when the accepted upload's date is after the deadline, false when on or before
   * it; null when there is no deadline, no accepted upload, or no date to judge by.
   */
  late: boolean | null;
  /** How many uploads the country sent for the year. */
  uploads: number;
  /** How many of them were rejected (a member may have a rejected upload and still report). */
  rejectedUploads: number;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Thrown when the caller hands in a deadline that is not a `YYYY-MM-DD` date: a fault, not data. */
export class ReportingDeadlineError extends AllianceError<'REPORTING_DEADLINE_INVALID'> {
  constructor(deadline: string) {
    super(
      'ReportingDeadlineError',
      'REPORTING_DEADLINE_INVALID',
      `The reporting deadline must be a date written YYYY-MM-DD, not "${deadline}"`,
    );
  }
}

/**
 * The reporting status of every member of `input.year`, plus any non-member that had an
 * accepted submission, in country-code order. A member with an accepted submission
 * reported; one whose uploads were all rejected is `upload-rejected`; one with no upload is
 * `not-submitted`.
 */
export function buildReportingStatus(input: ReportingStatusInput): ReportingStatus[] {
  const { year, deadline } = input;
  if (deadline !== undefined && !isValidDate(deadline)) throw new ReportingDeadlineError(deadline);
  const expected = input.members ?? membersInYear(year);
  const known = new Map(input.countries.map((c) => [c.country, c]));

  const rows = expected.map((m) => statusOf(year, m.code, m.name, true, known.get(m.code), deadline));
  const expectedCodes = new Set(expected.map((m) => m.code));
  for (const c of input.countries) {
    if (expectedCodes.has(c.country) || c.acceptedOn === undefined) continue;
    rows.push(statusOf(year, c.country, getMember(c.country)?.name ?? c.country, false, c, deadline));
  }
  return rows.sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0));
}

function statusOf(
  year: number,
  country: string,
  name: string,
  member: boolean,
  known: CountryReportingInput | undefined,
  deadline: string | undefined,
): ReportingStatus {
  const uploads = known?.uploads.length ?? 0;
  const rejectedUploads = known?.uploads.filter((u) => !u.accepted).length ?? 0;
  const reported = known !== undefined && known.acceptedOn !== undefined;
  const status: ReportingState = reported ? 'reported' : uploads > 0 ? 'upload-rejected' : 'not-submitted';
  const earlier = (known?.earlierYears ?? []).filter((y) => y < year);
  const previousReportedYear = earlier.length > 0 ? Math.max(...earlier) : null;
  const acceptedOn = reported && known.acceptedOn && isValidDate(known.acceptedOn) ? known.acceptedOn : null;
  return {
    country,
    name,
    year,
    member,
    status,
    acceptedOn,
    lastReportedYear: reported ? year : previousReportedYear,
    previousReportedYear,
    late: deadline === undefined || acceptedOn === null ? null : acceptedOn > deadline,
    uploads,
    rejectedUploads,
  };
}

/** A real calendar date written `YYYY-MM-DD` (2015-02-30 is not one). */
function isValidDate(text: string): boolean {
  if (!isoDate.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** How many rows are in each state: "50 of 54 members reported" and the like. */
export function countReportingStates(rows: readonly ReportingStatus[]): Record<ReportingState, number> {
  const counts: Record<ReportingState, number> = { reported: 0, 'upload-rejected': 0, 'not-submitted': 0 };
  for (const row of rows) if (row.member) counts[row.status] += 1;
  return counts;
}
