/**
 * The font families a PDF document definition may name. The printer
 * (functions/adapters/pdf-printer.ts) registers a font file for each style of each family.
 */

/** Roboto: the reports' text. */
export const TEXT_FONT = 'Roboto';
/** DejaVu Sans: has every status symbol (arrows, check marks, shapes) Roboto lacks. */
export const SYMBOL_FONT = 'Symbols';
