/**
 * "An upload landed", the part every path shares: given an uploads-store key and the version
 * the event names, reads the original, ingests it (last year's accepted submission as
 * `previous`), writes the validation record and, when accepted, the normalized submission;
 * and moves the `current` pointer of each table the upload carries only when this upload is
 * later than the one there. It renders nothing and imports no report code: this is all the
 * ingest Lambda does (its bundle stays small; the render-drafts Lambda renders the drafts on
 * the `current/` event). processUpload (process-upload.ts) adds the in-process draft.
 *
 * Idempotent: the same key and version give the same upload id and the same records; a
 * second delivery finds its record and does not ingest again. A rejected upload never
 * touches `current`, nor does an invalidated one (app/cycle/invalidate.ts). Data problems are
 * results; store faults throw.
 *
 * The year's reporting period, when staff set one (control/<year>/period.json), decides by
 * the day the original was received: before it opens or after it closes the upload is
 * rejected unread (UPLOAD_NOT_OPEN, UPLOAD_CLOSED: only the validation record is written);
 * after the deadline it is processed as usual and marked `late` (record and submission).
 */
import { createHash } from 'node:crypto';
import { dayOf, uploadWindowIssue } from '../core/cycle/period.js';
import type { RuleFailedError } from '../core/errors.js';
import { ingestUpload } from '../core/ingest/index.js';
import { dataKeys, parseUploadKey, type Table, uploadId } from '../core/keys.js';
import type { Limits } from '../core/limits.js';
import { resolveMember } from '../core/members.js';
import { ObjectChangedError, ObjectExistsError, type ObjectStore, StoreError } from '../core/ports.js';
import { readUploadWindow } from './cycle/periods.js';
import { readInvalidation } from './cycle/read.js';
import {
  type CurrentPointer,
  encodeJson,
  isLaterUpload,
  readCurrentPointer,
  readSubmission,
  readUploadRecord,
  StoredSubmissionSource,
  tables,
  type UploadRecordFile,
} from './submissions-store.js';

/** One version of an original upload. */
export interface UploadObject {
  bytes: Uint8Array;
  modified: Date;
  etag: string;
  versionId?: string;
}

/** Reads originals from the uploads store, by version where the store has versions (S3). */
export interface UploadReader {
  read(key: string, versionId?: string): Promise<UploadObject | undefined>;
}

/** An UploadReader over any ObjectStore (the folder store): the newest bytes, no versions. */
export function readerOverStore(store: ObjectStore): UploadReader {
  return {
    async read(key) {
      const head = await store.head(key);
      if (!head) return undefined;
      const bytes = await store.get(key);
      if (!bytes) return undefined;
      return { bytes, modified: head.modified, etag: head.etag };
    },
  };
}

export interface ProcessUploadInput {
  /** The uploads-store key, decoded (S3 events URL-encode it). */
  key: string;
  /** From the S3 event: the object's version id (versioned bucket). */
  versionId?: string;
  /** From the S3 event: the object's ETag. */
  etag?: string;
  /** From the S3 event: orders two events of the same key. */
  sequencer?: string;
}

export interface StoreUploadDeps {
  uploads: UploadReader;
  data: ObjectStore;
  limits?: Limits;
}

export type StoreUploadResult =
  | { outcome: 'ignored'; key: string; reason: 'NOT_AN_UPLOAD_KEY' | 'UPLOAD_NOT_FOUND' }
  /** The same bytes again under the same key (a form sent twice): recorded as a copy of `duplicateOf`. */
  | { outcome: 'ignored'; key: string; reason: 'DUPLICATE'; uploadId: string; duplicateOf: string }
  | {
      outcome: 'accepted' | 'rejected';
      key: string;
      uploadId: string;
      year: number;
      country: string;
      errors: number;
      warnings: number;
      /** This delivery found the upload already processed. */
      repeated: boolean;
      /** Tables for which this upload became the one that counts. */
      current: Table[];
      /** What a validation rule threw (the upload is rejected with RULE_FAILED): for the log. */
      faults?: RuleFailedError[];
      /** Received after the year's deadline (and taken: up to the closing day). */
      late?: true;
    };

