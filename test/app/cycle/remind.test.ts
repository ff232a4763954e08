/**
 * The reminders on the folder store, mailed through a real SMTP server on loopback: `remind`
 * run twice on every day of a period sends each reminder once to the contacts of a member that
 * never uploads, nothing to a member with an accepted upload; a dry run writes and sends nothing.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../functions/adapters/clock.js';
import type { FolderStore } from '../../../functions/adapters/folder-store.js';
import { openLocalStores } from '../../../functions/adapters/local-stores.js';
import { SmtpMailer } from '../../../functions/adapters/mail/smtp.js';
import { invalidateUpload } from '../../../functions/app/cycle/invalidate.js';
import { setPeriod } from '../../../functions/app/cycle/periods.js';
import { readReminders } from '../../../functions/app/cycle/read.js';
import { remind } from '../../../functions/app/cycle/remind.js';
import { readerOverStore, storeUpload } from '../../../functions/app/store-upload.js';
import { addDays } from '../../../functions/core/cycle/reminders.js';
import { dataKeys, parseValidationKey } from '../../../functions/core/keys.js';
import { addUser } from '../../../functions/portal/local-auth.js';
import { localDirectory } from '../../../functions/portal/local-directory.js';
import { type SmtpCapture, startSmtpCapture } from '../../adapters/mail/smtp-capture.js';

const year = 2013;
const period = { opens: '2014-01-01', deadline: '2014-03-31', closes: '2014-04-30' };
const sampleFile = new URL('../../../samples/2013/FR/01-FR-2013.xlsx', import.meta.url);

async function makeStore(): Promise<{ dir: string; data: FolderStore }> {
  const dir = await mkdtemp(join(tmpdir(), 'remind-'));
  const { uploads, data } = openLocalStores(dir);
  // France uploads its report, accepted as the pipeline accepts it.
  const key = `${year}/FR/01-FR-2013.xlsx`;
  await uploads.put(key, await readFile(sampleFile));
  const result = await storeUpload({ key }, { uploads: readerOverStore(uploads), data });
  expect(result.outcome).toBe('accepted');
  // The period is set afterwards: France's file, received today, is not refused as late.
  expect(
    (
      await setPeriod(data, {
        year: year,
        ...period,
        actor: 'staff@example.org',
        at: new Date('2013-12-01T09:00:00Z'),
      })
    ).outcome,
  ).toBe('set');
  // Contacts: Italy's two (one reads German), France's one; Germany has none.
  for (const [email, country, lang] of [
    ['it.one@example.org', 'IT', undefined],
    ['it.two@example.org', 'IT', 'de'],
    ['fr@example.org', 'FR', 'fr'],
  ] as const)
    await addUser(dir, {
      email,
      password: 'a long enough password',
      role: 'contact',
      country,
      ...(lang ? { lang } : {}),
    });
  await addUser(dir, { email: 'staff@example.org', password: 'a long enough password', role: 'staff' });
  return { dir, data };
}

describe('remind, every day of the period', () => {
  let smtp: SmtpCapture;
  let dir: string;
  let data: FolderStore;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
  });
  afterAll(() => smtp.close());
  beforeEach(async () => {
    smtp.received.length = 0;
    ({ dir, data } = await makeStore());
    return () => rm(dir, { recursive: true, force: true });
  });

  it('sends the 21/7/1-day and the weekly post-deadline reminders exactly once each, to members without an accepted upload', async () => {
    const mailer = new SmtpMailer(smtp.url, 'Alliance reports <reports@example.org>');
    const directory = localDirectory(dir);
    const sentOn: Record<string, string[]> = {};
    for (let day = '2013-12-20'; day <= '2014-05-10'; day = addDays(day, 1)) {
      for (const run of [1, 2]) {
        const summary = await remind(data, {
          year,
          today: day,
          mailer,
          directory,
          actor: 'system:remind',
          clock: fixedClock(`${day}T06:00:00Z`),
          portalUrl: 'http://127.0.0.1:8080',
        });
        const it = summary.countries.find((c) => c.country === 'IT')!;
        if (it.outcome === 'sent') {
          expect(run).toBe(1);
          sentOn[it.kind] = [...(sentOn[it.kind] ?? []), day];
        }
        expect(summary.countries.find((c) => c.country === 'FR')).toEqual({
          country: 'FR',
          outcome: 'accepted',
        });
        const de = summary.countries.find((c) => c.country === 'DE')!;
        expect(['nothing-due', 'no-contacts']).toContain(de.outcome);
      }
    }
    mailer.close();
    expect(sentOn).toEqual({
      'before-21': ['2014-03-10'],
      'before-7': ['2014-03-24'],
      'before-1': ['2014-03-30'],
      'after-7': ['2014-04-07'],
      'after-14': ['2014-04-14'],
      'after-21': ['2014-04-21'],
      'after-28': ['2014-04-28'],
    });
    // Seven reminders, one mail per Italian contact each; nothing to France or anyone else.
    expect(smtp.received).toHaveLength(14);
    const rcpts = smtp.received.flatMap((m) => m.rcptTo);
    expect(new Set(rcpts)).toEqual(new Set(['it.one@example.org', 'it.two@example.org']));
    expect(smtp.received.every((m) => m.rcptTo.length === 1)).toBe(true);

    const first = smtp.received.find((m) => m.rcptTo[0] === 'it.one@example.org')!.parsed;
    expect(first.subject).toBe('Reminder: the 2013 report of Italy is due on 31 March 2014');
    expect(first.text).toContain('in 21 days');
    expect(first.text).toContain('http://127.0.0.1:8080');
    const german = smtp.received.filter((m) => m.rcptTo[0] === 'it.two@example.org').map((m) => m.parsed);
    expect(german[0]!.subject).toBe('Erinnerung: Der Bericht 2013 für Italien ist am 31. März 2014 fällig');
    expect(german.at(-1)!.subject).toBe('Überfällig: der Bericht 2013 für Italien (Frist 31. März 2014)');
    expect(german.at(-1)!.text).toContain('vor 28 Tagen');
    // No other country's name or contact in an Italian reminder; no sample mark on a real store.
    for (const m of smtp.received) {
      expect(m.raw.toString('utf8')).not.toMatch(/France|Frankreich|fr@example\.org|Germany|Deutschland/);
      expect(m.parsed.subject).not.toMatch(/sample|Beispiel/i);
    }

    const records = await readReminders(data, year);
    expect(records.map((r) => `${r.country} ${r.kind}`)).toEqual([
      'IT after-14',
      'IT after-21',
      'IT after-28',
      'IT after-7',
      'IT before-1',
      'IT before-21',
      'IT before-7',
    ]);
    const before21 = records.find((r) => r.kind === 'before-21')!;
    expect(before21).toMatchObject({
      day: '2014-03-10',
      sentAt: '2014-03-10T06:00:00.000Z',
      to: ['it.one@example.org', 'it.two@example.org'],
      by: 'system:remind',
    });
    expect(before21.messageId).toMatch(/^<.+>$/);
  }, 120_000);

  it('after missed days sends the reminder that fits today, with today’s count of days', async () => {
    const mailer = new SmtpMailer(smtp.url);
    const run = (today: string) =>
      remind(data, { year, today, mailer, directory: localDirectory(dir), actor: 'cli:tester' });
    const a = await run('2014-03-27');
    expect(a.countries.find((c) => c.country === 'IT')).toMatchObject({ outcome: 'sent', kind: 'before-7' });
    expect(smtp.received[0]!.parsed.text).toContain('in 4 days');
    expect((await run('2014-03-28')).mails).toBe(0);
    const b = await run('2014-04-20');
    expect(b.countries.find((c) => c.country === 'IT')).toMatchObject({ outcome: 'sent', kind: 'after-14' });
    expect((await readReminders(data, year, 'IT')).map((r) => r.kind)).toEqual(['after-14', 'before-7']);
    mailer.close();
  });

  it('marks every mail from the fictitious sample store, in the reader’s language', async () => {
    await data.put(dataKeys.sampleMarker, Buffer.from('fictitious sample data\n'));
    const mailer = new SmtpMailer(smtp.url);
    const summary = await remind(data, {
      year,
      today: '2014-03-10',
      mailer,
      directory: localDirectory(dir),
      actor: 'cli:t',
    });
    mailer.close();
    expect(summary.sample).toBe(true);
    const subjects = smtp.received.map((m) => m.parsed.subject).sort();
    expect(subjects).toEqual([
      '[Fictitious sample data] Reminder: the 2013 report of Italy is due on 31 March 2014',
      '[Fiktive Beispieldaten] Erinnerung: Der Bericht 2013 für Italien ist am 31. März 2014 fällig',
    ]);
    expect(smtp.received[0]!.parsed.text).toMatch(/fictitious sample data|fiktiven Beispieldaten/);
  });

  it('in a dry run says what it would send, and writes and sends nothing', async () => {
    const before = await listAll(dir);
    const summary = await remind(data, {
      year,
      today: '2014-03-10',
      dryRun: true,
      directory: localDirectory(dir),
      actor: 'cli:tester',
    });
    expect(summary.dryRun).toBe(true);
    expect(summary.countries.find((c) => c.country === 'IT')).toEqual({
      country: 'IT',
      outcome: 'would-send',
      kind: 'before-21',
      to: ['it.one@example.org', 'it.two@example.org'],
    });
    expect(summary.countries.find((c) => c.country === 'DE')).toEqual({
      country: 'DE',
      outcome: 'no-contacts',
      kind: 'before-21',
    });
    expect(summary.mails).toBe(2);
    expect(await listAll(dir)).toEqual(before);
    expect(smtp.received).toHaveLength(0);
  });

  it('records only the contacts who got it when one refuses, and sends nothing without a period', async () => {
    const refusing = await startSmtpCapture({ reject: ['it.two@example.org'] });
    const mailer = new SmtpMailer(refusing.url);
    try {
      const summary = await remind(data, {
        year,
        today: '2014-03-10',
        mailer,
        directory: localDirectory(dir),
        actor: 'cli:t',
      });
      expect(summary.countries.find((c) => c.country === 'IT')).toEqual({
        country: 'IT',
        outcome: 'sent',
        kind: 'before-21',
        to: ['it.one@example.org'],
        failed: ['it.two@example.org'],
      });
      expect((await readReminders(data, year, 'IT'))[0]!.to).toEqual(['it.one@example.org']);
    } finally {
      mailer.close();
      await refusing.close();
    }
    const none = await remind(data, {
      year: 2014,
      today: '2015-03-10',
      mailer,
      directory: localDirectory(dir),
      actor: 'cli:t',
    });
    expect(none.period).toBeUndefined();
    expect(none.mails).toBe(0);
  });

  it('reminds a member again once staff invalidate the only upload that counted for it', async () => {
    const mailer = new SmtpMailer(smtp.url);
    const run = () =>
      remind(data, { year, today: '2014-03-24', mailer, directory: localDirectory(dir), actor: 'cli:t' });
    try {
      expect((await run()).countries.find((c) => c.country === 'FR')!.outcome).toBe('accepted');
      const records = (await data.list(`uploads/${year}/FR/`)).map((o) => parseValidationKey(o.key));
      const uploadId = records.find((r) => r)!.id;
      await invalidateUpload(data, {
        year,
        countryCode: 'FR',
        uploadId,
        reason: 'Figures entered for the wrong year',
        actor: 'staff@example.org',
        at: new Date('2014-03-20T10:00:00Z'),
      });
      smtp.received.length = 0;
      const fr = (await run()).countries.find((c) => c.country === 'FR')!;
      expect(fr).toMatchObject({ outcome: 'sent', kind: 'before-7', to: ['fr@example.org'] });
      expect(smtp.received.map((m) => m.rcptTo[0])).toContain('fr@example.org');
    } finally {
      mailer.close();
    }
  });
});

async function listAll(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}
