/**
 * `alliance-reports revalidate` as a child process, on a folder store whose records were
 * written under older rules: one upload accepted then that fails now, one rejected then that
 * passes now, others unchanged. The dry run prints what would change and writes nothing;
 * --apply records it, invalidates what fails now, and the earlier upload counts again.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { FolderStore } from '../../functions/adapters/folder-store.js';
import { readInvalidation } from '../../functions/app/cycle/read.js';
import { readerOverStore, storeUpload } from '../../functions/app/store-upload.js';
import { encodeJson, readCurrent, readUploadRecord } from '../../functions/app/submissions-store.js';
import { cycleKeys, revalidationRecordSchema } from '../../functions/core/cycle/records.js';
import { dataKeys } from '../../functions/core/keys.js';
import { runCli } from './run-cli.js';

const YEAR = 2014;
const encoder = new TextEncoder();
const good = (victims: number) =>
  encoder.encode(`Indicator,Value\r\nT1.2,${victims}\r\nT2.3,80\r\nT2.4,65\r\n`);
const broken = encoder.encode('Indicator,Value\r\nT1.2,many\r\nT2.3,80\r\n');

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

let store: string;
let data: FolderStore;
let ids: Record<'a' | 'b' | 'c' | 'de', string>;

/** Every file of the store with its bytes' hash: to show that a dry run writes nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true })) {
    const path = join(dir, entry);
    if (!(await stat(path)).isFile()) continue;
    out[relative(dir, path)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return out;
}

beforeEach(async () => {
  store = await mkdtemp(join(tmpdir(), 'revalidate-cli-'));
  dirs.push(store);
  const uploads = new FolderStore(join(store, 'uploads'));
  data = new FolderStore(join(store, 'data'));
  const process = async (country: string, name: string, bytes: Uint8Array, minute: number) => {
    const key = `${YEAR}/${country}/${name}`;
    await uploads.put(key, bytes);
    const when = new Date(Date.UTC(2015, 1, 1, 10, minute));
    await utimes(uploads.pathOf(key), when, when);
    const result = await storeUpload({ key }, { uploads: readerOverStore(uploads), data });
    if (result.outcome === 'ignored') throw new Error(`${key} ignored`);
    return result.uploadId;
  };
  ids = {
    a: await process('FR', 'a-first.csv', good(100), 0),
    b: await process('FR', 'b-second.csv', broken, 5),
    c: await process('FR', 'c-third.csv', good(300), 10),
    de: await process('DE', 'report.csv', good(50), 0),
  };
  // Under the older rules, B passed (it carried A's figures' shape) and C failed on a rule since dropped.
  const a = (await readUploadRecord(data, dataKeys.validation(YEAR, 'FR', ids.a)))!;
  const b = (await readUploadRecord(data, dataKeys.validation(YEAR, 'FR', ids.b)))!;
  const c = (await readUploadRecord(data, dataKeys.validation(YEAR, 'FR', ids.c)))!;
  await data.put(dataKeys.submission(YEAR, 'FR', ids.b), (await data.get(a.submission!))!);
  await data.put(
    dataKeys.validation(YEAR, 'FR', ids.b),
    encodeJson({ ...b, accepted: true, issues: [], submission: dataKeys.submission(YEAR, 'FR', ids.b) }),
  );
  await data.put(
    dataKeys.validation(YEAR, 'FR', ids.c),
    encodeJson({
      ...c,
      accepted: false,
      submission: null,
      issues: [
        {
          code: 'OLD_RULE',
          severity: 'error',
          sheet: null,
          row: null,
          column: null,
          value: null,
          message: 'A rule of the older version.',
          hint: 'None.',
        },
      ],
    }),
  );
  // The pointers as the older rules left them: B counts (C never did).
  for (const table of ['indicators'] as const)
    await data.put(
      dataKeys.current(YEAR, 'FR', table),
      encodeJson({
        schemaVersion: 1,
        uploadId: ids.b,
        key: b.key,
        sequencer: null,
        uploadedAt: b.uploadedAt,
        submission: dataKeys.submission(YEAR, 'FR', ids.b),
      }),
    );
  expect((await readCurrent(data, YEAR, 'FR')).indicators?.uploadId).toBe(ids.b);
});

describe('revalidate', () => {
  it('prints what would change, upload by upload, and writes nothing without --apply', async () => {
    const before = await snapshot(store);
    const run = await runCli(['revalidate', '--year', String(YEAR), '--store', store]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('2014: 4 uploads of 2 countries checked again under the current rules.');
    const line = (id: string) => lines.find((l) => l.includes(`(${id})`)) ?? '';
    expect(line(ids.b)).toMatch(/FR {2}b-second\.csv .* {2}accepted -> rejected {2}errors 0 -> 1, /);
    expect(line(ids.b)).toContain('would be invalidated: fails the current rules');
    expect(line(ids.b)).toMatch(/new: [^\]]*VALUE_NOT_A_NUMBER/);
    expect(line(ids.c)).toMatch(/rejected -> accepted.* {2}passes now, does not count until uploaded again/);
    expect(line(ids.c)).toContain('gone: OLD_RULE');
    expect(line(ids.a)).toContain('unchanged');
    expect(line(ids.de)).toContain('unchanged (counts)');
    expect(run.stdout).toContain('What would count:\n  FR indicators: b-second.csv -> a-first.csv');
    expect(run.stdout).toContain('Dry run: nothing was written.');
    expect(await snapshot(store)).toEqual(before);
  });

  it('with --apply records it, invalidates what fails now, and the earlier upload counts again', async () => {
    const recordOfB = await data.get(dataKeys.validation(YEAR, 'FR', ids.b));
    const run = await runCli(['revalidate', '--year', String(YEAR), '--store', store, '--apply']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('invalidated: fails the current rules');
    expect(run.stdout).toContain('What counts now:\n  FR indicators: b-second.csv -> a-first.csv');
    const key = run.stdout.match(/Recorded as (control\/2014\/revalidations\/[^ ]+\.json) /)?.[1];
    expect(key).toBeDefined();

    const record = revalidationRecordSchema.parse(JSON.parse(new TextDecoder().decode(await data.get(key!))));
    expect(key).toBe(cycleKeys.revalidation(YEAR, record.stamp));
    expect(record.by).toMatch(/^cli:/);
    expect(record.current).toEqual([{ country: 'FR', table: 'indicators', from: ids.b, to: ids.a }]);
    expect(record.uploads.find((u) => u.uploadId === ids.c)).toMatchObject({
      before: 'rejected',
      action: 'passes-now',
    });
    expect(await readInvalidation(data, YEAR, 'FR', ids.b)).toMatchObject({
      revalidation: record.stamp,
      by: record.by,
      reason: expect.stringContaining('rejected under the current rules (1 error: VALUE_NOT_A_NUMBER)'),
    });
    // What counts moved back; C (passes now) does not count; B's records are untouched.
    const current = await readCurrent(data, YEAR, 'FR');
    expect(current.indicators?.uploadId).toBe(ids.a);
    expect(Buffer.from((await data.get(dataKeys.validation(YEAR, 'FR', ids.b)))!)).toEqual(
      Buffer.from(recordOfB!),
    );
    expect(await data.head(dataKeys.submission(YEAR, 'FR', ids.b))).toBeDefined();
    // The drafts followed: FR's draft was rendered from A.
    const stamp = JSON.parse(new TextDecoder().decode(await data.get(dataKeys.draftStamp(YEAR, 'FR'))));
    expect(stamp.from.indicators).toBe(ids.a);

    // Again: nothing new fails, nothing moves.
    const again = await runCli(['revalidate', '--year', String(YEAR), '--store', store, '--apply']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/b-second\.csv .*invalidated before/);
    expect(again.stdout).not.toContain('What counts now:');
  });

  it('says so when the folder is not a store', async () => {
    const run = await runCli(['revalidate', '--year', String(YEAR), '--store', join(store, 'nowhere')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a store folder');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
