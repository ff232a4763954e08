/** `alliance-reports serve` says where the portal's mail goes: the outbox by default, the SMTP server given; a bad URL is refused. */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.js';

/** Starts serve, waits for its mail line, stops it; returns everything it printed. */
function serveUntilMailLine(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/alliance-reports.js', 'serve', '--port', '0', ...args], {
      cwd: repoRoot,
      env: { ...process.env, SMTP_URL: '' },
    });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not start: ${out}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (/Mail goes to: .*\n/.test(out)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    // 'close', not 'exit': the last lines may still be in the pipe when the process exits.
    child.on('close', () => {
      clearTimeout(timer);
      resolve(out);
    });
  });
}

describe('alliance-reports serve and mail', () => {
  let store: string;
  beforeAll(async () => {
    store = await mkdtemp(join(tmpdir(), 'serve-mail-'));
  });
  afterAll(() => rm(store, { recursive: true, force: true }));

  it('writes mail into <store>/outbox when no server is given, or uses --smtp-url', async () => {
    expect(await serveUntilMailLine(['--store', store])).toContain(
      `Mail goes to: outbox ${join(store, 'outbox')}.`,
    );
    const out = await serveUntilMailLine(['--store', store, '--smtp-url', 'smtp://user:pw@127.0.0.1:2525']);
    expect(out).toContain('Mail goes to: SMTP smtp://user:***@127.0.0.1:2525.');
    expect(out).toContain('Portal stopped.');
  }, 120_000);

  it('refuses an SMTP URL that is not one, saying what it expects', async () => {
    const res = await runCli([
      'serve',
      '--port',
      '0',
      '--store',
      store,
      '--smtp-url',
      'http://mail.example.org',
    ]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('is not an SMTP URL (expected smtp://host:port or smtps://host:port)');
  }, 60_000);
});
