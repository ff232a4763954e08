/**
 * The process's one report renderer (PDF and HTML in the calling thread): pdfmake, the fonts
 * and the printer's caches are loaded on first use and kept for the life of the process (a
 * Lambda container, a render worker thread, a command). Every edge that renders asks here,
 * so the printer is set up in one place.
 */
import { createInProcessRenderer } from '../app/publish/in-process-renderer.js';
import type { ReportRenderer } from '../app/publish/ports.js';
import { createPdfPrinter } from './pdf-printer.js';

let shared: ReportRenderer | undefined;

/** The renderer over the printer with the default fonts (ALLIANCE_FONT_DIR, else fonts/). */
export function processReportRenderer(): ReportRenderer {
  shared ??= createInProcessRenderer(createPdfPrinter());
  return shared;
}
