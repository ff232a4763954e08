/**
 * The bench cannot rot: `npm run bench -- --quick` (3 countries, real LibreOffice, real
 * Chromium, the real command line, the real bundles) runs to the end and writes a results
 * file with every field. No timing is asserted: numbers depend on the machine.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../..', import.meta.url));

const timing = ['n', 'p50Ms', 'p95Ms', 'maxMs', 'load1'];
const expectedNumbers = [
  'durationS',
  'machine.cores',
  'machine.totalMemoryMB',
  'machine.loadAverageAtEnd',
  'data.year',
  'data.countries',
  'data.actionsPerCountry',
  'data.uploads.xlsx',
  'data.uploads.ods',
  'data.uploads.csv',
  'data.generateMs',
  ...['xlsx', 'ods', 'csv', 'template', 'templateBuild'].flatMap((f) =>
    timing.map((t) => `ingest.${f}.${t}`),
  ),
  'ingest.rejected',
  'countryReport.reports',
  ...timing.map((t) => `countryReport.model.${t}`),
  ...[...timing, 'firstMs', 'p50Bytes'].map((t) => `countryReport.pdf.${t}`),
  ...[...timing, 'firstMs', 'p50Bytes'].map((t) => `countryReport.html.${t}`),
  'consolidatedReport.countries',
  'consolidatedReport.modelMs',
  ...[...timing, 'bytes'].map((t) => `consolidatedReport.pdf.${t}`),
  ...[...timing, 'bytes'].map((t) => `consolidatedReport.html.${t}`),
  'yearlyRun.wallMs',
  'yearlyRun.peakRssMB',
  'yearlyRun.exitCode',
  'yearlyRun.files',
  'yearlyRun.load1',
  'bundles.load1',
  ...[...timing, 'launchMs', 'pdfmakeP50Ms', 'ratio'].map((t) => `chromium.${t}`),
];

function at(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

let dir: string;
let results: Record<string, unknown>;
let stdout: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bench-smoke-'));
  const file = join(dir, 'results.json');
  const out = await run(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench.ts', '--quick', '--results', file],
    { cwd: repo, timeout: 300_000, maxBuffer: 8 * 2 ** 20 },
  ).catch((error: { stderr?: string; message: string }) => {
    throw new Error(`npm run bench -- --quick failed: ${error.stderr || error.message}`);
  });
  stdout = out.stdout;
  results = JSON.parse(await readFile(file, 'utf8'));
}, 300_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npm run bench -- --quick', () => {
  it('writes every field of results.json as a number', () => {
    const missing = expectedNumbers.filter((p) => !Number.isFinite(at(results, p)));
    expect(missing).toEqual([]);
    expect(results.schemaVersion).toBe(1);
    expect(results.mode).toBe('quick');
    expect(at(results, 'machine.node')).toBe(process.version);
    expect(at(results, 'machine.loadAverageAtStart')).toHaveLength(3);
    expect(typeof at(results, 'chromium.version')).toBe('string');
  });

  it('measures 3 countries, all accepted, and a yearly run that wrote their reports', () => {
    expect(at(results, 'data.countries')).toBe(3);
    expect(at(results, 'ingest.rejected')).toBe(0);
    expect(at(results, 'countryReport.reports')).toBe(3);
    expect(at(results, 'data.uploads.ods')).toBeGreaterThan(0);
    expect(at(results, 'yearlyRun.exitCode')).toBe(0);
    // 3 PDFs, 3 HTMLs, 3 validations, consolidated PDF and HTML, data CSV and JSON, manifest.
    expect(at(results, 'yearlyRun.files')).toBeGreaterThanOrEqual(14);
    expect(at(results, 'yearlyRun.peakRssMB')).toBeGreaterThan(0);
  });

  it('reports every Lambda bundle with its size and cold load', () => {
    const handlers = at(results, 'bundles.handlers') as Array<Record<string, unknown>>;
    expect(handlers.map((h) => h.handler)).toContain('ingest');
    expect(handlers.map((h) => h.handler)).toContain('publish-country');
    for (const h of handlers) {
      expect(h.jsKB).toBeGreaterThan(0);
      expect(h.coldLoadMs).toBeGreaterThan(0);
    }
  });

  it('checks every target and prints the table with them', () => {
    const targets = results.targets as Array<{ name: string; met: unknown }>;
    const names = targets.map((t) => t.name);
    for (const wanted of ['yearly run peak memory', 'country report PDF p50', 'pdfmake vs Chromium'])
      expect(names.some((n) => n.startsWith(wanted))).toBe(true);
    for (const t of targets) expect(typeof t.met).toBe('boolean');
    expect(stdout).toContain('country report PDF (warm)');
    expect(stdout).toContain('load average at start');
  });
});
