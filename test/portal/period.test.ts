/**
 * The reporting period in the portal: staff set it (with the form token, logged as who), a
 * contact cannot; the country's year page shows it in the page's language; an upload outside
 * it is refused before anything is stored, and one after the deadline is marked late.
 */
import { describe, expect, it } from 'vitest';
import { setPeriod } from '../../functions/app/cycle/periods.js';
import { readPeriod } from '../../functions/app/cycle/read.js';
import { readerOverStore, storeUpload } from '../../functions/app/store-upload.js';
import { cycleKeys } from '../../functions/core/cycle/records.js';
import type { PortalDeps } from '../../functions/portal/types.js';
import { Client, makePortal, multipart } from './helpers.js';

const YEAR = 2026;
const dates = { opens: '2027-02-01', deadline: '2027-03-31', closes: '2027-04-30' };
const csv = Buffer.from('Indicator,Value\r\nT1.2,12\r\nT2.3,80\r\nT2.4,65\r\n');

/** A portal whose clock stands at `at`. */
async function portalAt(at: string) {
  const now = new Date(at);
  return makePortal({ clock: { now: () => now } });
}

async function signedIn(deps: PortalDeps, email: string): Promise<Client> {
  const c = new Client(deps);
  expect((await c.signIn(email)).status).toBe(303);
  return c;
}

