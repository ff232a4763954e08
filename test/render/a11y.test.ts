import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConsolidatedReport, buildCountryReport } from '../../functions/core/report/index.js';
import { renderConsolidatedHtml, renderCountryHtml } from '../../functions/render/html.js';
import { consolidatedInput, countryInput, de2014, es2014 } from '../helpers/report-fixtures.js';

const require = createRequire(import.meta.url);
const chromiumPath = '/usr/bin/chromium';
let browser: Browser;
let page: Page;

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

beforeAll(async () => {
  if (!existsSync(chromiumPath))
    throw new Error(`Chromium is required for the accessibility tests: ${chromiumPath} is missing`);
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
});

afterAll(async () => {
  await browser?.close();
});

/** Runs axe-core with the WCAG 2.1 A and AA rules; returns the violations, readable. */
async function violations(html: string): Promise<string[]> {
  await page.setContent(html);
  await page.addScriptTag({ path: require.resolve('axe-core') });
  const found = (await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  })) as AxeViolation[];
  return found.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes
        .slice(0, 2)
        .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`)
        .join(' | ')}`,
  );
}

describe('accessibility (axe-core, WCAG 2.1 AA, in Chromium)', () => {
  it('catches violations when there are some (the check itself works)', async () => {
    const found = await violations(
      '<!DOCTYPE html><html><head><title>x</title></head><body><p style="color:#bbb">pale</p></body></html>',
    );
    expect(found.map((v) => v.split(':')[0])).toEqual(
      expect.arrayContaining(['color-contrast', 'html-has-lang']),
    );
  });

  it('finds no violation in a country report with history, sample mark and charts', async () => {
    const html = renderCountryHtml(buildCountryReport(countryInput({ sample: true })));
    expect(await violations(html)).toEqual([]);
  });

  it('finds no violation in a first-year country report with hostile text', async () => {
    expect(
      await violations(
        renderCountryHtml(buildCountryReport(countryInput({ submission: es2014, history: [] }))),
      ),
    ).toEqual([]);
    expect(
      await violations(
        renderCountryHtml(buildCountryReport(countryInput({ submission: de2014, history: [] }))),
      ),
    ).toEqual([]);
  });

  it('finds no violation in the consolidated report', async () => {
    const html = renderConsolidatedHtml(buildConsolidatedReport(consolidatedInput({ sample: true })));
    expect(await violations(html)).toEqual([]);
  });
});
