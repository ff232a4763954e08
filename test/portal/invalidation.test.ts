/**
 * Staff invalidate an upload in the portal: the form on the upload's page, the CSRF token,
 * staff only, and what the upload's page and the country's history say afterwards, to staff
 * and to the country. Real uploads processed on the folder store; pages through handlePortalRequest.
 */
import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FolderStore } from '../../functions/adapters/folder-store.js';
import { readInvalidation } from '../../functions/app/cycle/read.js';
import { readerOverStore, storeUpload } from '../../functions/app/store-upload.js';
import { readCurrent } from '../../functions/app/submissions-store.js';
import { dataKeys } from '../../functions/core/keys.js';
import type { PortalDeps } from '../../functions/portal/types.js';
import { Client, makePortal } from './helpers.js';

const YEAR = 2014;
const REASON = 'Sent for the wrong year <b>by mistake</b>.';
const encoder = new TextEncoder();
const indicators = (victims: number) =>
  encoder.encode(`Indicator,Value\r\nT1.2,${victims}\r\nT2.3,80\r\nT2.4,65\r\n`);

let deps: PortalDeps;
let ids: { a: string; b: string; rejected: string };
const clients = {} as Record<'fr' | 'de' | 'staff', Client>;

/** An upload of FR made at `minute` past ten, processed as the ingest does. */
async function upload(store: string, name: string, bytes: Uint8Array, minute: number): Promise<string> {
  const key = `${YEAR}/FR/20150201T10${String(minute).padStart(2, '0')}00Z-abcdef-${name}`;
  await deps.uploads.put(key, bytes);
  const when = new Date(Date.UTC(2015, 1, 1, 10, minute));
  await utimes(new FolderStore(join(store, 'uploads')).pathOf(key), when, when);
  const result = await storeUpload({ key }, { uploads: readerOverStore(deps.uploads), data: deps.data });
  if (result.outcome === 'ignored') throw new Error(`${key} was ignored`);
  return result.uploadId;
}

const page = (id: string) => `/country/FR/uploads/${id}?year=${YEAR}`;
const action = (id: string) => `/country/FR/uploads/${id}/invalidate?year=${YEAR}`;

beforeEach(async () => {
  const portal = await makePortal({ clock: { now: () => new Date('2015-04-01T09:30:00Z') } });
  deps = portal.deps;
  ids = {
    a: await upload(portal.store, 'first.csv', indicators(100), 0),
    b: await upload(portal.store, 'second.csv', indicators(200), 5),
    rejected: await upload(
      portal.store,
      'broken.csv',
      encoder.encode('Indicator,Value\r\nT1.2,many\r\n'),
      10,
    ),
  };
  for (const [role, email] of [
    ['fr', 'fr@example.org'],
    ['de', 'de@example.org'],
    ['staff', 'staff@example.org'],
  ] as const) {
    clients[role] = new Client(deps);
    expect((await clients[role].signIn(email)).status).toBe(303);
  }
});

