/**
 * The same country reports printed from their HTML by Debian's Chromium (playwright-core):
 * `page.setContent(html)` then `page.pdf({ format: 'A4' })` in a warm browser, so pdfmake's
 * numbers have a yardstick.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { summarise, type Timings, timed } from './measure.js';

export const chromiumPath = '/usr/bin/chromium';

export interface ChromiumResults extends Timings {
  version: string;
  launchMs: number;
}

export async function benchChromium(htmls: readonly string[]): Promise<ChromiumResults> {
  if (!existsSync(chromiumPath))
    throw new Error(
      `Chromium is needed for the comparison: ${chromiumPath} is missing (apt-get install chromium)`,
    );
  const launch = await timed(() =>
    chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    }),
  );
  const browser = launch.value;
  try {
    const page = await browser.newPage();
    // The reports are self-contained: nothing may be fetched (and nothing waits on the network).
    await page.route('**/*', (route) => route.abort());
    const print = async (html: string) => {
      await page.setContent(html);
      return page.pdf({ format: 'A4' });
    };
    if (htmls[0] !== undefined) await print(htmls[0]);
    const times: number[] = [];
    for (const html of htmls) times.push((await timed(() => print(html))).ms);
    return { ...summarise(times), version: browser.version(), launchMs: Math.round(launch.ms) };
  } finally {
    await browser.close();
  }
}
