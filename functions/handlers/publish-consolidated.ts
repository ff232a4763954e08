/** Publish step 3: the consolidated PDF and HTML report of the year. */
import { processReportRenderer } from '../adapters/report-renderer.js';
import { renderConsolidated } from '../app/publish/steps.js';
import { outputNames } from '../core/keys.js';
import {
  containerDeps,
  editionTarget,
  parseStepInput,
  planStepSchema,
  type RenderingDeps,
  withRenderer,
} from './publish-shared.js';

let rendering: RenderingDeps | undefined;

export async function handler(event: unknown): Promise<{ files: string[] }> {
  rendering ??= withRenderer(containerDeps(), processReportRenderer);
  return publishConsolidated(event, rendering);
}

export async function publishConsolidated(event: unknown, deps: RenderingDeps): Promise<{ files: string[] }> {
  const { plan } = parseStepInput(planStepSchema, event);
  const target = editionTarget(deps.data, plan);
  await renderConsolidated(plan, { source: deps.source, renderer: await deps.renderer(), target });
  return { files: [outputNames.consolidatedPdf, outputNames.consolidatedHtml] };
}
