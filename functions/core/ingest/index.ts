/**
 * The ingest of one upload: read the file, find its tables from their header rows,
 * normalize every value into the framework's units, validate, and return either an
 * accepted Submission (with its warnings) or every problem found. All or nothing.
 *
 * Behaviour worth knowing (see also catalogue.ts for every code):
 * - A sheet's role comes from its content: a table by its header row (the first row
 *   where two or more cells name known columns), a cover by its labels. Other sheets
 *   (Instructions) are passed over silently; hidden ones are read and flagged.
 * - A workbook without a cover, and a CSV, take country and year from where they were
 *   uploaded; Country and Year columns, when present, must agree with it.
 * - The submission lists every indicator a country reports (not the derived T1.4), in
 *   framework order, when the upload has an Indicators table: a missing one has value
 *   null and an origin without a row. No Indicators table: `indicators` is empty.
 */

import { createHash } from 'node:crypto';
import type { RuleFailedError } from '../errors.js';
import { frameworkVersion, reportedIndicators } from '../framework.js';
import { hasErrors, type Issue, sortIssues } from '../issues.js';
import { defaultLimits, isReportingYear, type Limits, reportingYearParams } from '../limits.js';
import { resolveMember } from '../members.js';
import { DEFAULT_INGEST_BUDGET_MS, Deadline, DeadlinePassed } from '../read/deadline.js';
import { readUpload } from '../read/index.js';
import { problems } from '../read/problems.js';
import {
  type Action,
  type IndicatorValue,
  type SourceFile,
  type Submission,
  submissionSchemaVersion,
  type TableKind,
} from '../submission.js';
import { templateLanguageOf } from '../template.js';
import type { Workbook } from '../workbook.js';
import { type ActionDraft, completeAction, readActionTable } from './actions.js';
import { issue } from './catalogue.js';
import { findCover, readCover } from './cover.js';
import { findTableHeader } from './headers.js';
import { type IndicatorLine, readIndicatorTable } from './indicators.js';
import type { Expected } from './place.js';
import { runRules } from './rules/index.js';
import { countingLines } from './rules/types.js';

export type { IssueCode, IssueDefinition } from './catalogue.js';
export { issueCatalogue } from './catalogue.js';

export interface IngestInput {
  bytes: Uint8Array;
  fileName: string;
  /** ISO code (or alias) of the country it was uploaded under. */
  country: string;
  /** Year it was uploaded under. */
  year: number;
  /** Last year's accepted submission: for the change warnings. */
  previous?: Submission | null;
  limits?: Limits;
  /**
   * Milliseconds from any fixed point (`performance.now` at the edge): with it, the ingest
   * stops at `budgetMs` with FILE_TOO_COMPLEX. The core reads no clock of its own.
   */
  elapsed?: () => number;
  budgetMs?: number;
}

export interface IngestContext {
  country: string;
  year: number;
  previous?: Submission | null;
}

export interface IngestResult {
  accepted: boolean;
  /** Every problem, errors and warnings, in the order a person reads the file. */
  issues: Issue[];
  /** Null when rejected. */
  submission: Submission | null;
  /** What the validation rules that threw threw (each also a RULE_FAILED issue); only when one did. */
  faults?: RuleFailedError[];
}

/** The whole ingest of one upload: read, find the tables, normalize, validate. All or nothing. */
export async function ingestUpload(input: IngestInput): Promise<IngestResult> {
  const source: SourceFile = {
    name: input.fileName,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    size: input.bytes.byteLength,
    format: formatFromName(input.fileName),
  };
  const deadline = input.elapsed
    ? new Deadline({ elapsed: input.elapsed, ms: input.budgetMs ?? DEFAULT_INGEST_BUDGET_MS })
    : Deadline.none;
  const read = await readUpload(input.bytes, input.fileName, input.limits ?? defaultLimits, deadline);
  if (!read.workbook) return { accepted: false, issues: sortIssues(read.issues), submission: null };
  let result: IngestResult;
  try {
    result = ingestWorkbook(
      read.workbook,
      { ...source, format: read.workbook.format },
      { country: input.country, year: input.year, previous: input.previous ?? null },
      deadline,
    );
  } catch (error) {
    if (!(error instanceof DeadlinePassed)) throw error;
    const late = problems.timeBudgetExceeded(error.budgetMs / 1000);
    return { accepted: false, issues: sortIssues([...read.issues, late]), submission: null };
  }
  const issues = sortIssues(
    [...read.issues, ...result.issues],
    read.workbook.sheets.map((s) => s.name),
  );
  const faults = result.faults ? { faults: result.faults } : {};
  if (hasErrors(read.issues)) return { accepted: false, issues, submission: null, ...faults };
  return result.submission
    ? {
        accepted: true,
        issues,
        submission: { ...result.submission, warnings: issues.filter((i) => i.severity === 'warning') },
        ...faults,
      }
    : { ...result, issues };
}

function formatFromName(name: string): SourceFile['format'] {
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'ods' ? 'ods' : ext === 'csv' || ext === 'txt' || ext === 'tsv' ? 'csv' : 'xlsx';
}