describe('staff set the year’s period', () => {
  it('saves it with the form token, shows it with who set it, and keeps the setting it replaces', async () => {
    const { deps } = await portalAt('2027-01-10T09:00:00Z');
    const staff = await signedIn(deps, 'staff@example.org');
    const overview = await staff.get(`/staff?year=${YEAR}`);
    expect(overview.text).toContain(`href="/staff/period?year=${YEAR}"`);

    const empty = await staff.get(`/staff/period?year=${YEAR}`);
    expect(empty.status).toBe(200);
    expect(empty.text).toContain('No period is set for 2026: uploads are taken at any time.');

    const csrf = await staff.csrfFrom(`/staff/period?year=${YEAR}`);
    const saved = await staff.request('POST', `/staff/period?year=${YEAR}`, { csrf, ...dates });
    expect(saved.status).toBe(303);
    expect(saved.headers.location).toBe(`/staff/period?year=${YEAR}&saved=set`);
    const page = await staff.get(saved.headers.location!);
    expect(page.text).toContain('The period for 2026 is saved.');
    expect(page.text).toContain(
      'Uploads open on 1 February 2027, the deadline is 31 March 2027 and uploads close on 30 April 2027.',
    );
    expect(page.text).toContain('Set by staff@example.org on 10 January 2027, 09:00 UTC.');
    expect(page.text).toContain('The dates have not been changed since they were first set.');
    expect(await readPeriod(deps.data, YEAR)).toMatchObject({ ...dates, setBy: 'staff@example.org' });

    const change = await staff.request('POST', `/staff/period?year=${YEAR}`, {
      csrf,
      ...dates,
      closes: '2027-05-15',
    });
    expect(change.status).toBe(303);
    const after = await staff.get(`/staff/period?year=${YEAR}&lang=fr`);
    expect(after.text).toContain('Les dépôts ouvrent le 1 février 2027');
    expect(after.text).toContain('15 mai 2027');
    // The earlier setting, with who and when.
    expect(after.text).toMatch(
      /<tr><td>1 février 2027<\/td><td>31 mars 2027<\/td><td>30 avril 2027<\/td><td>staff@example.org<\/td><td>10 janvier 2027/,
    );
  });

  it('refuses a form without the session’s token, and changes nothing', async () => {
    const { deps } = await portalAt('2027-01-10T09:00:00Z');
    const staff = await signedIn(deps, 'staff@example.org');
    for (const csrf of [undefined, 'forged']) {
      const body: Record<string, string> = { ...dates };
      if (csrf) body.csrf = csrf;
      const res = await staff.request('POST', `/staff/period?year=${YEAR}`, body);
      expect(res.status).toBe(403);
      expect(res.text).toContain('The form has expired');
    }
    expect(await deps.data.head(cycleKeys.period(YEAR))).toBeUndefined();
  });

  it('answers dates out of order or not dates with every problem, the typed values kept, nothing written', async () => {
    const { deps } = await portalAt('2027-01-10T09:00:00Z');
    const staff = await signedIn(deps, 'staff@example.org');
    const csrf = await staff.csrfFrom(`/staff/period?year=${YEAR}`);
    const res = await staff.request('POST', `/staff/period?year=${YEAR}&lang=de`, {
      csrf,
      opens: '2027-02-30',
      deadline: '2027-03-31',
      closes: '2027-03-01',
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('<title>Fehler:');
    expect(res.text).toContain('Uploads öffnen: „2027-02-30“ ist kein Kalenderdatum.');
    expect(res.text).toContain('Die Uploads schließen (1. März 2027) vor der Frist (31. März 2027)');
    expect(res.text).toContain('value="2027-02-30"');
    expect(res.text).toContain('aria-invalid="true"');
    expect(await deps.data.head(cycleKeys.period(YEAR))).toBeUndefined();
  });

  it('is not for a national contact: neither the page nor the form, even with their own token', async () => {
    const { deps } = await portalAt('2027-01-10T09:00:00Z');
    const fr = await signedIn(deps, 'fr@example.org');
    expect((await fr.get(`/staff/period?year=${YEAR}`)).status).toBe(403);
    const own = await fr.csrfFrom(`/country/FR?year=${YEAR}`);
    const res = await fr.request('POST', `/staff/period?year=${YEAR}`, { csrf: own, ...dates });
    expect(res.status).toBe(403);
    expect(await deps.data.head(cycleKeys.period(YEAR))).toBeUndefined();
  });
});

describe('a country’s upload and the period', () => {
  it('shows the period on the year page, in the page’s language', async () => {
    const { deps } = await portalAt('2027-03-01T09:00:00Z');
    await setPeriod(deps.data, {
      year: YEAR,
      ...dates,
      actor: 'staff@example.org',
      at: new Date('2027-01-01'),
    });
    const fr = await signedIn(deps, 'fr@example.org');
    const en = await fr.get(`/country/FR?year=${YEAR}`);
    expect(en.text).toContain(
      'Uploads open on 1 February 2027. The deadline is 31 March 2027. Uploads close on 30 April 2027.',
    );
    expect(en.text).toContain('name="file"');
    const es = await fr.get(`/country/FR?year=${YEAR}&lang=es`);
    expect(es.text).toContain('Los envíos se abren el 1 de febrero de 2027.');
    // Another year without a period shows none.
    expect((await fr.get(`/country/FR?year=2025`)).text).not.toContain('period-title');
  });

  it('is refused before the period opens: the page names the dates and whom to ask, nothing is stored', async () => {
    const { deps } = await portalAt('2027-01-20T09:00:00Z');
    await setPeriod(deps.data, {
      year: YEAR,
      ...dates,
      actor: 'staff@example.org',
      at: new Date('2027-01-01'),
    });
    const fr = await signedIn(deps, 'fr@example.org');
    const page = await fr.get(`/country/FR?year=${YEAR}`);
    expect(page.text).toContain(
      'Uploads for 2026 open on 1 February 2027 (deadline 31 March 2027). If your report cannot wait, ask the Commission staff (the Alliance secretariat).',
    );
    // No form is offered meanwhile.
    expect(page.text).not.toContain('name="file"');

    const csrf = page.text.match(/name="csrf" value="([^"]+)"/)![1]!;
    const res = await fr.request(
      'POST',
      `/country/FR/upload?year=${YEAR}&lang=fr`,
      multipart({ csrf }, { name: 'report.csv', bytes: csv }),
    );
    expect(res.status).toBe(403);
    expect(res.text).toContain('Les dépôts pour 2026 ouvrent le 1 février 2027');
    expect(res.text).toContain('au personnel de la Commission (le secrétariat de l’Alliance)');
    expect(await deps.uploads.list(`${YEAR}/FR/`)).toEqual([]);
    expect(await deps.data.list(`uploads/${YEAR}/FR/`)).toEqual([]);
  });

  it('is refused after the period closes, naming the closing day', async () => {
    const { deps } = await portalAt('2027-05-01T00:00:00Z');
    await setPeriod(deps.data, {
      year: YEAR,
      ...dates,
      actor: 'staff@example.org',
      at: new Date('2027-01-01'),
    });
    const fr = await signedIn(deps, 'fr@example.org');
    const csrf = await fr.csrfFrom(`/country/FR?year=${YEAR}`);
    const res = await fr.request(
      'POST',
      `/country/FR/upload?year=${YEAR}`,
      multipart({ csrf }, { name: 'report.csv', bytes: csv }),
    );
    expect(res.status).toBe(403);
    expect(res.text).toContain('Uploads for 2026 closed on 30 April 2027.');
    expect(await deps.uploads.list(`${YEAR}/FR/`)).toEqual([]);
  });

  it('is taken after the deadline and marked late in the year’s history', async () => {
    // The ingest goes by the day the file was received (its time in the store, now): the
    // period is set around today, the deadline yesterday.
    const today = new Date();
    const day = (offset: number) =>
      new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    let deps!: PortalDeps;
    ({ deps } = await makePortal({
      processUpload: async ({ key }) => {
        await storeUpload({ key }, { uploads: readerOverStore(deps.uploads), data: deps.data });
      },
    }));
    await setPeriod(deps.data, {
      year: YEAR,
      opens: day(-30),
      deadline: day(-1),
      closes: day(30),
      actor: 'staff@example.org',
      at: today,
    });
    const de = await signedIn(deps, 'de@example.org');
    const page = await de.get(`/country/DE?year=${YEAR}`);
    expect(page.text).toContain('The deadline has passed: an upload is still accepted until');
    const csrf = page.text.match(/name="csrf" value="([^"]+)"/)![1]!;
    const res = await de.request(
      'POST',
      `/country/DE/upload?year=${YEAR}`,
      multipart({ csrf }, { name: 'report.csv', bytes: csv }),
    );
    expect(res.status).toBe(303);
    const year = await de.get(`/country/DE?year=${YEAR}`);
    expect(year.text).toMatch(/Accepted[^<]*<strong class="late">\(late\)<\/strong>/);
    const german = await de.get(`/country/DE?year=${YEAR}&lang=de`);
    expect(german.text).toContain('(verspätet)');
  });
});
