/**
 * The real use cases behind the local portal: an upload is processed in-process right after
 * it is stored (the same processUpload the ingest Lambda runs), the consolidated draft is
 * rendered again after each accepted upload, and "publish" runs the publish steps in-process
 * into a new edition under `published/<year>/edition-<n>/`.
 */
import { randomBytes } from 'node:crypto';
import { createLog } from '../adapters/log.js';
import { createPdfPrinter } from '../adapters/pdf-printer.js';
import { processUpload, readerOverStore } from '../app/process-upload.js';
import { createInProcessRenderer } from '../app/publish/in-process-renderer.js';
import type { PublishTarget, ReportRenderer } from '../app/publish/ports.js';
import {
  planYear,
  renderConsolidated,
  renderCountry,
  writeManifest,
  writeOpenData,
  writeValidation,
} from '../app/publish/steps.js';
import { renderConsolidatedDraft } from '../app/render-drafts.js';
import { StoredSubmissionSource } from '../app/submissions-store.js';
import type { ObjectStore } from '../core/ports.js';
import { readEditions } from './data.js';
import type { ProcessUpload, PublishStarter } from './types.js';

let renderer: ReportRenderer | undefined;
function getRenderer(): ReportRenderer {
  renderer ??= createInProcessRenderer(createPdfPrinter());
  return renderer;
}

export function localProcessUpload(stores: { uploads: ObjectStore; data: ObjectStore }): ProcessUpload {
  return async ({ key }) => {
    const result = await processUpload(
      { key },
      { uploads: readerOverStore(stores.uploads), data: stores.data, renderer: async () => getRenderer() },
    );
    // The same drafts the render-drafts Lambda makes on AWS (it skips what is up to date).
    if (result.outcome === 'accepted' && result.draftRendered)
      await renderConsolidatedDraft(result.year, { data: stores.data, renderer: async () => getRenderer() });
  };
}

/** Runs the whole publish run in this process, in the background; failures go to the log. */
export function localPublishStarter(data: ObjectStore): PublishStarter {
  return {
    async start({ year }) {
      const edition = ((await readEditions(data, year))[0]?.number ?? 0) + 1;
      const runId = `local-${year}-edition-${edition}-${randomBytes(3).toString('hex')}`;
      publishLocally(data, year, edition).catch((error) =>
        createLog('portal').error('Local publish failed', error, { runId, year, edition }),
      );
      return { runId };
    },
  };
}

export async function publishLocally(data: ObjectStore, year: number, edition: number): Promise<void> {
  const source = new StoredSubmissionSource(data);
  const plan = await planYear(source, { year, edition, sample: await source.isSample() });
  const target: PublishTarget = {
    store: data,
    prefix: `published/${year}/edition-${edition}/`,
    immutable: true,
  };
  const deps = { source, renderer: getRenderer(), target };
  for (const country of plan.reporting) await renderCountry(plan, country, deps);
  await renderConsolidated(plan, deps);
  for (const country of plan.uploaded) await writeValidation(plan, country, deps);
  await writeOpenData(plan, deps);
  await writeManifest(plan, deps);
}
