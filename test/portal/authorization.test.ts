import { beforeAll, describe, expect, it } from 'vitest';
import { dataKeys } from '../../functions/core/keys.js';
import type { PortalDeps } from '../../functions/portal/types.js';
import { Client, makePortal, multipart } from './helpers.js';

const YEAR = 2014;
const ID = 'a1b2c3d4e5f6a1b2c3d4e5f6';

async function seed(deps: PortalDeps): Promise<void> {
  for (const cc of ['FR', 'DE']) {
    const key = `${YEAR}/${cc}/20150301T100000Z-abcdef-report.csv`;
    await deps.uploads.put(key, Buffer.from('Indicator,Value\nT1.2,12\n'));
    // A validation record as storeUpload writes it (the receipt reads it strictly).
    const record = {
      schemaVersion: 1,
      uploadId: ID,
      key,
      fileName: '20150301T100000Z-abcdef-report.csv',
      country: cc,
      year: YEAR,
      version: 'etag',
      sequencer: null,
      uploadedAt: '2015-03-01T10:00:00Z',
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      size: 24,
      accepted: true,
      issues: [],
      submission: null,
      processedAt: '2015-03-01T10:00:05Z',
    };
    await deps.data.put(dataKeys.validation(YEAR, cc, ID), Buffer.from(JSON.stringify(record)));
    await deps.data.put(dataKeys.draft(YEAR, `${cc}.pdf`), Buffer.from(`%PDF-1.7 ${cc} draft`));
    await deps.data.put(
      dataKeys.draft(YEAR, `${cc}.html`),
      Buffer.from(`<!doctype html><title>${cc}</title>`),
    );
  }
  await deps.data.put(dataKeys.draft(YEAR, 'consolidated.pdf'), Buffer.from('%PDF-1.7 consolidated'));
  await deps.data.put(dataKeys.edition(YEAR, 1, 'manifest.json'), Buffer.from('{"files":[]}'));
}

type Role = 'out' | 'fr' | 'staff';

/** Every route with what each role gets. A contact never reads or writes another country's data. */
const routes: { method: 'GET' | 'POST'; path: string; expect: Record<Role, number> }[] = [
  { method: 'GET', path: '/healthz', expect: { out: 200, fr: 200, staff: 200 } },
  { method: 'GET', path: '/signin', expect: { out: 200, fr: 200, staff: 200 } },
  { method: 'GET', path: '/', expect: { out: 303, fr: 303, staff: 303 } },
  { method: 'GET', path: '/country/FR', expect: { out: 303, fr: 200, staff: 200 } },
  { method: 'GET', path: '/country/DE', expect: { out: 303, fr: 403, staff: 200 } },
  { method: 'GET', path: '/country/FR/template.xlsx', expect: { out: 401, fr: 200, staff: 200 } },
  { method: 'GET', path: '/country/DE/template.xlsx', expect: { out: 401, fr: 403, staff: 200 } },
  { method: 'GET', path: `/country/FR/uploads/${ID}`, expect: { out: 303, fr: 200, staff: 200 } },
  { method: 'GET', path: `/country/DE/uploads/${ID}`, expect: { out: 303, fr: 403, staff: 200 } },
  {
    method: 'GET',
    path: `/country/FR/uploads/${ID}/annotated.xlsx`,
    expect: { out: 401, fr: 200, staff: 200 },
  },
  {
    method: 'GET',
    path: `/country/DE/uploads/${ID}/annotated.xlsx`,
    expect: { out: 401, fr: 403, staff: 200 },
  },
  { method: 'GET', path: `/country/FR/uploads/${ID}/receipt`, expect: { out: 303, fr: 200, staff: 200 } },
  { method: 'GET', path: `/country/DE/uploads/${ID}/receipt`, expect: { out: 303, fr: 403, staff: 200 } },
  { method: 'GET', path: `/country/FR/uploads/${ID}/receipt.txt`, expect: { out: 401, fr: 200, staff: 200 } },
  { method: 'GET', path: `/country/DE/uploads/${ID}/receipt.txt`, expect: { out: 401, fr: 403, staff: 200 } },
  { method: 'GET', path: '/country/FR/draft.pdf', expect: { out: 401, fr: 200, staff: 200 } },
  { method: 'GET', path: '/country/DE/draft.pdf', expect: { out: 401, fr: 403, staff: 200 } },
  { method: 'GET', path: '/country/DE/draft.html', expect: { out: 401, fr: 403, staff: 200 } },
  {
    method: 'GET',
    path: '/country/DE/uploaded?batch=20150301T100000Z-abcdef',
    expect: { out: 303, fr: 403, staff: 303 },
  },
  { method: 'POST', path: '/country/DE/upload', expect: { out: 303, fr: 403, staff: 403 } },
  { method: 'POST', path: '/country/FR/upload', expect: { out: 303, fr: 303, staff: 403 } },
  // Staff only (400 here: the matrix sends no reason); a contact may not, even for their own country.
  {
    method: 'POST',
    path: `/country/FR/uploads/${ID}/invalidate`,
    expect: { out: 303, fr: 403, staff: 400 },
  },
  {
    method: 'POST',
    path: `/country/DE/uploads/${ID}/invalidate`,
    expect: { out: 303, fr: 403, staff: 400 },
  },
  { method: 'GET', path: '/staff', expect: { out: 303, fr: 403, staff: 200 } },
  { method: 'GET', path: '/staff/drafts/consolidated.pdf', expect: { out: 401, fr: 403, staff: 200 } },
  { method: 'GET', path: '/staff/editions/1/manifest.json', expect: { out: 401, fr: 403, staff: 200 } },
  { method: 'GET', path: '/staff/export.csv', expect: { out: 401, fr: 403, staff: 200 } },
  { method: 'GET', path: '/staff/editions/1', expect: { out: 303, fr: 403, staff: 200 } },
  { method: 'GET', path: '/staff/editions/1/edition-1.zip', expect: { out: 401, fr: 403, staff: 200 } },
  { method: 'GET', path: '/staff/publish/started?after=0', expect: { out: 303, fr: 403, staff: 200 } },
  { method: 'GET', path: '/staff/publish', expect: { out: 303, fr: 403, staff: 200 } },
  { method: 'POST', path: '/staff/publish', expect: { out: 303, fr: 403, staff: 200 } },
  { method: 'GET', path: '/staff/period', expect: { out: 303, fr: 403, staff: 200 } },
  // Staff's form without dates: refused as a form with problems (the dates are missing).
  { method: 'POST', path: '/staff/period', expect: { out: 303, fr: 403, staff: 400 } },
  { method: 'GET', path: '/staff/reminders', expect: { out: 303, fr: 403, staff: 200 } },
  { method: 'POST', path: '/signout', expect: { out: 303, fr: 303, staff: 303 } },
];

