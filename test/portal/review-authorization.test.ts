/**
 * The authorisation matrix of review and messages (issue 13, point 7): the country page's
 * thread and the two form addresses, for a person signed out, the French contact, the
 * German contact and staff. A contact never sees or writes another country's thread or
 * review; every write needs the session's form token; what a refused write would have
 * stored is checked to be absent.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readReviewLog, readThread } from '../../functions/app/cycle/read.js';
import { setReview } from '../../functions/app/cycle/review.js';
import { postMessage } from '../../functions/app/cycle/thread.js';
import type { PortalDeps } from '../../functions/portal/types.js';
import { FixedDirectory, RecordingMailer } from '../helpers/recording-mail.js';
import { Client, makePortal } from './helpers.js';

const YEAR = 2014;
const AT = new Date('2015-03-02T09:30:00Z');
const FR_SECRET = 'FR-only: la ligne T1.2 est à revoir';
const DE_SECRET = 'DE-only: Tabelle T2 unvollständig';

type Role = 'out' | 'fr' | 'de' | 'staff';
const roles: Role[] = ['out', 'fr', 'de', 'staff'];

/** Each write with the status each role gets (the token is the role's own, valid one). */
const writes: { path: string; fields: Record<string, string>; expect: Record<Role, number> }[] = [
  {
    path: '/country/FR/messages',
    fields: { text: 'hello FR' },
    expect: { out: 303, fr: 303, de: 403, staff: 303 },
  },
  {
    path: '/country/DE/messages',
    fields: { text: 'hello DE' },
    expect: { out: 303, fr: 403, de: 303, staff: 303 },
  },
  {
    path: '/country/FR/review',
    fields: { state: 'correction-requested', message: 'please correct FR' },
    expect: { out: 303, fr: 403, de: 403, staff: 303 },
  },
  {
    path: '/country/DE/review',
    fields: { state: 'correction-requested', message: 'please correct DE' },
    expect: { out: 303, fr: 403, de: 403, staff: 303 },
  },
];

