/**
 * What every PDF report shares: page furniture (running header, sample mark, page
 * numbers), metadata, styles, and the small builders the report layouts use.
 *
 * Safety rule for this folder: text that came from an upload (action titles, notes, file
 * names, warning values) only ever becomes `{ text }`. Never a `link`, `image`, `qr` or
 * `svg` node, never a key of the definition: pdfmake would fetch or parse it.
 */
import type {
  Content,
  ContentText,
  DynamicContent,
  Style,
  StyleDictionary,
  TableCell,
  TDocumentDefinitions,
  TDocumentInformation,
} from 'pdfmake/interfaces.js';
import type { ReportMeta, StatusView, TocEntry } from '../../core/report/types.js';
import { decoration, type PdfTag, withTag } from './tags.js';

export { decoration, figure, type PdfRole, type PdfTag, withTag } from './tags.js';

import { SYMBOL_FONT, TEXT_FONT } from './fonts.js';

export { SYMBOL_FONT, TEXT_FONT } from './fonts.js';

/** Fixed, so the same model gives the same bytes whatever machine renders it. */
export const PRODUCER = 'alliance-reports PDF renderer (pdfmake 0.3)';
export const AUTHOR = 'Global Alliance against Child Sexual Abuse Online';

export const colors = {
  text: '#1a1a1a',
  muted: '#4d4d4d',
  rule: '#8c8c8c',
  headerFill: '#e6ebf0',
  accent: '#1f3b5a',
  /** Dark red on white: 7.9:1. */
  sample: '#9b1c1c',
} as const;

/** Status-matrix tints, step 0 (none) to 4 (all); text on each stays #1a1a1a (>= 7:1). */
export const shades = ['#ffffff', '#e3eef8', '#c6dcf0', '#a6c8e6', '#86b3dc'] as const;

const PAGE_MARGINS: [number, number, number, number] = [50, 64, 50, 54];

export const styles: StyleDictionary = {
  coverHeading: { fontSize: 30, bold: true, color: colors.accent, margin: [0, 70, 0, 6] },
  coverSubheading: { fontSize: 18, color: colors.accent, margin: [0, 0, 0, 30] },
  coverPublisher: { fontSize: 11, color: colors.muted, margin: [0, 30, 0, 0] },
  h2: { fontSize: 16, bold: true, color: colors.accent, margin: [0, 14, 0, 6] },
  h3: { fontSize: 12, bold: true, color: colors.accent, margin: [0, 10, 0, 4] },
  officialTitle: { italics: true, margin: [0, 0, 0, 6] },
  caption: { fontSize: 9, bold: true, color: colors.muted, margin: [0, 6, 0, 3] },
  tableHeader: { bold: true, fontSize: 8.5, fillColor: colors.headerFill },
  table: { fontSize: 8.5, margin: [0, 0, 0, 8] },
  small: { fontSize: 8, color: colors.muted },
  note: { fontSize: 8.5, color: colors.muted, margin: [0, 2, 0, 2] },
  pageHeader: { fontSize: 8, color: colors.muted },
  sampleMark: { fontSize: 9, bold: true, color: colors.sample },
  tocTitle: { fontSize: 16, bold: true, color: colors.accent, margin: [0, 0, 0, 10] },
};

const defaultStyle: Style = { font: TEXT_FONT, fontSize: 10, lineHeight: 1.2, color: colors.text };

/** The parts of a document definition that depend on the report's meta only. */
export function pageFurniture(
  meta: ReportMeta,
  subject: string,
  keywords: string[],
): Omit<TDocumentDefinitions, 'content'> {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    // PDF 1.7 for the catalogue's /Lang and the outline; nothing here needs later features.
    version: '1.7',
    language: pdfLanguage(meta.language),
    displayTitle: true,
    info: documentInfo(meta, subject, keywords),
    header: runningHeader(meta),
    footer: pageFooter,
    styles,
    defaultStyle,
    pageBreakBefore: keepHeadingsWithContent,
  };
}

/** Document information: every field from the model, dates from `meta.documentDate`. */
export function documentInfo(meta: ReportMeta, subject: string, keywords: string[]): TDocumentInformation {
  const date = documentDate(meta.documentDate);
  return {
    title: meta.title,
    author: meta.publisher || AUTHOR,
    subject,
    keywords: keywords.filter(Boolean).join('; '),
    creator: 'alliance-reports',
    producer: PRODUCER,
    creationDate: date,
    modDate: date,
  };
}

