/**
 * The embedded store: a folder on disk, keys as relative paths. What the command line and
 * the local portal use, and what the S3 adapter is held to by the same contract tests.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  ObjectChangedError,
  ObjectExistsError,
  type ObjectStore,
  type PutOptions,
  type StoredObject,
  StoreError,
} from '../core/ports.js';

export class FolderStore implements ObjectStore {
  readonly root: string;
  /** Conditional writes of one key, one at a time (the embedded store serves one process). */
  private readonly locks = new Map<string, Promise<void>>();

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** The file behind a key; refuses keys that would leave the folder. */
  pathOf(key: string): string {
    if (
      !key ||
      key.startsWith('/') ||
      key.split('/').some((p) => p === '..' || p === '.' || p === '') ||
      key.includes('\0') ||
      key.includes('\\')
    ) {
      throw new StoreError('INVALID_KEY', `Not a valid key: ${JSON.stringify(key)}`);
    }
    return join(this.root, ...key.split('/'));
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw new StoreError('READ_FAILED', `Could not read ${key}`, { cause: error });
    }
  }

  async put(key: string, bytes: Uint8Array, options: PutOptions = {}): Promise<void> {
    if (options.ifMatch === undefined) return this.write(key, bytes, options);
    const expected = options.ifMatch;
    return this.withLock(key, async () => {
      const current = await this.head(key);
      if (current?.etag !== expected) throw new ObjectChangedError(key);
      await this.write(key, bytes, options);
    });
  }

  private async withLock(key: string, work: () => Promise<void>): Promise<void> {
    const before = this.locks.get(key) ?? Promise.resolve();
    const mine = before.then(work, work);
    const settled = mine.then(
      () => {},
      () => {},
    );
    this.locks.set(key, settled);
    try {
      await mine;
    } finally {
      if (this.locks.get(key) === settled) this.locks.delete(key);
    }
  }

  private async write(key: string, bytes: Uint8Array, options: PutOptions): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Write beside, then rename (or link, for if-none-match): a reader sees all or nothing.
    const tmp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await writeFile(tmp, bytes, { flag: constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY });
      if (options.ifNoneMatch) {
        try {
          await link(tmp, path);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST')
            throw new ObjectExistsError(key, { cause: error });
          throw error;
        }
        await unlink(tmp);
      } else {
        await rename(tmp, path);
      }
    } catch (error) {
      await unlink(tmp).catch(() => {});
      if (error instanceof ObjectExistsError) throw error;
      throw new StoreError('WRITE_FAILED', `Could not write ${key}`, { cause: error });
    }
  }

  async head(key: string): Promise<StoredObject | undefined> {
    try {
      const s = await stat(this.pathOf(key));
      if (!s.isFile()) return undefined;
      return toStored(key, s.size, s.mtime, await readFile(this.pathOf(key)));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw new StoreError('READ_FAILED', `Could not read ${key}`, { cause: error });
    }
  }

  async list(prefix: string): Promise<StoredObject[]> {
    const out: StoredObject[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries: import('node:fs').Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (error) {
        if (isNotFound(error) || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return;
        throw new StoreError('LIST_FAILED', `Could not list ${prefix}`, { cause: error });
      }
      for (const entry of entries) {
        if (entry.name.startsWith('.') && entry.name.endsWith('.tmp')) continue;
        const full = join(dir, entry.name);
        const key = relative(this.root, full).split(sep).join('/');
        if (entry.isDirectory()) {
          if (key.startsWith(prefix) || prefix.startsWith(`${key}/`)) await walk(full);
        } else if (entry.isFile() && key.startsWith(prefix)) {
          const s = await stat(full);
          out.push(toStored(key, s.size, s.mtime, await readFile(full)));
        }
      }
    };
    await walk(this.root);
    return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

/** The etag is the MD5 of the bytes, as S3's is for an object written in one PUT: it changes with the content, not the clock. */
function toStored(key: string, size: number, modified: Date, bytes: Uint8Array): StoredObject {
  return { key, size, modified, etag: createHash('md5').update(bytes).digest('hex') };
}

function isNotFound(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT';
}
