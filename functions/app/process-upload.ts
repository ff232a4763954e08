/**
 * "An upload landed", as the CLI, the local portal and the reconcile command run it: the
 * upload is validated and stored (storeUpload: validation record, submission, `current/`),
 * then, when a renderer is given, the country's draft (PDF + HTML) is rendered in-process if
 * what counts has changed (renderCountryDraft).
 *
 * The ingest Lambda calls storeUpload alone: on AWS the drafts are rendered by the
 * render-drafts Lambda when a `current/` pointer changes, so that a national contact learns
 * within seconds whether the upload was accepted, and the ingest bundle carries no PDF code.
 */
import { type SendReceiptDeps, type SendReceiptResult, sendReceipt } from './cycle/send-receipt.js';
import type { ReportRenderer } from './publish/ports.js';
import { renderCountryDraft } from './render-drafts.js';
import {
  type ProcessUploadInput,
  type StoreUploadDeps,
  type StoreUploadResult,
  storeUpload,
} from './store-upload.js';

export {
  type ProcessUploadInput,
  readerOverStore,
  type StoreUploadDeps,
  type StoreUploadResult,
  storeUpload,
  type UploadObject,
  type UploadReader,
} from './store-upload.js';

export interface ProcessUploadDeps extends StoreUploadDeps {
  /**
   * When given, the country's draft is rendered here after `current/` moved. Built on first
   * use only (a rejected upload, or a draft already up to date, needs no PDF printer).
   */
  renderer?: () => Promise<ReportRenderer>;
  /** When given, the upload's receipt is mailed to its uploader (once; a mail that fails is in the result, not thrown). */
  receipt?: SendReceiptDeps;
}

export type ProcessUploadResult =
  | Extract<StoreUploadResult, { outcome: 'ignored' }>
  | (Exclude<StoreUploadResult, { outcome: 'ignored' }> & {
      /** The country's draft was rendered again (in this process). */
      draftRendered: boolean;
      /** What became of the receipt e-mail, when a mailer was given. */
      receipt?: SendReceiptResult;
    });

/** Processes one upload, and renders the country's draft when given a renderer; throws only on faults. */
export async function processUpload(
  input: ProcessUploadInput,
  deps: ProcessUploadDeps,
): Promise<ProcessUploadResult> {
  const result = await storeUpload(input, deps);
  if (result.outcome === 'ignored') return result;
  // The receipt says what counts now: after current/ moved, before the (slow) draft.
  const receipt = deps.receipt
    ? {
        receipt: await sendReceipt(
          deps.data,
          { countryCode: result.country, year: result.year, uploadId: result.uploadId },
          deps.receipt,
        ),
      }
    : {};
  if (result.outcome === 'rejected' || !deps.renderer) return { ...result, draftRendered: false, ...receipt };
  const draftRendered = await renderCountryDraft(result.year, result.country, {
    data: deps.data,
    renderer: deps.renderer,
  });
  return { ...result, draftRendered, ...receipt };
}
