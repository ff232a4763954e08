/**
 * What counts for a country and year, worked out again from the history: for each table, the
 * latest accepted upload that carries it and is not invalidated (an `invalidation.json` next to
 * its validation record). The ingest only ever moves a pointer forward (store-upload.ts); after
 * an invalidation it may have to move back to an earlier upload, or to nothing. Each move is
 * the same compare-and-swap as the ingest's, so an upload processed meanwhile is never lost:
 * the swap fails, the history is read again, and the later upload wins.
 */
import { dataKeys, type Table } from '../../core/keys.js';
import { ObjectChangedError, ObjectExistsError, type ObjectStore, StoreError } from '../../core/ports.js';
import {
  type CurrentPointer,
  encodeJson,
  readCurrentPointer,
  readSubmission,
  StoredSubmissionSource,
  tables,
  type UploadRecordFile,
} from '../submissions-store.js';

/** One pointer that moved: the upload that counted for the table before and after (null: none). */
export interface PointerChange {
  table: Table;
  from: string | null;
  to: string | null;
}

/** Attempts at one pointer before the move is left to the caller as a fault. */
const SETTLE_ATTEMPTS = 8;

/** The ids of the country's invalidated uploads (their `invalidation.json` is listed with the records). */
export async function invalidatedUploads(
  store: ObjectStore,
  year: number,
  country: string,
): Promise<Set<string>> {
  const prefix = dataKeys.uploadsPrefix(year, country);
  const ids = new Set<string>();
  for (const object of await store.list(prefix)) {
    const match = object.key.slice(prefix.length).match(/^([^/]+)\/invalidation\.json$/);
    if (match) ids.add(match[1]!);
  }
  return ids;
}

/**
 * Per table, the upload that should count: the latest accepted one carrying the table that is
 * neither invalidated nor in `excluded` (a re-validation's dry run passes the uploads it would
 * invalidate). Undefined for a table no upload may count for.
 */
export async function countingUploads(
  store: ObjectStore,
  year: number,
  country: string,
  excluded: ReadonlySet<string> = new Set(),
): Promise<Partial<Record<Table, UploadRecordFile>>> {
  const invalidated = await invalidatedUploads(store, year, country);
  // Oldest first, in the ingest's own order (isLaterUpload).
  const records = await new StoredSubmissionSource(store).records(year, country);
  const out: Partial<Record<Table, UploadRecordFile>> = {};
  for (const record of records.reverse()) {
    if (!record.accepted || !record.submission) continue;
    if (invalidated.has(record.uploadId) || excluded.has(record.uploadId)) continue;
    if (tables.every((t) => out[t])) break;
    const submission = await readSubmission(store, record.submission);
    for (const table of tables) if (!out[table] && submission?.tables.includes(table)) out[table] = record;
  }
  return out;
}

/**
 * Moves every pointer of the country and year to the upload that should count (countingUploads),
 * or marks it withdrawn when none may. Returns the pointers that moved; none when all were right.
 */
export async function recomputeCurrent(
  store: ObjectStore,
  year: number,
  country: string,
  who: { by: string; at: string },
): Promise<PointerChange[]> {
  const changes: PointerChange[] = [];
  for (const table of tables) {
    const change = await settlePointer(store, year, country, table, who);
    if (change) changes.push(change);
  }
  return changes;
}

async function settlePointer(
  store: ObjectStore,
  year: number,
  country: string,
  table: Table,
  who: { by: string; at: string },
): Promise<PointerChange | undefined> {
  const key = dataKeys.current(year, country, table);
  for (let attempt = 1; attempt <= SETTLE_ATTEMPTS; attempt++) {
    const seen = await store.head(key);
    const there = seen ? await readCurrentPointer(store, key) : undefined;
    // Read after the pointer: an upload whose pointer move we race is already in the history.
    const best = (await countingUploads(store, year, country))[table];
    const from = there && !there.withdrawn ? there.uploadId : null;
    const to = best?.uploadId ?? null;
    if (from === to) return undefined;
    const next: CurrentPointer | undefined = best
      ? {
          schemaVersion: 1,
          uploadId: best.uploadId,
          key: best.key,
          sequencer: best.sequencer,
          uploadedAt: best.uploadedAt,
          submission: best.submission!,
        }
      : there && { ...there, withdrawn: { by: who.by, at: who.at } };
    if (!next) return undefined;
    try {
      await store.put(key, encodeJson(next), {
        contentType: 'application/json',
        ...(seen ? { ifMatch: seen.etag } : { ifNoneMatch: true }),
      });
      return { table, from, to };
    } catch (error) {
      if (error instanceof ObjectChangedError || error instanceof ObjectExistsError) continue;
      throw error;
    }
  }
  throw new StoreError('CURRENT_CONTENDED', `${key} kept changing while what counts was worked out again`);
}
