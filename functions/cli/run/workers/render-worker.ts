/**
 * Worker thread entry of the command line's yearly run: keeps pdfmake and the fonts loaded
 * for the life of the thread and renders the view models the main thread sends, one
 * message at a time. Spawned by functions/cli/run/worker-renderer.ts.
 *
 * Message in: `{ id, kind: 'country' | 'consolidated', model }`.
 * Message out: `{ id, pdf, html }` (bytes, transferred) or `{ id, error: { message, code } }`.
 */
import { parentPort } from 'node:worker_threads';
import { processReportRenderer } from '../../../adapters/report-renderer.js';
import { warmUpModel } from './warm-up.js';

export interface RenderRequest {
  id: number;
  kind: 'country' | 'consolidated';
  model: unknown;
}

export type RenderResponse =
  | { id: number; pdf: Uint8Array; html: Uint8Array }
  | { id: number; error: { message: string; code: string | null } };

if (!parentPort) throw new Error('render-worker.ts runs as a worker thread only');
const port = parentPort;
const renderer = processReportRenderer();
// Pay the first-report cost now, while the main thread is still reading the uploads. A
// failure here is not the run's: the first real report meets it again and reports it.
const warmedUp = renderer.renderCountry(warmUpModel()).then(
  () => undefined,
  () => undefined,
);

port.on('message', async (request: RenderRequest) => {
  await warmedUp;
  try {
    // The model was built by this program's main thread and crossed by structured clone.
    const result =
      request.kind === 'country'
        ? await renderer.renderCountry(request.model as Parameters<typeof renderer.renderCountry>[0])
        : await renderer.renderConsolidated(
            request.model as Parameters<typeof renderer.renderConsolidated>[0],
          );
    const pdf = ownBuffer(result.pdf);
    const html = ownBuffer(result.html);
    const response: RenderResponse = { id: request.id, pdf, html };
    port.postMessage(response, [pdf.buffer as ArrayBuffer, html.buffer as ArrayBuffer]);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const response: RenderResponse = {
      id: request.id,
      error: {
        message: error instanceof Error ? error.message : String(error),
        code: typeof code === 'string' ? code : null,
      },
    };
    port.postMessage(response);
  }
});

/** Bytes that own their whole ArrayBuffer (a Buffer may be a slice of a shared pool), so it can be transferred. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}
