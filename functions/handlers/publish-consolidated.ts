/** Publish step 3: the consolidated PDF and HTML report of the year. */
import { noTelemetry, type Telemetry, timed } from '../adapters/metrics.js';
import { processReportRenderer } from '../adapters/report-renderer.js';
import { renderConsolidated } from '../app/publish/steps.js';
import { outputNames } from '../core/keys.js';
import { parseHandlerInput } from './input.js';
import { handlerTools, instrumented } from './instrumented.js';
import {
  containerDeps,
  editionTarget,
  planStepSchema,
  type RenderingDeps,
  withRenderer,
} from './publish-shared.js';

let rendering: RenderingDeps | undefined;
const tools = handlerTools('publish-consolidated');

export const handler = instrumented(tools, (event) => {
  rendering ??= withRenderer(containerDeps(), processReportRenderer);
  return publishConsolidated(event, rendering, tools.telemetry);
});

export async function publishConsolidated(
  event: unknown,
  deps: RenderingDeps,
  telemetry: Telemetry = noTelemetry,
): Promise<{ files: string[] }> {
  const { plan } = parseHandlerInput('publish-consolidated', planStepSchema, event);
  const target = editionTarget(deps.data, plan);
  const renderer = await deps.renderer();
  await timed(telemetry, 'RenderTime', () =>
    renderConsolidated(plan, { source: deps.source, renderer, target }),
  );
  return { files: [outputNames.consolidatedPdf, outputNames.consolidatedHtml] };
}