describe('review and messages: who may see and write what', () => {
  let deps: PortalDeps;
  let mailer: RecordingMailer;
  const clients = {} as Record<Role, Client>;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    ({ deps } = await makePortal({ clock: { now: () => AT } }));
    mailer = new RecordingMailer();
    deps.mailer = mailer;
    deps.directory = new FixedDirectory();
    for (const role of roles) clients[role] = new Client(deps);
    for (const role of ['fr', 'de', 'staff'] as const)
      expect((await clients[role].signIn(`${role}@example.org`)).status).toBe(303);
    tokens.out = 'none';
    tokens.fr = await clients.fr.csrfFrom(`/country/FR?year=${YEAR}`);
    tokens.de = await clients.de.csrfFrom(`/country/DE?year=${YEAR}`);
    tokens.staff = await clients.staff.csrfFrom(`/staff?year=${YEAR}`);
    // Each country has a review and a message of its own.
    for (const [cc, secret] of [
      ['FR', FR_SECRET],
      ['DE', DE_SECRET],
    ] as const) {
      await setReview(deps.data, {
        countryCode: cc,
        year: YEAR,
        state: 'correction-requested',
        message: secret,
        actor: 'staff@example.org',
        at: AT,
      });
      await postMessage(deps.data, {
        countryCode: cc,
        year: YEAR,
        from: 'country',
        actor: `${cc.toLowerCase()}@example.org`,
        text: `${secret} (answer)`,
        at: AT,
      });
    }
  });

  const pages: { path: string; expect: Record<Role, number>; shows?: string; hides: string }[] = [
    {
      path: '/country/FR',
      expect: { out: 303, fr: 200, de: 403, staff: 200 },
      shows: FR_SECRET,
      hides: DE_SECRET,
    },
    {
      path: '/country/DE',
      expect: { out: 303, fr: 403, de: 200, staff: 200 },
      shows: DE_SECRET,
      hides: FR_SECRET,
    },
  ];
  for (const p of pages)
    for (const role of roles)
      it(`GET ${p.path} as ${role} answers ${p.expect[role]} and shows only that country's thread`, async () => {
        const res = await clients[role].get(`${p.path}?year=${YEAR}`);
        expect(res.status).toBe(p.expect[role]);
        if (role === 'out') expect(res.headers.location).toMatch(/^\/signin/);
        if (res.status === 200) {
          expect(res.text).toContain(p.shows);
          expect(res.text).toContain('Review: Correction requested');
        } else {
          expect(res.text).not.toContain(p.shows);
          expect(res.text).not.toContain('Review: ');
        }
        expect(res.text).not.toContain(p.hides);
        // Only staff get the review form and see the writers' addresses.
        expect(res.text.includes('/review?year')).toBe(role === 'staff' && res.status === 200);
        const writer = p.path.endsWith('FR') ? 'fr@example.org' : 'de@example.org';
        if (role !== 'staff') expect(res.text).not.toContain('staff@example.org');
        if (role === 'staff') expect(res.text).toContain(`, ${writer}`);
      });

  for (const w of writes)
    for (const role of roles)
      it(`POST ${w.path} as ${role} answers ${w.expect[role]}, storing only when allowed`, async () => {
        const cc = w.path.split('/')[2]!;
        const isReview = w.path.endsWith('/review');
        const count = async () =>
          isReview
            ? (await readReviewLog(deps.data, YEAR, cc)).length
            : (await readThread(deps.data, YEAR, cc)).length;
        const before = await count();
        const mailsBefore = mailer.sent.length;
        const res = await clients[role].request('POST', `${w.path}?year=${YEAR}`, {
          csrf: tokens[role],
          ...w.fields,
        });
        expect(res.status).toBe(w.expect[role]);
        if (role === 'out') {
          // Signed out: back to sign-in, to return to the form's page; nothing stored, nobody mailed.
          expect(res.headers.location).toMatch(/^\/signin\?expired=1&next=/);
          expect(await count()).toBe(before);
          expect(mailer.sent.length).toBe(mailsBefore);
        } else if (res.status === 303) {
          expect(res.headers.location).toBe(`/country/${cc}?year=${YEAR}#thread`);
          expect(await count()).toBe(before + 1);
          const last = isReview
            ? (await readReviewLog(deps.data, YEAR, cc)).at(-1)
            : (await readThread(deps.data, YEAR, cc)).at(-1);
          expect(last?.by).toBe(`${role}@example.org`);
          expect(mailer.sent.length).toBeGreaterThan(mailsBefore);
        } else {
          expect(await count()).toBe(before);
          expect(mailer.sent.length).toBe(mailsBefore);
        }
      });

  it.each(['fr', 'staff'] as const)(
    'refuses a write as %s without the form token, or with another session’s',
    async (role) => {
      const path = role === 'staff' ? '/country/FR/review' : '/country/FR/messages';
      const fields: Record<string, string> =
        role === 'staff' ? { state: 'correction-requested', message: 'forged' } : { text: 'forged' };
      const reviews = (await readReviewLog(deps.data, YEAR, 'FR')).length;
      const messages = (await readThread(deps.data, YEAR, 'FR')).length;
      const other = role === 'staff' ? tokens.fr : tokens.staff;
      for (const csrf of [undefined, '', other]) {
        const body: Record<string, string> = { ...fields };
        if (csrf !== undefined) body.csrf = csrf;
        const res = await clients[role].request('POST', `${path}?year=${YEAR}`, body);
        expect(res.status).toBe(403);
        expect(res.text).toContain('The form has expired');
      }
      expect((await readReviewLog(deps.data, YEAR, 'FR')).length).toBe(reviews);
      expect((await readThread(deps.data, YEAR, 'FR')).length).toBe(messages);
    },
  );

  it('never mails one country’s thread to another country’s contacts', async () => {
    for (const m of mailer.sent) {
      const toFr = m.to.some((a) => a.endsWith('.fr'));
      const toDe = m.to.some((a) => a.endsWith('.de'));
      if (toFr) expect(m.text).not.toMatch(/hello DE|please correct DE|Germany|Allemagne|Deutschland/);
      if (toDe) expect(m.text).not.toMatch(/hello FR|please correct FR|France|Frankreich/);
    }
    expect(mailer.sent.some((m) => m.to.some((a) => a.endsWith('.fr')))).toBe(true);
    expect(mailer.sent.some((m) => m.to.some((a) => a.endsWith('.de')))).toBe(true);
  });
});
