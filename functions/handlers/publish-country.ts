/**
 * Publish step 2 (inside the Map, one per country that uploaded): the country's validation
 * record, and its PDF and HTML report when it has an accepted submission.
 */
import { noTelemetry, type Telemetry, timed } from '../adapters/metrics.js';
import { processReportRenderer } from '../adapters/report-renderer.js';
import { renderCountry, writeValidation } from '../app/publish/steps.js';
import { outputNames } from '../core/keys.js';
import { parseHandlerInput } from './input.js';
import { handlerTools, instrumented } from './instrumented.js';
import {
  containerDeps,
  countryStepSchema,
  editionTarget,
  type RenderingDeps,
  withRenderer,
} from './publish-shared.js';

let rendering: RenderingDeps | undefined;
const tools = handlerTools('publish-country');

export const handler = instrumented(tools, (event) => {
  rendering ??= withRenderer(containerDeps(), processReportRenderer);
  return publishCountry(event, rendering, tools.telemetry);
});

export async function publishCountry(
  event: unknown,
  deps: RenderingDeps,
  telemetry: Telemetry = noTelemetry,
): Promise<{ country: string; files: string[] }> {
  const { plan, country } = parseHandlerInput('publish-country', countryStepSchema, event);
  const target = editionTarget(deps.data, plan);
  await writeValidation(plan, country, { source: deps.source, target });
  const files = [outputNames.validation(country)];
  if (plan.reporting.includes(country)) {
    const renderer = await deps.renderer();
    await timed(telemetry, 'RenderTime', () =>
      renderCountry(plan, country, { source: deps.source, renderer, target }),
    );
    files.push(outputNames.countryPdf(country), outputNames.countryHtml(country));
  }
  return { country, files };
}
