/**
 * The environment variable naming the folder of the PDF fonts: set by the stack on the
 * rendering Lambdas (infra/bundling.ts copies the TTFs there), read by the PDF printer.
 */
export const FONT_DIR_ENV = 'ALLIANCE_FONT_DIR';
