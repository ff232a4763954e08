/**
 * The ObjectStore over one S3 bucket (optionally under a key prefix). The S3 client is
 * handed in (tests point it at s3rver, Lambda shares one per container); a default is
 * built only when none is given.
 */
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  type ListObjectsV2CommandOutput,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import {
  ObjectChangedError,
  ObjectExistsError,
  type ObjectStore,
  type PutOptions,
  type StoredObject,
  StoreError,
} from '../core/ports.js';

export interface S3StoreOptions {
  bucket: string;
  /** Defaults to a client with the settings below. */
  client?: S3Client;
  /** A prefix inside the bucket, e.g. `tenant/`; keys given to the store are relative to it. */
  prefix?: string;
  /** Keys per ListObjectsV2 page (S3's maximum and default: 1000); smaller in tests. */
  pageSize?: number;
}

/**
 * Checksums only when the operation requires them: with the SDK's default (always), stream
 * bodies are sent aws-chunked, which S3-compatible servers such as s3rver store framing and
 * all. Real S3 is unaffected.
 */
export const s3ClientDefaults: S3ClientConfig = {
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
};

export function createS3Client(config: S3ClientConfig = {}): S3Client {
  return new S3Client({ ...s3ClientDefaults, ...config });
}

export interface VersionedObject {
  bytes: Uint8Array;
  modified: Date;
  etag: string;
  versionId?: string;
}

export class S3Store implements ObjectStore {
  readonly bucket: string;
  readonly client: S3Client;
  readonly prefix: string;
  private readonly pageSize: number | undefined;

  constructor(options: S3StoreOptions) {
    if (!options.bucket) throw new StoreError('INVALID_BUCKET', 'An S3 store needs a bucket name');
    this.bucket = options.bucket;
    this.client = options.client ?? createS3Client();
    this.prefix = options.prefix ?? '';
    this.pageSize = options.pageSize;
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    const fullKey = this.keyOf(key);
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: fullKey }));
      if (!out.Body) return new Uint8Array();
      return await out.Body.transformToByteArray();
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw new StoreError('READ_FAILED', `Could not read ${key} from bucket ${this.bucket}`, {
        cause: error,
      });
    }
  }

  /**
   * One version of an object with what identifies it (the uploads bucket is versioned: an
   * event names the version it is about, and a later upload to the same key must not stand
   * in for it). Without a version id, the newest.
   */
  async getVersion(key: string, versionId?: string): Promise<VersionedObject | undefined> {
    const fullKey = this.keyOf(key);
    try {
      const out = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: fullKey,
          ...(versionId ? { VersionId: versionId } : {}),
        }),
      );
      const bytes = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
      return {
        bytes,
        modified: out.LastModified ?? new Date(0),
        etag: stripQuotes(out.ETag ?? ''),
        ...(out.VersionId && out.VersionId !== 'null' ? { versionId: out.VersionId } : {}),
      };
    } catch (error) {
      if (isNotFound(error) || nameOf(error) === 'NoSuchVersion') return undefined;
      throw new StoreError('READ_FAILED', `Could not read ${key} from bucket ${this.bucket}`, {
        cause: error,
      });
    }
  }

  async put(key: string, bytes: Uint8Array, options: PutOptions = {}): Promise<void> {
    const fullKey = this.keyOf(key);
    if (options.ifNoneMatch) {
      // S3 enforces `If-None-Match: *` atomically (since 2024). Some S3-compatible servers
      // (s3rver among them) ignore the header on PUT and would overwrite silently, so we
      // also look first: that catches every non-racing overwrite everywhere, and on AWS the
      // header still closes the race between the look and the write.
      if (await this.head(key)) throw new ObjectExistsError(key);
    }
    if (options.ifMatch !== undefined) {
      // The same for If-Match (S3 enforces it atomically since 2024; s3rver ignores it).
      const current = await this.head(key);
      if (current?.etag !== options.ifMatch) throw new ObjectChangedError(key);
    }
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: fullKey,
          Body: bytes,
          ContentLength: bytes.byteLength,
          ...(options.contentType ? { ContentType: options.contentType } : {}),
          ...(options.ifNoneMatch ? { IfNoneMatch: '*' } : {}),
          ...(options.ifMatch !== undefined ? { IfMatch: `"${options.ifMatch}"` } : {}),
        }),
      );
    } catch (error) {
      if (options.ifNoneMatch && isPreconditionFailed(error))
        throw new ObjectExistsError(key, { cause: error });
      if (options.ifMatch !== undefined && isPreconditionFailed(error))
        throw new ObjectChangedError(key, { cause: error });
      throw new StoreError('WRITE_FAILED', `Could not write ${key} to bucket ${this.bucket}`, {
        cause: error,
      });
    }
  }

  async head(key: string): Promise<StoredObject | undefined> {
    const fullKey = this.keyOf(key);
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: fullKey }));
      return {
        key,
        size: out.ContentLength ?? 0,
        modified: out.LastModified ?? new Date(0),
        etag: stripQuotes(out.ETag ?? ''),
      };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw new StoreError('READ_FAILED', `Could not read ${key} from bucket ${this.bucket}`, {
        cause: error,
      });
    }
  }

  async list(prefix: string): Promise<StoredObject[]> {
    const out: StoredObject[] = [];
    let token: string | undefined;
    do {
      let page: ListObjectsV2CommandOutput;
      try {
        page = await this.client.send(
          new ListObjectsV2Command({
            Bucket: this.bucket,
            Prefix: this.prefix + prefix,
            ...(this.pageSize ? { MaxKeys: this.pageSize } : {}),
            ...(token ? { ContinuationToken: token } : {}),
          }),
        );
      } catch (error) {
        throw new StoreError('LIST_FAILED', `Could not list ${prefix} in bucket ${this.bucket}`, {
          cause: error,
        });
      }
      for (const item of page.Contents ?? []) {
        if (!item.Key) continue;
        out.push({
          key: item.Key.slice(this.prefix.length),
          size: item.Size ?? 0,
          modified: item.LastModified ?? new Date(0),
          etag: stripQuotes(item.ETag ?? ''),
        });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    // S3 lists in UTF-8 byte order; the contract (and the folder store) is JS string order.
    return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  private keyOf(key: string): string {
    if (!key || key.startsWith('/') || key.includes('\0') || key.split('/').some((p) => p === '..')) {
      throw new StoreError('INVALID_KEY', `Not a valid key: ${JSON.stringify(key)}`);
    }
    return this.prefix + key;
  }
}

function stripQuotes(etag: string): string {
  return etag.replace(/^"|"$/g, '');
}

function statusOf(error: unknown): number | undefined {
  if (error instanceof S3ServiceException) return error.$metadata?.httpStatusCode;
  const meta = (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata;
  return meta?.httpStatusCode;
}

function nameOf(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

function isNotFound(error: unknown): boolean {
  const name = nameOf(error);
  return name === 'NoSuchKey' || name === 'NotFound' || statusOf(error) === 404;
}

function isPreconditionFailed(error: unknown): boolean {
  // 412 when the key exists; 409 when a concurrent conditional write won the race.
  const status = statusOf(error);
  return status === 412 || status === 409 || nameOf(error) === 'PreconditionFailed';
}
