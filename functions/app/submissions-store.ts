/**
 * The pipeline's records in the data store (S3 data bucket, or the local folder store), and
 * the SubmissionSource the publish steps and the drafts read them through:
 *
 *   uploads/<year>/<CC>/<uploadId>/validation.json   UploadRecordFile: every processed upload
 *   uploads/<year>/<CC>/<uploadId>/submission.json   the normalized Submission (accepted only)
 *   current/<year>/<CC>/<table>.json                 CurrentPointer: which upload counts per table
 *
 * Everything read back is parsed (zod), never cast.
 */
import * as z from 'zod';
import { AllianceError } from '../core/errors.js';
import { dataKeys, dataRoots, parseCurrentKey, parseValidationKey, type Table } from '../core/keys.js';
import type { ObjectStore } from '../core/ports.js';
import { issueSchema, mergeLatestTables, parseSubmission, type Submission } from '../core/submission.js';
import type { SubmissionSource, UploadRecord } from './publish/ports.js';

export const tables: readonly Table[] = ['indicators', 'actions'];

/** When an upload happened, for ordering: the S3 event's sequencer (same key only), its time, its key. */
export const uploadOrderSchema = z.object({
  key: z.string(),
  /** S3's event sequencer (hex); comparable only between events of the same key. */
  sequencer: z.string().nullable(),
  /** The object's LastModified, ISO 8601. */
  uploadedAt: z.string(),
});
export type UploadOrder = z.infer<typeof uploadOrderSchema>;

export const uploadRecordSchema = uploadOrderSchema.extend({
  schemaVersion: z.literal(1),
  uploadId: z.string(),
  fileName: z.string(),
  country: z.string(),
  year: z.number().int(),
  /** S3 version id, or the ETag when the bucket is not versioned (local store). */
  version: z.string(),
  sha256: z.string(),
  size: z.number().int().nonnegative(),
  accepted: z.boolean(),
  issues: z.array(issueSchema),
  /** Key of the normalized submission, accepted uploads only. */
  submission: z.string().nullable(),
  /** Received after the year's deadline, up to its closing day (core/cycle/period.ts); absent when on time or no period. */
  late: z.boolean().optional(),
  /**
   * A second version of the same key with the same bytes (the same form sent twice: on AWS
   * the browser posts straight to S3, so a double click makes two versions): the upload id of
   * the first. Such a record is not an upload of its own: it is in no list and changes nothing.
   */
  duplicateOf: z.string().optional(),
});
export type UploadRecordFile = z.infer<typeof uploadRecordSchema>;

export const currentPointerSchema = uploadOrderSchema.extend({
  schemaVersion: z.literal(1),
  uploadId: z.string(),
  submission: z.string(),
  /**
   * Set when the upload named here stopped counting (invalidated) and no other accepted
   * upload of the table remains: nothing counts for the table. The store has no delete, so
   * the pointer stays, marked; readCurrent skips it and any accepted upload may take it.
   */
  withdrawn: z.object({ by: z.string(), at: z.string() }).optional(),
});
export type CurrentPointer = z.infer<typeof currentPointerSchema>;

