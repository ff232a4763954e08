/**
 * Ingest timings: every generated upload through the real `ingestUpload`, years in order
 * (last year's submission as `previous`, as the run does), after one untimed upload of each
 * format; then the year's template, built by `buildTemplate`, filled in and ingested.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { MemorySubmissionSource } from '../../functions/cli/run/memory-source.js';
import { ingestUpload } from '../../functions/core/ingest/index.js';
import { getMember } from '../../functions/core/members.js';
import { buildTemplate } from '../../functions/core/template.js';
import { fillTemplate, type GeneratedYear, type UploadFormat } from './generate.js';
import { summarise, type Timings, timed } from './measure.js';

export interface IngestResults {
  /** Per upload file (a CSV pair is two uploads). */
  xlsx: Timings;
  ods: Timings;
  csv: Timings;
  /** The year's template, prefilled with last year's actions, filled in (xlsx). */
  template: Timings;
  /** `buildTemplate` itself, prefilled with last year's actions. */
  templateBuild: Timings;
  /** Uploads that were not accepted (0 expected: the generated year is clean). */
  rejected: number;
}

export async function benchIngest(
  generated: GeneratedYear,
): Promise<{ results: IngestResults; source: MemorySubmissionSource }> {
  const files = generated.uploads.flatMap((u) =>
    u.paths.map((path) => ({ year: u.year, country: u.country, format: u.format, path })),
  );
  const contents = new Map<string, Uint8Array>();
  for (const f of files) contents.set(f.path, await readFile(f.path));

  // Warm-up: one of each format, so module loading and first-call JIT are not in the numbers.
  for (const format of ['xlsx', 'ods', 'csv'] as const) {
    const f = files.find((x) => x.format === format);
    if (f)
      await ingestUpload({
        bytes: contents.get(f.path)!,
        fileName: basename(f.path),
        country: f.country,
        year: f.year,
      });
  }

  const source = new MemorySubmissionSource();
  const times: Record<UploadFormat, number[]> = { xlsx: [], ods: [], csv: [] };
  let rejected = 0;
  for (const f of files) {
    const bytes = contents.get(f.path)!;
    const previous = source.merged(f.year - 1, f.country) ?? null;
    const { value: result, ms } = await timed(() =>
      ingestUpload({ bytes, fileName: basename(f.path), country: f.country, year: f.year, previous }),
    );
    times[f.format].push(ms);
    if (!result.accepted) rejected += 1;
    source.add(
      f.year,
      f.country,
      {
        file: basename(f.path),
        sha256: createHash('sha256').update(bytes).digest('hex'),
        accepted: result.accepted,
        issues: result.issues,
      },
      result.submission,
    );
  }

  const templateTimes: number[] = [];
  const buildTimes: number[] = [];
  for (const country of generated.countries) {
    const member = getMember(country)!;
    const previous = source.merged(generated.year - 1, country);
    const build = await timed(() =>
      buildTemplate({ year: generated.year, country, ...(previous ? { previous } : {}) }),
    );
    buildTimes.push(build.ms);
    const filled = await fillTemplate(build.value, member, generated.year);
    const { value: result, ms } = await timed(() =>
      ingestUpload({
        bytes: filled,
        fileName: `${country}-${generated.year}.xlsx`,
        country,
        year: generated.year,
        previous: previous ?? null,
      }),
    );
    templateTimes.push(ms);
    if (!result.accepted) rejected += 1;
  }

  return {
    results: {
      xlsx: summarise(times.xlsx),
      ods: summarise(times.ods),
      csv: summarise(times.csv),
      template: summarise(templateTimes),
      templateBuild: summarise(buildTimes),
      rejected,
    },
    source,
  };
}
