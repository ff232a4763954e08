/**
 * The publish steps as the AWS publish run uses them: into an edition prefix that must
 * never be overwritten, step by step with the plan passed along as JSON, on a real folder
 * store, with the real renderers in this thread.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderStore } from '../../functions/adapters/folder-store.js';
import { createPdfPrinter } from '../../functions/adapters/pdf-printer.js';
import { createInProcessRenderer } from '../../functions/app/publish/in-process-renderer.js';
import { PublishError, type PublishTarget } from '../../functions/app/publish/ports.js';
import {
  planYear,
  renderConsolidated,
  renderCountry,
  writeManifest,
  writeOpenData,
  writeValidation,
  type YearPlan,
} from '../../functions/app/publish/steps.js';
import { MemorySubmissionSource } from '../../functions/cli/run/memory-source.js';
import { ObjectExistsError } from '../../functions/core/ports.js';
import { de2014, fr2013, fr2014 } from '../helpers/report-fixtures.js';

function source(): MemorySubmissionSource {
  const s = new MemorySubmissionSource();
  const record = (file: string) => ({ file, sha256: '0'.repeat(64), accepted: true, issues: [] });
  s.add(2013, 'FR', record('fr-2013.xlsx'), fr2013);
  s.add(2014, 'FR', record('fr-2014.xlsx'), fr2014);
  s.add(2014, 'DE', record('de-2014.xlsx'), de2014);
  s.add(2014, 'IT', { file: 'it.csv', sha256: '1'.repeat(64), accepted: false, issues: [] }, null);
  return s;
}

const renderer = createInProcessRenderer(createPdfPrinter());
const prefix = 'published/2014/edition-1/';

async function target(): Promise<PublishTarget> {
  return { store: new FolderStore(await mkdtemp(join(tmpdir(), 'publish-'))), prefix, immutable: true };
}

async function publishAll(plan: YearPlan, deps: { source: MemorySubmissionSource; target: PublishTarget }) {
  for (const country of plan.reporting) await renderCountry(plan, country, { ...deps, renderer });
  await renderConsolidated(plan, { ...deps, renderer });
  for (const country of plan.uploaded) await writeValidation(plan, country, deps);
  await writeOpenData(plan, deps);
  return writeManifest(plan, deps);
}

describe('publish steps', () => {
  it('plans the year as plain JSON: who uploaded, who reports, the files and a date from the data', async () => {
    const plan = await planYear(source(), { year: 2014, edition: 1, sample: false });
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
    expect(plan.uploaded).toEqual(['DE', 'FR', 'IT']);
    expect(plan.reporting).toEqual(['DE', 'FR']);
    expect(plan.notReporting).toContain('IT');
    expect(plan.notReporting).not.toContain('FR');
    expect(plan.generated).toBe([fr2014.cover.date, de2014.cover.date].sort().at(-1));
    expect(plan.files).toEqual([
      'DE.html',
      'DE.pdf',
      'FR.html',
      'FR.pdf',
      'consolidated.html',
      'consolidated.pdf',
      'data-all-years.csv',
      'data.csv',
      'data.json',
      'data.xlsx',
      'datapackage.json',
      'reporting-status.csv',
      'validation/DE.json',
      'validation/FR.json',
      'validation/IT.json',
    ]);
  });

  it('writes an edition whose manifest lists every file; a retried step writing the same bytes is fine', async () => {
    const deps = { source: source(), target: await target() };
    const plan = await planYear(deps.source, { year: 2014, edition: 1, sample: false });
    const manifest = await publishAll(plan, deps);
    expect(manifest.files.map((f) => f.name)).toEqual(plan.files);
    expect((await deps.target.store.list(prefix)).map((o) => o.key.slice(prefix.length)).sort()).toEqual(
      [...plan.files, 'manifest.json'].sort(),
    );
    const italy = JSON.parse(
      new TextDecoder().decode(await deps.target.store.get(`${prefix}validation/IT.json`)),
    );
    expect(italy).toMatchObject({ country: 'IT', year: 2014, accepted: false });
    // Step Functions retries a task: the same report again, same bytes, no error.
    await expect(renderCountry(plan, 'FR', { ...deps, renderer })).resolves.toBeUndefined();
  });

  it('never overwrites a published file with different bytes', async () => {
    const deps = { source: source(), target: await target() };
    const plan = await planYear(deps.source, { year: 2014, edition: 1, sample: false });
    await deps.target.store.put(`${prefix}data.csv`, new TextEncoder().encode('something else'));
    await expect(writeOpenData(plan, deps)).rejects.toBeInstanceOf(ObjectExistsError);
  });

  it('writes no manifest while a file of the plan is missing', async () => {
    const deps = { source: source(), target: await target() };
    const plan = await planYear(deps.source, { year: 2014, edition: 1, sample: false });
    await writeOpenData(plan, deps);
    await expect(writeManifest(plan, deps)).rejects.toBeInstanceOf(PublishError);
    expect(await deps.target.store.head(`${prefix}manifest.json`)).toBeUndefined();
  });
});
