/**
 * Publish step 5, last: the manifest with the SHA-256 of every file of the edition. The
 * edition exists once its manifest does; a missing file fails the step and the run.
 */
import { writeManifest } from '../app/publish/steps.js';
import { dataKeys, outputNames } from '../core/keys.js';
import { parseHandlerInput } from './input.js';
import { handlerTools, instrumented } from './instrumented.js';
import { containerDeps, editionTarget, type PublishDeps, planStepSchema } from './publish-shared.js';

export interface ManifestStepResult {
  year: number;
  edition: number;
  manifest: string;
  files: number;
}

const tools = handlerTools('publish-manifest');

export const handler = instrumented(tools, (event) => publishManifest(event, containerDeps()));

export async function publishManifest(event: unknown, deps: PublishDeps): Promise<ManifestStepResult> {
  const { plan } = parseHandlerInput('publish-manifest', planStepSchema, event);
  const manifest = await writeManifest(plan, { target: editionTarget(deps.data, plan) });
  return {
    year: plan.year,
    edition: plan.edition,
    manifest: dataKeys.edition(plan.year, plan.edition, outputNames.manifest),
    files: manifest.files.length,
  };
}
