/** `alliance-reports remind` as a person runs it: dry run, the outbox, an SMTP server, each reminder once, bad input. */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalStores } from '../../functions/adapters/local-stores.js';
import { setPeriod } from '../../functions/app/cycle/periods.js';
import { readUsers } from '../../functions/portal/local-auth.js';
import { type SmtpCapture, startSmtpCapture } from '../adapters/mail/smtp-capture.js';
import { runCli } from './run-cli.js';

describe('alliance-reports remind', () => {
  let store: string;
  let smtp: SmtpCapture;
  beforeAll(async () => {
    store = await mkdtemp(join(tmpdir(), 'remind-cli-'));
    smtp = await startSmtpCapture();
    const { data } = openLocalStores(store);
    expect(
      (
        await setPeriod(data, {
          year: 2013,
          opens: '2014-01-01',
          deadline: '2014-03-31',
          closes: '2014-04-30',
          actor: 'staff@example.org',
          at: new Date('2013-12-01T09:00:00Z'),
        })
      ).outcome,
    ).toBe('set');
    process.env.ALLIANCE_PASSWORD = 'a long enough password';
    const add = await runCli([
      'users',
      'add',
      '--email',
      'it@example.org',
      '--country',
      'Italy',
      '--lang',
      'fr',
      '--store',
      store,
    ]);
    expect(add.code, add.stderr).toBe(0);
  }, 60_000);
  afterAll(async () => {
    delete process.env.ALLIANCE_PASSWORD;
    await smtp.close();
    await rm(store, { recursive: true, force: true });
  });

  it('keeps the language given to users add', async () => {
    expect((await readUsers(store))[0]).toMatchObject({ email: 'it@example.org', country: 'IT', lang: 'fr' });
  });

  it('in a dry run prints what it would send and writes nothing', async () => {
    const res = await runCli([
      'remind',
      '--year',
      '2013',
      '--today',
      '2014-03-10',
      '--dry-run',
      '--store',
      store,
    ]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('dry run: nothing is sent or written');
    expect(res.stdout).toContain('IT: would send before-21 to it@example.org');
    expect(res.stdout).toMatch(/Due, but no contact to send it to .*: AL \(before-21\), .*DE \(before-21\)/);
    expect(res.stdout).not.toMatch(/IT \(before-21\)/);
    expect(existsSync(join(store, 'outbox'))).toBe(false);
    expect(existsSync(join(store, 'data', 'control', '2013', 'IT'))).toBe(false);
  }, 60_000);

  it('without a server writes the mail into <store>/outbox, once', async () => {
    const res = await runCli(['remind', '--year', '2013', '--today', '2014-03-10', '--store', store]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('IT: sent before-21 to it@example.org');
    expect(res.stdout).toContain(`outbox ${join(store, 'outbox')}`);
    const files = await readdir(join(store, 'outbox'));
    expect(files).toHaveLength(1);
    const mail = await simpleParser(await readFile(join(store, 'outbox', files[0]!)));
    expect(mail.subject).toBe('Rappel – Italie : le rapport 2013 est attendu pour le 31 mars 2014');
    expect(JSON.stringify(mail.to)).toContain('it@example.org');

    const again = await runCli(['remind', '--year', '2013', '--today', '2014-03-10', '--store', store]);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('IT: sent');
    expect(again.stdout).toContain('Sent 0 mails');
    expect(await readdir(join(store, 'outbox'))).toHaveLength(1);
  }, 60_000);

  it('sends through the SMTP server given with --smtp-url', async () => {
    const res = await runCli([
      'remind',
      '--year',
      '2013',
      '--today',
      '2014-03-24',
      '--store',
      store,
      '--smtp-url',
      smtp.url,
    ]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('IT: sent before-7 to it@example.org');
    expect(smtp.received.map((m) => m.rcptTo)).toEqual([['it@example.org']]);
    expect(smtp.received[0]!.parsed.text).toContain('dans 7 jours');
  }, 60_000);

  it('refuses a day that does not exist, an SMTP URL that is not one and a folder that is no store', async () => {
    const day = await runCli(['remind', '--year', '2013', '--today', '2014-02-30', '--store', store]);
    expect(day.code).toBe(2);
    expect(day.stderr).toContain('a day written YYYY-MM-DD');
    const url = await runCli([
      'remind',
      '--year',
      '2013',
      '--store',
      store,
      '--smtp-url',
      'mail.example.org',
    ]);
    expect(url.code).toBe(2);
    expect(url.stderr).toContain('not a URL: mail.example.org (expected smtp://host:port)');
    const none = await runCli(['remind', '--year', '2013', '--store', join(store, 'nowhere')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('is not a store folder');
    expect(`${day.stderr}${url.stderr}${none.stderr}`).not.toMatch(/\n\s+at /);
  }, 60_000);
});
