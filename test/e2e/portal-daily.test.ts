import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPortalUser, axeViolations, launchChromium, type ServedPortal, startServe } from './harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'portal daily-use password';
const YEAR = 2014;
const goodWorkbook = join(root, 'test/fixtures/ingest/workbook-full.xlsx');

let store: string;
let portal: ServedPortal;
let base: string;
let browser: Browser;
let badCsv: string;

const addUser = (args: string[]) => addPortalUser(store, args, PASSWORD);

/** The uploads stored for France's year (files in the folder store). */
async function storedUploads(): Promise<string[]> {
  return readdir(join(store, 'uploads', String(YEAR), 'FR')).catch(() => []);
}

/** Every page visited: no script, no page-level sideways scroll, no axe violation. */
async function checkPage(page: Page, visited: string[]): Promise<void> {
  visited.push(new URL(page.url()).pathname);
  expect(await page.locator('script').count()).toBe(0);
  const scroll = await page.evaluate(() => {
    const el = document.scrollingElement!;
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
  });
  expect(scroll.scrollWidth, `sideways scroll on ${page.url()}`).toBeLessThanOrEqual(scroll.clientWidth);
  expect(await axeViolations(page), `axe on ${page.url()}`).toEqual([]);
}

async function signInOnPage(page: Page, email: string): Promise<void> {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState();
}

beforeAll(async () => {
  store = await mkdtemp(join(tmpdir(), 'portal-daily-'));
  await addUser(['--email', 'contact@fr.example.org', '--country', 'France']);
  await addUser(['--email', 'staff@example.org', '--staff']);
  badCsv = join(store, '..', `fr-words-in-values-${Date.now()}.csv`);
  await writeFile(badCsv, 'Indicator,Value\nT1.2,about a hundred\nT1.5,150\nT2.3,80\n');
  portal = await startServe(store, ['--year', String(YEAR)]);
  base = portal.base;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

describe.each([1280, 390])('the portal for daily use at %i px', (width) => {
  it('takes a contact through errors to an accepted upload, once per click, and back after an expired session', async () => {
    const visited: string[] = [];
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();

    await page.goto(`${base}/`);
    expect(page.url()).toContain('/signin');
    await checkPage(page, visited);
    await signInOnPage(page, 'contact@fr.example.org');
    expect(page.url()).toContain(`/country/FR?year=${YEAR}`);
    await checkPage(page, visited);

    // Words in a value cell: rejected, the focus on the error summary, the Notes hint.
    await page.getByLabel('Your file').setInputFiles(badCsv);
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.waitForURL(/\/country\/FR\/uploads\//);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await page.locator('.error-summary h2').textContent()).toBe('Rejected: 2 errors to fix');
    expect(await page.locator('.error-summary').textContent()).toContain('Notes column');
    await checkPage(page, visited);

    // The corrected file from the result page: the answer at once, the draft follows.
    const before = (await storedUploads()).length;
    await page.getByLabel('Your file').setInputFiles(goodWorkbook);
    const started = Date.now();
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.waitForURL(/\/country\/FR\/uploads\//);
    const answeredMs = Date.now() - started;
    expect(await page.locator('.notice-ok h2').textContent()).toMatch(/^Accepted/);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('summary'))).toBe(true);
    expect(await page.locator('.notice-ok').textContent()).toContain('This upload counts for 2014');
    expect((await storedUploads()).length).toBe(before + 1);
    await checkPage(page, visited);
    let ready = (await page.getByText('Your draft report is ready').count()) === 1;
    for (let i = 0; i < 90 && !ready; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      await page.getByRole('link', { name: 'Reload this page to see if it is ready' }).click();
      ready = (await page.getByText('Your draft report is ready').count()) === 1;
    }
    expect(ready, `draft ready (answer took ${answeredMs} ms)`).toBe(true);
    expect(await page.getByRole('link', { name: 'Draft report (PDF)' }).count()).toBe(1);
    await checkPage(page, visited);

    // Double submit: a double click and a replay of the same form store one upload.
    await page.getByRole('link', { name: /Back to France, 2014/ }).click();
    await page.waitForLoadState();
    await checkPage(page, visited);
    const fields = await page
      .locator('form[enctype="multipart/form-data"] input[type="hidden"]')
      .evaluateAll((inputs) =>
        Object.fromEntries(inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value])),
      );
    const count = (await storedUploads()).length;
    await page.getByLabel('Your file').setInputFiles(badCsv);
    await page.getByRole('button', { name: 'Upload and check' }).dblclick();
    await page.waitForURL(/\/country\/FR\/(uploads\/|uploaded)/);
    await page.waitForURL(/\/country\/FR\/uploads\//);
    const replay = await context.request.post(`${base}/country/FR/upload?year=${YEAR}`, {
      multipart: {
        ...fields,
        file: { name: 'fr-again.csv', mimeType: 'text/csv', buffer: readFileSync(badCsv) },
      },
      maxRedirects: 0,
    });
    expect(replay.status()).toBe(303);
    expect(replay.headers().location).toContain('again=1');
    expect((await storedUploads()).length).toBe(count + 1);
    await page.goto(`${base}${replay.headers().location}`);
    expect(await page.getByText('This form had already been sent').count()).toBe(1);
    await checkPage(page, visited);

    // The history marks the upload that counts.
    await page.goto(`${base}/country/FR?year=${YEAR}`);
    expect(await page.locator('tr.upload-counts').count()).toBe(1);
    expect(await page.locator('tr.upload-counts').textContent()).toContain('Counts for: Indicators, Actions');

    // The session expires while the form is open: sign in, back to the page, told why.
    await page.getByLabel('Your file').setInputFiles(goodWorkbook);
    await context.clearCookies();
    const stored = (await storedUploads()).length;
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.waitForURL(/\/signin/);
    expect(await page.getByText('Your session had expired, so the form was not sent.').count()).toBe(1);
    await checkPage(page, visited);
    await signInOnPage(page, 'contact@fr.example.org');
    expect(page.url()).toBe(`${base}/country/FR?year=${YEAR}&expired=1`);
    expect(
      await page.getByText('You are signed in again. The form you were filling in was not sent').count(),
    ).toBe(1);
    expect((await storedUploads()).length).toBe(stored);
    await checkPage(page, visited);

    // An error page is a page.
    await page.goto(`${base}/country/FR/uploads/nothing-here?year=${YEAR}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    expect(await page.getByText('Signed in as contact@fr.example.org').count()).toBe(1);
    await checkPage(page, visited);
    await context.close();

    // Staff: the year's table in its own box.
    const staff = await browser.newContext({ viewport: { width, height: 900 } });
    const staffPage = await staff.newPage();
    await staffPage.goto(`${base}/staff?year=${YEAR}`);
    await signInOnPage(staffPage, 'staff@example.org');
    expect(staffPage.url()).toContain('/staff');
    await checkPage(staffPage, visited);
    await staffPage.goto(`${base}/country/FR?year=${YEAR}`);
    await checkPage(staffPage, visited);
    await staffPage.goto(`${base}/staff/publish?year=${YEAR}`);
    await checkPage(staffPage, visited);
    await staff.close();
    expect(visited.length).toBeGreaterThanOrEqual(13);
  }, 240_000);
});
