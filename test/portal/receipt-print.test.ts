/**
 * The printable receipt in a real browser (Chromium): accessible (axe-core, WCAG 2.1 AA), and
 * printed it shows the receipt on one page without the site's navigation or links.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readerOverStore, storeUpload } from '../../functions/app/store-upload.js';
import { readPdf } from '../helpers/pdf-text.js';
import { Client, makePortal } from './helpers.js';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

describe('the printable receipt in a browser', () => {
  let browser: Browser;
  let page: Page;
  let resultPage: Page;

  beforeAll(async () => {
    const { deps } = await makePortal();
    const key = '2014/FR/20150301T100000Z-a1b2c3-figures.csv';
    await deps.uploads.put(
      key,
      await readFile(join(import.meta.dirname, '../fixtures/ingest/csv-utf8-comma-lf.csv')),
    );
    const stored = await storeUpload({ key }, { uploads: readerOverStore(deps.uploads), data: deps.data });
    if (stored.outcome === 'ignored') throw new Error('not processed');
    const fr = new Client(deps);
    await fr.signIn('fr@example.org');
    const html = (await fr.get(`/country/FR/uploads/${stored.uploadId}/receipt?year=2014&lang=es`)).text;
    const result = (await fr.get(`/country/FR/uploads/${stored.uploadId}?year=2014&lang=es`)).text;
    const css = (await fr.get('/static/portal.css')).text;
    const inline = (doc: string) =>
      doc.replace('<link rel="stylesheet" href="/static/portal.css">', `<style>${css}</style>`);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    page = await browser.newPage();
    // The page as served, its stylesheet inlined (setContent has no server to fetch it from).
    await page.setContent(inline(html));
    resultPage = await browser.newPage();
    await resultPage.setContent(inline(result));
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function axeViolations(on: Page): Promise<string[]> {
    await on.evaluate(axeSource);
    return on.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
      const axe = (window as any).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return result.violations.map(
        (v: { id: string; nodes: { target: string[] }[] }) => `${v.id} ${v.nodes[0]?.target}`,
      );
    });
  }

  it('has no accessibility violations, on its page and in the result page’s section', async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(await resultPage.locator('#receipt-heading').textContent()).toBe('Acuse de recibo');
    expect(await axeViolations(resultPage)).toEqual([]);
  });

  it('prints the receipt alone, on one page', async () => {
    expect(await page.locator('.site-header nav').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header nav').first().isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.no-print').first().isVisible()).toBe(false);
    expect(await page.locator('h1').textContent()).toBe(
      'Acuse de recibo de una carga para los informes de la Alianza',
    );
    const pdf = await readPdf(await page.pdf({ format: 'A4', printBackground: false }));
    expect(pdf.numPages).toBe(1);
    expect(pdf.pages[0]).toContain('SHA-256');
    expect(pdf.pages[0]).toContain('figures.csv');
    expect(pdf.pages[0]).not.toContain('Volver al informe de validación');
    expect(pdf.pages[0]).not.toContain('Cerrar sesión');
  });
});
