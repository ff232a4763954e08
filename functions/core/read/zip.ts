/**
 * A small zip reader for XLSX and ODS with a hard cap on what inflating may produce.
 * The central directory's declared sizes are summed first; then every entry is inflated
 * through a streaming inflater that counts as it goes and stops at the cap, because a
 * header can lie. Nothing here trusts the file: every offset is bounds-checked.
 */
import { Inflate } from 'fflate';
import { AllianceError } from '../errors.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

export type ZipFailure = { failure: 'corrupt'; detail: string } | { failure: 'too-large' };

export class ZipProblem extends AllianceError<'ZIP_CORRUPT' | 'ZIP_TOO_LARGE'> {
  constructor(readonly problem: ZipFailure) {
    super(
      'ZipProblem',
      problem.failure === 'corrupt' ? 'ZIP_CORRUPT' : 'ZIP_TOO_LARGE',
      problem.failure === 'corrupt' ? problem.detail : 'archive too large',
    );
  }
}

const corrupt = (detail: string) => new ZipProblem({ failure: 'corrupt', detail });

function u16(b: Uint8Array, at: number): number {
  if (at + 2 > b.length) throw corrupt('the file ends too early');
  return b[at]! | (b[at + 1]! << 8);
}

function u32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) throw corrupt('the file ends too early');
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;
}

function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

const decoder = new TextDecoder('utf-8');

/** Reads the central directory: the list of entries with their declared sizes. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  // The end-of-central-directory record is in the last 22 + 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('the end of the zip archive is missing; the file may be cut short');
  let count = u16(bytes, eocd + 10);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(bytes, locator) !== 0x07064b50) throw corrupt('a zip64 record is missing');
    const z64 = u64(bytes, locator + 8);
    if (u32(bytes, z64) !== 0x06064b50) throw corrupt('a zip64 record is damaged');
    count = u64(bytes, z64 + 32);
    cdOffset = u64(bytes, z64 + 48);
  }
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let n = 0; n < count; n++) {
    if (u32(bytes, at) !== 0x02014b50) throw corrupt('the zip directory is damaged');
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    let compressedSize = u32(bytes, at + 20);
    let declaredSize = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let localOffset = u32(bytes, at + 42);
    if (at + 46 + nameLength > bytes.length) throw corrupt('the file ends too early');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // Zip64 extra field: the 64-bit sizes replace the 32-bit ones that are all ones.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(bytes, extra);
      const size = u16(bytes, extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (declaredSize === 0xffffffff) {
          declaredSize = u64(bytes, field);
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, field);
          field += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(bytes, field);
      }
      extra += 4 + size;
    }
    if (flags & 1) throw corrupt(`the entry ${name} is encrypted`);
    entries.push({ name, method, compressedSize, declaredSize, localOffset });
    at = extraEnd + commentLength;
  }
  return entries;
}

/** Compressed bytes of one entry, found through its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localOffset;
  if (u32(bytes, at) !== 0x04034b50) throw corrupt(`the entry ${entry.name} is damaged`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`the entry ${entry.name} is cut short`);
  return bytes.subarray(start, end);
}

/** Small pushes keep each inflated chunk small too (deflate expands at most ~1,032 times). */
const PUSH_BYTES = 8 * 1024;

/** Shares one inflated-bytes budget across all entries of an archive. */
export class InflateBudget {
  used = 0;
  constructor(readonly max: number) {}
  take(n: number): void {
    this.used += n;
    if (this.used > this.max) throw new ZipProblem({ failure: 'too-large' });
  }
}

/**
 * Inflates one entry within the budget. With `keep` false the output is counted and
 * dropped (to check an entry a library will inflate later); with true it is returned.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  keep: boolean,
  /** Sees every inflated chunk, in order (to scan an entry without keeping it). */
  inspect?: (chunk: Uint8Array) => void,
): Uint8Array {
  const data = entryData(bytes, entry);
  const chunks: Uint8Array[] = [];
  let produced = 0;
  /** What `inspect` threw (a refusal, the deadline): passed on as it is, not as damage. */
  let inspectError: unknown;
  const accept = (chunk: Uint8Array) => {
    budget.take(chunk.length);
    produced += chunk.length;
    // More than the directory declared: a bomb that lies about its size (and what exceljs's
    // zip library would refuse as a size mismatch). Stop now rather than at the cap.
    if (produced > entry.declaredSize) throw new ZipProblem({ failure: 'too-large' });
    try {
      inspect?.(chunk);
    } catch (error) {
      inspectError = error;
      throw error;
    }
    if (keep) chunks.push(chunk);
  };
  if (entry.method === 0) {
    accept(data);
  } else if (entry.method === 8) {
    const inflater = new Inflate((chunk) => accept(chunk));
    try {
      let at = 0;
      do {
        const end = Math.min(data.length, at + PUSH_BYTES);
        inflater.push(data.subarray(at, end), end === data.length);
        at = end;
      } while (at < data.length);
    } catch (error) {
      if (error instanceof ZipProblem) throw error;
      if (inspectError !== undefined) throw inspectError;
      throw corrupt(`the entry ${entry.name} cannot be unpacked`);
    }
  } else {
    throw corrupt(`the entry ${entry.name} uses an unknown compression method`);
  }
  if (produced !== entry.declaredSize)
    throw corrupt(`the entry ${entry.name} does not have its declared size`);
  if (!keep) return new Uint8Array(0);
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(produced);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** An opened zip: entries listed, declared sizes checked against the cap. */
export interface OpenedZip {
  entries: Map<string, ZipEntry>;
  budget: InflateBudget;
}

/** Lists the archive and refuses it when its declared sizes already exceed the cap. */
export function openZip(bytes: Uint8Array, maxInflatedBytes: number): OpenedZip {
  const list = listZipEntries(bytes);
  const declared = list.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > maxInflatedBytes) throw new ZipProblem({ failure: 'too-large' });
  const entries = new Map<string, ZipEntry>();
  const seen = new Map<string, string>();
  for (const e of list) {
    // Two entries of one name: our pass and exceljs's zip library could each read a
    // different one (what is capped and checked would not be what is read). Names are
    // compared as a reader might resolve them: without a leading slash, with backslashes
    // as slashes, and in any case (OPC part names are case-insensitive).
    const key = e.name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
    const other = seen.get(key);
    if (other !== undefined) throw corrupt(`two entries have the same name, ${other} and ${e.name}`);
    seen.set(key, e.name);
    entries.set(e.name.replace(/^\/+/, ''), e);
  }
  return { entries, budget: new InflateBudget(maxInflatedBytes) };
}

/**
 * Inflates every entry within the cap, keeping only the named ones; `inspect(name)` may
 * return a callback that sees each of that entry's chunks.
 */
export function inflateAll(
  bytes: Uint8Array,
  zip: OpenedZip,
  keep: ReadonlySet<string>,
  inspect?: (name: string) => ((chunk: Uint8Array) => void) | undefined,
): Map<string, Uint8Array> {
  const kept = new Map<string, Uint8Array>();
  for (const [name, entry] of zip.entries) {
    if (name.endsWith('/') && entry.declaredSize === 0) continue;
    const out = inflateEntry(bytes, entry, zip.budget, keep.has(name), inspect?.(name));
    if (keep.has(name)) kept.set(name, out);
  }
  return kept;
}