/** The same from an already-read workbook (for tests and for callers that read themselves). */
export function ingestWorkbook(
  workbook: Workbook,
  source: SourceFile,
  ctx: IngestContext,
  deadline: Deadline = Deadline.none,
): IngestResult {
  const issues: Issue[] = [];
  const member = resolveMember(ctx.country);
  const expected: Expected = { member, country: ctx.country, year: ctx.year };
  if (!member) issues.push(issue('COUNTRY_UNKNOWN', {}, ctx.country, { expected: 'France or FR' }));
  if (!isReportingYear(ctx.year))
    issues.push(issue('YEAR_INVALID', {}, ctx.year, { expected: 2014, ...reportingYearParams }));

  const decimalComma = workbook.hints.decimalComma === true;
  const indicatorLines: IndicatorLine[] = [];
  const actionDrafts: ActionDraft[] = [];
  const tables = new Set<TableKind>();
  const tableSheets = new Map<TableKind, { sheet: string; row: number }>();
  const headerRows: string[][] = [];
  let cover: Submission['cover'] = { organisation: null, date: null, contactName: null, email: null };
  let coverFound = false;

  for (const sheet of workbook.sheets) {
    deadline.check();
    const header = findTableHeader(sheet, deadline);
    if (header) {
      tables.add(header.kind);
      headerRows.push(header.columns.map((c) => c.header));
      if (!tableSheets.has(header.kind)) tableSheets.set(header.kind, { sheet: sheet.name, row: header.row });
      if (sheet.hidden)
        issues.push(
          issue('SHEET_HIDDEN', { sheet: sheet.name }, null, {
            sheet: sheet.name,
            role: `${header.kind} table`,
          }),
        );
      if (header.kind === 'indicators')
        indicatorLines.push(...readIndicatorTable(sheet, header, expected, decimalComma, issues));
      else actionDrafts.push(...readActionTable(sheet, header, expected, issues));
      continue;
    }
    if (coverFound) continue;
    const entries = findCover(sheet);
    if (!entries) continue;
    coverFound = true;
    if (sheet.hidden)
      issues.push(issue('SHEET_HIDDEN', { sheet: sheet.name }, null, { sheet: sheet.name, role: 'cover' }));
    cover = readCover(sheet, entries, expected, issues);
  }
  if (tables.size === 0) issues.push(issue('NO_TABLE_FOUND', {}, null));
  dropEmptyTables(tables, indicatorLines, actionDrafts, tableSheets, issues);
  deadline.check();

  const checked = runRules({
    indicators: indicatorLines,
    actions: actionDrafts,
    hasIndicators: tables.has('indicators'),
    previous: ctx.previous ?? null,
  });
  issues.push(...checked.issues);
  const faults = checked.faults.length > 0 ? { faults: checked.faults } : {};

  const sorted = sortIssues(
    issues,
    workbook.sheets.map((s) => s.name),
  );
  if (hasErrors(sorted) || !member) return { accepted: false, issues: sorted, submission: null, ...faults };

  const submission: Submission = {
    schemaVersion: submissionSchemaVersion,
    country: member.code,
    year: ctx.year,
    frameworkVersion,
    tables: (['indicators', 'actions'] as const).filter((t) => tables.has(t)),
    cover,
    indicators: tables.has('indicators') ? normalizeIndicators(indicatorLines) : [],
    actions: actionDrafts
      .map(completeAction)
      .filter((a): a is NonNullable<typeof a> => a !== undefined)
      .map(toAction),
    sources: [source],
    warnings: sorted.filter((i) => i.severity === 'warning'),
  };
  const language = templateLanguageOf(headerRows);
  if (language) submission.language = language;
  return { accepted: true, issues: sorted, submission, ...faults };
}

const tableLabel: Record<TableKind, string> = { indicators: 'Indicators', actions: 'Actions' };

/**
 * A table with a header and no lines would, once accepted, replace what counts for it with
 * nothing. Beside a table that has lines, it is left out (a warning); when every table of
 * the upload is empty, the upload is rejected. An Indicators line counts when its value
 * cell holds anything: a figure, a value that does not fit (it has its own error), or an
 * explicit "no data" such as n/a, which is a statement. The blank template is empty.
 */
function dropEmptyTables(
  tables: Set<TableKind>,
  indicators: readonly IndicatorLine[],
  actions: readonly ActionDraft[],
  where: ReadonlyMap<TableKind, { sheet: string; row: number }>,
  issues: Issue[],
): void {
  // A table without its required columns already has its error; "empty" would add nothing.
  if (issues.some((i) => i.code === 'COLUMN_MISSING')) return;
  const hasLines: Record<TableKind, boolean> = {
    indicators: indicators.some((l) => l.raw !== null && String(l.raw).trim() !== ''),
    actions: actions.length > 0,
  };
  const empty = [...tables].filter((t) => !hasLines[t]);
  if (empty.length === 0) return;
  const allEmpty = empty.length === tables.size;
  for (const table of empty) {
    const at = where.get(table);
    const place = at ? { sheet: at.sheet, row: at.row } : {};
    issues.push(
      issue(allEmpty ? 'TABLE_EMPTY' : 'TABLE_EMPTY_SKIPPED', place, null, { table: tableLabel[table] }),
    );
    // Left out either way: an empty table's "no data" warnings would only repeat the point.
    tables.delete(table);
  }
}

function normalizeIndicators(lines: readonly IndicatorLine[]): IndicatorValue[] {
  const counting = countingLines(lines);
  return reportedIndicators.map((ind) => {
    const line = counting.get(ind.id);
    return {
      id: ind.id,
      value: line?.value ?? null,
      estimate: line?.estimate ?? false,
      source: line?.source ?? null,
      notes: line?.notes ?? null,
      origin: line?.origin ?? { sheet: null, row: null, column: null },
    };
  });
}

function toAction(a: NonNullable<ReturnType<typeof completeAction>>): Action {
  return {
    ref: a.ref,
    target: a.target,
    goal: a.goal,
    title: a.title,
    description: a.description,
    kind: a.kind,
    status: a.status,
    start: a.start,
    end: a.end,
    lead: a.lead,
    progress: a.progress,
    origin: a.origin,
  };
}
