/**
 * A ReportRenderer over a pool of worker threads: each thread keeps pdfmake and the fonts
 * loaded and renders one report at a time, so a yearly run uses every core while the main
 * thread ingests and builds the view models.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { PublishError, type RenderedReport, type ReportRenderer } from '../../app/publish/ports.js';
import type { ConsolidatedReportModel, CountryReportModel } from '../../core/report/types.js';
import type { RenderRequest, RenderResponse } from './workers/render-worker.js';

interface Job {
  request: RenderRequest;
  resolve: (report: RenderedReport) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

/**
 * How the worker entry is started: from built .js files directly; from the .ts sources
 * (tsx, vitest) through a small .mjs boot file that registers tsx inside the thread first,
 * because on Node 20 `execArgv: ['--import', 'tsx']` does not reach a worker's entry module.
 */
function workerEntry(): { url: URL; workerData?: { entry: string } } {
  const fromSource = import.meta.url.endsWith('.ts');
  if (!fromSource) return { url: new URL('./workers/render-worker.js', import.meta.url) };
  return {
    url: new URL('./workers/tsx-boot.mjs', import.meta.url),
    workerData: { entry: new URL('./workers/render-worker.ts', import.meta.url).href },
  };
}

/** The default number of threads: the cores, at most 4 (the reports of a year are ~50). */
export function defaultThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** Starts `threads` render workers; `close()` stops them. */
export function createWorkerRenderer(threads = defaultThreads()): ReportRenderer {
  const entry = workerEntry();
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let failure: Error | null = null;

  const dispatch = () => {
    for (const slot of slots) {
      if (slot.job || queue.length === 0) continue;
      const job = queue.shift()!;
      slot.job = job;
      slot.worker.postMessage(job.request);
    }
  };

  for (let i = 0; i < threads; i++) {
    const worker = new Worker(entry.url, {
      ...(entry.workerData ? { workerData: entry.workerData } : {}),
      // No resourceLimits: capping the heap trades speed for memory and risks an out-of-memory
      // stop on a very large report. Measured on the bench's 55-member year (docs/performance.md):
      // no cap 6.6 s / 616-637 MB; old 256 MB 6.9-7.2 s / 450 MB; old 128 + young 16 MB 7.5 s / 415-434 MB.
    });
    const slot: Slot = { worker, job: null };
    worker.on('message', (response: RenderResponse) => {
      const job = slot.job;
      slot.job = null;
      if (job) {
        if ('error' in response) {
          job.reject(
            new PublishError(
              response.error.code ?? 'RENDER_FAILED',
              `Rendering a report failed: ${response.error.message}`,
            ),
          );
        } else {
          job.resolve({ pdf: new Uint8Array(response.pdf), html: new Uint8Array(response.html) });
        }
      }
      dispatch();
    });
    worker.on('error', (error) => {
      // A thread that dies takes its job with it; the run stops with the cause.
      failure = new PublishError('RENDER_WORKER_FAILED', `A render thread stopped: ${error.message}`, {
        cause: error,
      });
      slot.job?.reject(failure);
      slot.job = null;
      for (const job of queue.splice(0)) job.reject(failure);
    });
    slots.push(slot);
  }

  const submit = (kind: RenderRequest['kind'], model: unknown) =>
    new Promise<RenderedReport>((resolve, reject) => {
      if (failure) {
        reject(failure);
        return;
      }
      queue.push({ request: { id: nextId++, kind, model }, resolve, reject });
      dispatch();
    });

  return {
    renderCountry: (model: CountryReportModel) => submit('country', model),
    renderConsolidated: (model: ConsolidatedReportModel) => submit('consolidated', model),
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
