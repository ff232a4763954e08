/**
 * `reporting-status.csv`: every member of the year, reported, upload rejected or not
 * submitted, in the same CSV form as data.csv (UTF-8 with a BOM, CRLF, RFC 4180, yes/no,
 * empty for unknown). Its columns are `reportingStatusFields` (open-data-schema.ts).
 */
import type { ReportingStatus } from '../core/reporting-status.js';
import { csvText, csvYesNo, encodeCsv, sampleNotice } from './open-data.js';
import { reportingStatusFields } from './open-data-schema.js';

/** One row's cells, by column name, as the CSV writes them. */
export function reportingStatusCells(row: ReportingStatus, deadline: string | null): Record<string, string> {
  return {
    country: row.country,
    country_name: csvText(row.name),
    year: String(row.year),
    member: csvYesNo(row.member),
    status: row.status,
    submission_date: row.acceptedOn ?? '',
    last_reported_year: row.lastReportedYear === null ? '' : String(row.lastReportedYear),
    previous_reported_year: row.previousReportedYear === null ? '' : String(row.previousReportedYear),
    late: csvYesNo(row.late),
    deadline: deadline ?? '',
    uploads: String(row.uploads),
    rejected_uploads: String(row.rejectedUploads),
    notice: sampleNotice,
  };
}

/** The rows as reporting-status.csv; the bundled sample's has a last `notice` column. */
export function renderReportingStatusCsv(
  rows: readonly ReportingStatus[],
  options: { sample: boolean; deadline: string | null },
): Uint8Array {
  const header = reportingStatusFields(options.sample).map((f) => f.name);
  return encodeCsv(
    header,
    rows.map((row) => {
      const cells = reportingStatusCells(row, options.deadline);
      return header.map((name) => cells[name] ?? '');
    }),
  );
}
