/**
 * The publication details on the cover page (publisher, date, edition, licence, contact,
 * legal notice, accessibility statement) and the footnotes a document needs (the Kosovo
 * designation), from the model's meta: the same text the HTML prints.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { ReportMeta } from '../../core/report/types.js';
import { factsTable, heading, plain } from './common.js';

export function publicationBlock(meta: ReportMeta): Content[] {
  const p = meta.publication;
  return [
    // An H2 after the cover's H1, as the HTML has it (a tagged PDF skips no heading level).
    heading(p.heading, 1, null, []),
    factsTable(p.facts),
    { text: [{ text: 'Licence. ', bold: true }, p.licence.text], style: 'note', margin: [0, 6, 0, 2] },
    { text: [{ text: 'Legal notice. ', bold: true }, p.legalNotice], style: 'note' },
    { text: [{ text: 'Accessibility. ', bold: true }, p.accessibility], style: 'note' },
    ...footnotes(meta),
  ];
}

/** The document's footnotes (the Kosovo designation), or nothing. */
export function footnotes(meta: ReportMeta): Content[] {
  return meta.footnotes.map((note): Content => ({ ...plain(note), style: 'note', margin: [0, 4, 0, 0] }));
}