/** Validates and stores one upload, moves `current/`; throws only on faults (store). */
export async function storeUpload(
  input: ProcessUploadInput,
  deps: StoreUploadDeps,
): Promise<StoreUploadResult> {
  const place = parseUploadKey(input.key);
  if (!place) return { outcome: 'ignored', key: input.key, reason: 'NOT_AN_UPLOAD_KEY' };
  const { year, fileName } = place;
  // Records live under the member's canonical code (an upload under EL is Greece's).
  const country = resolveMember(place.country)?.code ?? place.country;

  const original = await deps.uploads.read(input.key, input.versionId);
  if (!original) return { outcome: 'ignored', key: input.key, reason: 'UPLOAD_NOT_FOUND' };
  const version = input.versionId ?? original.versionId ?? input.etag ?? original.etag;
  const id = uploadId(input.key, version);
  const recordKey = dataKeys.validation(year, country, id);
  const source = new StoredSubmissionSource(deps.data);

  let record = await readUploadRecord(deps.data, recordKey);
  if (record?.duplicateOf) return duplicate(input.key, id, record.duplicateOf);
  /** What every record of this upload says of the file received. */
  const received = (sha256: string) => ({
    schemaVersion: 1 as const,
    uploadId: id,
    key: input.key,
    fileName,
    country,
    year,
    version,
    sequencer: input.sequencer ?? null,
    uploadedAt: original.modified.toISOString(),
    sha256,
    size: original.bytes.byteLength,
  });
  if (!record && (input.versionId ?? original.versionId)) {
    // The same form sent twice: a second version of the key with the first one's bytes.
    const sha = sha256Hex(original.bytes);
    const first = (await source.records(year, country)).find(
      (r) => r.key === input.key && r.sha256 === sha && r.uploadId !== id,
    );
    if (first) {
      const copy: UploadRecordFile = {
        ...received(sha),
        accepted: false,
        issues: [],
        submission: null,
        duplicateOf: first.uploadId,
      };
      // Recorded, so that reconcile sees it processed; it counts for nothing and is listed nowhere.
      try {
        await deps.data.put(recordKey, encodeJson(copy), {
          contentType: 'application/json',
          ifNoneMatch: true,
        });
      } catch (error) {
        // Another delivery of the same event wrote it first: the same copy.
        if (!(error instanceof ObjectExistsError)) throw error;
      }
      return duplicate(input.key, id, first.uploadId);
    }
  }
  const repeated = record !== undefined;
  let faults: RuleFailedError[] | undefined;
  if (!record) {
    // The year's period (core/cycle/period.ts), by the day the file was received: outside it
    // the file is refused unread and only its validation record is written (no submission,
    // `current` untouched); after the deadline it is taken and marked late.
    const receivedDay = dayOf(original.modified);
    const { period, window } = await readUploadWindow(deps.data, year, receivedDay);
    const refusal = uploadWindowIssue(window, year, period, receivedDay);
    const late = window === 'late';
    let submissionKey: string | null = null;
    let issues = refusal ? [refusal] : [];
    let accepted = false;
    let sha256 = '';
    if (!refusal) {
      const previous = await source.submission(year - 1, country);
      const result = await ingestUpload({
        bytes: original.bytes,
        fileName,
        country: place.country,
        year,
        previous: previous ?? null,
        // The per-upload time budget (FILE_TOO_COMPLEX) rather than the Lambda's timeout.
        elapsed: () => performance.now(),
        ...(deps.limits ? { limits: deps.limits } : {}),
      });
      faults = result.faults;
      submissionKey = result.submission ? dataKeys.submission(year, country, id) : null;
      if (result.submission && submissionKey) {
        const submission = late ? { ...result.submission, late: true } : result.submission;
        await deps.data.put(submissionKey, encodeJson(submission), { contentType: 'application/json' });
      }
      issues = result.issues;
      accepted = result.accepted;
      sha256 = result.submission?.sources[0]?.sha256 ?? '';
    }
    record = {
      ...received(sha256 || sha256Hex(original.bytes)),
      accepted,
      issues,
      submission: submissionKey,
      ...(late ? { late: true } : {}),
    } satisfies UploadRecordFile;
    // Written after the submission: a record that says accepted always has its submission.
    await deps.data.put(recordKey, encodeJson(record), { contentType: 'application/json' });
  }

  const counts = {
    errors: record.issues.filter((i) => i.severity === 'error').length,
    warnings: record.issues.filter((i) => i.severity === 'warning').length,
  };
  const base = {
    key: input.key,
    uploadId: id,
    year,
    country,
    repeated,
    ...counts,
    ...(faults ? { faults } : {}),
    ...(record.late ? { late: true as const } : {}),
  };
  if (!record.accepted || !record.submission) {
    return { outcome: 'rejected', ...base, current: [] };
  }

  // Staff invalidated it (or a re-validation did): it stays in the history and never counts again.
  if (await readInvalidation(deps.data, year, country, id))
    return { outcome: 'accepted', ...base, current: [] };
  const moved = await moveCurrent(deps.data, record, await uploadedTables(deps.data, record));
  return { outcome: 'accepted', ...base, current: moved };
}

