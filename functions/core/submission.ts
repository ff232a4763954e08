/**
 * The normalized submission: one upload of one country and year, turned into the
 * canonical form every later step reads. Versioned (`schemaVersion`) and parsed with zod
 * wherever it is read back from storage, never cast.
 */
import * as z from 'zod';
import { AllianceError } from './errors.js';

export const submissionSchemaVersion = 1;

const placeSchema = z.object({
  sheet: z.string().nullable(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
});

export const issueSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  sheet: z.string().nullable(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
  hint: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const indicatorValueSchema = z.object({
  /** Framework id, e.g. `T1.2`. */
  id: z.string(),
  /** Number for counts, percents (0..100), scores, FTE, days; boolean for yes/no; null for no data. */
  value: z.union([z.number(), z.boolean(), z.null()]),
  estimate: z.boolean(),
  source: z.string().nullable(),
  notes: z.string().nullable(),
  /** Where the value was read, as the person sees it. */
  origin: placeSchema,
});

export const actionSchema = z.object({
  /** Stable across years, so a commitment can be followed to completion. */
  ref: z.string(),
  target: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  goal: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  kind: z.enum(['baseline', 'commitment']),
  status: z.enum(['planned', 'in-progress', 'completed', 'discontinued']),
  /** ISO date `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the person gave it. */
  start: z.string().nullable(),
  end: z.string().nullable(),
  lead: z.string().nullable(),
  progress: z.string().nullable(),
  origin: placeSchema,
});

export const sourceFileSchema = z.object({
  name: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  format: z.enum(['xlsx', 'ods', 'csv']),
});

export const submissionSchema = z.object({
  schemaVersion: z.literal(submissionSchemaVersion),
  country: z.string().regex(/^[A-Z]{2}$/),
  year: z.number().int(),
  frameworkVersion: z.string(),
  /** Which tables this upload carries: a workbook both, a CSV one. */
  tables: z.array(z.enum(['indicators', 'actions'])),
  /** From the Cover sheet. Contact name and email are personal data: kept, never printed. */
  cover: z.object({
    organisation: z.string().nullable(),
    date: z.string().nullable(),
    contactName: z.string().nullable(),
    email: z.string().nullable(),
  }),
  indicators: z.array(indicatorValueSchema),
  actions: z.array(actionSchema),
  sources: z.array(sourceFileSchema),
  /** Warnings accepted with the upload; they go to the report's data quality annex. */
  warnings: z.array(issueSchema),
  /**
   * The language of the template the file was filled in (en, fr, de, es), when its headers
   * tell it: the country's own text (action titles, notes) is in that language, most likely.
   */
  language: z.enum(['en', 'fr', 'de', 'es']).optional(),
  /** Received after the year's deadline (accepted, marked late: core/cycle/period.ts); absent when on time. */
  late: z.boolean().optional(),
});

export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
export type Action = z.infer<typeof actionSchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;
export type Submission = z.infer<typeof submissionSchema>;
export type TableKind = Submission['tables'][number];

/** Parses a stored submission; throws SubmissionFormatError naming the first problems when it does not fit. */
export function parseSubmission(json: unknown): Submission {
  const result = submissionSchema.safeParse(json);
  if (!result.success) {
    const where = result.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new SubmissionFormatError(`Not a normalized submission: ${where}`, { cause: result.error });
  }
  return result.data;
}

export class SubmissionFormatError extends AllianceError<'SUBMISSION_FORMAT'> {
  constructor(message: string, options?: ErrorOptions) {
    super('SubmissionFormatError', 'SUBMISSION_FORMAT', message, options);
  }
}

/**
 * The submission that counts for a country and year: per table, the latest accepted
 * upload's content. `uploads` are accepted submissions, oldest first.
 */
export function mergeLatestTables(uploads: readonly Submission[]): Submission | undefined {
  const last = uploads.at(-1);
  if (!last) return undefined;
  const latestWith = (table: TableKind) => [...uploads].reverse().find((u) => u.tables.includes(table));
  const ind = latestWith('indicators');
  const act = latestWith('actions');
  const used = [ind, act].filter((u, i, all): u is Submission => u !== undefined && all.indexOf(u) === i);
  const merged: Submission = {
    ...last,
    tables: [...(ind ? (['indicators'] as const) : []), ...(act ? (['actions'] as const) : [])],
    cover: (uploads.findLast((u) => u.cover.organisation || u.cover.date) ?? last).cover,
    indicators: ind?.indicators ?? [],
    actions: act?.actions ?? [],
    sources: used.flatMap((u) => u.sources),
    warnings: used.flatMap((u) => u.warnings),
  };
  // The country's own text is mostly its actions': their upload's template language.
  const language = (act ?? ind)?.language;
  if (language) merged.language = language;
  else delete merged.language;
  // Late when what counts came, in part, after the deadline (core/cycle/period.ts).
  if (used.some((u) => u.late)) merged.late = true;
  else delete merged.late;
  return merged;
}
