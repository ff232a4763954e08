/**
 * Staff invalidate an accepted upload (product.md, "Invalidation and re-validation"): the
 * Invalidation record is written once (if-none-match) next to the upload's validation record,
 * then what counts for the country and year is worked out again (recomputeCurrent): the latest
 * accepted upload that is not invalidated counts again for each table, and the drafts follow.
 * Nothing is deleted or rewritten: the original file, the validation record and the normalized
 * submission stay in the history, and the pages show the upload as invalidated, by whom, why.
 */
import { cycleKeys, type Invalidation, invalidationSchema } from '../../core/cycle/records.js';
import { AllianceError } from '../../core/errors.js';
import { dataKeys } from '../../core/keys.js';
import { resolveMember } from '../../core/members.js';
import { ObjectExistsError, type ObjectStore } from '../../core/ports.js';
import type { ReportRenderer } from '../publish/ports.js';
import { type RenderDraftsResult, renderDrafts } from '../render-drafts.js';
import { encodeJson, readUploadRecord } from '../submissions-store.js';
import { readInvalidation } from './read.js';
import { type PointerChange, recomputeCurrent } from './recompute-current.js';

/** The longest reason kept (the record's schema says the same). */
export const INVALIDATION_REASON_MAX = 2000;

export type InvalidationErrorCode =
  | 'UPLOAD_NOT_FOUND'
  | 'UPLOAD_NOT_ACCEPTED'
  | 'ALREADY_INVALIDATED'
  | 'REASON_MISSING'
  | 'REASON_TOO_LONG';

/** Why an invalidation was refused: the request was wrong, trying again cannot succeed. */
export class InvalidationError extends AllianceError<InvalidationErrorCode> {
  constructor(name: string, code: InvalidationErrorCode, message: string) {
    super(name, code, message);
  }
}

/** No such upload of that country and year (or not a country, or not an upload id). */
export class UploadNotFoundError extends InvalidationError {
  constructor(readonly place: { year: number; country: string; uploadId: string }) {
    super(
      'UploadNotFoundError',
      'UPLOAD_NOT_FOUND',
      `There is no upload ${place.uploadId} of ${place.country} for ${place.year}`,
    );
  }
}

/** A rejected upload never counted: there is nothing to invalidate. */
export class UploadNotAcceptedError extends InvalidationError {
  constructor(readonly uploadId: string) {
    super(
      'UploadNotAcceptedError',
      'UPLOAD_NOT_ACCEPTED',
      `The upload ${uploadId} was rejected: only an accepted upload can be invalidated`,
    );
  }
}

/** The upload was invalidated before (an invalidation is written once). */
export class AlreadyInvalidatedError extends InvalidationError {
  constructor(readonly invalidation: Invalidation) {
    super(
      'AlreadyInvalidatedError',
      'ALREADY_INVALIDATED',
      `The upload ${invalidation.uploadId} was already invalidated on ${invalidation.at} by ${invalidation.by}`,
    );
  }
}

/** The reason is empty or longer than INVALIDATION_REASON_MAX characters. */
export class InvalidationReasonError extends InvalidationError {
  constructor(code: 'REASON_MISSING' | 'REASON_TOO_LONG') {
    super(
      'InvalidationReasonError',
      code,
      code === 'REASON_MISSING'
        ? 'A reason is required to invalidate an upload'
        : `The reason is longer than ${INVALIDATION_REASON_MAX} characters`,
    );
  }
}

export interface InvalidateUploadInput {
  /** The member's code (or a name resolveMember knows: EL is Greece). */
  countryCode: string;
  year: number;
  uploadId: string;
  /** Why: shown to the country and to staff with the upload. */
  reason: string;
  /** Who: the signed-in staff member's e-mail, or `cli:<user>`. */
  actor: string;
  at: Date;
}

export interface InvalidateUploadOptions {
  /** When given, the country's draft and the consolidated draft are rendered here (local); on AWS the pointer event does it. */
  renderer?: () => Promise<ReportRenderer>;
}

export interface InvalidateUploadResult {
  invalidation: Invalidation;
  /** The pointers that moved (an earlier upload counts again, or nothing does). */
  current: PointerChange[];
  /** Set when a renderer was given. */
  drafts?: RenderDraftsResult;
}

/** Invalidates one accepted upload and moves what counts; refusals throw an InvalidationError. */
export async function invalidateUpload(
  store: ObjectStore,
  input: InvalidateUploadInput,
  options: InvalidateUploadOptions = {},
): Promise<InvalidateUploadResult> {
  const reason = input.reason.trim();
  if (!reason) throw new InvalidationReasonError('REASON_MISSING');
  if (reason.length > INVALIDATION_REASON_MAX) throw new InvalidationReasonError('REASON_TOO_LONG');
  const country = resolveMember(input.countryCode)?.code;
  const place = { year: input.year, country: country ?? input.countryCode, uploadId: input.uploadId };
  if (!country || !/^[\w-]{1,64}$/.test(input.uploadId)) throw new UploadNotFoundError(place);
  const record = await readUploadRecord(store, dataKeys.validation(input.year, country, input.uploadId));
  if (!record) throw new UploadNotFoundError(place);
  if (!record.accepted || !record.submission) throw new UploadNotAcceptedError(input.uploadId);

  const who = { by: input.actor, at: input.at.toISOString() };
  const earlier = await readInvalidation(store, input.year, country, input.uploadId);
  if (earlier) {
    // A run stopped between the record and the pointers is finished here, then refused.
    await recomputeCurrent(store, input.year, country, who);
    throw new AlreadyInvalidatedError(earlier);
  }
  const invalidation = invalidationSchema.parse({
    schemaVersion: 1,
    year: input.year,
    country,
    uploadId: input.uploadId,
    reason,
    by: who.by,
    at: who.at,
  });
  try {
    await store.put(cycleKeys.invalidation(input.year, country, input.uploadId), encodeJson(invalidation), {
      contentType: 'application/json',
      ifNoneMatch: true,
    });
  } catch (error) {
    if (!(error instanceof ObjectExistsError)) throw error;
    // Another staff member was faster.
    const winner = await readInvalidation(store, input.year, country, input.uploadId);
    throw new AlreadyInvalidatedError(winner ?? invalidation);
  }

  const current = await recomputeCurrent(store, input.year, country, who);
  const result: InvalidateUploadResult = { invalidation, current };
  if (options.renderer)
    result.drafts = await renderDrafts(input.year, country, { data: store, renderer: options.renderer });
  return result;
}