async function uploadedTables(store: ObjectStore, record: UploadRecordFile): Promise<Table[]> {
  const submission = record.submission ? await readSubmission(store, record.submission) : undefined;
  return submission ? tables.filter((t) => submission.tables.includes(t)) : [];
}

/** Attempts at one pointer before the move is left to SQS's retry (a fault). */
const MOVE_ATTEMPTS = 8;

/**
 * Points each table at this upload unless a later upload already counts for it. Each move
 * is a compare-and-swap (write only if the pointer is still the one read): two uploads of
 * one country processed at the same instant cannot cross, and the later one always counts.
 */
async function moveCurrent(store: ObjectStore, record: UploadRecordFile, carried: Table[]): Promise<Table[]> {
  const pointer: CurrentPointer = {
    schemaVersion: 1,
    uploadId: record.uploadId,
    key: record.key,
    sequencer: record.sequencer,
    uploadedAt: record.uploadedAt,
    submission: record.submission!,
  };
  const bytes = encodeJson(pointer);
  const moved: Table[] = [];
  for (const table of carried) {
    const key = dataKeys.current(record.year, record.country, table);
    if (await movePointer(store, key, pointer, bytes)) moved.push(table);
  }
  return moved;
}

async function movePointer(
  store: ObjectStore,
  key: string,
  pointer: CurrentPointer,
  bytes: Uint8Array,
): Promise<boolean> {
  for (let attempt = 1; attempt <= MOVE_ATTEMPTS; attempt++) {
    const seen = await store.head(key);
    const there = seen ? await readCurrentPointer(store, key) : undefined;
    // A withdrawn pointer (its upload was invalidated, no other counts) is taken by any accepted upload.
    if (there && !there.withdrawn && there.uploadId === pointer.uploadId) return false;
    if (there && !there.withdrawn && !isLaterUpload(pointer, there)) return false;
    try {
      await store.put(key, bytes, {
        contentType: 'application/json',
        ...(seen ? { ifMatch: seen.etag } : { ifNoneMatch: true }),
      });
      return true;
    } catch (error) {
      // Another upload of the country moved it meanwhile: look again.
      if (error instanceof ObjectChangedError || error instanceof ObjectExistsError) continue;
      throw error;
    }
  }
  throw new StoreError('CURRENT_CONTENDED', `${key} kept changing while this upload tried to move it`);
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function duplicate(key: string, uploadId: string, duplicateOf: string): StoreUploadResult {
  return { outcome: 'ignored', key, reason: 'DUPLICATE', uploadId, duplicateOf };
}
