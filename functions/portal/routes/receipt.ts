/**
 * An upload's receipt (issue 13), below `/country/CC/uploads/ID` (the router has checked
 * that the person may read CC: the country's contacts and staff):
 *
 *   GET /country/CC/uploads/ID/receipt?year=Y       the printable receipt
 *   GET /country/CC/uploads/ID/receipt.txt?year=Y   the same, as a text file to keep
 *
 * and the receipt section of the upload's result page. All three are built from the same
 * receipt (app/cycle/receipt.ts) in the request's language.
 */
import { createLog } from '../../adapters/log.js';
import { buildReceipt } from '../../app/cycle/receipt.js';
import { RecordFormatError } from '../../app/submissions-store.js';
import { type Receipt, receiptFileName, receiptView, renderReceiptText } from '../../core/cycle/receipt.js';
import { html, notFound, type SignedInContext, viewData } from '../context.js';
import { fileResponse } from '../http.js';
import { currentLanguage, t } from '../i18n.js';
import type { PortalResponse } from '../types.js';
import { renderPage } from '../views.js';

/** The receipt, or undefined when there is none to give (not processed, or a record without one). */
async function readReceipt(ctx: SignedInContext, cc: string, uploadId: string): Promise<Receipt | undefined> {
  try {
    return await buildReceipt(
      ctx.deps.data,
      { countryCode: cc, year: ctx.year, uploadId },
      { clock: ctx.deps.clock },
    );
  } catch (error) {
    // A validation record of an older shape (no SHA-256) has no receipt; the page still shows.
    if (!(error instanceof RecordFormatError)) throw error;
    createLog('portal').error('Validation record unreadable; no receipt given', error, {
      country: cc,
      year: ctx.year,
      uploadId,
    });
    return undefined;
  }
}

function links(ctx: SignedInContext, cc: string, uploadId: string) {
  const base = `/country/${cc}/uploads/${uploadId}`;
  const query = `?year=${ctx.year}&lang=${currentLanguage()}`;
  return {
    uploadHref: `${base}${query}`,
    receiptHref: `${base}/receipt${query}`,
    receiptTxtHref: `${base}/receipt.txt${query}`,
  };
}

/** The printable receipt page, or its text file. */
export async function receiptRoute(
  ctx: SignedInContext,
  cc: string,
  uploadId: string,
  asText: boolean,
): Promise<PortalResponse> {
  const receipt = await readReceipt(ctx, cc, uploadId);
  if (!receipt) return notFound(ctx);
  const lang = currentLanguage();
  if (asText) {
    const response = fileResponse(
      new TextEncoder().encode(renderReceiptText(receipt, lang)),
      'text/plain; charset=utf-8',
      receiptFileName(receipt),
    );
    response.headers['cache-control'] = 'no-store';
    return response;
  }
  const { uploadHref, receiptTxtHref } = links(ctx, cc, uploadId);
  return html(
    200,
    renderPage('receipt', {
      ...viewData(ctx),
      title: t('receipt.page.title', { reference: receipt.reference, file: receipt.fileName }),
      r: receiptView(receipt, lang),
      uploadHref,
      downloadHref: receiptTxtHref,
    }),
  );
}

/** What the upload's result page needs for its receipt section (nothing when there is no receipt). */
export async function receiptSection(
  ctx: SignedInContext,
  cc: string,
  uploadId: string,
): Promise<Record<string, unknown>> {
  const receipt = await readReceipt(ctx, cc, uploadId);
  if (!receipt) return {};
  const { receiptHref, receiptTxtHref } = links(ctx, cc, uploadId);
  return { receipt: receiptView(receipt, currentLanguage()), receiptHref, receiptTxtHref };
}
