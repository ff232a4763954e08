/**
 * The yearly run on one machine: ingest every upload of an input folder (years in ascending
 * order, since a year's change warnings need last year's accepted submission), then run the
 * publish steps of each year into an output folder. The same steps the AWS publish run
 * uses; only the source (in memory) and the renderer (worker threads) differ.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FolderStore } from '../../adapters/folder-store.js';
import { renderTopLevelOpenData } from '../../app/publish/open-data-files.js';
import type { PublishTarget, ReportRenderer } from '../../app/publish/ports.js';
import { runPublishSequence } from '../../app/publish/sequence.js';
import { planYear, type YearPlan } from '../../app/publish/steps.js';
import { AllianceError } from '../../core/errors.js';
import { ingestUpload } from '../../core/ingest/index.js';
import { outputNames, runOutputPrefix } from '../../core/keys.js';
import { membersInYear } from '../../core/members.js';
import { MemorySubmissionSource } from './memory-source.js';
import { type InputProblem, type ScannedInput, scanInput } from './scan-input.js';

export interface YearlyRunOptions {
  input: string;
  out: string;
  /** Only this year (earlier years are still read, for the change warnings and history). */
  year?: number;
  edition: number;
  renderer: ReportRenderer;
  /** Called as work is done; `total` may grow while the run learns how much there is. */
  onProgress?: (progress: { done: number; total: number; step: string }) => void;
}

export interface RejectedUpload {
  country: string;
  file: string;
  /** The codes of the errors that rejected it, e.g. VALUE_OUT_OF_RANGE. */
  codes: string[];
}

export interface YearSummary {
  year: number;
  /** Members in the Alliance that year. */
  members: number;
  reporting: string[];
  notReporting: string[];
  uploads: number;
  acceptedUploads: number;
  rejected: RejectedUpload[];
  /** The folder holding the year's reports. */
  outDir: string;
  /**
   * Files in the year's folder that this run did not write (left by an earlier run, e.g. a
   * country that no longer reports): not in the manifest, and never deleted by the run.
   */
  stale: string[];
}

export interface YearlyRunResult {
  sample: boolean;
  years: YearSummary[];
  problems: InputProblem[];
  /** Rejected uploads of the years written. */
  rejectedCount: number;
}

/** There is nothing to run on (no year folder, or not the one asked for): bad usage. */
export class NothingToRunError extends AllianceError<'NOTHING_TO_RUN'> {
  constructor(message: string) {
    super('NothingToRunError', 'NOTHING_TO_RUN', message);
  }
}

export async function runYearlyRun(options: YearlyRunOptions): Promise<YearlyRunResult> {
  const scanned = await scanInput(options.input);
  const outputYears = chooseYears(scanned, options);
  const lastYear = outputYears.at(-1)!;
  const ingestYears = scanned.years.filter((y) => y <= lastYear);
  const toIngest = scanned.files.filter((f) => f.year <= lastYear);

  let done = 0;
  let total = toIngest.length;
  const tick = (step: string) => {
    done += 1;
    options.onProgress?.({ done, total, step });
  };
  options.onProgress?.({ done, total, step: 'reading uploads' });

  const source = new MemorySubmissionSource();
  const store = new FolderStore(options.out);
  const publishing: Array<Promise<YearSummary>> = [];
  let lastPlan: YearPlan | undefined;

  for (const year of ingestYears) {
    for (const file of toIngest.filter((f) => f.year === year)) {
      const bytes = await readFile(file.path);
      const previous = source.merged(year - 1, file.country) ?? null;
      const result = await ingestUpload({
        bytes,
        fileName: file.name,
        country: file.country,
        year,
        previous,
        elapsed: () => performance.now(),
      });
      source.add(
        year,
        file.country,
        {
          file: file.name,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          accepted: result.accepted,
          issues: result.issues,
        },
        result.accepted ? result.submission : null,
      );
      tick(`${year} ${file.country} ${file.name}`);
    }
    if (!outputYears.includes(year)) continue;
    // Render this year on the worker threads while the main thread reads the next year.
    const plan = await planYear(source, { year, edition: options.edition, sample: scanned.sample });
    lastPlan = plan;
    total += plan.reporting.length + 1;
    const target: PublishTarget = { store, prefix: runOutputPrefix(year), immutable: false };
    const published = runPublishSequence(plan, { source, renderer: options.renderer, target }, (done) => {
      if (done.step === 'consolidated') tick(`${year} consolidated report`);
      else if (done.step === 'country' && plan.reporting.includes(done.country))
        tick(`${year} ${done.country} report`);
    }).then(async () => ({
      ...(await summarise(plan, source, join(options.out, String(year)))),
      stale: await staleFiles(store, year),
    }));
    // Awaited below with the others; until then a failure must not count as unhandled.
    published.catch(() => {});
    publishing.push(published);
  }

  const years = await Promise.all(publishing);
  // The all-years table and its package at the top of --out (open-data-files.ts).
  if (lastPlan)
    for (const file of await renderTopLevelOpenData(lastPlan, source))
      await store.put(file.name, file.bytes, { contentType: file.contentType });
  return {
    sample: scanned.sample,
    years,
    problems: scanned.problems,
    rejectedCount: years.reduce((n, y) => n + y.rejected.length, 0),
  };
}

function chooseYears(scanned: ScannedInput, options: YearlyRunOptions): number[] {
  if (options.year !== undefined) {
    if (!scanned.years.includes(options.year))
      throw new NothingToRunError(`There is no folder ${join(options.input, String(options.year))}.`);
    return [options.year];
  }
  if (scanned.years.length === 0)
    throw new NothingToRunError(
      `${options.input} has no year folders: uploads go in <input>/<year>/<CC>/, e.g. 2014/FR/report.xlsx.`,
    );
  return scanned.years;
}

/** What the year's folder holds beyond the files its manifest lists. */
async function staleFiles(store: FolderStore, year: number): Promise<string[]> {
  const prefix = runOutputPrefix(year);
  const manifest = await store.get(`${prefix}${outputNames.manifest}`);
  if (!manifest) return [];
  const listed = new Set(
    (JSON.parse(new TextDecoder().decode(manifest)) as { files: Array<{ name: string }> }).files.map(
      (f) => f.name,
    ),
  );
  listed.add(outputNames.manifest);
  return (await store.list(prefix))
    .map((o) => o.key.slice(prefix.length))
    .filter((name) => !listed.has(name));
}

async function summarise(
  plan: YearPlan,
  source: MemorySubmissionSource,
  outDir: string,
): Promise<Omit<YearSummary, 'stale'>> {
  let uploads = 0;
  let acceptedUploads = 0;
  const rejected: RejectedUpload[] = [];
  for (const country of plan.uploaded) {
    for (const record of await source.validations(plan.year, country)) {
      uploads += 1;
      if (record.accepted) acceptedUploads += 1;
      else {
        const codes = [...new Set(record.issues.filter((i) => i.severity === 'error').map((i) => i.code))];
        rejected.push({ country, file: record.file, codes });
      }
    }
  }
  return {
    year: plan.year,
    members: membersInYear(plan.year).length,
    reporting: plan.reporting,
    notReporting: plan.notReporting,
    uploads,
    acceptedUploads,
    rejected,
    outDir,
  };
}
