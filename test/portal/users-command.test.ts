import { execFile } from 'node:child_process';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'bin/alliance-reports.js');

async function users(args: string[], password = 'twelve chars or more') {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', cli, 'users', 'add', ...args],
      { cwd: root, env: { ...process.env, ALLIANCE_PASSWORD: password } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('alliance-reports users add', () => {
  it('adds a contact by country name and keeps only a salted hash, readable by the owner alone', async () => {
    const store = await mkdtemp(join(tmpdir(), 'users-'));
    const res = await users(['--email', 'Contact@FR.example.org', '--country', 'France', '--store', store]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Added contact@fr.example.org: national contact for FR');
    const text = await readFile(join(store, 'users.json'), 'utf8');
    expect(text).not.toContain('twelve chars or more');
    const user = JSON.parse(text).users[0];
    expect(user).toMatchObject({ email: 'contact@fr.example.org', role: 'contact', country: 'FR' });
    expect(Buffer.from(user.hash, 'base64')).toHaveLength(64);
    expect((await stat(join(store, 'users.json'))).mode & 0o077).toBe(0);
    const again = await users(['--email', 'contact@fr.example.org', '--staff', '--store', store]);
    expect(again.stdout).toContain('Updated contact@fr.example.org: staff');
  });

  it('refuses unclear requests with exit 2 and a plain message', async () => {
    const store = await mkdtemp(join(tmpdir(), 'users-'));
    const cases: [string[], string, string?][] = [
      [['--email', 'a@example.org', '--staff', '--country', 'FR'], 'either --country'],
      [['--email', 'a@example.org'], 'either --country'],
      [['--email', 'not-an-email', '--staff'], 'not an e-mail address'],
      [['--email', 'a@example.org', '--country', 'Atlantis'], 'not a member country'],
      [['--email', 'a@example.org', '--staff'], 'at least 12 characters', 'short'],
    ];
    for (const [args, message, password] of cases) {
      const res = await users([...args, '--store', store], password);
      expect(res.code).toBe(2);
      expect(res.stderr).toContain(message);
      expect(res.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });
});
