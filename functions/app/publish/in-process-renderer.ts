/**
 * The report renderer that renders in the calling thread: what a Lambda uses (one report
 * per invocation) and what each of the command line's worker threads runs.
 */
import type { ConsolidatedReportModel, CountryReportModel } from '../../core/report/types.js';
import { renderConsolidatedHtml, renderCountryHtml } from '../../render/html.js';
import { type PdfPrinter, renderConsolidatedPdf, renderCountryPdf } from '../../render/pdf.js';
import type { RenderedReport, ReportRenderer } from './ports.js';

const encoder = new TextEncoder();

/** Renders PDF and HTML of each report with the printer handed in (kept warm by the caller). */
export function createInProcessRenderer(printer: PdfPrinter): ReportRenderer {
  return {
    async renderCountry(model: CountryReportModel): Promise<RenderedReport> {
      const html = encoder.encode(renderCountryHtml(model));
      return { pdf: await renderCountryPdf(model, printer), html };
    },
    async renderConsolidated(model: ConsolidatedReportModel): Promise<RenderedReport> {
      const html = encoder.encode(renderConsolidatedHtml(model));
      return { pdf: await renderConsolidatedPdf(model, printer), html };
    },
    async close() {},
  };
}
