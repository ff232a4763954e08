import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConsolidatedReport, buildCountryReport } from '../../functions/core/report/index.js';
import { renderConsolidatedHtml, renderCountryHtml } from '../../functions/render/html.js';
import {
  consolidatedInput,
  countryInput,
  es2014,
  hostileTitle,
  personalData,
} from '../helpers/report-fixtures.js';

const chromiumPath = '/usr/bin/chromium';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(chromiumPath))
    throw new Error(`Chromium is required for the HTML tests: ${chromiumPath} is missing`);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  page = await browser.newPage();
  // Self-contained: the report must not fetch anything.
  await page.route('**/*', (route) => route.abort());
});

afterAll(async () => {
  await browser?.close();
});

const countryHtml = renderCountryHtml(buildCountryReport(countryInput()));
const spainHtml = renderCountryHtml(buildCountryReport(countryInput({ submission: es2014, history: [] })));
const consolidatedHtml = renderConsolidatedHtml(buildConsolidatedReport(consolidatedInput()));

describe('country report HTML', () => {
  it('is one English document with headings in order and a table of contents that resolves', async () => {
    await page.setContent(countryHtml);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('France: progress report 2014');
    const headings = await page.$$eval('h1, h2', (hs) =>
      hs.map((h) => `${h.tagName} ${h.textContent?.trim()}`),
    );
    expect(headings).toEqual([
      'H1 France Progress report 2014',
      'H2 Publication details',
      'H2 Contents',
      'H2 Summary',
      'H2 Policy target 1: Victims',
      'H2 Policy target 2: Investigations',
      'H2 Policy target 3: Awareness',
      'H2 Policy target 4: Availability',
      'H2 Data quality annex',
    ]);
    const levels = await page.$$eval('h1, h2, h3, h4', (hs) => hs.map((h) => Number(h.tagName[1])));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    const broken = await page.$$eval('nav a', (as) =>
      as.map((a) => a.getAttribute('href')!).filter((h) => !document.getElementById(h.slice(1))),
    );
    expect(broken).toEqual([]);
  });

  it('has captions and scoped headers on every table', async () => {
    await page.setContent(countryHtml);
    const tables = await page.$$eval('table', (ts) =>
      ts.map((t) => ({
        caption: t.querySelector('caption')?.textContent ?? '',
        unscoped: t.querySelectorAll('th:not([scope])').length,
      })),
    );
    expect(tables.length).toBeGreaterThanOrEqual(7);
    for (const t of tables) {
      expect(t.caption).not.toBe('');
      expect(t.unscoped).toBe(0);
    }
    const header = await page.$$eval('#target-1 table.indicators thead th', (ths) =>
      ths.map((th) => th.textContent),
    );
    expect(header).toEqual([
      'Indicator',
      'Value',
      'Earlier value (year)',
      'Change a year',
      'Rule or benchmark',
      'Status, and how it follows',
    ]);
  });

  it('shows each status as a symbol and a word, and charts as inline SVG with a title', async () => {
    await page.setContent(countryHtml);
    const row = await page.$$eval('table.indicators tbody tr', (trs) =>
      trs.map((tr) => tr.textContent?.replace(/\s+/g, ' ').trim() ?? '').find((t) => t.startsWith('T1.4')),
    );
    expect(row).toContain('12.5%');
    expect(row).toContain('\u25CF achieved');
    const svgTitles = await page.$$eval('svg[role="img"] > title', (ts) => ts.map((t) => t.textContent));
    expect(svgTitles).toContain('T1.2 Victims identified during the year, 2012–2014');
    expect(await page.$$eval('script, link, img, iframe', (els) => els.length)).toBe(0);
  });

  it('shows text from uploads as text: a <script> in an action title stays visible text', async () => {
    expect(spainHtml).not.toContain('<script>');
    expect(spainHtml).not.toContain('<img src=x');
    expect(spainHtml).not.toContain('<b>');
    await page.setContent(spainHtml);
    expect(await page.$$eval('script, img, b', (els) => els.length)).toBe(0);
    const titles = await page.$$eval('.action-title', (els) => els.map((e) => e.textContent));
    expect(titles).toContain(hostileTitle);
    expect(await page.textContent('body')).toContain('Ministerio del Interior <b>& Guardia Civil</b>');
  });

  it('never shows the contact name or e-mail', () => {
    for (const html of [countryHtml, spainHtml, consolidatedHtml]) {
      for (const p of personalData) expect(html).not.toContain(p);
    }
  });

  it('marks fictitious sample data on the page and in the running header printed on every page', async () => {
    expect(countryHtml).not.toContain('Fictitious sample data');
    const sample = renderCountryHtml(buildCountryReport(countryInput({ sample: true })));
    await page.setContent(sample);
    expect(await page.title()).toBe('Fictitious sample data: France: progress report 2014');
    expect(await page.textContent('header.running .sample-mark')).toBe('Fictitious sample data');
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval('header.running', (h) => getComputedStyle(h).position)).toBe('fixed');
    await page.emulateMedia({ media: 'screen' });
  });

  it('calls a draft a draft on the cover and in the running header, never "Edition 0"', async () => {
    await page.setContent(renderCountryHtml(buildCountryReport(countryInput({ edition: 0 }))));
    expect(await page.textContent('header.running .running-header')).toBe(
      'France · 2014 · Draft - not for publication',
    );
    const facts = await page.$$eval('.cover dt', (dts) =>
      dts.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(facts).toContainEqual(['Edition', 'Draft - not for publication']);
    expect(await page.textContent('body')).not.toContain('Edition 0');
  });

  it('gives the same bytes for the same model', () => {
    expect(renderCountryHtml(buildCountryReport(countryInput()))).toBe(countryHtml);
  });
});

describe('consolidated report HTML', () => {
  it('has the executive summary, a section per target, the matrix, methodology and country links', async () => {
    await page.setContent(consolidatedHtml);
    const h2 = await page.$$eval('h2', (hs) => hs.map((h) => h.textContent?.trim()));
    expect(h2).toEqual([
      'Publication details',
      'Contents',
      'Executive summary',
      'Changes since 2013',
      'Policy target 1: Victims',
      'Policy target 2: Investigations',
      'Policy target 3: Awareness',
      'Policy target 4: Availability',
      'Status matrix',
      'Methodology annex',
      'Country reports',
    ]);
    const matrix = await page.$$eval('table.matrix tbody tr', (trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent)),
    );
    // Every member has a row; one that did not report says so across it.
    expect(matrix[0]).toEqual(['Albania', 'not reported in 2014 (no earlier report)']);
    const model = buildConsolidatedReport(consolidatedInput());
    const fr = model.matrix.rows.find((r) => r.country.code === 'FR')!;
    expect(matrix.find((r) => r[0] === 'France')).toEqual(['France', ...fr.cells.map((c) => c.text)]);
    expect(fr.cells[0]?.text).toMatch(/^\d achieved, \d improving of \d judged \(\d+%\)$/);
    const body = (await page.textContent('body')) ?? '';
    expect(body).toContain('Kosovo*');
    expect(body).toContain('*This designation is without prejudice to positions on status');
    expect(body).toContain('CC BY 4.0');
    const links = await page.$$eval('ul.countries a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['FR.html', 'FR.pdf', 'DE.html', 'DE.pdf', 'ES.html', 'ES.pdf']);
    expect(await page.textContent('body')).toContain('A rise in reports can mean better detection');
  });
});
