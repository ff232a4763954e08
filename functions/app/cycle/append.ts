/**
 * Append-only logs in the store (a country's review log, its message thread): each record is
 * its own object, numbered from 1 under a prefix, written with if-none-match so that two
 * writers never take the same number (the one that loses reads again and takes the next).
 * Nothing is rewritten or deleted.
 */
import { ObjectExistsError, type ObjectStore, StoreError } from '../../core/ports.js';
import { encodeJson, RecordFormatError } from '../submissions-store.js';

const decoder = new TextDecoder();

/** Attempts before a contended append is left to the caller as a fault. */
const APPEND_ATTEMPTS = 16;

/** Reads every record under the prefix, oldest first, each parsed (a record that does not parse is a fault). */
export async function readNumbered<T>(
  store: ObjectStore,
  prefix: string,
  parse: (json: unknown) => T,
): Promise<T[]> {
  const objects = (await store.list(prefix)).filter((o) => /\/\d{6}\.json$/.test(o.key));
  const records: T[] = [];
  for (const object of objects) {
    const bytes = await store.get(object.key);
    if (!bytes) continue;
    try {
      records.push(parse(JSON.parse(decoder.decode(bytes))));
    } catch (error) {
      throw new RecordFormatError(object.key, { cause: error });
    }
  }
  return records;
}

/**
 * Writes `make(seq)` as the next numbered record under the prefix and returns it. `keyOf`
 * gives the key of a number (cycleKeys.review, cycleKeys.message).
 */
export async function appendNumbered<T>(
  store: ObjectStore,
  prefix: string,
  keyOf: (seq: number) => string,
  make: (seq: number) => T,
): Promise<T> {
  for (let attempt = 1; attempt <= APPEND_ATTEMPTS; attempt++) {
    const taken = (await store.list(prefix))
      .map((o) => o.key.match(/\/(\d{6})\.json$/)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    const seq = (taken.length ? Math.max(...taken) : 0) + 1;
    const record = make(seq);
    try {
      await store.put(keyOf(seq), encodeJson(record), { contentType: 'application/json', ifNoneMatch: true });
      return record;
    } catch (error) {
      if (error instanceof ObjectExistsError) continue;
      throw error;
    }
  }
  throw new StoreError('APPEND_CONTENDED', `${prefix} kept growing while a record was appended`);
}
