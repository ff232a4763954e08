import { mkdtemp, utimes } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openLocalStores } from '../../functions/adapters/local-stores.js';
import { readerOverStore, storeUpload } from '../../functions/app/store-upload.js';
import { readCurrent } from '../../functions/app/submissions-store.js';
import { dataKeys } from '../../functions/core/keys.js';
import { defaultLimits } from '../../functions/core/limits.js';
import { addUser } from '../../functions/portal/local-auth.js';
import { createLocalPortalDeps } from '../../functions/portal/local-deps.js';
import { localDraftRenderer } from '../../functions/portal/local-use-cases.js';
import { createPortalServer } from '../../functions/portal/node-server.js';
import { expectAccessible, launchChromium } from './harness.js';

const YEAR = 2014;
const PASSWORD = 'invalidation end-to-end password';
const encoder = new TextEncoder();
const indicators = (victims: number) =>
  encoder.encode(`Indicator,Value\r\nT1.2,${victims}\r\nT2.3,80\r\nT2.4,65\r\n`);

let browser: Browser;
let server: ReturnType<typeof createPortalServer>;
let base: string;
let store: string;
const ids: string[] = [];

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${base}/signin`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState();
}

beforeAll(async () => {
  store = await mkdtemp(join(tmpdir(), 'invalidation-e2e-'));
  await addUser(store, { email: 'staff@example.org', password: PASSWORD, role: 'staff' });
  await addUser(store, { email: 'fr@example.org', password: PASSWORD, role: 'contact', country: 'FR' });
  const { uploads, data } = openLocalStores(store);
  for (const [minute, victims] of [
    [0, 100],
    [5, 200],
  ] as const) {
    const key = `${YEAR}/FR/20150201T10${String(minute).padStart(2, '0')}00Z-abcdef-report.csv`;
    await uploads.put(key, indicators(victims));
    const when = new Date(Date.UTC(2015, 1, 1, 10, minute));
    await utimes(uploads.pathOf(key), when, when);
    const result = await storeUpload({ key }, { uploads: readerOverStore(uploads), data });
    if (result.outcome !== 'accepted') throw new Error(`${key} was not accepted`);
    ids.push(result.uploadId);
  }
  const deps = await createLocalPortalDeps(store, { draftRenderer: localDraftRenderer });
  server = createPortalServer(deps, defaultLimits.maxFileBytes);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

it('lets staff invalidate an upload from its page; the earlier one counts again and its draft follows', async () => {
  const [first, second] = ids as [string, string];
  const staff = await browser.newPage();
  await signIn(staff, 'staff@example.org');
  await staff.goto(`${base}/country/FR/uploads/${second}?year=${YEAR}`);
  await expectAccessible(staff);
  await staff.getByLabel('Reason').fill('The figures belong to 2015, not 2014.');
  await staff.getByRole('button', { name: 'Invalidate the upload' }).click();
  await staff.waitForLoadState();
  expect(staff.url()).toContain(`/country/FR/uploads/${second}`);
  expect(await staff.getByRole('status').textContent()).toContain(
    'by staff@example.org: The figures belong to 2015, not 2014.',
  );
  expect(await staff.getByLabel('Reason').count()).toBe(0);
  await expectAccessible(staff);

  const { data } = openLocalStores(store);
  expect((await readCurrent(data, YEAR, 'FR')).indicators?.uploadId).toBe(first);
  const stamp = JSON.parse(new TextDecoder().decode(await data.get(dataKeys.draftStamp(YEAR, 'FR'))));
  expect(stamp.from.indicators).toBe(first);

  const contact = await browser.newPage();
  await signIn(contact, 'fr@example.org');
  await contact.goto(`${base}/country/FR?year=${YEAR}`);
  expect(await contact.locator('table').textContent()).toContain(
    'by the Commission: The figures belong to 2015, not 2014.',
  );
  await expectAccessible(contact);
}, 120_000);
