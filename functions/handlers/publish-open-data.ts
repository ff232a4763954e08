/** Publish step 4: the open data (CSV and JSON of every normalized figure). */
import { writeOpenData } from '../app/publish/steps.js';
import { outputNames } from '../core/keys.js';
import { parseHandlerInput } from './input.js';
import { handlerTools, instrumented } from './instrumented.js';
import { containerDeps, editionTarget, type PublishDeps, planStepSchema } from './publish-shared.js';

const tools = handlerTools('publish-open-data');

export const handler = instrumented(tools, (event) => publishOpenData(event, containerDeps()));

export async function publishOpenData(event: unknown, deps: PublishDeps): Promise<{ files: string[] }> {
  const { plan } = parseHandlerInput('publish-open-data', planStepSchema, event);
  await writeOpenData(plan, { source: deps.source, target: editionTarget(deps.data, plan) });
  return { files: [outputNames.dataCsv, outputNames.dataJson] };
}
