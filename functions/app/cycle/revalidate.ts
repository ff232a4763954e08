/**
 * Re-validation of a year (product.md, "Invalidation and re-validation"): every stored upload
 * of the year, its original file exactly as sent, is run again through the current ingest
 * (the rules as they are now, last year's submission as it counts now), and compared with the
 * outcome on record. A dry run writes nothing. Applied, it is conservative, by design:
 *
 * - an upload that passed and fails now is invalidated (an Invalidation record naming the
 *   re-validation) and stops counting: the latest upload that still passes counts again;
 * - an upload that failed and passes now is only reported: it does not start counting (its
 *   normalized submission was never made; the country uploads again, or staff ask it to);
 * - an upload that passes both times keeps its original normalized submission: what counts
 *   is never rewritten under new rules;
 * - the validation records, submissions and originals are never rewritten or deleted; the
 *   RevalidationRecord (control/<year>/revalidations/<stamp>.json) says what was found and done.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  cycleKeys,
  invalidationSchema,
  type RevalidationAction,
  type RevalidationRecord,
  revalidationRecordSchema,
  type UploadOutcome,
} from '../../core/cycle/records.js';
import { ingestUpload } from '../../core/ingest/index.js';
import type { Issue } from '../../core/issues.js';
import { parseUploadKey, type Table } from '../../core/keys.js';
import type { Limits } from '../../core/limits.js';
import { ObjectExistsError, type ObjectStore } from '../../core/ports.js';
import type { ReportRenderer } from '../publish/ports.js';
import { renderDrafts } from '../render-drafts.js';
import type { UploadReader } from '../store-upload.js';
import {
  encodeJson,
  readCurrent,
  StoredSubmissionSource,
  tables,
  type UploadRecordFile,
} from '../submissions-store.js';
import { INVALIDATION_REASON_MAX } from './invalidate.js';
import { countingUploads, invalidatedUploads, recomputeCurrent } from './recompute-current.js';

export interface RevalidateDeps {
  uploads: UploadReader;
  data: ObjectStore;
  limits?: Limits;
  /** With --apply: the drafts of the countries whose pointers moved are rendered here. */
  renderer?: () => Promise<ReportRenderer>;
}

export interface RevalidateOptions {
  year: number;
  /** Record the re-validation and move the pointers; without it nothing is written. */
  apply: boolean;
  actor: string;
  at: Date;
}

export type UploadRevalidation = RevalidationRecord['uploads'][number] & {
  key: string;
  uploadedAt: string;
  /** The tables it counts for now (before anything is applied). */
  counts: Table[];
  /** The codes of its errors under the current rules, each once. */
  errorCodes: string[];
};

export interface CurrentChange {
  country: string;
  table: Table;
  from: string | null;
  to: string | null;
}

export interface RevalidationReport {
  year: number;
  applied: boolean;
  uploads: UploadRevalidation[];
  /** The pointers that moved (applied) or would move (dry run). */
  current: CurrentChange[];
  /** The record written (applied only). */
  record?: { key: string; stamp: string };
}