/** A stored record that does not parse: a fault (a bug or a hand edit), never a user's problem. */
export class RecordFormatError extends AllianceError<'RECORD_FORMAT'> {
  constructor(
    readonly key: string,
    options?: ErrorOptions,
  ) {
    super(
      'RecordFormatError',
      'RECORD_FORMAT',
      `The stored record ${key} is not in the expected format`,
      options,
    );
  }
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export function encodeJson(value: unknown): Uint8Array {
  return encoder.encode(`${JSON.stringify(value, null, 2)}\n`);
}

async function readJson<T>(
  store: ObjectStore,
  key: string,
  parse: (json: unknown) => T,
): Promise<T | undefined> {
  const bytes = await store.get(key);
  if (!bytes) return undefined;
  try {
    return parse(JSON.parse(decoder.decode(bytes)));
  } catch (error) {
    throw new RecordFormatError(key, { cause: error });
  }
}

export const readUploadRecord = (store: ObjectStore, key: string) =>
  readJson(store, key, (j) => uploadRecordSchema.parse(j));
export const readCurrentPointer = (store: ObjectStore, key: string) =>
  readJson(store, key, (j) => currentPointerSchema.parse(j));
export const readSubmission = (store: ObjectStore, key: string) => readJson(store, key, parseSubmission);

/**
 * Whether upload `a` happened after upload `b`. Two events of the same key compare by S3's
 * sequencer (hex, compared as numbers); otherwise by the object's LastModified, then by key,
 * so that every processor, in any order, picks the same one.
 */
export function isLaterUpload(a: UploadOrder, b: UploadOrder): boolean {
  if (a.key === b.key && a.sequencer && b.sequencer && a.sequencer !== b.sequencer) {
    return BigInt(`0x${a.sequencer}`) > BigInt(`0x${b.sequencer}`);
  }
  const ta = Date.parse(a.uploadedAt);
  const tb = Date.parse(b.uploadedAt);
  if (ta !== tb) return ta > tb;
  return a.key > b.key;
}

/** The current pointers of a country and year, by table (a withdrawn pointer counts for nothing). */
export async function readCurrent(
  store: ObjectStore,
  year: number,
  country: string,
): Promise<Partial<Record<Table, CurrentPointer>>> {
  const out: Partial<Record<Table, CurrentPointer>> = {};
  for (const table of tables) {
    const pointer = await readCurrentPointer(store, dataKeys.current(year, country, table));
    if (pointer && !pointer.withdrawn) out[table] = pointer;
  }
  return out;
}

/** The submission that counts, from the pointers: per table, the pointed upload's content. */
export async function mergeCurrent(
  store: ObjectStore,
  pointers: Partial<Record<Table, CurrentPointer>>,
): Promise<Submission | undefined> {
  const chosen = tables
    .map((t) => pointers[t])
    .filter((p): p is CurrentPointer => p !== undefined)
    .filter((p, i, all) => all.findIndex((q) => q.uploadId === p.uploadId) === i)
    // Oldest first: mergeLatestTables takes the cover of the latest.
    .sort((a, b) => (isLaterUpload(a, b) ? 1 : isLaterUpload(b, a) ? -1 : 0));
  const submissions: Submission[] = [];
  for (const pointer of chosen) {
    const submission = await readSubmission(store, pointer.submission);
    if (!submission)
      throw new RecordFormatError(pointer.submission, { cause: 'the pointed submission is missing' });
    // A pointer names one table; the upload may carry both, but only this one counts from it.
    const others = tables.filter((t) => pointers[t]?.uploadId === pointer.uploadId);
    submissions.push({ ...submission, tables: submission.tables.filter((t) => others.includes(t)) });
  }
  return mergeLatestTables(submissions);
}

/** The SubmissionSource over the data store (S3 data bucket or the folder store). */
export class StoredSubmissionSource implements SubmissionSource {
  constructor(private readonly store: ObjectStore) {}

  /**
   * The store holds the bundled fictitious sample (the demo's store): reports rendered from
   * it must say "Fictitious sample data" on every page. A real deployment has no marker.
   */
  async isSample(): Promise<boolean> {
    return (await this.store.head(dataKeys.sampleMarker)) !== undefined;
  }

  async countries(year: number): Promise<string[]> {
    const found = new Set<string>();
    for (const object of await this.store.list(dataKeys.uploadsPrefix(year))) {
      const parsed = parseValidationKey(object.key);
      if (parsed) found.add(parsed.country);
    }
    return [...found].sort();
  }

  async submission(year: number, country: string): Promise<Submission | undefined> {
    return mergeCurrent(this.store, await readCurrent(this.store, year, country));
  }

  async history(year: number, country: string): Promise<Submission[]> {
    const years = new Set<number>();
    for (const object of await this.store.list(dataRoots.current)) {
      const parsed = parseCurrentKey(object.key);
      if (parsed && parsed.country === country && parsed.year < year) years.add(parsed.year);
    }
    const out: Submission[] = [];
    for (const y of [...years].sort((a, b) => a - b)) {
      const merged = await this.submission(y, country);
      if (merged) out.push(merged);
    }
    return out;
  }

  /** Every processed upload of the country and year, oldest first. */
  async records(year: number, country: string): Promise<UploadRecordFile[]> {
    const records: UploadRecordFile[] = [];
    for (const object of await this.store.list(dataKeys.uploadsPrefix(year, country))) {
      if (!parseValidationKey(object.key)) continue;
      const record = await readUploadRecord(this.store, object.key);
      if (record && !record.duplicateOf) records.push(record);
    }
    return records.sort((a, b) => (isLaterUpload(a, b) ? 1 : isLaterUpload(b, a) ? -1 : 0));
  }

  async validations(year: number, country: string): Promise<UploadRecord[]> {
    return (await this.records(year, country)).map((r) => ({
      file: r.fileName,
      sha256: r.sha256,
      accepted: r.accepted,
      issues: r.issues,
    }));
  }
}
