/** Publish step 3: the consolidated PDF and HTML report of the year. */
import { renderConsolidated } from '../app/publish/steps.js';
import { outputNames } from '../core/keys.js';
import {
  containerDeps,
  editionTarget,
  type PublishDeps,
  parseStepInput,
  planStepSchema,
} from './publish-shared.js';

export async function handler(event: unknown): Promise<{ files: string[] }> {
  return publishConsolidated(event, containerDeps());
}

export async function publishConsolidated(event: unknown, deps: PublishDeps): Promise<{ files: string[] }> {
  const { plan } = parseStepInput(planStepSchema, event);
  const target = editionTarget(deps.data, plan);
  await renderConsolidated(plan, { source: deps.source, renderer: await deps.renderer(), target });
  return { files: [outputNames.consolidatedPdf, outputNames.consolidatedHtml] };
}
