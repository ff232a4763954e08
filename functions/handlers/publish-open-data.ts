/** Publish step 4: the open data (CSV and JSON of every normalized figure). */
import { writeOpenData } from '../app/publish/steps.js';
import { outputNames } from '../core/keys.js';
import {
  containerDeps,
  editionTarget,
  type PublishDeps,
  parseStepInput,
  planStepSchema,
} from './publish-shared.js';

export async function handler(event: unknown): Promise<{ files: string[] }> {
  return publishOpenData(event, containerDeps());
}

export async function publishOpenData(event: unknown, deps: PublishDeps): Promise<{ files: string[] }> {
  const { plan } = parseStepInput(planStepSchema, event);
  await writeOpenData(plan, { source: deps.source, target: editionTarget(deps.data, plan) });
  return { files: [outputNames.dataCsv, outputNames.dataJson] };
}
