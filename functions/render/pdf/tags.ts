/**
 * The role a node plays in the PDF's structure tree (tagged PDF, PDF/UA-1), carried on the
 * document definition as data. The printer's tagging (functions/adapters/pdf-tagging.ts)
 * reads it; pdfmake ignores it. Most nodes need none: a text is a paragraph, a table is a
 * table with header cells from `headerRows`, a list is a list, `headlineLevel` 1 and 2 are
 * H2 and H3, a `linkToDestination` is a Link described by its text, drawings are page
 * furniture. A role is given only where the layout cannot tell: the title (H1), a heading
 * without `headlineLevel`, a figure and its alternative text, a row header, decoration.
 *
 * `lang` (a BCP 47 tag) on a text node or on a piece of a text's array says that text is in
 * another language than the document's.
 */
import type { Content } from 'pdfmake/interfaces.js';

/** Structure types a node may ask for (ISO 32000-1, 14.8.4). */
export type PdfRole =
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'Caption'
  | 'Note'
  | 'Figure'
  | 'TH'
  | 'TD'
  | 'Span'
  | 'Artifact';

export interface PdfTag {
  role: PdfRole;
  /** Figure: what it shows, numbers included; read instead of the drawing. */
  alt?: string;
  /** TH: the cells it heads (a column heading's default is `Column`). */
  scope?: 'Column' | 'Row' | 'Both';
}

/** The definition key the tagging reads. */
export const PDF_TAG_KEY = 'pdfTag';

/** The node with a role. Same node otherwise: pdfmake lays it out as before. */
export function withTag<T extends Content>(node: T, tag: PdfTag): T {
  const object = typeof node === 'object' && !Array.isArray(node) ? node : { stack: [node].flat() };
  return { ...object, [PDF_TAG_KEY]: tag } as T;
}

/** A drawing that carries meaning, read as `alt` (which should give its numbers). */
export function figure<T extends Content>(node: T, alt: string): T {
  return withTag(node, { role: 'Figure', alt });
}

/** Decoration: drawn, never read (the meaning is in the text beside it). */
export function decoration<T extends Content>(node: T): T {
  return withTag(node, { role: 'Artifact' });
}
