/**
 * The consolidated report as a pdfmake document definition, from the same view model the
 * HTML report renders: cover, contents, legend, executive summary, one section per policy
 * target, the status matrix, the methodology annex and the list of countries with the
 * page where each appears.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type {
  ChangesSection,
  ConsolidatedFigure,
  ConsolidatedReportModel,
  ConsolidatedTargetSection,
} from '../../core/report/types.js';
import {
  colors,
  coverPage,
  dataTable,
  heading,
  legendTable,
  notesList,
  pageFurniture,
  plain,
  SYMBOL_FONT,
  shades,
  statusCell,
  tableOfContents,
} from './common.js';
import { charts } from './country.js';
import { footnotes, publicationBlock } from './publication.js';

/** The destination id of a country's row in the status matrix (the page the country list cites). */
export function countryDestination(code: string): string {
  return `country-${code}`;
}

/** The pdfmake document definition of the consolidated report. Pure: same model, same definition. */
export function consolidatedPdfDocument(model: ConsolidatedReportModel): TDocumentDefinitions {
  const { meta } = model;
  const subject = `Consolidated progress report ${meta.year} of the ${meta.publisher}, ${meta.editionLabel.toLowerCase()}`;
  return {
    ...pageFurniture(meta, subject, [
      meta.publisher,
      'consolidated progress report',
      String(meta.year),
      'child sexual abuse material (CSAM)',
    ]),
    content: [
      ...coverPage(model.cover, meta, publicationBlock(meta)),
      tableOfContents(),
      ...legendTable(model.legend, model.contents),
      ...executiveSummary(model),
      ...changesSection(model.changes, model),
      ...model.targets.flatMap((section) => targetSection(section, model)),
      ...statusMatrix(model),
      ...methodology(model),
      ...countryList(model),
    ],
  };
}

function executiveSummary(model: ConsolidatedReportModel): Content[] {
  const { summary } = model;
  return [
    heading(summary.heading, 1, summary.anchor, model.contents, { pageBreakBefore: true }),
    { text: summary.reportedText, bold: true, margin: [0, 0, 0, 2] },
    { text: summary.notReportedText, margin: [0, 0, 0, 6] },
    ...summary.headlines.flatMap((headline): Content[] => [
      { text: headline.label, style: 'h3', headlineLevel: 2, linkToDestination: headline.anchor },
      figuresTable(null, headline.figures),
    ]),
    ...notesList(summary.notes),
  ];
}

/** This year beside last year: like-for-like figures, members starting or stopping, status counts. */
function changesSection(changes: ChangesSection, model: ConsolidatedReportModel): Content[] {
  return [
    heading(changes.heading, 1, changes.anchor, model.contents),
    { text: changes.intro, margin: [0, 0, 0, 4] },
    dataTable(
      `Headline figures, ${changes.previousYear} and ${model.meta.year}, over the same members`,
      [24, '*', 44, 50, 70, 70],
      [
        'ID',
        'Indicator',
        'Measure',
        'Members (both years)',
        String(changes.previousYear),
        String(model.meta.year),
      ],
      changes.figures.map((row) => [
        { text: row.indicatorId, bold: true },
        plain(row.name),
        plain(row.measure),
        { text: String(row.members), alignment: 'right' },
        { text: row.previous, alignment: 'right' },
        { text: row.current, alignment: 'right' },
      ]),
    ),
    { text: changes.newlyReportingText, margin: [0, 2, 0, 2] },
    { text: changes.noLongerReportingText, margin: [0, 0, 0, 4] },
    dataTable(
      changes.statusesCaption,
      [110, 80, 80],
      ['Status', String(changes.previousYear), String(model.meta.year)],
      changes.statuses.map((row) => [
        statusCell(row.status),
        { text: String(row.previous), alignment: 'right' },
        { text: String(row.current), alignment: 'right' },
      ]),
    ),
  ];
}

function figuresTable(caption: string | null, figures: readonly ConsolidatedFigure[]): Content {
  return dataTable(
    caption,
    [24, '*', 72, 46, 44, 40, 80],
    ['ID', 'Indicator', 'Reporting', 'Total', 'Median', 'Yes', 'Met the rule'],
    figures.map((f) => [
      { text: f.indicatorId, bold: true },
      { text: [f.name, { text: ` (${f.unit})`, color: colors.muted }] },
      plain(f.reportingText),
      plain(f.total),
      plain(f.median),
      plain(f.yes),
      plain(f.metRule),
    ]),
  );
}

