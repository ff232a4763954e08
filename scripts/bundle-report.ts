/**
 * `node --import tsx scripts/bundle-report.ts [--runs N] [--top N]`: bundles every Lambda
 * handler with esbuild exactly as the stack does (infra/bundling.ts: minified CommonJS for
 * Node 24, AWS SDK included, left-out packages replaced), then prints each bundle's size
 * (JavaScript only; the fonts the renderers carry beside it are listed apart) and the time a
 * fresh `node` process takes to load it (median), then what is in each bundle: the largest
 * inputs by bytes in the output (esbuild metafile), by package, and whether each bundle meets
 * the targets (at most 1.5 MB of JavaScript, a cold load of at most 250 ms).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { esbuildOptions, fontSourceDir, handlerNames, renderingHandlers } from '../infra/bundling.js';
import { ensureTemplatesModule } from './lib/templates-module.js';

ensureTemplatesModule();

const option = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = option('--runs', 5);
const top = option('--top', 8);
const targetBytes = 1.5 * 1024 * 1024;
const targetMs = 250;

const out = mkdtempSync(join(tmpdir(), 'bundle-report-'));
const fontBytes = readdirSync(fontSourceDir)
  .filter((f) => f.endsWith('.ttf'))
  .reduce((sum, f) => sum + statSync(join(fontSourceDir, f)).size, 0);

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/** Bytes in the output by package (`exceljs`, `@smithy/core`) or by our folder (`functions/core`). */
export function inputsByPackage(metafile: Metafile): Array<[string, number]> {
  const sums = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const pkg = path.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
      const name = pkg ?? path.split('/').slice(0, 2).join('/');
      sums.set(name, (sums.get(name) ?? 0) + input.bytesInOutput);
    }
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}

// Load = require the bundle in a fresh process with the env a handler expects; the timer
// runs inside the child so that node's own start-up is not counted.
const loader = `
const t = process.hrtime.bigint();
const m = require(process.argv[1]);
const ms = Number(process.hrtime.bigint() - t) / 1e6;
if (typeof m.handler !== 'function') { console.error('no handler export'); process.exit(1); }
process.stdout.write(String(ms));
`;

const results: Array<{ name: string; size: number; ms: number; inputs: Array<[string, number]> }> = [];
console.log(`handler               bundle JS   fonts beside   load (median of ${runs}, fresh node)`);
try {
  for (const name of handlerNames) {
    const file = join(out, `${name}.cjs`);
    const { metafile } = await build(esbuildOptions(name, file));
    const size = statSync(file).size;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const ms = execFileSync(process.execPath, ['-e', loader, file], {
        env: { PATH: process.env.PATH, UPLOADS_BUCKET: 'u', DATA_BUCKET: 'd', AWS_REGION: 'eu-west-1' },
        encoding: 'utf8',
      });
      times.push(Number(ms));
    }
    const fonts = renderingHandlers.includes(name) ? kb(fontBytes) : '-';
    const ms = median(times);
    results.push({ name, size, ms, inputs: inputsByPackage(metafile!) });
    console.log(
      `${name.padEnd(22)}${kb(size).padStart(9)}   ${fonts.padStart(12)}   ${ms.toFixed(0).padStart(6)} ms`,
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

console.log(`\nLargest inputs of each bundle (bytes in the output, by package; top ${top})`);
for (const { name, inputs } of results) {
  console.log(
    `  ${name}: ${inputs
      .slice(0, top)
      .map(([pkg, bytes]) => `${pkg} ${kb(bytes)}`)
      .join(', ')}`,
  );
}

const over = results.filter((r) => r.size > targetBytes || r.ms > targetMs);
console.log(
  over.length === 0
    ? `\nEvery bundle is within the targets (at most ${kb(targetBytes)} of JavaScript, load at most ${targetMs} ms).`
    : `\nOver the targets (${kb(targetBytes)}, ${targetMs} ms): ${over.map((r) => `${r.name} (${kb(r.size)}, ${r.ms.toFixed(0)} ms)`).join('; ')}`,
);
