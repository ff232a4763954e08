/** The remind Lambda's work over a store and a real SMTP server on loopback: the default years, the log without addresses, a failed send fails the run. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../functions/adapters/clock.js';
import { openLocalStores } from '../../functions/adapters/local-stores.js';
import { SmtpMailer } from '../../functions/adapters/mail/smtp.js';
import { setPeriod } from '../../functions/app/cycle/periods.js';
import type { Recipient } from '../../functions/app/mail/ports.js';
import type { HandlerTools } from '../../functions/handlers/instrumented.js';
import { createRemindDeps, RemindIncompleteError, sendReminders } from '../../functions/handlers/remind.js';
import { type SmtpCapture, startSmtpCapture } from '../adapters/mail/smtp-capture.js';

function recordingTools() {
  const lines: Array<{ message: string; fields: unknown }> = [];
  const counts: Record<string, number> = {};
  const tools = {
    log: { info: (message: string, fields?: unknown) => lines.push({ message, fields }), error() {} },
    telemetry: {
      count: (name: string, value = 1) => {
        counts[name] = (counts[name] ?? 0) + value;
      },
      milliseconds() {},
      flush() {},
    },
  } as unknown as HandlerTools;
  return { tools, lines, counts };
}

const contacts: Record<string, Recipient[]> = {
  IT: [{ email: 'it@example.org', lang: 'es' }],
  PT: [{ email: 'refused@example.org', lang: 'en' }],
};
const directory = { contacts: async (c: string) => contacts[c] ?? [], staff: async () => [] };

describe('the remind Lambda', () => {
  let dir: string;
  let smtp: SmtpCapture;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'remind-handler-'));
    smtp = await startSmtpCapture({ reject: ['refused@example.org'] });
    const { data } = openLocalStores(dir);
    // The 2025 reports are due in 2026: the period of last year.
    expect(
      (
        await setPeriod(data, {
          year: 2025,
          opens: '2026-01-05',
          deadline: '2026-03-31',
          closes: '2026-04-30',
          actor: 'staff@example.org',
          at: new Date('2025-12-01T09:00:00Z'),
        })
      ).outcome,
    ).toBe('set');
  });
  afterAll(async () => {
    await smtp.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reminds for last year and this year by default, logging countries but no address, and fails on a refused send', async () => {
    const { data } = openLocalStores(dir);
    const mailer = new SmtpMailer(smtp.url);
    const { tools, lines, counts } = recordingTools();
    const deps = { data, mailer, directory, clock: fixedClock('2026-03-10T07:00:00Z') };
    const error = await sendReminders({}, deps, tools).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemindIncompleteError);
    expect((error as RemindIncompleteError).countries).toEqual(['2025/PT']);
    expect(smtp.received.map((m) => m.rcptTo)).toEqual([['it@example.org']]);
    expect(smtp.received[0]!.parsed.subject).toBe(
      'Recordatorio: el informe 2025 de Italia vence el 31 de marzo de 2026',
    );
    expect(lines.map((l) => (l.fields as { year: number }).year)).toEqual([2025, 2026]);
    expect(lines[0]!.fields).toMatchObject({ sent: ['IT'], failed: ['2025/PT'], mails: 1 });
    expect(JSON.stringify(lines)).not.toContain('@');
    expect(counts).toEqual({ ReminderSent: 1, ReminderFailed: 1 });

    // The retry sends only what is missing: Italy has its reminder.
    contacts.PT = [];
    const again = await sendReminders({ year: 2025 }, deps, recordingTools().tools);
    expect(again.years[0]).toMatchObject({ year: 2025, mails: 0, reminded: [] });
    expect(smtp.received).toHaveLength(1);
    mailer.close();
  });

  it('refuses an input of the wrong shape and a missing variable by name', async () => {
    const { data } = openLocalStores(dir);
    const deps = {
      data,
      mailer: new SmtpMailer(smtp.url),
      directory,
      clock: fixedClock('2026-03-10T07:00:00Z'),
    };
    await expect(sendReminders({ today: 'tomorrow' }, deps, recordingTools().tools)).rejects.toThrow(
      /Unexpected remind input: today/,
    );
    expect(() => createRemindDeps({ DATA_BUCKET: 'data' })).toThrow(
      'Missing environment variables: COGNITO_USER_POOL_ID, SES_FROM',
    );
  });
});