/** Re-runs every upload of the year under the current rules; with `apply`, records it and moves what counts. */
export async function revalidateYear(
  deps: RevalidateDeps,
  options: RevalidateOptions,
): Promise<RevalidationReport> {
  const { year } = options;
  const source = new StoredSubmissionSource(deps.data);
  const uploads: UploadRevalidation[] = [];
  const current: CurrentChange[] = [];
  const stopping = new Map<string, Set<string>>();
  for (const country of await source.countries(year)) {
    const invalidated = await invalidatedUploads(deps.data, year, country);
    const pointers = await readCurrent(deps.data, year, country);
    const previous = (await source.submission(year - 1, country)) ?? null;
    const stops = new Set<string>();
    for (const record of await source.records(year, country)) {
      const counts = tables.filter((t) => pointers[t]?.uploadId === record.uploadId);
      const checked = await checkAgain(deps, record, previous);
      const before = outcomeOf(record.accepted, record.issues);
      const action = actionOf(invalidated.has(record.uploadId), before, checked?.outcome);
      if (action === 'stopped-counting') stops.add(record.uploadId);
      const codesBefore = new Set(record.issues.map((i) => i.code));
      const codesAfter = new Set(checked?.issues.map((i) => i.code) ?? []);
      uploads.push({
        uploadId: record.uploadId,
        country,
        fileName: record.fileName,
        key: record.key,
        uploadedAt: record.uploadedAt,
        counts,
        errorCodes: [...new Set(checked?.issues.filter((i) => i.severity === 'error').map((i) => i.code))],
        before,
        after: checked?.outcome ?? null,
        errorsBefore: count(record.issues, 'error'),
        warningsBefore: count(record.issues, 'warning'),
        errorsAfter: checked ? count(checked.issues, 'error') : null,
        warningsAfter: checked ? count(checked.issues, 'warning') : null,
        codesAdded: checked ? [...codesAfter].filter((c) => !codesBefore.has(c)).sort() : [],
        codesRemoved: checked ? [...codesBefore].filter((c) => !codesAfter.has(c)).sort() : [],
        action,
      });
    }
    if (stops.size === 0) continue;
    stopping.set(country, stops);
    if (!options.apply) {
      // What would count: the same choice recomputeCurrent makes, these uploads left out.
      const would = await countingUploads(deps.data, year, country, stops);
      for (const table of tables) {
        const from = pointers[table]?.uploadId ?? null;
        const to = would[table]?.uploadId ?? null;
        if (from !== to) current.push({ country, table, from, to });
      }
    }
  }
  if (!options.apply) return { year, applied: false, uploads, current };

  const at = options.at.toISOString();
  const stamp = `${at.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
  for (const [country, stops] of stopping) {
    for (const uploadId of stops) {
      const found = uploads.find((u) => u.uploadId === uploadId && u.country === country)!;
      const invalidation = invalidationSchema.parse({
        schemaVersion: 1,
        year,
        country,
        uploadId,
        reason:
          `Re-validation ${stamp}: rejected under the current rules (${found.errorsAfter} error${found.errorsAfter === 1 ? '' : 's'}${found.errorCodes.length ? `: ${found.errorCodes.join(', ')}` : ''}).`.slice(
            0,
            INVALIDATION_REASON_MAX,
          ),
        by: options.actor,
        at,
        revalidation: stamp,
      });
      try {
        await deps.data.put(cycleKeys.invalidation(year, country, uploadId), encodeJson(invalidation), {
          contentType: 'application/json',
          ifNoneMatch: true,
        });
      } catch (error) {
        // Staff invalidated it meanwhile: theirs stands.
        if (!(error instanceof ObjectExistsError)) throw error;
      }
    }
    for (const change of await recomputeCurrent(deps.data, year, country, { by: options.actor, at }))
      current.push({ country, ...change });
  }
  const record = revalidationRecordSchema.parse({
    schemaVersion: 1,
    year,
    stamp,
    by: options.actor,
    at,
    uploads: uploads.map(
      ({ key: _key, uploadedAt: _at, counts: _counts, errorCodes: _codes, ...rest }) => rest,
    ),
    current,
  });
  const key = cycleKeys.revalidation(year, stamp);
  // Written last: it says what was done, once all of it was.
  await deps.data.put(key, encodeJson(record), { contentType: 'application/json', ifNoneMatch: true });
  if (deps.renderer) {
    const renderer = deps.renderer;
    for (const country of new Set(current.map((c) => c.country)))
      await renderDrafts(year, country, { data: deps.data, renderer });
  }
  return { year, applied: true, uploads, current, record: { key, stamp } };
}

async function checkAgain(
  deps: RevalidateDeps,
  record: UploadRecordFile,
  previous: Awaited<ReturnType<StoredSubmissionSource['submission']>> | null,
): Promise<{ outcome: UploadOutcome; issues: Issue[] } | undefined> {
  const place = parseUploadKey(record.key);
  if (!place) return undefined;
  const original = await deps.uploads.read(record.key, record.version);
  // A store without versions may hold newer bytes under the same key: those are not this upload.
  if (!original || createHash('sha256').update(original.bytes).digest('hex') !== record.sha256)
    return undefined;
  const result = await ingestUpload({
    bytes: original.bytes,
    fileName: place.fileName,
    country: place.country,
    year: record.year,
    previous,
    elapsed: () => performance.now(),
    ...(deps.limits ? { limits: deps.limits } : {}),
  });
  return { outcome: outcomeOf(result.accepted, result.issues), issues: result.issues };
}

function actionOf(
  invalidated: boolean,
  before: UploadOutcome,
  after: UploadOutcome | undefined,
): RevalidationAction {
  if (invalidated) return 'already-invalidated';
  if (!after) return 'original-missing';
  if (before !== 'rejected' && after === 'rejected') return 'stopped-counting';
  if (before === 'rejected' && after !== 'rejected') return 'passes-now';
  return 'unchanged';
}

function outcomeOf(accepted: boolean, issues: readonly Issue[]): UploadOutcome {
  if (!accepted) return 'rejected';
  return issues.some((i) => i.severity === 'warning') ? 'accepted-with-warnings' : 'accepted';
}

function count(issues: readonly Issue[], severity: Issue['severity']): number {
  return issues.filter((i) => i.severity === severity).length;
}