/** `YYYY-MM-DD` -> midnight UTC; anything else is a bug in the model builder. */
export function documentDate(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new RangeError(`The report's documentDate is not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  }
  return date;
}

function pdfLanguage(language: string): string {
  // The reports are written in British English.
  return language === 'en' ? 'en-GB' : language;
}

function runningHeader(meta: ReportMeta): DynamicContent {
  return () => ({
    margin: [PAGE_MARGINS[0], 24, PAGE_MARGINS[2], 0],
    stack: [
      {
        columns: [
          { text: meta.title, style: 'pageHeader', width: '*' },
          { text: meta.runningHeader, style: 'pageHeader', alignment: 'right', width: 'auto' },
        ],
      },
      ...(meta.sampleMark
        ? [{ text: meta.sampleMark, style: 'sampleMark', alignment: 'right' } as Content]
        : []),
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 3,
            x2: 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2],
            y2: 3,
            lineWidth: 0.5,
          },
        ],
      },
    ],
  });
}

const pageFooter: DynamicContent = (currentPage, pageCount) => ({
  text: `Page ${currentPage} of ${pageCount}`,
  alignment: 'center',
  fontSize: 8,
  color: colors.muted,
  margin: [0, 20, 0, 0],
});

/** A heading alone at the foot of a page moves to the next one with its content. */
const keepHeadingsWithContent: NonNullable<TDocumentDefinitions['pageBreakBefore']> = (node, context) =>
  node.headlineLevel !== undefined && context.getFollowingNodesOnPage().length === 0;

/**
 * A section heading: a PDF destination (`anchor`), an entry of the table of contents and a
 * bookmark in the outline when the model's contents list it, nested under `parent`.
 */
export function heading(
  text: string,
  level: 1 | 2,
  anchor: string | null,
  contents: readonly TocEntry[],
  options: { parent?: string; pageBreakBefore?: boolean } = {},
): Content {
  const listed = anchor !== null && contents.some((entry) => entry.anchor === anchor);
  // Built loosely: @types/pdfmake splits toc items, anchors and text into exclusive types.
  const node: Record<string, unknown> = {
    text,
    style: level === 1 ? 'h2' : 'h3',
    headlineLevel: level,
    // The report's title is H1 (coverPage): a section is H2, a subsection H3.
    pdfTag: { role: level === 1 ? 'H2' : 'H3' } satisfies PdfTag,
  };
  if (anchor) node.id = anchor;
  if (options.pageBreakBefore) node.pageBreak = 'before';
  if (listed) {
    node.tocItem = true;
    node.outline = true;
    if (level === 2 && options.parent) node.outlineParentId = options.parent;
    node.tocMargin = level === 1 ? [0, 4, 0, 2] : [14, 0, 0, 2];
    if (level === 1) node.tocStyle = { bold: true };
  }
  return node as unknown as Content;
}

/** The table of contents, page numbers filled in by pdfmake. */
export function tableOfContents(): Content {
  return {
    toc: {
      title: { text: 'Contents', style: 'tocTitle' },
      numberStyle: { bold: false },
    },
  };
}

/** A status as symbol and word in its colour; the word carries the meaning on its own. */
export function statusText(status: StatusView): ContentText {
  return {
    // The word says it all; the symbol repeats it for the eye, so it is not read out.
    text: [decoration({ text: status.symbol, font: SYMBOL_FONT, color: status.color }), ` ${status.word}`],
    color: status.color,
  };
}

/** A table cell showing a status, tinted with its background. */
export function statusCell(status: StatusView): TableCell {
  return { ...statusText(status), fillColor: status.background, noWrap: true };
}

/** Uploaded or model text as a plain text node: never markup, never a link. */
export function plain(value: string | number | null | undefined, fallback = '–'): ContentText {
  const text = value === null || value === undefined || value === '' ? fallback : String(value);
  return { text };
}

/** Header cells of a table. */
export function headerRow(labels: readonly string[]): TableCell[] {
  return labels.map((label) => ({ text: label, style: 'tableHeader' }));
}

/** Light horizontal rules, header row shaded by its style. */
export const tableLayout = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
    i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.3,
  vLineWidth: () => 0,
  hLineColor: () => colors.rule,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/**
 * A data table: the header row repeats on each page, rows never split across pages, and
 * a caption above it keeps with the table.
 */
export function dataTable(
  caption: string | null,
  widths: Array<string | number>,
  header: readonly string[],
  rows: TableCell[][],
): Content {
  const table: Content = {
    style: 'table',
    layout: tableLayout,
    // keepWithHeaderRows: a header row never sits alone at the foot of a page.
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: [headerRow(header), ...rows],
    },
  };
  if (!caption) return table;
  return { stack: [{ text: caption, style: 'caption', headlineLevel: 3 }, table] };
}

/** Label/value pairs, e.g. the cover facts. */
export function factsTable(facts: ReadonlyArray<{ label: string; value: string }>): Content {
  return {
    layout: 'noBorders',
    table: {
      widths: [140, '*'],
      // The label heads its row: "Country: France (FR)" to a screen reader.
      body: facts.map((fact) => [
        withTag({ text: fact.label, bold: true, color: colors.muted }, { role: 'TH', scope: 'Row' }),
        plain(fact.value),
      ]),
    },
  };
}

/** The status legend: symbol and word, and what it means. */
export function legendTable(
  legend: ReadonlyArray<StatusView & { meaning: string }>,
  contents: readonly TocEntry[],
): Content[] {
  return [
    heading('How to read the statuses', 1, null, contents),
    {
      text: 'Each status is shown as a symbol and a word; colour only repeats what the word says.',
      style: 'note',
    },
    dataTable(
      null,
      [90, '*'],
      ['Status', 'Meaning'],
      legend.map((status) => [statusCell(status), plain(status.meaning)]),
    ),
  ];
}

/** A cover page: heading, subheading, facts, sample mark, publisher; then a page break. */
export function coverPage(
  cover: { heading: string; subheading: string; facts: ReadonlyArray<{ label: string; value: string }> },
  meta: ReportMeta,
  /** Printed on the cover page after the sample mark (the publication details). */
  extra: Content[] = [],
): Content[] {
  return [
    withTag({ text: cover.heading, style: 'coverHeading' }, { role: 'H1' }),
    { text: cover.subheading, style: 'coverSubheading' },
    factsTable(cover.facts),
    ...(meta.sampleMark
      ? [
          {
            text: `${meta.sampleMark}: the figures in this report are invented for demonstration and testing.`,
            style: 'sampleMark',
            margin: [0, 24, 0, 0],
          } as Content,
        ]
      : []),
    ...extra,
    { text: meta.publisher || AUTHOR, style: 'coverPublisher', pageBreak: 'after' },
  ];
}

/** Bulleted notes, or nothing. */
export function notesList(notes: readonly string[]): Content[] {
  if (notes.length === 0) return [];
  return [{ ul: notes.map((note) => ({ text: note, style: 'note' })), margin: [0, 2, 0, 6] }];
}
