/**
 * Publish step 2 (inside the Map, one per country that uploaded): the country's validation
 * record, and its PDF and HTML report when it has an accepted submission.
 */
import { processReportRenderer } from '../adapters/report-renderer.js';
import { renderCountry, writeValidation } from '../app/publish/steps.js';
import { outputNames } from '../core/keys.js';
import {
  containerDeps,
  countryStepSchema,
  editionTarget,
  parseStepInput,
  type RenderingDeps,
  withRenderer,
} from './publish-shared.js';

let rendering: RenderingDeps | undefined;

export async function handler(event: unknown): Promise<{ country: string; files: string[] }> {
  rendering ??= withRenderer(containerDeps(), processReportRenderer);
  return publishCountry(event, rendering);
}

export async function publishCountry(
  event: unknown,
  deps: RenderingDeps,
): Promise<{ country: string; files: string[] }> {
  const { plan, country } = parseStepInput(countryStepSchema, event);
  const target = editionTarget(deps.data, plan);
  await writeValidation(plan, country, { source: deps.source, target });
  const files = [outputNames.validation(country)];
  if (plan.reporting.includes(country)) {
    await renderCountry(plan, country, { source: deps.source, renderer: await deps.renderer(), target });
    files.push(outputNames.countryPdf(country), outputNames.countryHtml(country));
  }
  return { country, files };
}