describe('portal authorization, every route and every role', () => {
  let deps: PortalDeps;
  const clients = {} as Record<Role, Client>;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    ({ deps } = await makePortal());
    await seed(deps);
    clients.out = new Client(deps);
    clients.fr = new Client(deps);
    clients.staff = new Client(deps);
    expect((await clients.fr.signIn('fr@example.org')).status).toBe(303);
    expect((await clients.staff.signIn('staff@example.org')).status).toBe(303);
    tokens.out = 'none';
    tokens.fr = await clients.fr.csrfFrom(`/country/FR?year=${YEAR}`);
    tokens.staff = await clients.staff.csrfFrom(`/staff?year=${YEAR}`);
  });

  for (const route of routes) {
    for (const role of ['out', 'fr', 'staff'] as const) {
      it(`${route.method} ${route.path} as ${role} answers ${route.expect[role]}`, async () => {
        const client = clients[role];
        const url = `${route.path}${route.path.includes('?') ? '&' : '?'}year=${YEAR}`;
        let body: Parameters<Client['request']>[2];
        if (route.method === 'POST')
          body = route.path.endsWith('/upload')
            ? multipart(
                { csrf: tokens[role] },
                { name: 'report.csv', bytes: Buffer.from('Indicator,Value\nT1.2,3\n') },
              )
            : { csrf: tokens[role], confirm: 'yes' };
        const res = await client.request(route.method, url, body);
        expect(res.status).toBe(route.expect[role]);
        if (role === 'out' && res.status === 303) expect(res.headers.location).toMatch(/^\/signin/);
        if (res.status === 403) expect(res.text).not.toContain('%PDF');
        // A forbidden write leaves nothing behind.
        if (route.path === '/country/DE/upload')
          expect((await deps.uploads.list(`${YEAR}/DE/`)).map((o) => o.key)).toEqual([
            `${YEAR}/DE/20150301T100000Z-abcdef-report.csv`,
          ]);
      });
    }
  }

  it('sends every page with the security headers', async () => {
    const res = await clients.fr.get(`/country/FR?year=${YEAR}`);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).not.toContain('script-src');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});
