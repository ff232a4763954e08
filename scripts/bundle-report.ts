/**
 * `node --import tsx scripts/bundle-report.ts [--runs N]`: bundles every Lambda handler with
 * esbuild exactly as the stack does (infra/bundling.ts: minified CommonJS for Node 24, AWS SDK
 * included), then prints each bundle's size (JavaScript only; the fonts the renderers carry
 * beside it are listed apart) and the time a fresh `node` process takes to load it (median).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import {
  esbuildSettings,
  fontSourceDir,
  handlerEntry,
  handlerNames,
  renderingHandlers,
} from '../infra/bundling.js';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

const out = mkdtempSync(join(tmpdir(), 'bundle-report-'));
const fontBytes = readdirSync(fontSourceDir)
  .filter((f) => f.endsWith('.ttf'))
  .reduce((sum, f) => sum + statSync(join(fontSourceDir, f)).size, 0);

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

// Load = require the bundle in a fresh process with the env a handler expects; the timer
// runs inside the child so that node's own start-up is not counted.
const loader = `
const t = process.hrtime.bigint();
const m = require(process.argv[1]);
const ms = Number(process.hrtime.bigint() - t) / 1e6;
if (typeof m.handler !== 'function') { console.error('no handler export'); process.exit(1); }
process.stdout.write(String(ms));
`;

console.log(`handler               bundle JS   fonts beside   load (median of ${runs}, fresh node)`);
try {
  for (const name of handlerNames) {
    const file = join(out, `${name}.cjs`);
    await build({
      entryPoints: [handlerEntry(name)],
      outfile: file,
      bundle: true,
      minify: esbuildSettings.minify,
      sourcemap: esbuildSettings.sourceMap,
      format: esbuildSettings.format,
      platform: esbuildSettings.platform,
      target: esbuildSettings.target,
      define: esbuildSettings.define,
      banner: { js: esbuildSettings.banner },
      logLevel: 'error',
    });
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
    console.log(
      `${name.padEnd(22)}${kb(size).padStart(9)}   ${fonts.padStart(12)}   ${median(times).toFixed(0).padStart(6)} ms`,
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
