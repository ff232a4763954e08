/**
 * The PDF reports: view model -> pdfmake document definition (pure) -> bytes (through a
 * printer handed in, functions/adapters/pdf-printer.ts). The definitions are built from
 * the same view models as the HTML reports, so the two formats cannot disagree.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { ConsolidatedReportModel, CountryReportModel } from '../core/report/types.js';
import { consolidatedPdfDocument } from './pdf/consolidated.js';
import { countryPdfDocument } from './pdf/country.js';

export { consolidatedPdfDocument, countryDestination } from './pdf/consolidated.js';
export { countryPdfDocument } from './pdf/country.js';

/**
 * What renders a document definition to bytes: the port the PDF printer adapter implements
 * (`createPdfPrinter()` in functions/adapters/pdf-printer.ts). Same definition, same bytes.
 */
export interface PdfPrinter {
  print(doc: TDocumentDefinitions): Promise<Uint8Array>;
}

/** The country report as PDF bytes. Same model, same bytes. */
export function renderCountryPdf(model: CountryReportModel, printer: PdfPrinter): Promise<Uint8Array> {
  return printer.print(countryPdfDocument(model));
}

/** The consolidated report as PDF bytes. Same model, same bytes. */
export function renderConsolidatedPdf(
  model: ConsolidatedReportModel,
  printer: PdfPrinter,
): Promise<Uint8Array> {
  return printer.print(consolidatedPdfDocument(model));
}
