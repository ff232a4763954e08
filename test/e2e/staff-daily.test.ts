import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FolderStore } from '../../functions/adapters/folder-store.js';
import { setPeriod } from '../../functions/app/cycle/periods.js';
import { readerOverStore, storeUpload } from '../../functions/app/store-upload.js';
import { localStoreFolders } from '../../functions/core/keys.js';
import { membersInYear } from '../../functions/core/members.js';
import { addUser } from '../../functions/portal/local-auth.js';
import { axeViolations, launchChromium, type ServedPortal, startServe } from './harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'staff daily end-to-end password';
const YEAR = 2014;

let store: string;
let portal: ServedPortal;
let base: string;
let browser: Browser;

/** No violation, no script, and no sideways scroll of the page itself. */
async function expectFit(page: Page): Promise<void> {
  expect(await page.locator('script').count()).toBe(0);
  expect(await axeViolations(page), `axe on ${page.url()}`).toEqual([]);
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page width on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}

/** The fictitious test data: FR accepted in time, DE rejected, before the staff table is opened. */
async function seed(): Promise<void> {
  const uploads = new FolderStore(join(store, localStoreFolders.uploads));
  const data = new FolderStore(join(store, localStoreFolders.data));
  expect(
    (
      await setPeriod(data, {
        year: YEAR,
        opens: '2015-01-15',
        deadline: '2015-03-31',
        closes: '2015-06-30',
        actor: 'staff@example.org',
        at: new Date('2015-01-10T09:00:00Z'),
      })
    ).outcome,
  ).toBe('set');
  const files: Array<[string, string, string]> = [
    ['FR', 'workbook-full.xlsx', '2015-03-20T10:00:00Z'],
    ['DE', 'error-values.xlsx', '2015-03-25T10:00:00Z'],
  ];
  for (const [country, fixture, at] of files) {
    const key = `${YEAR}/${country}/${fixture}`;
    await uploads.put(key, await readFile(join(root, 'test/fixtures/ingest', fixture)));
    const base = readerOverStore(uploads);
    const reader = {
      async read(k: string) {
        const object = await base.read(k);
        return object && { ...object, modified: new Date(at) };
      },
    };
    await storeUpload({ key }, { uploads: reader, data });
  }
  await addUser(store, { email: 'staff@example.org', password: PASSWORD, role: 'staff' });
  await addUser(store, {
    email: 'contact@de.example.org',
    password: PASSWORD,
    role: 'contact',
    country: 'DE',
  });
}

beforeAll(async () => {
  store = await mkdtemp(join(tmpdir(), 'staff-daily-e2e-'));
  await seed();
  portal = await startServe(store);
  base = portal.base;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

describe('the staff table in a browser', () => {
  for (const width of [1280, 390]) {
    it(`filters the members and exports the list at ${width} px`, async () => {
      const context = await browser.newContext({
        acceptDownloads: true,
        viewport: { width, height: 900 },
        locale: 'en-GB',
      });
      const page = await context.newPage();
      await page.goto(`${base}/staff?year=${YEAR}`);
      await page.getByLabel('E-mail address').fill('staff@example.org');
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/staff\?year=2014/);
      const rows = page.locator('table.matrix tbody tr');
      expect(await rows.count()).toBe(membersInYear(YEAR).length);
      const first = await rows.locator('th').allTextContents();
      expect(first[0]).toBe('Albania');
      expect(first.indexOf('Armenia')).toBeLessThan(first.indexOf('Mexico'));
      await expectFit(page);

      // The table is wider than a phone: it scrolls in its own box, which takes the keyboard focus.
      const box = page.getByRole('region', { name: /^Every member for 2014/ });
      if (width === 390) {
        const { scrollWidth, clientWidth } = await box.evaluate((e) => ({
          scrollWidth: e.scrollWidth,
          clientWidth: e.clientWidth,
        }));
        expect(scrollWidth).toBeGreaterThan(clientWidth);
      }

      await page.getByLabel('Show members').selectOption('rejected');
      await page.getByRole('button', { name: 'Filter' }).click();
      await page.waitForURL(/state=rejected/);
      expect(await rows.count()).toBe(1);
      const germany = page.getByRole('row', { name: /Germany/ });
      expect(await germany.locator('td').first().textContent()).toMatch(/Rejected/);
      expect(await germany.getByRole('link', { name: 'contact@de.example.org' }).getAttribute('href')).toBe(
        'mailto:contact@de.example.org',
      );
      expect(await germany.getByRole('link', { name: 'Remind Germany' }).getAttribute('href')).toBe(
        `/staff/reminders?year=${YEAR}`,
      );
      expect(await page.getByText(`Showing 1 of ${membersInYear(YEAR).length} members.`).count()).toBe(1);
      await expectFit(page);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download this list (CSV)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${YEAR}-members-rejected.csv`);
      const csv = readFileSync((await download.path())!, 'utf8');
      const lines = csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).toMatch(/^Code,Country,Status,/);
      expect(lines.slice(1)).toHaveLength(1);
      expect(lines[1]).toMatch(/^DE,Germany,Rejected,/);
      expect(lines[1]).toContain('contact@de.example.org');

      await page.getByLabel('Show members').selectOption('accepted');
      await page.getByRole('button', { name: 'Filter' }).click();
      await page.waitForURL(/state=accepted/);
      expect(await rows.locator('th').allTextContents()).toEqual(['France']);
      await expectFit(page);
      await context.close();
    });
  }
});
