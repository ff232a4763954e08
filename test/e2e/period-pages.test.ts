import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPeriod } from '../../functions/app/cycle/periods.js';
import { readPeriod } from '../../functions/app/cycle/read.js';
import { Client, makePortal } from '../portal/helpers.js';
import { expectAccessible, launchChromium } from './harness.js';

const YEAR = 2026;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A page whose every request to http://portal.test is answered by the client's portal. */
async function pageOver(client: Client): Promise<Page> {
  const page = await browser.newPage();
  await page.route('http://portal.test/**', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const form = request.postData();
    const res = await client.request(
      request.method(),
      `${url.pathname}${url.search}`,
      form === null ? undefined : Object.fromEntries(new URLSearchParams(form)),
    );
    const headers: Record<string, string> = { ...res.headers };
    if (res.headers.location) headers.location = new URL(res.headers.location, 'http://portal.test').href;
    await route.fulfill({
      status: res.status,
      headers,
      body: typeof res.body === 'string' ? res.body : Buffer.from(res.body),
    });
  });
  return page;
}

describe('the reporting period in a browser', () => {
  it('lets staff set the dates, correct a mistake, and see the earlier setting', async () => {
    const now = new Date('2027-01-10T09:00:00Z');
    const { deps } = await makePortal({ clock: { now: () => now } });
    const staff = new Client(deps);
    await staff.signIn('staff@example.org');
    const page = await pageOver(staff);
    await page.goto(`http://portal.test/staff?year=${YEAR}`);
    await page.getByRole('link', { name: `Reporting period for ${YEAR}` }).click();
    await page.waitForURL(/\/staff\/period/);
    await expectAccessible(page);

    await page.getByLabel('Uploads open').fill('2027-02-01');
    await page.getByLabel('Deadline').fill('2027-03-31');
    await page.getByLabel('Uploads close').fill('2027-03-01');
    await page.getByRole('button', { name: `Save the period for ${YEAR}` }).click();
    await page.waitForSelector('.error-summary');
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.locator('.error-summary li').allTextContents()).toEqual([
      'Uploads close (1 March 2027) before the deadline (31 March 2027): the closing day must be on or after the deadline.',
    ]);
    await expectAccessible(page);

    await page.getByLabel('Uploads close').fill('2027-04-30');
    await page.getByRole('button', { name: `Save the period for ${YEAR}` }).click();
    await page.waitForURL(/saved=set/);
    expect(await page.locator('.notice-ok').textContent()).toContain('The period for 2026 is saved.');
    expect(await readPeriod(deps.data, YEAR)).toMatchObject({
      closes: '2027-04-30',
      setBy: 'staff@example.org',
    });

    await page.getByLabel('Deadline').fill('2027-04-15');
    await page.getByRole('button', { name: `Save the period for ${YEAR}` }).click();
    await page.waitForSelector('table tbody tr');
    const earlier = page.getByRole('table', { name: `Earlier settings of the ${YEAR} period, oldest first` });
    expect(await earlier.locator('tbody tr').count()).toBe(1);
    expect(await earlier.locator('tbody td').first().textContent()).toBe('1 February 2027');
    await expectAccessible(page);
    await page.close();
  });

  it('shows a contact the period, and no upload form before it opens', async () => {
    const now = new Date('2027-01-20T09:00:00Z');
    const { deps } = await makePortal({ clock: { now: () => now } });
    await setPeriod(deps.data, {
      year: YEAR,
      opens: '2027-02-01',
      deadline: '2027-03-31',
      closes: '2027-04-30',
      actor: 'staff@example.org',
      at: now,
    });
    const fr = new Client(deps);
    await fr.signIn('fr@example.org');
    const page = await pageOver(fr);
    await page.goto(`http://portal.test/country/FR?year=${YEAR}&lang=fr`);
    const period = page.getByRole('region', { name: 'Période de déclaration' });
    expect(await period.textContent()).toContain('Les dépôts ouvrent le 1 février 2027.');
    expect(await page.locator('#upload-closed').textContent()).toContain(
      'Les dépôts pour 2026 ouvrent le 1 février 2027',
    );
    expect(await page.locator('input[type=file]').count()).toBe(0);
    await expectAccessible(page);
    await page.close();
  });
});