describe('invalidating an upload in the portal', () => {
  it('lets staff invalidate with the form token and a reason; the page and the history say so', async () => {
    const form = await clients.staff.get(page(ids.b));
    expect(form.status).toBe(200);
    expect(form.text).toContain(`action="/country/FR/uploads/${ids.b}/invalidate?year&#x3D;${YEAR}"`);
    expect(form.text).toContain('name="reason"');
    const csrf = await clients.staff.csrfFrom(page(ids.b));

    const res = await clients.staff.request('POST', action(ids.b), { csrf, reason: REASON });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(page(ids.b));

    // The earlier accepted upload counts again; the record names who and why.
    expect((await readCurrent(deps.data, YEAR, 'FR')).indicators?.uploadId).toBe(ids.a);
    expect(await readInvalidation(deps.data, YEAR, 'FR', ids.b)).toMatchObject({
      by: 'staff@example.org',
      reason: REASON,
      at: '2015-04-01T09:30:00.000Z',
    });
    const after = await clients.staff.get(page(ids.b));
    expect(after.text).toContain('Invalidated: this upload no longer counts');
    expect(after.text).toContain('Invalidated on 1 April 2015, 09:30 UTC by staff@example.org:');
    // The reason is shown as text, never as markup.
    expect(after.text).toContain('Sent for the wrong year &lt;b&gt;by mistake&lt;/b&gt;.');
    expect(after.text).not.toContain('<b>by mistake</b>');
    expect(after.text).not.toContain('name="reason"');
    const history = await clients.staff.get(`/country/FR?year=${YEAR}`);
    expect(history.text).toContain('Invalidated on 1 April 2015, 09:30 UTC by staff@example.org:');
  });

  it('shows the country the invalidation, by the Commission, without the staff member’s address', async () => {
    const csrf = await clients.staff.csrfFrom(page(ids.b));
    expect((await clients.staff.request('POST', action(ids.b), { csrf, reason: REASON })).status).toBe(303);
    const mine = await clients.fr.get(page(ids.b));
    expect(mine.status).toBe(200);
    expect(mine.text).toContain('Invalidated on 1 April 2015, 09:30 UTC by the Commission:');
    expect(mine.text).not.toContain('staff@example.org');
    const history = await clients.fr.get(`/country/FR?year=${YEAR}`);
    expect(history.text).toContain('by the Commission: Sent for the wrong year');
    expect(history.text).not.toContain('staff@example.org');
    // The country's status follows what counts: the first upload, accepted.
    expect(history.text).toMatch(/status-accepted(-with-warnings)?"><strong>Accepted/);
  });

  it('refuses a request without the form token, and writes nothing', async () => {
    const res = await clients.staff.request('POST', action(ids.b), { reason: REASON });
    expect(res.status).toBe(403);
    expect(res.text).toContain('The form has expired');
    expect(await readInvalidation(deps.data, YEAR, 'FR', ids.b)).toBeUndefined();
    const wrong = await clients.staff.request('POST', action(ids.b), {
      csrf: 'not-the-token',
      reason: REASON,
    });
    expect(wrong.status).toBe(403);
    expect((await readCurrent(deps.data, YEAR, 'FR')).indicators?.uploadId).toBe(ids.b);
  });

  it('does not let the FR contact invalidate their own upload, nor shows them the form', async () => {
    const mine = await clients.fr.get(page(ids.b));
    expect(mine.status).toBe(200);
    expect(mine.text).not.toContain('name="reason"');
    const csrf = await clients.fr.csrfFrom(page(ids.b));
    const res = await clients.fr.request('POST', action(ids.b), { csrf, reason: REASON });
    expect(res.status).toBe(403);
    expect(await readInvalidation(deps.data, YEAR, 'FR', ids.b)).toBeUndefined();
    expect((await readCurrent(deps.data, YEAR, 'FR')).indicators?.uploadId).toBe(ids.b);
  });

  it('does not let the DE contact see or invalidate FR’s upload', async () => {
    const csrf = await clients.staff.csrfFrom(page(ids.b));
    await clients.staff.request('POST', action(ids.b), { csrf, reason: REASON });
    const seen = await clients.de.get(page(ids.b));
    expect(seen.status).toBe(403);
    expect(seen.text).not.toContain('Sent for the wrong year');
    const history = await clients.de.get(`/country/FR?year=${YEAR}`);
    expect(history.status).toBe(403);
    const deCsrf = await clients.de.csrfFrom(`/country/DE?year=${YEAR}`);
    const res = await clients.de.request('POST', action(ids.a), { csrf: deCsrf, reason: REASON });
    expect(res.status).toBe(403);
    expect(await readInvalidation(deps.data, YEAR, 'FR', ids.a)).toBeUndefined();
  });

  it('says plainly why it refuses: no reason, a rejected upload, already invalidated, no such upload', async () => {
    const csrf = await clients.staff.csrfFrom(page(ids.b));
    const empty = await clients.staff.request('POST', action(ids.b), { csrf, reason: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Give a reason: the country sees it with the upload.');
    expect(empty.text).toContain('aria-invalid="true"');
    const long = await clients.staff.request('POST', action(ids.b), { csrf, reason: 'x'.repeat(2001) });
    expect(long.status).toBe(400);
    expect(long.text).toContain('The reason is too long: at most 2,000 characters.');

    const rejected = await clients.staff.request('POST', action(ids.rejected), { csrf, reason: REASON });
    expect(rejected.status).toBe(409);
    expect(rejected.text).toContain('This upload was rejected: it never counted');

    expect((await clients.staff.request('POST', action(ids.b), { csrf, reason: REASON })).status).toBe(303);
    const twice = await clients.staff.request('POST', action(ids.b), { csrf, reason: 'Another reason.' });
    expect(twice.status).toBe(409);
    expect(twice.text).toContain(
      'This upload was already invalidated on 1 April 2015, 09:30 UTC by staff@example.org.',
    );
    expect(await readInvalidation(deps.data, YEAR, 'FR', ids.b)).toMatchObject({ reason: REASON });

    const missing = await clients.staff.request('POST', action('0123456789abcdef01234567'), {
      csrf,
      reason: REASON,
    });
    expect(missing.status).toBe(404);
  });

  it('offers no draft once every accepted upload is invalidated: nothing counts', async () => {
    await deps.data.put(dataKeys.draft(YEAR, 'FR.pdf'), encoder.encode('%PDF-1.7 draft from B'));
    const before = await clients.fr.get(`/country/FR?year=${YEAR}`);
    expect(before.text).toContain('/country/FR/draft.pdf');
    const csrf = await clients.staff.csrfFrom(page(ids.b));
    for (const id of [ids.b, ids.a])
      expect((await clients.staff.request('POST', action(id), { csrf, reason: REASON })).status).toBe(303);
    expect(await readCurrent(deps.data, YEAR, 'FR')).toEqual({});
    const after = await clients.fr.get(`/country/FR?year=${YEAR}`);
    expect(after.text).not.toContain('/country/FR/draft.pdf');
    expect(after.text).not.toMatch(/status-accepted/);
  });

  it('answers the page in the person’s language', async () => {
    const csrf = await clients.staff.csrfFrom(page(ids.b));
    await clients.staff.request('POST', action(ids.b), { csrf, reason: REASON });
    const fr = await clients.fr.get(`${page(ids.b)}&lang=fr`);
    expect(fr.text).toContain('Invalidé : cet envoi ne compte plus');
    expect(fr.text).toContain('par la Commission');
  });
});
