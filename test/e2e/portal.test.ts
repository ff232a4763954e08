import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPortalUser, expectAccessible, launchChromium, type ServedPortal, startServe } from './harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'portal end-to-end password';
const YEAR = 2014;

let store: string;
let portal: ServedPortal;
let base: string;
let browser: Browser;

const addUser = (args: string[]) => addPortalUser(store, args, PASSWORD);

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${base}/`);
  expect(page.url()).toContain('/signin');
  await expectAccessible(page);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState();
}

async function chooseYear(page: Page): Promise<void> {
  await page.getByLabel('Reporting year').selectOption(String(YEAR));
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForLoadState();
}

beforeAll(async () => {
  store = await mkdtemp(join(tmpdir(), 'portal-e2e-'));
  await addUser(['--email', 'contact@fr.example.org', '--country', 'France']);
  await addUser(['--email', 'staff@example.org', '--staff']);
  portal = await startServe(store);
  base = portal.base;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

describe('the portal in a browser', () => {
  it('serves /healthz without a session and only there', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/country/FR/draft.pdf`, { redirect: 'manual' })).status).toBe(401);
    const page = await fetch(`${base}/staff`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toMatch(/^\/signin/);
  });

  it('keeps no body above the upload cap, and keeps answering', async () => {
    // Signed out: to sign-in like any form (test/portal/too-large.test.ts has the signed-in page).
    const res = await fetch(`${base}/country/FR/upload?year=${YEAR}`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: new Uint8Array(11 * 1024 * 1024),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/signin\?expired=1/);
    // Far over the cap the connection is closed before the end.
    const huge = await fetch(`${base}/country/FR/upload?year=${YEAR}`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: new Uint8Array(100 * 1024 * 1024),
      redirect: 'manual',
    }).catch((error: unknown) => error);
    if (huge instanceof Response) expect(huge.status).toBe(303);
    else expect(String(huge)).toMatch(/fetch failed|socket|reset/i);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('takes a national contact from sign-in to an accepted report', { timeout: 150_000 }, async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, 'contact@fr.example.org');
    expect(page.url()).toContain('/country/FR');
    await chooseYear(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('France: 2014 report');
    expect(await page.locator('.status').textContent()).toContain('Not submitted');
    await expectAccessible(page);

    // The workbook.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download the 2014 workbook/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('alliance-report-2014-FR.xlsx');
    const workbook = readFileSync((await download.path())!);
    expect(workbook.subarray(0, 2).toString()).toBe('PK');

    // A file with two errors: both shown, with their rows and columns.
    const bad = join(store, '..', `fr-two-errors-${Date.now()}.csv`);
    await writeFile(bad, 'Indicator,Value\nT1.2,many\nT1.5,150\nT2.3,80\n');
    await page.getByLabel('Your file').setInputFiles(bad);
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.waitForURL(/\/country\/FR\/uploads\//);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Validation report');
    expect(await page.locator('.error-summary h2').textContent()).toBe('Rejected: 2 errors to fix');
    const errors = await page
      .locator('tr.issue-error')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim())),
      );
    expect(errors).toHaveLength(2);
    expect(errors[0]!.slice(0, 4)).toEqual(['Error', '2', 'B', 'many']);
    expect(errors[1]!.slice(0, 4)).toEqual(['Error', '3', 'B', '150']);
    await expectAccessible(page);

    // The problems as a spreadsheet.
    const [annotated] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download the problems marked/ }).click(),
    ]);
    expect(annotated.suggestedFilename()).toMatch(/-problems\.xlsx$/);

    // A good workbook, saved by LibreOffice: accepted.
    await page.getByRole('link', { name: /Back to France, 2014/ }).click();
    await page.getByLabel('Your file').setInputFiles(join(root, 'test/fixtures/ingest/workbook-full.xlsx'));
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.waitForURL(/\/country\/FR\/uploads\//);
    expect(await page.locator('.notice-ok h2').textContent()).toMatch(/^Accepted/);
    await expectAccessible(page);
    // The answer came before the draft, which renders in the background: wait for it.
    for (let i = 0; i < 90 && (await page.getByText('Your draft report is ready').count()) === 0; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      await page.getByRole('link', { name: 'Reload this page to see if it is ready' }).click();
    }
    expect(await page.getByText('Your draft report is ready').count()).toBe(1);

    // The year at a glance, the history and the draft report.
    await page.getByRole('link', { name: /Back to France, 2014/ }).click();
    expect(await page.locator('.status').textContent()).toContain('Accepted');
    expect(await page.locator('table tbody tr').count()).toBe(2);
    await expectAccessible(page);
    const pdf = await context.request.get(`${base}/country/FR/draft.pdf?year=${YEAR}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByRole('link', { name: 'Draft report (HTML)' }).click();
    await page.waitForLoadState();
    expect(await page.locator('h1').first().textContent()).toContain('France');

    // Another country's page stays closed.
    const other = await context.request.get(`${base}/country/DE?year=${YEAR}`);
    expect(other.status()).toBe(403);
    await context.close();
  });

  it('shows staff the year, the consolidated draft, and publishes with a confirmation', {
    timeout: 180_000,
  }, async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, 'staff@example.org');
    expect(page.url()).toContain('/staff');
    await chooseYear(page);
    const france = page.getByRole('row', { name: /France/ });
    expect(await france.locator('td').first().textContent()).toMatch(/^\W*Accepted/);
    await expectAccessible(page);

    const link = page.getByRole('link', { name: 'Consolidated draft report (PDF)' });
    // The consolidated draft follows the country's in the serve process's background queue.
    const openDataLink = page.getByRole('link', { name: 'Open data, draft (data.csv)' });
    for (let i = 0; i < 90 && ((await link.count()) === 0 || (await openDataLink.count()) === 0); i++) {
      await new Promise((r) => setTimeout(r, 1000));
      await page.reload();
    }
    const href = await link.getAttribute('href');
    expect(href).toBe(`/staff/drafts/consolidated.pdf?year=${YEAR}`);
    const consolidated = await context.request.get(`${base}${href}`);
    expect(consolidated.status()).toBe(200);
    expect(consolidated.headers()['content-type']).toBe('application/pdf');
    expect((await consolidated.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const openData = await context.request.get(`${base}/staff/drafts/data.csv?year=${YEAR}`);
    expect(openData.status()).toBe(200);
    expect(await page.getByRole('link', { name: 'Open data, draft (data.csv)' }).count()).toBe(1);

    await page.getByRole('link', { name: `Mark ${YEAR} ready and publish` }).click();
    await page.waitForLoadState();
    await expectAccessible(page);
    await page.getByLabel(`I confirm that ${YEAR} is ready to publish`).check();
    await page.getByRole('button', { name: `Publish ${YEAR}` }).click();
    await page.waitForLoadState();
    expect(await page.locator('.notice-ok h2').textContent()).toBe('The publication run has started');
    await expectAccessible(page);

    // The run goes on in the serve process; the edition shows once its manifest exists.
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.goto(`${base}/staff?year=${YEAR}`);
      found = (await page.getByRole('heading', { name: 'Edition 1' }).count()) === 1;
      if (!found) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(found).toBe(true);
    await page.getByRole('link', { name: 'Open edition 1' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('link', { name: /manifest\.json/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'FR.pdf' }).count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });

  it('stops cleanly on SIGTERM', async () => {
    let out = '';
    portal.server.stdout?.on('data', (d) => {
      out += String(d);
    });
    const exited = new Promise<number | null>((resolve) =>
      portal.server.once('exit', (code) => resolve(code)),
    );
    portal.server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('Portal stopped.');
  });
});
