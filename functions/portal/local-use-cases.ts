/**
 * The real use cases behind the local portal: an upload is processed in-process right after
 * it is stored (the same processUpload the ingest Lambda runs), the consolidated draft is
 * rendered again after each accepted upload, and "publish" runs the publish steps in-process
 * into a new edition under `published/<year>/edition-<n>/`.
 */
import { randomBytes } from 'node:crypto';
import { systemClock } from '../adapters/clock.js';
import { createLog } from '../adapters/log.js';
import { createPdfPrinter } from '../adapters/pdf-printer.js';
import type { SendReceiptDeps } from '../app/cycle/send-receipt.js';
import type { Mailer } from '../app/mail/ports.js';
import { processUpload, readerOverStore } from '../app/process-upload.js';
import { createInProcessRenderer } from '../app/publish/in-process-renderer.js';
import type { ReportRenderer } from '../app/publish/ports.js';
import { startEdition } from '../app/publish/sequence.js';
import { renderConsolidatedDraft } from '../app/render-drafts.js';
import { StoredSubmissionSource } from '../app/submissions-store.js';
import type { Clock, ObjectStore } from '../core/ports.js';
import type { ProcessUpload, PublishStarter } from './types.js';

let renderer: ReportRenderer | undefined;
function getRenderer(): ReportRenderer {
  renderer ??= createInProcessRenderer(createPdfPrinter());
  return renderer;
}

/** The in-process renderer, for the drafts after staff change what counts (an invalidation). */
export const localDraftRenderer = async (): Promise<ReportRenderer> => getRenderer();

export interface LocalProcessOptions {
  /** Mails each processed upload's receipt to its uploader (SMTP or the .eml outbox). */
  mailer?: Mailer;
  /** The portal's origin, for the receipt e-mail's link to the upload's page. */
  portalUrl?: string;
  clock?: Clock;
}

export function localProcessUpload(
  stores: { uploads: ObjectStore; data: ObjectStore },
  options: LocalProcessOptions = {},
): ProcessUpload {
  const receipt: SendReceiptDeps | undefined = options.mailer
    ? {
        mailer: options.mailer,
        clock: options.clock ?? systemClock,
        actor: 'system:portal',
        ...(options.portalUrl ? { portalUrl: options.portalUrl } : {}),
      }
    : undefined;
  return async ({ key }) => {
    const result = await processUpload(
      { key },
      {
        uploads: readerOverStore(stores.uploads),
        data: stores.data,
        renderer: async () => getRenderer(),
        ...(receipt ? { receipt } : {}),
      },
    );
    // A receipt that could not be mailed is still on the result page; the upload stands.
    if (result.outcome !== 'ignored' && result.receipt?.status === 'failed')
      createLog('portal').error('The receipt e-mail could not be sent', result.receipt.error, {
        key,
        uploadId: result.uploadId,
      });
    // The same drafts the render-drafts Lambda makes on AWS (it skips what is up to date).
    if (result.outcome === 'accepted' && result.draftRendered)
      await renderConsolidatedDraft(result.year, { data: stores.data, renderer: async () => getRenderer() });
  };
}

/** The local publish: also tells when every run it started has finished. */
export interface LocalPublishStarter extends PublishStarter {
  /** Settles once every publish started so far has finished (written its manifest or failed). */
  idle(): Promise<void>;
}

/**
 * Publishes in this process: the edition is reserved before `start` returns (the same
 * reservation as the AWS plan task, so two publishes started at once get two editions),
 * then the publish sequence runs in the background; a failure goes to the log.
 */
export function localPublishStarter(data: ObjectStore, clock: Clock = systemClock): LocalPublishStarter {
  const running = new Set<Promise<unknown>>();
  return {
    async start({ year, requestedBy }) {
      const source = new StoredSubmissionSource(data);
      const { plan, done } = await startEdition(
        year,
        { data, source, renderer: getRenderer(), clock },
        { requestedBy, sample: await source.isSample() },
      );
      const runId = `local-${year}-edition-${plan.edition}-${randomBytes(3).toString('hex')}`;
      const settled = done.then(
        () => undefined,
        (error) =>
          createLog('portal').error('Local publish failed', error, { runId, year, edition: plan.edition }),
      );
      running.add(settled);
      settled.finally(() => running.delete(settled));
      return { runId };
    },
    async idle() {
      while (running.size > 0) await Promise.all(running);
    },
  };
}
