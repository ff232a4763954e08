/**
 * Every PDF the demo writes, checked as PDF/UA-1 by scripts/pdf-ua-check.py: each sample
 * year's country reports and consolidated report, and the drafts the demo renders into the
 * portal's store. The demo runs in a child process into a temp folder, as a newcomer runs it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { checkPdfUa } from '../helpers/pdf-ua.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let out: string | undefined;

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

it('every PDF the demo writes (reports, consolidated, drafts) passes the PDF/UA checker', async () => {
  out = await mkdtemp(join(tmpdir(), 'demo-ua-'));
  const dir = out;
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/demo.ts', '--out', dir],
      { cwd: repo, timeout: 1_000_000, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) =>
        error ? reject(new Error(`demo failed: ${stderr}`, { cause: error })) : resolve(),
    );
  });
  const report = await checkPdfUa([dir]);
  const files = Object.keys(report).map((path) => relative(dir, path));
  for (const year of ['2013', '2014', '2015']) {
    expect(files).toContain(`${year}/consolidated.pdf`);
    expect(files).toContain(`${year}/FR.pdf`);
  }
  expect(files.some((f) => f.startsWith('portal-store/'))).toBe(true);
  expect(files.length).toBeGreaterThan(3 * 50);
  const failing = Object.entries(report)
    .filter(([, problems]) => Object.keys(problems).length > 0)
    .map(([path, problems]) => ({ file: relative(dir, path), problems }));
  expect(failing).toEqual([]);
}, 1_200_000);
