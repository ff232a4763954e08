/**
 * A fault-injecting ObjectStore over the real S3 adapter (against s3rver in the tests):
 * chosen calls fail as S3 fails them (503 SlowDown, 500 InternalError, wrapped by the
 * adapter in its StoreError exactly as a real SDK error is), and the process can "crash"
 * after the Nth write has reached the store (a sentinel error nothing in the pipeline
 * catches). Every call is recorded, so a test can say what a reader saw at the crash.
 */
import { S3ServiceException } from '@aws-sdk/client-s3';
import type { S3Store } from '../../functions/adapters/s3-store.js';
import {
  type ObjectStore,
  type PutOptions,
  type StoredObject,
  StoreError,
} from '../../functions/core/ports.js';

export type Operation = 'get' | 'put' | 'head' | 'list';

export interface FaultRule {
  op: Operation;
  /** The nth call of that operation (1-based) fails; with `times`, that many calls from there. */
  nth: number;
  times?: number;
  fault: 'slowdown' | 'internal';
}

/** The process died here: thrown after the write it follows has completed. */
export class CrashError extends Error {
  constructor(readonly afterPut: number) {
    super(`simulated crash after write ${afterPut}`);
    this.name = 'CrashError';
  }
}

/** An SDK error as S3 returns it (name, HTTP status, fault side). */
export function s3Error(fault: FaultRule['fault']): S3ServiceException {
  const [name, status] = fault === 'slowdown' ? ['SlowDown', 503] : ['InternalError', 500];
  return new S3ServiceException({
    name,
    $fault: 'server',
    $metadata: { httpStatusCode: status },
    message: fault === 'slowdown' ? 'Please reduce your request rate.' : 'We encountered an internal error.',
  });
}

export class FaultyStore implements ObjectStore {
  readonly calls: Array<{ op: Operation; key: string; failed?: string }> = [];
  private readonly counts: Record<Operation, number> = { get: 0, put: 0, head: 0, list: 0 };
  /** Crash after this many successful puts (undefined: never). */
  crashAfterPut: number | undefined;
  private puts = 0;

  constructor(
    readonly inner: S3Store,
    public rules: FaultRule[] = [],
  ) {}

  private before(op: Operation, key: string): void {
    const n = ++this.counts[op];
    const rule = this.rules.find((r) => r.op === op && n >= r.nth && n < r.nth + (r.times ?? 1));
    if (!rule) {
      this.calls.push({ op, key });
      return;
    }
    this.calls.push({ op, key, failed: rule.fault });
    const code = op === 'put' ? 'WRITE_FAILED' : op === 'list' ? 'LIST_FAILED' : 'READ_FAILED';
    throw new StoreError(code, `Could not ${op} ${key} in bucket ${this.inner.bucket}`, {
      cause: s3Error(rule.fault),
    });
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    this.before('get', key);
    return this.inner.get(key);
  }

  async head(key: string): Promise<StoredObject | undefined> {
    this.before('head', key);
    return this.inner.head(key);
  }

  async list(prefix: string): Promise<StoredObject[]> {
    this.before('list', prefix);
    return this.inner.list(prefix);
  }

  async put(key: string, bytes: Uint8Array, options?: PutOptions): Promise<void> {
    this.before('put', key);
    await this.inner.put(key, bytes, options);
    this.puts++;
    if (this.crashAfterPut !== undefined && this.puts >= this.crashAfterPut) throw new CrashError(this.puts);
  }

  /** Keys written so far, in order. */
  written(): string[] {
    return this.calls.filter((c) => c.op === 'put' && !c.failed).map((c) => c.key);
  }
}
