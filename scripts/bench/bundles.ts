/**
 * Lambda bundle sizes and cold-load times, from the AWS engineer's scripts/bundle-report.ts
 * (which bundles every handler exactly as the stack does and loads each in fresh `node`
 * processes), run as a child process and its table read back, so there is one bundler
 * configuration and one way of measuring, not two.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { load1 } from './measure.js';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../bundle-report.ts', import.meta.url));

export interface BundleResult {
  handler: string;
  /** Bundled JavaScript, without the source map and the fonts copied beside it. */
  jsKB: number;
  /** Median time to `require` the bundle in a fresh node process (node's start-up excluded). */
  coldLoadMs: number;
}

export interface BundleResults {
  handlers: BundleResult[];
  load1: number;
}

/** One row of bundle-report's table: `name   1234 KB   1368 KB   245 ms` (fonts may be `-`). */
const row = /^(\S+)\s+(\d+) KB\s+(?:\d+ KB|-)\s+(\d+) ms\s*$/;

export function parseBundleReport(stdout: string): BundleResult[] {
  return stdout
    .split('\n')
    .map((line) => row.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ handler: m[1]!, jsKB: Number(m[2]), coldLoadMs: Number(m[3]) }));
}

export async function benchBundles(runs: number): Promise<BundleResults> {
  if (!existsSync(script)) throw new Error(`${script} is missing: the bundle sizes come from it`);
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script, '--runs', String(runs)], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    maxBuffer: 4 * 2 ** 20,
    timeout: 600_000,
  });
  const handlers = parseBundleReport(stdout);
  if (handlers.length === 0)
    throw new Error(`scripts/bundle-report.ts printed no bundle rows; it printed:\n${stdout.slice(0, 1000)}`);
  return { handlers, load1: load1() };
}
