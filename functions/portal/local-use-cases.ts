/**
 * The real use cases behind the local portal: an upload is checked in-process right after it
 * is stored (processUpload without a renderer: storeUpload, what the ingest Lambda runs, then
 * the receipt mailed), and the answer goes back as soon as the validation record is stored; the drafts (the country's, then the consolidated draft
 * and the draft open data) are rendered afterwards by a queue in this process, one render at
 * a time, with renderDrafts (what the render-drafts Lambda runs on AWS). "Publish" runs the
 * publish steps in-process into a new edition under `published/<year>/edition-<n>/`.
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
import { renderDrafts } from '../app/render-drafts.js';
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

/** The local upload use case: answers once checked; the drafts follow in the background. */
export interface LocalProcessUpload extends ProcessUpload {
  /** Settles once every draft queued so far has been rendered (or has failed, logged). */
  idle(): Promise<void>;
}

export interface LocalProcessOptions {
  /**
   * What renders the drafts (the command line hands in one render thread, so the portal's own
   * thread stays free to answer); by default this thread's renderer.
   */
  renderer?: () => Promise<ReportRenderer>;
  /** Replaces the whole draft step (tests). */
  render?: DraftRender;
  /** Mails each processed upload's receipt to its uploader (SMTP or the .eml outbox). */
  mailer?: Mailer;
  /**
   * The portal's origin, for the receipt e-mail's link to the upload's page; a function when it
   * is known only once the server listens.
   */
  portalUrl?: string | (() => string | undefined);
  clock?: Clock;
}

export function localProcessUpload(
  stores: { uploads: ObjectStore; data: ObjectStore },
  options: LocalProcessOptions = {},
): LocalProcessUpload {
  const renderer = options.renderer ?? (async () => getRenderer());
  const render: DraftRender =
    options.render ??
    (async (year, country) => {
      await renderDrafts(year, country, { data: stores.data, renderer });
    });
  const queue = new DraftQueue(render);
  const { mailer } = options;
  const receiptDeps = (): SendReceiptDeps | undefined => {
    if (!mailer) return undefined;
    const portalUrl = typeof options.portalUrl === 'function' ? options.portalUrl() : options.portalUrl;
    return {
      mailer,
      clock: options.clock ?? systemClock,
      actor: 'system:portal',
      ...(portalUrl ? { portalUrl } : {}),
    };
  };
  const process = async ({ key }: { key: string }) => {
    const receipt = receiptDeps();
    // Checked and stored, and the receipt mailed; no renderer here: the drafts go to the queue.
    const result = await processUpload(
      { key },
      { uploads: readerOverStore(stores.uploads), data: stores.data, ...(receipt ? { receipt } : {}) },
    );
    // A receipt that could not be mailed is still on the result page; the upload stands.
    if (result.outcome !== 'ignored' && result.receipt?.status === 'failed')
      createLog('portal').error('The receipt e-mail could not be sent', result.receipt.error, {
        key,
        uploadId: result.uploadId,
      });
    // The validation record is stored: the answer can go. What counts may have moved.
    if (result.outcome === 'accepted') queue.add(result.year, result.country);
  };
  return Object.assign(process, { idle: () => queue.idle() });
}

/** Renders the drafts of one country and year (and the year's consolidated draft). */
export type DraftRender = (year: number, country: string) => Promise<void>;

/**
 * One render at a time, in the order asked; a country and year already waiting is not
 * queued twice (the render reads what counts when it starts, so one run covers both).
 * The drafts' own stamps make a render that is already up to date cost a few reads.
 */
export class DraftQueue {
  readonly #waiting: string[] = [];
  #running: Promise<void> | undefined;

  constructor(private readonly render: DraftRender) {}

  add(year: number, country: string): void {
    const job = `${year}/${country}`;
    if (!this.#waiting.includes(job)) this.#waiting.push(job);
    this.#running ??= this.#drain();
  }

  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async #drain(): Promise<void> {
    try {
      for (let job = this.#waiting.shift(); job !== undefined; job = this.#waiting.shift()) {
        const [year, country] = job.split('/') as [string, string];
        try {
          await this.render(Number(year), country);
        } catch (error) {
          // The next accepted upload of the country queues it again; reconcile also renders.
          createLog('portal').error('Draft render failed', error, { year: Number(year), country });
        }
      }
    } finally {
      this.#running = undefined;
    }
  }
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
