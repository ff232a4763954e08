import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import { Deflate, strToU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const child = fileURLToPath(new URL('./read-file.ts', import.meta.url));
const GB = 1024 * 1024 * 1024;

interface ChildReport {
  codes: string[];
  workbook: boolean;
  peakHeapMB: number;
}

/** Reads the file in a child process limited to a 512 MB heap; it must exit normally. */
async function readInChild(path: string, name: string, limits?: object): Promise<ChildReport> {
  const args = ['--max-old-space-size=512', '--import', 'tsx', child, path, name];
  if (limits) args.push(JSON.stringify(limits));
  const { stdout } = await run(process.execPath, args, { maxBuffer: 1024 * 1024, timeout: 120_000 });
  return JSON.parse(stdout) as ChildReport;
}

/**
 * Deflate data for `zeros` zero bytes, built fast: one 16 MB block of zeros is deflated
 * once and ended on a byte boundary (sync flush), repeated, and closed with an empty final
 * stored block. Each copy only refers back to zeros, so the stream is valid; ~1 MB per GB.
 */
function deflatedZeros(zeros: number): Uint8Array[] {
  const BLOCK = 16 * 1024 * 1024;
  if (zeros % BLOCK !== 0) throw new Error('zeros must be a multiple of 16 MB');
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => parts.push(chunk));
  deflate.push(new Uint8Array(BLOCK));
  deflate.flush(true);
  const block = concat(parts);
  return [
    ...Array.from({ length: zeros / BLOCK }, () => block),
    new Uint8Array([0x01, 0x00, 0x00, 0xff, 0xff]),
  ];
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A zip written by hand: small stored entries, then one deflated entry of `zeros` zero bytes. */
function zipBomb(zeros: number, contentName: string, small: Record<string, string>): Uint8Array {
  const out: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const add = (name: string, method: number, data: Uint8Array[], crc: number, size: number) => {
    const nameBytes = strToU8(name);
    const compressed = data.reduce((s, d) => s + d.length, 0);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, method, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, compressed, true);
    local.setUint32(22, size, true);
    local.setUint16(26, nameBytes.length, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(10, method, true);
    dir.setUint32(16, crc, true);
    dir.setUint32(20, compressed, true);
    dir.setUint32(24, size, true);
    dir.setUint16(28, nameBytes.length, true);
    dir.setUint32(42, offset, true);
    out.push(new Uint8Array(local.buffer), nameBytes, ...data);
    central.push(new Uint8Array(dir.buffer), nameBytes);
    offset += 30 + nameBytes.length + compressed;
  };
  for (const [name, text] of Object.entries(small)) {
    const data = strToU8(text);
    add(name, 0, [data], crc32(data), data.length);
  }
  let crc = 0;
  const block = new Uint8Array(16 * 1024 * 1024);
  for (let left = zeros; left > 0; left -= block.length) crc = crc32(block, crc);
  add(contentName, 8, deflatedZeros(zeros), crc, zeros);
  const centralBytes = concat(central);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, Object.keys(small).length + 1, true);
  end.setUint16(10, Object.keys(small).length + 1, true);
  end.setUint32(12, centralBytes.length, true);
  end.setUint32(16, offset, true);
  return concat([...out, centralBytes, new Uint8Array(end.buffer)]);
}

/** Rewrites the central directory so the named entry claims `size` inflated bytes. */
function understate(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const nameBytes = strToU8(name);
  for (let i = 0; i + 46 < copy.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50 || view.getUint16(i + 28, true) !== nameBytes.length) continue;
    if (nameBytes.every((b, k) => copy[i + 46 + k] === b)) {
      view.setUint32(i + 24, size, true);
      return copy;
    }
  }
  throw new Error(`no central directory entry for ${name}`);
}

describe('readUpload stays small on hostile files (child process, 512 MB heap)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'read-limits-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const xlsxParts = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
    'xl/workbook.xml': '<?xml version="1.0"?><workbook/>',
  };

  it('the test bomb is a valid zip that really inflates to its size (checked at 64 MB)', () => {
    const small = zipBomb(64 * 1024 * 1024, 'xl/worksheets/sheet1.xml', xlsxParts);
    const files = unzipSync(small);
    expect(files['xl/worksheets/sheet1.xml']?.length).toBe(64 * 1024 * 1024);
    expect(files['xl/workbook.xml']?.length).toBeGreaterThan(0);
  });

  it('refuses a ~1 GB XLSX zip bomb with ARCHIVE_TOO_LARGE', async () => {
    const bomb = zipBomb(GB, 'xl/worksheets/sheet1.xml', xlsxParts);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const path = join(dir, 'bomb.xlsx');
    await writeFile(path, bomb);
    const honest = await readInChild(path, 'bomb.xlsx');
    expect(honest.codes).toEqual(['ARCHIVE_TOO_LARGE -!']);
    expect(honest.workbook).toBe(false);
    // The same bomb with its header claiming 1 KB: inflation must stop at the cap.
    const lying = join(dir, 'lying.xlsx');
    await writeFile(lying, understate(bomb, 'xl/worksheets/sheet1.xml', 1024));
    const report = await readInChild(lying, 'lying.xlsx');
    expect(report.codes).toEqual(['ARCHIVE_TOO_LARGE -!']);
    expect(report.peakHeapMB).toBeLessThan(512);
  });

  it('refuses an ODS whose content.xml lies about its ~1 GB size with ARCHIVE_TOO_LARGE', async () => {
    const bomb = zipBomb(GB, 'content.xml', { mimetype: 'application/vnd.oasis.opendocument.spreadsheet' });
    const path = join(dir, 'bomb.ods');
    await writeFile(path, understate(bomb, 'content.xml', 1024));
    const report = await readInChild(path, 'bomb.ods');
    expect(report.codes).toEqual(['ARCHIVE_TOO_LARGE -!']);
  });

  it('refuses a 50 MB single-field CSV with FIELD_TOO_LARGE at A1, quoted or not', async () => {
    const field = Buffer.alloc(50 * 1024 * 1024, 'a');
    const limits = { maxFileBytes: 64 * 1024 * 1024 };
    const plain = join(dir, 'plain.csv');
    await writeFile(plain, field);
    const a = await readInChild(plain, 'plain.csv', limits);
    expect(a.codes).toEqual(['FIELD_TOO_LARGE plain.csv!A1']);
    expect(a.peakHeapMB).toBeLessThan(512);
    const quoted = join(dir, 'quoted.csv');
    await writeFile(
      quoted,
      Buffer.concat([Buffer.from('Indicator,Notes\nT1.1,"'), field, Buffer.from('"\n')]),
    );
    const b = await readInChild(quoted, 'quoted.csv', limits);
    expect(b.codes).toEqual(['FIELD_TOO_LARGE quoted.csv!B2']);
    // With the default limits, the same file is refused for its size before it is read.
    const c = await readInChild(plain, 'plain.csv');
    expect(c.codes).toEqual(['FILE_TOO_LARGE -!']);
  });
});
