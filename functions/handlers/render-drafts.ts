/**
 * The render-drafts Lambda: an SQS batch of S3 ObjectCreated events from the data bucket,
 * for keys under `current/` (the ingest moved what counts for a country). For each country
 * and year named in the batch it renders the country's draft, then, once per year, the
 * consolidated draft and the draft open data, all under `drafts/<year>/` (renderDrafts).
 * Each part is skipped when its stamp says it is up to date, so the two pointer events of
 * one upload (indicators, actions) and redeliveries cost a few reads.
 *
 * The function runs with a reserved concurrency of 1 (infra/drafts.ts): two renders
 * of one year never run at once, so an older state can never overwrite a newer draft.
 * A fault fails only the messages that asked for what failed (reportBatchItemFailures).
 *
 * Not the Powertools batch processor: it handles one record at a time, and this handler's
 * point is to group the whole batch first (one render per country and per year, however many
 * events name them). Each record is read with the same Powertools-based schema as the ingest's.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { SQSBatchResponse } from 'aws-lambda';
import { requireEnv } from '../adapters/env.js';
import { createLog, type Log } from '../adapters/log.js';
import { noTelemetry, type Telemetry, timed } from '../adapters/metrics.js';
import { processReportRenderer } from '../adapters/report-renderer.js';
import { createS3Client, S3Store } from '../adapters/s3-store.js';
import { readS3NotificationRecord, sqsBatchSchema } from '../adapters/sqs-events.js';
import { traced } from '../adapters/tracing.js';
import type { ReportRenderer } from '../app/publish/ports.js';
import { type RenderDraftsDeps, renderConsolidatedDraft, renderCountryDraft } from '../app/render-drafts.js';
import { parseCurrentKey } from '../core/keys.js';
import type { ObjectStore } from '../core/ports.js';
import { HandlerInputError, parseHandlerInput } from './input.js';
import { handlerTools, instrumented } from './instrumented.js';

let deps: RenderDraftsDeps | undefined;
const tools = handlerTools('render-drafts');

/** Dependencies of the container, built on the first invocation; the renderer on first use. */
export function createRenderDraftsDeps(
  env: NodeJS.ProcessEnv = process.env,
  client?: S3Client,
): RenderDraftsDeps {
  const { DATA_BUCKET } = requireEnv(['DATA_BUCKET'], env);
  return withPdfRenderer(new S3Store({ bucket: DATA_BUCKET, client: client ?? traced(createS3Client()) }));
}

/** The data store with the in-process renderer (pdfmake and the fonts), created on first use. */
export function withPdfRenderer(data: ObjectStore): RenderDraftsDeps {
  return { data, renderer: async () => processReportRenderer() };
}

export const handler = instrumented(tools, (event) => {
  deps ??= createRenderDraftsDeps();
  return handleRenderDraftsBatch(event, deps, tools.log, tools.telemetry);
});

/** `current/<year>/<CC>/<table>.json` -> year and country; anything else is not ours (core/keys.ts). */
export { parseCurrentKey };

/** The batch: every country named, then every year named, each once. */
export async function handleRenderDraftsBatch(
  event: unknown,
  deps: RenderDraftsDeps,
  log: Log = createLog('render-drafts'),
  telemetry: Telemetry = noTelemetry,
): Promise<SQSBatchResponse> {
  const failed = new Set<string>();
  /** "year/CC" -> the messages that asked for it; year -> the same. */
  const countries = new Map<string, { year: number; country: string; messages: string[] }>();
  const years = new Map<number, string[]>();
  const batch = parseHandlerInput('render-drafts', sqsBatchSchema, event);
  for (const message of batch.Records.map(readS3NotificationRecord)) {
    if (message.kind === 'test-event') {
      log.info('S3 test event ignored', { messageId: message.messageId });
      continue;
    }
    if (message.kind === 'unreadable') {
      log.error('Unreadable message', new HandlerInputError('render-drafts', message.reason), {
        messageId: message.messageId,
      });
      failed.add(message.messageId);
      continue;
    }
    for (const object of message.objects) {
      const place = parseCurrentKey(object.key);
      if (!place) {
        log.info('Not a current/ pointer; ignored', { messageId: message.messageId, key: object.key });
        continue;
      }
      const id = `${place.year}/${place.country}`;
      const entry = countries.get(id) ?? { ...place, messages: [] };
      entry.messages.push(message.messageId);
      countries.set(id, entry);
      years.set(place.year, [...(years.get(place.year) ?? []), message.messageId]);
    }
  }

  for (const { year, country, messages } of countries.values()) {
    try {
      const rendered = await timed(telemetry, 'RenderTime', () => renderCountryDraft(year, country, deps));
      log.info('Country draft', { year, country, rendered });
    } catch (error) {
      telemetry.count('Fault');
      log.error('Country draft could not be rendered; it will be retried', error, { year, country });
      for (const id of messages) failed.add(id);
    }
  }
  for (const [year, messages] of years) {
    try {
      const rendered = await timed(telemetry, 'RenderTime', () => renderConsolidatedDraft(year, deps));
      log.info('Consolidated draft and draft open data', { year, rendered });
    } catch (error) {
      telemetry.count('Fault');
      log.error('Consolidated draft could not be rendered; it will be retried', error, { year });
      for (const id of messages) failed.add(id);
    }
  }
  return { batchItemFailures: [...failed].map((itemIdentifier) => ({ itemIdentifier })) };
}
