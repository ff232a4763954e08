import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dataKeys } from '../../functions/core/keys.js';
import { sanitizeFileName } from '../../functions/portal/http.js';
import { SESSION_COOKIE } from '../../functions/portal/local-auth.js';
import { Client, makePortal, multipart } from './helpers.js';

describe('portal sessions and forms', () => {
  it('refuses a form without the session’s CSRF token, and with another session’s', async () => {
    const { deps } = await makePortal();
    const staff = new Client(deps);
    await staff.signIn('staff@example.org');
    const other = new Client(deps);
    await other.signIn('staff@example.org');
    const otherToken = await other.csrfFrom('/staff/publish?year=2014');

    for (const csrf of [undefined, 'forged', otherToken]) {
      const body: Record<string, string> = { confirm: 'yes' };
      if (csrf) body.csrf = csrf;
      const res = await staff.request('POST', '/staff/publish?year=2014', body);
      expect(res.status).toBe(403);
      expect(res.text).toContain('The form has expired');
    }
    expect(await deps.data.get(dataKeys.ready(2014))).toBeUndefined();

    const good = await staff.csrfFrom('/staff/publish?year=2014');
    const res = await staff.request('POST', '/staff/publish?year=2014', { csrf: good, confirm: 'yes' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('The publication run has started');
    expect(await deps.data.get(dataKeys.ready(2014))).toBeDefined();
  });

  it('refuses an upload without the CSRF token and stores nothing', async () => {
    const { deps } = await makePortal();
    const fr = new Client(deps);
    await fr.signIn('fr@example.org');
    const res = await fr.request(
      'POST',
      '/country/FR/upload?year=2014',
      multipart({ csrf: 'nope' }, { name: 'report.csv', bytes: Buffer.from('a,b\n') }),
    );
    expect(res.status).toBe(403);
    expect(await deps.uploads.list('2014/FR/')).toEqual([]);
  });

  it('refuses a sign-in form posted without its pre-session token (login CSRF)', async () => {
    const { deps } = await makePortal();
    const c = new Client(deps);
    const res = await c.request('POST', '/signin', {
      email: 'fr@example.org',
      password: 'a long enough password',
    });
    expect(res.status).toBe(403);
    expect(c.cookies[SESSION_COOKIE]).toBeUndefined();
  });

  it('refuses a tampered session cookie: changed e-mail, changed signature, expired', async () => {
    const { deps } = await makePortal();
    const fr = new Client(deps);
    await fr.signIn('fr@example.org');
    const cookie = fr.cookies[SESSION_COOKIE]!;
    const [payload, signature] = cookie.split('.') as [string, string];

    const data = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const asStaff = Buffer.from(JSON.stringify({ ...data, e: 'staff@example.org' })).toString('base64url');
    const flipped = signature.slice(0, -1) + (signature.endsWith('A') ? 'B' : 'A');
    for (const forged of [`${asStaff}.${signature}`, `${payload}.${flipped}`, asStaff, 'garbage']) {
      const attacker = new Client(deps);
      attacker.cookies[SESSION_COOKIE] = forged;
      const res = await attacker.get('/staff?year=2014');
      expect(res.status).toBe(303);
      expect(res.headers.location).toMatch(/^\/signin/);
    }
  });

  it('ends a session after its expiry', async () => {
    let now = new Date('2015-03-01T09:00:00Z');
    const { deps } = await makePortal({ clock: { now: () => now } });
    const fr = new Client(deps);
    await fr.signIn('fr@example.org');
    expect((await fr.get('/country/FR?year=2014')).status).toBe(200);
    now = new Date('2015-03-01T17:01:00Z');
    expect((await fr.get('/country/FR?year=2014')).status).toBe(303);
  });

  it('signs out: the old cookie is cleared', async () => {
    const { deps } = await makePortal();
    const fr = new Client(deps);
    await fr.signIn('fr@example.org');
    const csrf = await fr.csrfFrom('/country/FR?year=2014');
    const res = await fr.request('POST', '/signout', { csrf });
    expect(res.status).toBe(303);
    expect(fr.cookies[SESSION_COOKIE]).toBeUndefined();
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, with an expiry', async () => {
    const { deps } = await makePortal();
    const c = new Client(deps);
    const res = await c.signIn('fr@example.org');
    const cookie = res.cookies?.find((x) => x.startsWith(`${SESSION_COOKIE}=`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=\d+/);
  });

  it('slows down guessing: after five wrong passwords the right one is refused too, for a while', async () => {
    let now = new Date('2015-03-01T09:00:00Z');
    const { deps } = await makePortal({ clock: { now: () => now } });
    const c = new Client(deps, '10.0.0.7');
    for (let i = 0; i < 5; i++) {
      const res = await c.signIn('fr@example.org', `wrong password ${i}`);
      expect(res.status).toBe(400);
      expect(res.text).toContain('The e-mail address or the password is not right.');
    }
    const blocked = await c.signIn('fr@example.org');
    expect(blocked.status).toBe(429);
    expect(blocked.text).toContain('Too many failed attempts');
    // From another address, the same e-mail is still held back.
    expect((await new Client(deps, '10.0.0.8').signIn('fr@example.org')).status).toBe(429);
    now = new Date('2015-03-01T09:16:00Z');
    expect((await c.signIn('fr@example.org')).status).toBe(303);
  });

  it('does not tell an unknown e-mail from a wrong password', async () => {
    const { deps } = await makePortal();
    const a = await new Client(deps).signIn('nobody@example.org');
    const b = await new Client(deps).signIn('fr@example.org', 'not the password at all');
    expect(a.status).toBe(b.status);
    expect(a.text.replace(/value="[^"]*"/g, '')).toBe(b.text.replace(/value="[^"]*"/g, ''));
  });

  it('does not follow a sign-in redirect off the site', async () => {
    const { deps } = await makePortal();
    const c = new Client(deps);
    const csrf = await c.csrfFrom('/signin');
    const res = await c.request('POST', '/signin?next=//evil.example/x', {
      csrf,
      email: 'fr@example.org',
      password: 'a long enough password',
    });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
  });

  it('never takes the identity from the request when signing in locally', async () => {
    const { deps } = await makePortal();
    const c = new Client(deps);
    const { handlePortalRequest } = await import('../../functions/portal/app.js');
    const res = await handlePortalRequest(
      {
        method: 'GET',
        path: '/staff',
        query: {},
        cookies: {},
        body: new Uint8Array(),
        // What an AWS authorizer would have put on the event: never believed.
        headers: { 'x-amzn-oidc-identity': 'x@example.org', authorization: 'Bearer a.b.c' },
      },
      c.deps,
    );
    expect(res.status).toBe(303);
  });
});

describe('uploads', () => {
  it('keeps an upload under a sanitized name in its country and year', async () => {
    const { deps } = await makePortal();
    const fr = new Client(deps);
    await fr.signIn('fr@example.org');
    const csrf = await fr.csrfFrom('/country/FR?year=2014');
    const res = await fr.request(
      'POST',
      '/country/FR/upload?year=2014',
      multipart(
        { csrf },
        { name: '..\\..\\Rapport annuel (é).csv', bytes: Buffer.from('Indicator,Value\n') },
      ),
    );
    expect(res.status).toBe(303);
    const keys = (await deps.uploads.list('')).map((o) => o.key);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^2014\/FR\/\d{8}T\d{6}Z-[0-9a-f]{6}-Rapport_annuel_e_.csv$/);
    // Without a processor, the page says it is being checked and reloads itself.
    const pending = await fr.get(res.headers.location!);
    expect(pending.status).toBe(200);
    expect(pending.text).toContain('are checking it');
    expect(pending.text).toContain('http-equiv="refresh"');
  });

  it('refuses a file above the size cap, and other kinds of file, with an error summary', async () => {
    const { deps } = await makePortal();
    if (deps.upload.kind !== 'multipart') throw new Error('local portal uploads by multipart');
    deps.upload.maxBytes = 1000;
    const fr = new Client(deps);
    await fr.signIn('fr@example.org');
    const csrf = await fr.csrfFrom('/country/FR?year=2014');
    const big = await fr.request(
      'POST',
      '/country/FR/upload?year=2014',
      multipart({ csrf }, { name: 'big.xlsx', bytes: new Uint8Array(1001) }),
    );
    expect(big.status).toBe(413);
    expect(big.text).toContain('There is a problem');
    const exe = await fr.request(
      'POST',
      '/country/FR/upload?year=2014',
      multipart({ csrf }, { name: 'report.exe', bytes: new Uint8Array(10) }),
    );
    expect(exe.status).toBe(400);
    expect(exe.text).toContain('must be an Excel workbook');
    expect(await deps.uploads.list('2014/')).toEqual([]);
  });

  it('sanitizes file names', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\Users\\me\\Österreich 2014.xlsx')).toBe('Osterreich_2014.xlsx');
    expect(sanitizeFileName('.hidden.csv')).toBe('hidden.csv');
    expect(sanitizeFileName('<script>.csv')).toBe('script_.csv');
    expect(sanitizeFileName('')).toBe('upload');
  });
});

describe('the validation report of an upload', () => {
  it('lists every issue grouped by sheet, and marks them in a copy of the workbook', async () => {
    const { deps } = await makePortal();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Indicators');
    sheet.addRow(['Indicator', 'Value']);
    sheet.addRow(['T1.2', 'many']);
    sheet.addRow(['T9.9', 3]);
    const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const key = '2014/FR/20150301T100000Z-abcdef-report.xlsx';
    await deps.uploads.put(key, bytes);
    const issues = [
      {
        code: 'VALUE_NOT_A_NUMBER',
        severity: 'error',
        sheet: 'Indicators',
        row: 2,
        column: 'B',
        value: 'many',
        message: 'T1.2 needs a number.',
        hint: 'Type a whole number, e.g. 120.',
      },
      {
        code: 'UNKNOWN_INDICATOR',
        severity: 'error',
        sheet: 'Indicators',
        row: 3,
        column: 'A',
        value: 'T9.9',
        message: 'There is no indicator T9.9.',
        hint: 'Use an id from the framework, e.g. T1.2.',
      },
      {
        code: 'COVER_DATE_MISSING',
        severity: 'warning',
        sheet: 'Cover',
        row: 7,
        column: 'B',
        value: null,
        message: 'The date is missing.',
        hint: 'Add the date you filled in the form.',
      },
    ];
    await deps.data.put(
      dataKeys.validation(2014, 'FR', 'abc123'),
      Buffer.from(JSON.stringify({ key, accepted: false, issues, fileName: 'report.xlsx' })),
    );
    const fr = new Client(deps);
    await fr.signIn('fr@example.org');
    const page = await fr.get('/country/FR/uploads/abc123?year=2014');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Rejected: 2 errors to fix');
    const indicators = page.text.indexOf('<h3 id="errors-');
    expect(indicators).toBeGreaterThan(0);
    for (const text of [
      'T1.2 needs a number.',
      'Type a whole number, e.g. 120.',
      'There is no indicator T9.9.',
      'The date is missing.',
    ])
      expect(page.text).toContain(text);
    // Errors first, then warnings, each by sheet.
    expect(page.text).toMatch(/<h3 id="errors-\d">Indicators<\/h3>/);
    expect(page.text).toMatch(/<h3 id="warnings-\d">Cover<\/h3>/);
    expect(page.text.indexOf('id="errors-title"')).toBeLessThan(page.text.indexOf('id="warnings-title"'));

    const annotated = await fr.get('/country/FR/uploads/abc123/annotated.xlsx?year=2014');
    expect(annotated.status).toBe(200);
    expect(annotated.headers['content-disposition']).toContain('report-problems.xlsx');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(annotated.body as Uint8Array) as unknown as ArrayBuffer);
    const marked = back.getWorksheet('Indicators')!.getCell('B2');
    expect(marked.value).toBe('many');
    expect(JSON.stringify(marked.note)).toContain('T1.2 needs a number.');
    expect(marked.fill).toMatchObject({ type: 'pattern' });
    const list = back.getWorksheet('Issues')!;
    expect(list.rowCount).toBe(4);
    expect(list.getRow(3).getCell(6).value).toBe('There is no indicator T9.9.');
  });
});