function targetSection(section: ConsolidatedTargetSection, model: ConsolidatedReportModel): Content[] {
  return [
    heading(section.heading, 1, section.anchor, model.contents),
    { text: section.title, style: 'officialTitle' },
    ...(section.goals.length > 0
      ? [
          {
            ul: section.goals.map((goal) => ({ text: [{ text: `${goal.id}. `, bold: true }, goal.text] })),
            margin: [0, 0, 0, 6],
          } as Content,
        ]
      : []),
    valueTable(section),
    ...notesList(section.notes),
    ...charts(section.charts, 1),
    // A two-row table with its caption and sentence: kept together, never split over a page foot.
    {
      unbreakable: true,
      stack: [
        { text: section.actionsText, style: 'note' },
        dataTable(
          `Actions under policy target ${section.targetId}, all reporting members`,
          section.actionsByStatus.map(() => '*'),
          section.actionsByStatus.map((c) => c.label),
          [section.actionsByStatus.map((c): TableCell => ({ text: String(c.count), alignment: 'right' }))],
        ),
      ],
    },
  ];
}

/**
 * Every member's value of each indicator, with its status, in name order. The header row
 * carries the full indicator names, so the key repeats on every continuation page; a
 * member that did not report says so across its row.
 */
function valueTable(section: ConsolidatedTargetSection): Content {
  const span = section.columns.length;
  const rows = section.rows.map((row): TableCell[] => [
    { text: row.country.name, bold: true },
    ...(row.notReported !== null ? notReportedCells(row.notReported, span) : []),
    ...row.cells.map(
      (cell): TableCell => ({
        stack: [
          { text: cell.text },
          {
            text: [{ text: cell.status.symbol, font: SYMBOL_FONT }, ` ${cell.status.word}`],
            color: cell.status.color,
            fontSize: 7,
          },
        ],
        fillColor: cell.status.background,
      }),
    ),
  ]);
  return dataTable(
    section.tableCaption,
    [70, ...section.columns.map(() => '*')],
    ['Member', ...section.columns.map((column) => `${column.id} ${column.name} (${column.unit})`)],
    rows,
  );
}

/** One cell across `span` columns saying why there is no value, and the empty cells it covers. */
function notReportedCells(text: string, span: number): TableCell[] {
  return [
    { text, colSpan: span, italics: true, color: colors.muted },
    ...Array.from({ length: span - 1 }, (): TableCell => ({ text: '' })),
  ];
}

function statusMatrix(model: ConsolidatedReportModel): Content[] {
  const { matrix } = model;
  const rows = matrix.rows.map((row): TableCell[] => [
    // The destination the country list's page numbers point at.
    { text: row.country.name, bold: true, id: countryDestination(row.country.code) },
    ...(row.notReported !== null ? notReportedCells(row.notReported, matrix.columns.length) : []),
    ...row.cells.map((cell): TableCell => ({ text: cell.text, fillColor: shades[cell.shade] })),
  ]);
  return [
    heading(matrix.heading, 1, matrix.anchor, model.contents),
    ...notesList(matrix.notes),
    dataTable(
      matrix.caption,
      [110, ...matrix.columns.map(() => '*')],
      ['Member', ...matrix.columns.map((column) => column.label)],
      rows,
    ),
  ];
}

function methodology(model: ConsolidatedReportModel): Content[] {
  const m = model.methodology;
  return [
    heading(m.heading, 1, m.anchor, model.contents),
    ...m.framework.map((paragraph): Content => ({ text: paragraph, margin: [0, 0, 0, 6] })),
    { text: 'Status rules', style: 'h3', headlineLevel: 2 },
    dataTable(
      null,
      [90, '*'],
      ['Status', 'Rule'],
      m.statusRules.map((r) => [statusCell(r.status), plain(r.rule)]),
    ),
    { text: 'Indicators', style: 'h3', headlineLevel: 2 },
    dataTable(
      null,
      [28, '*', 58, 50, 110],
      ['ID', 'Indicator', 'Unit', 'Direction', 'Rule or benchmark'],
      m.indicators.map((i) => [
        { text: i.id, bold: true },
        plain(i.name),
        plain(i.unit),
        plain(i.direction),
        plain(i.rule),
      ]),
    ),
    { text: 'Caveats', style: 'h3', headlineLevel: 2 },
    ...notesList(m.caveats),
  ];
}

/** Every member: whether it reported, its own report's file, and the page of its row here. */
function countryList(model: ConsolidatedReportModel): Content[] {
  const { countries, matrix } = model;
  const inMatrix = new Set(matrix.rows.map((row) => row.country.code));
  return [
    heading(countries.heading, 1, countries.anchor, model.contents),
    {
      text: 'Each country report is a separate file beside this one (linked below). Page: where the member appears in the status matrix of this report.',
      style: 'note',
    },
    dataTable(
      null,
      ['*', 30, 130, 60, 34],
      ['Member', 'Code', 'For this year', 'Country report', 'Page'],
      countries.rows.map((row) => [
        { text: row.country.name, bold: row.reported },
        plain(row.country.code),
        plain(row.statusText),
        // The file name is built from the ISO code (never from uploaded text): a relative link.
        row.pdfHref
          ? { text: row.pdfHref, link: row.pdfHref, color: colors.accent, decoration: 'underline' }
          : plain(null),
        inMatrix.has(row.country.code)
          ? { pageReference: countryDestination(row.country.code), alignment: 'right' }
          : { text: '–', alignment: 'right' },
      ]),
    ),
    ...footnotes(model.meta),
  ];
}
