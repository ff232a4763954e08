/**
 * The country page with its review and thread, checked by axe-core (WCAG 2.1 A and AA) in
 * Chromium: as a contact with messages, as staff with the review form, and as staff after
 * a refused form (the error summary and the field's error). The pages come from
 * handlePortalRequest; the browser fetches them, and the portal's CSS, through a route.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postMessage } from '../../functions/app/cycle/thread.js';
import type { PortalDeps } from '../../functions/portal/types.js';
import { portalCss } from '../../functions/portal/views.js';
import { Client, makePortal } from './helpers.js';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const chromiumPath = '/usr/bin/chromium';
const YEAR = 2014;
const AT = new Date('2015-03-02T09:30:00Z');

let browser: Browser;
let deps: PortalDeps;
let fr: Client;
let staff: Client;

beforeAll(async () => {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium is required: ${chromiumPath} is missing`);
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  ({ deps } = await makePortal({ clock: { now: () => AT } }));
  fr = new Client(deps);
  staff = new Client(deps);
  await fr.signIn('fr@example.org');
  await staff.signIn('staff@example.org');
  await postMessage(deps.data, {
    countryCode: 'FR',
    year: YEAR,
    from: 'country',
    actor: 'fr@example.org',
    text: 'Bonjour,\nune question sur T1.2.',
    at: AT,
  });
  await postMessage(deps.data, {
    countryCode: 'FR',
    year: YEAR,
    from: 'staff',
    actor: 'staff@example.org',
    text: 'Thank you, answered below.',
    at: AT,
  });
});

afterAll(async () => {
  await browser?.close();
});

async function violations(html: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.route('http://portal.test/**', (route) =>
      route.request().url().endsWith('/static/portal.css')
        ? route.fulfill({ contentType: 'text/css', body: portalCss })
        : route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
    await page.goto(`http://portal.test/country/FR?year=${YEAR}`);
    expect(await page.locator('#thread').count()).toBe(1);
    await page.evaluate(axeSource);
    return await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
      const axe = (window as any).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return result.violations.map(
        (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
          `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
    });
  } finally {
    await page.close();
  }
}

describe('the thread on the country page is accessible', () => {
  it('as the contact, with messages', async () => {
    const res = await fr.get(`/country/FR?year=${YEAR}`);
    expect(res.status).toBe(200);
    expect(await violations(res.text)).toEqual([]);
  });

  it('as staff, with the review form', async () => {
    const res = await staff.get(`/country/FR?year=${YEAR}`);
    expect(res.text).toContain('review-state-accepted');
    expect(await violations(res.text)).toEqual([]);
  });

  it('finds a planted violation (the check can fail)', async () => {
    const res = await fr.get(`/country/FR?year=${YEAR}`);
    const planted = res.text.replace('</section>', '<textarea name="x"></textarea></section>');
    expect((await violations(planted)).join('\n')).toMatch(/^label:/m);
  });

  it('as staff, after a refused review', async () => {
    const csrf = await staff.csrfFrom(`/country/FR?year=${YEAR}`);
    const res = await staff.request('POST', `/country/FR/review?year=${YEAR}`, {
      csrf,
      state: 'accepted',
      message: 'ok',
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('error-summary');
    expect(await violations(res.text)).toEqual([]);
  });
});
