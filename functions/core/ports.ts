/**
 * The outside world as the core and the use cases see it: small interfaces that the
 * adapters (folder, S3, system clock, pdfmake) implement and the edges hand in.
 */

import { AllianceError } from './errors.js';

export interface StoredObject {
  key: string;
  size: number;
  /** When the object was last written (the folder's mtime, S3's LastModified). */
  modified: Date;
  /** An opaque tag of the content: S3's ETag, the folder's MD5 of the bytes (as S3's for a single PUT). */
  etag: string;
}

/**
 * Where the pipeline keeps everything. There is deliberately no delete: nothing the
 * pipeline does may remove an upload, a report or an edition.
 */
export interface ObjectStore {
  /** The object's bytes, or undefined when there is no such key. */
  get(key: string): Promise<Uint8Array | undefined>;
  /** Writes the whole object at once: a reader sees the old bytes or the new, never half. */
  put(key: string, bytes: Uint8Array, options?: PutOptions): Promise<void>;
  head(key: string): Promise<StoredObject | undefined>;
  /** Every object whose key starts with the prefix, in key order. */
  list(prefix: string): Promise<StoredObject[]>;
}

export interface PutOptions {
  contentType?: string;
  /** Fail with ObjectExistsError when the key already exists (published editions). */
  ifNoneMatch?: boolean;
  /**
   * Write only if the object still has this etag (the one the writer read), else fail with
   * ObjectChangedError: a compare-and-swap, so two writers cannot both win.
   */
  ifMatch?: string;
}

/** Another writer moved the object first: read it again and retry. */
export class ObjectChangedError extends AllianceError<'OBJECT_CHANGED'> {
  constructor(
    readonly key: string,
    options?: ErrorOptions,
  ) {
    super('ObjectChangedError', 'OBJECT_CHANGED', `The object at ${key} changed since it was read`, {
      ...options,
      retryable: true,
    });
  }
}

/** Written once, never again (a published edition): trying again cannot succeed. */
export class ObjectExistsError extends AllianceError<'OBJECT_EXISTS'> {
  constructor(
    readonly key: string,
    options?: ErrorOptions,
  ) {
    super('ObjectExistsError', 'OBJECT_EXISTS', `An object already exists at ${key}`, options);
  }
}

/** A fault of the store (network, permissions, a bug): retried, never shown to a national contact. */
export class StoreError extends AllianceError {
  constructor(code: string, message: string, options?: ErrorOptions) {
    super('StoreError', code, message, { ...options, retryable: true });
  }
}

export interface Clock {
  now(): Date;
}
