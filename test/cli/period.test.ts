/** `alliance-reports period set|show`, run as a person would, on a folder store in a temp dir. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLocalStores } from '../../functions/adapters/local-stores.js';
import { readPeriod } from '../../functions/app/cycle/read.js';
import { cycleKeys } from '../../functions/core/cycle/records.js';
import { runCli } from './run-cli.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function storeDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'period-cli-'));
  dirs.push(dir);
  return dir;
}

describe('alliance-reports period', () => {
  it('sets the period, shows it, and keeps the setting a change replaces', async () => {
    const store = await storeDir();
    const none = await runCli(['period', 'show', '--year', '2026', '--store', store]);
    expect(none).toMatchObject({ code: 0, stderr: '' });
    expect(none.stdout).toContain('No period is set for 2026: uploads are taken at any time.');

    const set = await runCli([
      'period',
      'set',
      '--year',
      '2026',
      '--opens',
      '2027-02-01',
      '--deadline',
      '2027-03-31',
      '--closes',
      '2027-04-30',
      '--store',
      store,
    ]);
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('The period for 2026 is set');
    expect(set.stdout).toContain('2027-03-31  (31 March 2027');
    const actor = `cli:${userInfo().username}`;
    const first = await readPeriod(openLocalStores(store).data, 2026);
    expect(first).toMatchObject({
      opens: '2027-02-01',
      deadline: '2027-03-31',
      closes: '2027-04-30',
      setBy: actor,
    });

    const change = await runCli([
      'period',
      'set',
      '--year',
      '2026',
      '--opens',
      '2027-02-01',
      '--deadline',
      '2027-04-15',
      '--closes',
      '2027-05-15',
      '--store',
      store,
    ]);
    expect(change.code).toBe(0);
    expect(change.stdout).toContain('It replaces: opens 2027-02-01, deadline 2027-03-31, closes 2027-04-30');

    const shown = await runCli(['period', 'show', '--year', '2026', '--store', store]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('deadline       2027-04-15');
    expect(shown.stdout).toContain('Earlier settings, oldest first:');
    expect(shown.stdout).toMatch(/Today, \d{4}-\d{2}-\d{2} \(UTC\): (uploads|the deadline)/);
    expect(shown.stdout).toContain(
      `opens 2027-02-01, deadline 2027-03-31, closes 2027-04-30 (set by ${actor} at ${first?.setAt})`,
    );
  });

  it('refuses bad dates and dates out of order, saying which option and why, and writes nothing', async () => {
    const store = await storeDir();
    const bad = await runCli([
      'period',
      'set',
      '--year',
      '2026',
      '--opens',
      '2027-02-30',
      '--deadline',
      '31/03/2027',
      '--closes',
      '2027-04-30',
      '--store',
      store,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('the period for 2026 was not set');
    expect(bad.stderr).toContain(
      '--opens: "2027-02-30" is not a date of the calendar. Write it as YYYY-MM-DD',
    );
    expect(bad.stderr).toContain('--deadline: "31/03/2027" is not a date of the calendar');
    expect(bad.stderr).not.toMatch(/\bat .*\.ts:\d+/);

    const order = await runCli([
      'period',
      'set',
      '--year',
      '2026',
      '--opens',
      '2027-02-01',
      '--deadline',
      '2027-05-01',
      '--closes',
      '2027-04-30',
      '--store',
      store,
    ]);
    expect(order.code).toBe(2);
    expect(order.stderr).toContain(
      'Uploads close (2027-04-30) before the deadline (2027-05-01): the closing day must be on or after the deadline.',
    );
    expect(await openLocalStores(store).data.head(cycleKeys.period(2026))).toBeUndefined();
  });

  it('refuses a missing option, a year out of range and a store that is not there', async () => {
    const store = await storeDir();
    const missing = await runCli([
      'period',
      'set',
      '--year',
      '2026',
      '--opens',
      '2027-02-01',
      '--store',
      store,
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--deadline <day>' not specified");

    const year = await runCli(['period', 'show', '--year', '1999', '--store', store]);
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('"1999" is not a reporting year');

    const nowhere = await runCli(['period', 'show', '--year', '2026', '--store', join(store, 'nope')]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('is not a store folder');
  });
});
