/**
 * The child side of corpus.test.ts: `node --max-old-space-size=512 --import tsx
 * corpus-runner.ts DIR FILE...` runs each file through the real ingest and prints one JSON
 * line per file (its outcome, codes, kept texts, time and the process's peak RSS so far).
 * It prints `start` before each file, so the parent knows which file hung or crashed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ingestUpload } from '../../functions/core/ingest/index.js';
import type { HostileCase } from '../../scripts/fixtures/hostile.js';

export interface RunnerLine {
  type: 'start' | 'done';
  file: string;
  accepted?: boolean;
  codes?: string[];
  notes?: Record<string, string | null>;
  titles?: Record<string, string>;
  values?: Record<string, number | boolean | null>;
  ms?: number;
  peakRssMb?: number;
  /** Something in the process changed Object.prototype. */
  polluted?: boolean;
}

const [dir, ...files] = process.argv.slice(2);
if (!dir) throw new Error('usage: corpus-runner.ts DIR FILE...');
const cases = JSON.parse(await readFile(join(dir, 'cases.json'), 'utf8')) as HostileCase[];
const write = (line: RunnerLine) => process.stdout.write(`${JSON.stringify(line)}\n`);

for (const file of files) {
  const c = cases.find((x) => x.file === file);
  if (!c) throw new Error(`${file} is not in cases.json`);
  write({ type: 'start', file });
  const bytes = new Uint8Array(await readFile(join(dir, file)));
  const started = performance.now();
  const result = await ingestUpload({
    bytes,
    fileName: c.uploadName ?? c.file,
    country: c.country,
    year: c.year,
    elapsed: () => performance.now(),
  });
  const ms = Math.round(performance.now() - started);
  const submission = result.submission;
  write({
    type: 'done',
    file,
    accepted: result.accepted,
    codes: [...new Set(result.issues.map((i) => i.code))],
    notes: Object.fromEntries(
      (submission?.indicators ?? []).filter((i) => i.value !== null).map((i) => [i.id, i.notes]),
    ),
    titles: Object.fromEntries((submission?.actions ?? []).map((a) => [a.ref, a.title])),
    values: Object.fromEntries((submission?.indicators ?? []).map((i) => [i.id, i.value])),
    ms,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    polluted: Object.keys(Object.prototype).length > 0 || 'polluted' in {},
  });
}
