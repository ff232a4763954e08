/**
 * Publish step 1 (Step Functions task): picks the year (the input's, else last calendar
 * year), reserves the next edition number of that year and plans the run. Output:
 * `{ plan }`, which every later step receives.
 */
import * as z from 'zod';
import { systemClock } from '../adapters/clock.js';
import { reserveEdition } from '../app/publish/editions.js';
import { planYear, type YearPlan } from '../app/publish/steps.js';
import { reportingYearSchema } from '../core/limits.js';
import type { Clock } from '../core/ports.js';
import { parseHandlerInput } from './input.js';
import { handlerTools, instrumented } from './instrumented.js';
import { containerDeps, type PublishDeps } from './publish-shared.js';

const inputSchema = z.object({
  year: reportingYearSchema.optional(),
  sample: z.boolean().optional(),
  trigger: z.string().optional(),
  requestedBy: z.string().optional(),
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
  const reservation = await reserveEdition(deps.data, year, clock, {
    requestedBy: input.requestedBy ?? input.trigger ?? null,
  });
  const plan = await planYear(deps.source, {
    year,
    edition: reservation.edition,
    sample: input.sample ?? (await deps.source.isSample()),
    published: reservation.published,
  });
  return { plan };
}
