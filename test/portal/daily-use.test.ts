/**
 * The portal for daily use, over the folder store: the answer comes once the validation
 * record is stored while the drafts render afterwards, one at a time; a second post of the
 * same upload form stores nothing more; the history marks what counts; an expired session
 * on a form leads to sign-in and back; error pages are pages; the result page puts errors
 * first and hints at the Notes column.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataKeys } from '../../functions/core/keys.js';
import { DraftQueue, localProcessUpload } from '../../functions/portal/local-use-cases.js';
import { Client, makePortal, multipart } from './helpers.js';

const YEAR = 2014;
const workbook = readFileSync(
  fileURLToPath(new URL('../fixtures/ingest/workbook-full.xlsx', import.meta.url)),
);
const twoErrors = Buffer.from('Indicator,Value\nT1.2,many\nT1.5,150\nT2.3,80\n');

/** The upload form's hidden fields on a page. */
function formFields(html: string): Record<string, string> {
  const form = html.match(/<form method="post" action="[^"]*\/upload\?[^"]*"[\s\S]*?<\/form>/)?.[0];
  if (!form) throw new Error('no upload form on the page');
  return Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]),
  );
}

/** A gate the test opens: the draft render waits on it, so the test sees what happens before. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => {};
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { wait, open };
}

async function contactPortal() {
  const renders: string[] = [];
  const release = gate();
  let processor: ReturnType<typeof localProcessUpload> | undefined;
  const { store, deps } = await makePortal({
    processUpload: async (input) => processor!(input),
  });
  processor = localProcessUpload(
    { uploads: deps.uploads, data: deps.data },
    {
      render: async (year, country) => {
        renders.push(`${year}/${country}`);
        await release.wait;
        // Stands for renderDrafts: the stamp that says which uploads the draft was made from.
        const pointers = await Promise.all(
          (['indicators', 'actions'] as const).map(async (t) => {
            const bytes = await deps.data.get(dataKeys.current(year, country, t));
            return [
              t,
              bytes ? (JSON.parse(Buffer.from(bytes).toString()) as { uploadId: string }).uploadId : null,
            ];
          }),
        );
        await deps.data.put(
          dataKeys.draftStamp(year, country),
          Buffer.from(JSON.stringify({ from: Object.fromEntries(pointers) })),
        );
      },
    },
  );
  const fr = new Client(deps);
  await fr.signIn('fr@example.org');
  return { store, deps, fr, renders, release, processor };
}

async function upload(fr: Client, fields: Record<string, string>, name: string, bytes: Uint8Array) {
  return fr.request('POST', `/country/FR/upload?year=${YEAR}`, multipart(fields, { name, bytes }));
}

describe('the portal for daily use', () => {
  it('answers once the validation record is stored; the draft follows, and the page says when it is ready', async () => {
    const { fr, renders, release, processor } = await contactPortal();
    const page = await fr.get(`/country/FR?year=${YEAR}`);
    const res = await upload(fr, formFields(page.text), 'workbook-full.xlsx', workbook);
    expect(res.status).toBe(303);
    // The render has started but not finished: the answer did not wait for it.
    expect(renders).toEqual([`${YEAR}/FR`]);
    const landed = await fr.get(res.headers.location!);
    expect(landed.status).toBe(303);
    const result = await fr.get(landed.headers.location!);
    expect(result.status).toBe(200);
    expect(result.text).toContain('This upload counts for 2014: Indicators, Actions.');
    expect(result.text).toContain('Your draft report is being prepared');
    expect(result.text).toMatch(/class="notice notice-ok summary" role="status"[^>]*autofocus/);
    expect((await fr.get(`/country/FR?year=${YEAR}`)).text).toContain('Your draft report is being prepared');
    release.open();
    await processor.idle();
    expect((await fr.get(`/country/FR?year=${YEAR}`)).text).not.toContain('being prepared');
    const again = await fr.get(landed.headers.location!);
    expect(again.text).not.toContain('being prepared');
    expect(again.text).toContain('Your draft report is ready:');
    expect(again.text).toContain(`/country/FR/draft.pdf?year=${YEAR}`);
  });

  it('renders one draft at a time, and a country already waiting only once', async () => {
    const order: string[] = [];
    let running = 0;
    let most = 0;
    const queue = new DraftQueue(async (year, country) => {
      running += 1;
      most = Math.max(most, running);
      order.push(`${year}/${country}`);
      await new Promise((r) => setTimeout(r, 20));
      running -= 1;
    });
    queue.add(2014, 'FR');
    queue.add(2014, 'DE');
    queue.add(2014, 'DE');
    queue.add(2014, 'FR');
    await queue.idle();
    expect(most).toBe(1);
    // FR was running when it was asked again: it runs once more, after DE.
    expect(order).toEqual(['2014/FR', '2014/DE', '2014/FR']);
    const failing = new DraftQueue(async () => {
      throw new Error('printer gone');
    });
    failing.add(2014, 'FR');
    await expect(failing.idle()).resolves.toBeUndefined();
  });

  it('stores one upload for two posts of the same form, and shows the first one’s result', async () => {
    const { deps, fr, release } = await contactPortal();
    release.open();
    const fields = formFields((await fr.get(`/country/FR?year=${YEAR}`)).text);
    expect(fields.once).toMatch(/^[0-9a-f]{24}\.[0-9a-f]{64}$/);
    const first = await upload(fr, fields, 'fr.csv', twoErrors);
    const second = await upload(fr, fields, 'fr.csv', twoErrors);
    expect((await deps.uploads.list(`${YEAR}/FR/`)).length).toBe(1);
    const batch = (l: string | undefined) => new URL(l!, 'http://x').searchParams.get('batch');
    expect(batch(second.headers.location)).toBe(batch(first.headers.location));
    const shown = await fr.get((await fr.get(second.headers.location!)).headers.location!);
    expect(shown.text).toContain('This form had already been sent');
    // Two posts at once: still one.
    const fresh = formFields((await fr.get(`/country/FR?year=${YEAR}`)).text);
    await Promise.all([upload(fr, fresh, 'b.csv', twoErrors), upload(fr, fresh, 'b.csv', twoErrors)]);
    expect((await deps.uploads.list(`${YEAR}/FR/`)).length).toBe(2);
    // A token of another session is refused.
    const other = new Client(deps);
    await other.signIn('fr@example.org');
    const forged = { ...formFields((await other.get(`/country/FR?year=${YEAR}`)).text), once: fresh.once! };
    expect((await upload(other, forged, 'c.csv', twoErrors)).status).toBe(403);
    expect((await deps.uploads.list(`${YEAR}/FR/`)).length).toBe(2);
  });

  it('marks in the history the upload that counts for each table, and lists one not checked yet', async () => {
    const { deps, fr, release } = await contactPortal();
    release.open();
    await upload(fr, formFields((await fr.get(`/country/FR?year=${YEAR}`)).text), 'good.xlsx', workbook);
    await upload(fr, formFields((await fr.get(`/country/FR?year=${YEAR}`)).text), 'bad.csv', twoErrors);
    await deps.uploads.put(`${YEAR}/FR/20150302T100000Z-abcdef-waiting.csv`, twoErrors);
    const page = await fr.get(`/country/FR?year=${YEAR}`);
    const rows = [...page.text.matchAll(/<tr( class="[^"]*")?>\s*<td>[\s\S]*?<\/tr>/g)].map((m) =>
      m[0]
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/waiting\.csv Not checked yet/);
    const good = rows.find((r) => r.includes('good.xlsx'))!;
    const bad = rows.find((r) => r.includes('bad.csv'))!;
    expect(good).toContain('Counts for: Indicators, Actions');
    expect(bad).toMatch(/Rejected No/);
    expect(page.text).toMatch(/<div class="table-scroll" role="region" aria-label="[^"]+" tabindex="0">/);
  });

  it('puts errors first, counted by severity, with the Notes hint and the upload form', async () => {
    const { fr, release } = await contactPortal();
    release.open();
    const res = await upload(
      fr,
      formFields((await fr.get(`/country/FR?year=${YEAR}`)).text),
      'x.csv',
      twoErrors,
    );
    const page = await fr.get((await fr.get(res.headers.location!)).headers.location!);
    expect(page.text).toMatch(/class="error-summary summary" role="alert"[^>]*tabindex="-1" autofocus/);
    expect(page.text).toContain('Rejected: 2 errors to fix');
    expect(page.text).toMatch(/Found: 2 errors, \d+ warnings?\./);
    expect(page.text).toContain('put the words in the Notes column of the same row');
    expect(page.text).toContain('Upload a corrected file');
    expect(formFields(page.text).once).toBeDefined();
    expect(page.text.indexOf('id="errors-title"')).toBeGreaterThan(page.text.indexOf('error-summary'));
  });

  it('says why a file was not taken, with its name', async () => {
    const { deps, fr } = await contactPortal();
    const res = await upload(
      fr,
      formFields((await fr.get(`/country/FR?year=${YEAR}`)).text),
      'report.pdf',
      workbook,
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain('report.pdf could not be taken: the file must be');
    expect(res.text).toContain('Signed in as fr@example.org');
    expect((await deps.uploads.list(`${YEAR}/FR/`)).length).toBe(0);
  });

  it('keeps a file that reached the store but could not be checked, and says so with its name', async () => {
    const { deps } = await makePortal({
      processUpload: async () => {
        throw new Error('the data store is gone');
      },
    });
    const fr = new Client(deps);
    await fr.signIn('fr@example.org');
    const res = await upload(
      fr,
      formFields((await fr.get(`/country/FR?year=${YEAR}`)).text),
      'kept.xlsx',
      workbook,
    );
    const page = await fr.get(res.headers.location!);
    expect(page.status).toBe(500);
    expect(page.text).toContain('We received kept.xlsx and kept it');
    expect(page.text).toContain('Signed in as fr@example.org');
    expect((await fr.get(`/country/FR?year=${YEAR}`)).text).toMatch(/kept\.xlsx[\s\S]*?Not checked yet/);
  });

  it('sends a form posted on an expired session to sign-in, then back to its page with a message', async () => {
    let now = new Date('2015-03-01T09:00:00Z');
    const { deps } = await makePortal({ clock: { now: () => now } });
    const fr = new Client(deps);
    await fr.signIn('fr@example.org');
    const fields = formFields((await fr.get(`/country/FR?year=${YEAR}`)).text);
    now = new Date('2015-03-01T17:01:00Z');
    const res = await upload(fr, fields, 'fr.csv', twoErrors);
    expect(res.status).toBe(303);
    const signin = new URL(res.headers.location!, 'http://portal.test');
    expect(signin.pathname).toBe('/signin');
    expect(signin.searchParams.get('next')).toBe(`/country/FR?year=${YEAR}&expired=1`);
    expect((await deps.uploads.list(`${YEAR}/FR/`)).length).toBe(0);
    const form = await fr.get(res.headers.location!);
    expect(form.text).toContain('Your session had expired, so the form was not sent.');
    const csrf = form.text.match(/name="csrf" value="([^"]+)"/)![1]!;
    const next = signin.searchParams.get('next')!;
    const back = await fr.request('POST', '/signin?expired=1', {
      csrf,
      email: 'fr@example.org',
      password: 'a long enough password',
      next,
    });
    expect(back.headers.location).toBe(next);
    const page = await fr.get(back.headers.location!);
    expect(page.status).toBe(200);
    expect(page.text).toContain('You are signed in again. The form you were filling in was not sent');
    // Any other form too (the staff publish form): back to its own page.
    const staff = new Client(deps);
    const out = await staff.request('POST', `/staff/publish?year=${YEAR}`, { csrf: 'x', confirm: 'yes' });
    expect(new URL(out.headers.location!, 'http://x').searchParams.get('next')).toBe(
      `/staff/publish?year=${YEAR}&expired=1`,
    );
    // Never to another site.
    const evil = await fr.request('POST', '/signin', {
      csrf,
      email: 'fr@example.org',
      password: 'a long enough password',
      next: '//evil.example/x',
    });
    expect(evil.headers.location).toBe('/');
  });

  it('answers errors with full pages: the signed-in header and a way back', async () => {
    const { fr } = await contactPortal();
    for (const [url, status, text] of [
      ['/country/FR?year=1999', 400, '&quot;1999&quot; is not a reporting year'],
      ['/nowhere', 404, 'Page not found'],
      ['/country/DE?year=2014', 403, 'You cannot see this page'],
    ] as const) {
      const res = await fr.get(url);
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.text).toContain(text);
      expect(res.text).toContain('Signed in as fr@example.org');
      expect(res.text).toContain('href="/"');
    }
    const wrong = await fr.request('PUT', `/country/FR/uploaded?year=${YEAR}`);
    expect(wrong.status).toBe(405);
    expect(wrong.text).toContain('Signed in as fr@example.org');
    const bad = await fr.request('POST', `/country/FR/upload?year=${YEAR}`, {
      raw: Buffer.from('x'),
      contentType: 'text/plain',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('The request could not be read');
    expect(bad.text).toContain('Signed in as fr@example.org');
    const csrf = await fr.request('POST', `/staff/publish?year=${YEAR}`, { csrf: 'wrong' });
    expect(csrf.status).toBe(403);
    expect(csrf.text).toContain('Signed in as fr@example.org');
  });
});
