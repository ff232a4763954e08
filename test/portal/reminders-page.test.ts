/** The staff page of the reminders sent: what it lists, to staff only; a contact never sees it (nor the addresses). */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPeriod } from '../../functions/app/cycle/periods.js';
import { remind } from '../../functions/app/cycle/remind.js';
import type { PortalDeps } from '../../functions/portal/types.js';
import { Client, makePortal } from './helpers.js';

const year = 2013;

describe('GET /staff/reminders', () => {
  let store: string;
  let deps: PortalDeps;
  beforeAll(async () => {
    ({ store, deps } = await makePortal());
    expect(
      (
        await setPeriod(deps.data, {
          year: year,
          opens: '2014-01-01',
          deadline: '2014-03-31',
          closes: '2014-04-30',
          actor: 'staff@example.org',
          at: new Date('2013-12-01T09:00:00Z'),
        })
      ).outcome,
    ).toBe('set');
    // The reminders as the remind run records them (mail to nowhere: a mailer that keeps them).
    const kept: string[][] = [];
    const mailer = {
      send: async (m: { to: string[] }) => {
        kept.push(m.to);
        return { messageId: null };
      },
    };
    for (const today of ['2014-03-10', '2014-04-07'])
      await remind(deps.data, { year, today, mailer, directory: deps.directory!, actor: 'system:remind' });
    expect(kept).toEqual([['de@example.org'], ['fr@example.org'], ['de@example.org'], ['fr@example.org']]);
  });
  afterAll(() => rm(store, { recursive: true, force: true }));

  it('lists each reminder for staff: country, kind, day, when, how many contacts, by whom', async () => {
    const staff = new Client(deps);
    await staff.signIn('staff@example.org');
    const page = await staff.get(`/staff/reminders?year=${year}`);
    expect(page.status).toBe(200);
    const rows = [...page.text.matchAll(/<tr>\s*<th scope="row">(.*?)<\/tr>/gs)].map((m) =>
      m[1]!
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(
      /^(France|Germany) 7 days after the deadline 7 April 2014 .* 1 contact .*@example\.org system:remind$/,
    );
    expect(rows.filter((r) => r.includes('21 days before the deadline 10 March 2014'))).toHaveLength(2);
    expect(page.text).toContain('opens 1 January 2014, deadline 31 March 2014, closes 30 April 2014');
    const overview = await staff.get(`/staff?year=${year}`);
    expect(overview.text).toContain(`href="/staff/reminders?year=${year}"`);
  });

  it('in French for a staff member who reads French', async () => {
    const staff = new Client(deps);
    await staff.signIn('staff@example.org');
    const page = await staff.get(`/staff/reminders?year=${year}&lang=fr`);
    expect(page.text).toContain('21 jours avant la date limite');
  });

  it('says so when nothing was sent or no period is set', async () => {
    const staff = new Client(deps);
    await staff.signIn('staff@example.org');
    const page = await staff.get('/staff/reminders?year=2014');
    expect(page.text).toContain('No reminder has been sent for 2014.');
    expect(page.text).toContain('No reporting period is set for 2014');
  });

  it('is refused to a contact, even of a country reminded, and to the signed out', async () => {
    const fr = new Client(deps);
    await fr.signIn('fr@example.org');
    const refused = await fr.get(`/staff/reminders?year=${year}`);
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain('de@example.org');
    expect(refused.text).not.toContain('days before the deadline');
    const out = await new Client(deps).get(`/staff/reminders?year=${year}`);
    expect(out.status).toBe(303);
    expect(out.headers.location).toMatch(/^\/signin\?next=/);
  });
});
