/**
 * What the browser tests share: Chromium (Debian's, through playwright-core), axe-core with the
 * WCAG 2.1 A and AA rules, and `alliance-reports serve` on a free loopback port over a store.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(repoRoot, 'bin/alliance-reports.js');
export const chromiumPath = '/usr/bin/chromium';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium, headless; a missing browser is an error (scripts/ensure-system-deps.sh installs it). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(`Chromium is required for the browser tests: ${chromiumPath} is missing`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** axe-core with the WCAG 2.1 A and AA rules; the violations as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: the page's CSP (no inline script) stays as it is.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
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
}

/** The page sends no script (every task works without JavaScript) and axe finds no violation. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await page.locator('script').count()).toBe(0);
  expect(await axeViolations(page), `axe on ${page.url()}`).toEqual([]);
}

/** `alliance-reports users add ARGS --store STORE`, the password from ALLIANCE_PASSWORD. */
export async function addPortalUser(store: string, args: string[], password: string): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', cli, 'users', 'add', ...args, '--store', store],
    { cwd: repoRoot, env: { ...process.env, ALLIANCE_PASSWORD: password } },
  );
}

export interface ServedPortal {
  server: ChildProcess;
  /** `http://127.0.0.1:<port>` */
  base: string;
  stop(): Promise<void>;
}

/** `alliance-reports serve --port 0 --store STORE [args]`: resolves once it says where it listens. */
export async function startServe(store: string, args: string[] = []): Promise<ServedPortal> {
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', cli, 'serve', '--port', '0', '--store', store, ...args],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  server.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout?.on('data', (d) => {
      out += String(d);
      const url = out.match(/Portal running at (http:\/\/127\.0\.0\.1:\d+)\//)?.[1];
      if (url) resolve(url);
    });
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return {
    server,
    base,
    async stop() {
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    },
  };
}
