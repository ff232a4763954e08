/**
 * Reconciliation: every upload of a year against the validation records. An S3 event can
 * be lost (a notification misconfigured for a while, a message deleted by hand from the
 * dead-letter queue); the upload is then in the uploads bucket and nothing in the data
 * bucket says it was ever processed. This lists those uploads and, on request, processes
 * them through the same use case as the ingest (idempotent: an upload processed twice
 * writes the same records).
 *
 * An upload is processed when `uploads/<year>/<CC>/<uploadId>/validation.json` exists for
 * the upload id that the ingest derives from its key and version (S3 version id on the
 * versioned bucket, else the ETag): see core/keys.ts.
 */
import { dataKeys, parseUploadKey, parseValidationKey, uploadId, uploadPrefix } from '../core/keys.js';
import { resolveMember } from '../core/members.js';
import type { ObjectStore } from '../core/ports.js';
import type { ProcessUploadInput } from './store-upload.js';

/** One version of one object in the uploads store. */
export interface UploadVersion {
  key: string;
  etag: string;
  /** The S3 version id on a versioned bucket; absent for the folder store. */
  versionId?: string;
  modified: Date;
}

/** Lists every version of every upload under a prefix (S3: ListObjectVersions; folder: list). */
export interface UploadInventory {
  versions(prefix: string): Promise<UploadVersion[]>;
}

/** The inventory of a store without versions (the folder store): one version per key. */
export function inventoryOverStore(store: ObjectStore): UploadInventory {
  return {
    async versions(prefix) {
      return (await store.list(prefix)).map((o) => ({ key: o.key, etag: o.etag, modified: o.modified }));
    },
  };
}

export interface MissingUpload {
  key: string;
  country: string;
  uploadId: string;
  versionId?: string;
  etag: string;
  modified: string;
}

export interface ReplayOutcome {
  key: string;
  uploadId: string;
  outcome: 'accepted' | 'rejected' | 'ignored' | 'failed';
  /** For a failed replay: the fault's code and message (for the operator, not a national contact). */
  fault?: string;
}

export interface ReconcileResult {
  year: number;
  /** Upload versions found for the year. */
  uploads: number;
  /** Of which had a validation record already. */
  processed: number;
  /** Never processed (before any replay). */
  missing: MissingUpload[];
  /** Present when replay was asked for: one per missing upload, in the same order. */
  replayed?: ReplayOutcome[];
}

export interface ReconcileDeps {
  uploads: UploadInventory;
  data: ObjectStore;
  /** Processes one upload (processUpload or storeUpload with their dependencies). */
  process?: (input: ProcessUploadInput) => Promise<{ outcome: 'accepted' | 'rejected' | 'ignored' }>;
}

/** Finds the year's uploads that have no validation record; with `replay`, processes them, oldest first. */
export async function reconcileYear(
  year: number,
  deps: ReconcileDeps,
  options: { replay: boolean } = { replay: false },
): Promise<ReconcileResult> {
  const versions = await deps.uploads.versions(uploadPrefix(year));
  const recorded = new Set(
    (await deps.data.list(dataKeys.uploadsPrefix(year)))
      .map((o) => o.key)
      .filter((k) => parseValidationKey(k) !== undefined),
  );
  const missing: MissingUpload[] = [];
  let uploads = 0;
  for (const v of versions) {
    const place = parseUploadKey(v.key);
    if (!place || place.year !== year) continue;
    uploads++;
    // The same id and country the ingest computes (store-upload.ts).
    const country = resolveMember(place.country)?.code ?? place.country;
    const version = v.versionId && v.versionId !== 'null' ? v.versionId : v.etag;
    const id = uploadId(v.key, version);
    if (recorded.has(dataKeys.validation(year, country, id))) continue;
    missing.push({
      key: v.key,
      country,
      uploadId: id,
      ...(v.versionId && v.versionId !== 'null' ? { versionId: v.versionId } : {}),
      etag: v.etag,
      modified: v.modified.toISOString(),
    });
  }
  // Oldest first: replayed in upload order, the latest upload ends up the one that counts.
  missing.sort((a, b) =>
    a.modified < b.modified ? -1 : a.modified > b.modified ? 1 : a.key < b.key ? -1 : 1,
  );
  const result: ReconcileResult = { year, uploads, processed: uploads - missing.length, missing };
  if (!options.replay) return result;
  if (!deps.process) throw new TypeError('reconcileYear: replay needs a process function');
  result.replayed = [];
  for (const m of missing) {
    try {
      const out = await deps.process({
        key: m.key,
        ...(m.versionId ? { versionId: m.versionId } : {}),
        etag: m.etag,
      });
      result.replayed.push({ key: m.key, uploadId: m.uploadId, outcome: out.outcome });
    } catch (error) {
      // One fault does not stop the others; the run says what failed and exits non-zero.
      const code = (error as { code?: unknown }).code;
      result.replayed.push({
        key: m.key,
        uploadId: m.uploadId,
        outcome: 'failed',
        fault: `${typeof code === 'string' ? `${code}: ` : ''}${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return result;
}

/** Whether nothing is left unprocessed (nothing missing, or every missing upload replayed). */
export function reconciled(result: ReconcileResult): boolean {
  if (result.missing.length === 0) return true;
  return result.replayed?.every((r) => r.outcome !== 'failed') ?? false;
}
