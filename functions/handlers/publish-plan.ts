/**
 * Publish step 1 (Step Functions task): picks the year (the input's, else last calendar
 * year), reserves the next edition number of that year and plans the run. Output:
 * `{ plan }`, which every later step receives.
 */
import * as z from 'zod';
import { systemClock } from '../adapters/clock.js';
import { planYear, type YearPlan } from '../app/publish/steps.js';
import { dataKeys } from '../core/keys.js';
import { type Clock, ObjectExistsError } from '../core/ports.js';
import { parseHandlerInput } from './input.js';
import { handlerTools, instrumented } from './instrumented.js';
import { containerDeps, type PublishDeps } from './publish-shared.js';

const inputSchema = z.object({
  year: z.number().int().min(2012).max(2100).optional(),
  sample: z.boolean().optional(),
  trigger: z.string().optional(),
});

const tools = handlerTools('publish-plan');

export const handler = instrumented(tools, (event) => planPublishRun(event, containerDeps(), systemClock));

export async function planPublishRun(
  event: unknown,
  deps: PublishDeps,
  clock: Clock,
): Promise<{ plan: YearPlan }> {
  const input = parseHandlerInput('publish-plan', inputSchema, event ?? {});
  // The scheduled run publishes the year before the one it runs in, as the portal opens on.
  const year = input.year ?? clock.now().getUTCFullYear() - 1;
  const edition = await reserveEdition(deps, year);
  const plan = await planYear(deps.source, {
    year,
    edition,
    sample: input.sample ?? (await deps.source.isSample()),
  });
  return { plan };
}

/**
 * The next edition number, reserved by writing its `plan.json` with if-none-match: two runs
 * started together get different editions, and no edition is ever written twice.
 */
async function reserveEdition(deps: PublishDeps, year: number): Promise<number> {
  const taken = new Set<number>();
  for (const object of await deps.data.list(dataKeys.editionsPrefix(year))) {
    const match = object.key.match(/^published\/\d{4}\/edition-(\d+)\//);
    if (match) taken.add(Number(match[1]));
  }
  let edition = Math.max(0, ...taken) + 1;
  for (let attempt = 0; attempt < 10; attempt++, edition++) {
    try {
      await deps.data.put(
        dataKeys.edition(year, edition, 'plan.json'),
        new TextEncoder().encode(`${JSON.stringify({ year, edition, reserved: true })}\n`),
        { contentType: 'application/json', ifNoneMatch: true },
      );
      return edition;
    } catch (error) {
      if (!(error instanceof ObjectExistsError)) throw error;
    }
  }
  throw new Error(`Could not reserve an edition number for ${year} after 10 attempts`);
}
