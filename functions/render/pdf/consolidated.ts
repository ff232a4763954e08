/**
 * The consolidated report as a pdfmake document definition, from the same view model the
 * HTML report renders: cover, contents, legend, executive summary, one section per policy
 * target, the status matrix, the methodology annex and the list of countries with the
 * page where each appears.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type {
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
      ...coverPage(model.cover, meta),
      tableOfContents(),
      ...legendTable(model.legend, model.contents),
      ...executiveSummary(model),
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
    heading(section.heading, 1, section.anchor, model.contents, { pageBreakBefore: true }),
    { text: section.title, style: 'officialTitle' },
    ...(section.goals.length > 0
      ? [
          {
            ul: section.goals.map((goal) => ({ text: [{ text: `${goal.id}. `, bold: true }, goal.text] })),
            margin: [0, 0, 0, 6],
          } as Content,
        ]
      : []),
    { text: section.actionsText, style: 'note' },
    valueTable(section),
    figuresTable('Figures across the reporting members', section.figures),
    ...charts(section.charts, 1),
  ];
}

/** Every reporting country's value of each indicator, with its status: countries in name order. */
function valueTable(section: ConsolidatedTargetSection): Content {
  const key: Content = {
    text: section.columns.flatMap((column, i) => [
      ...(i > 0 ? ['   '] : []),
      { text: `${column.id} `, bold: true },
      `${column.name} (${column.unit})`,
    ]),
    style: 'small',
    margin: [0, 0, 0, 4],
  };
  const rows = section.rows.map((row): TableCell[] => [
    { text: row.country.name, bold: true },
    ...row.cells.map(
      (cell): TableCell => ({
        stack: [
          { text: cell.text },
          {
            text: [{ text: cell.status.symbol, font: SYMBOL_FONT }, ` ${cell.status.word}`],
            color: cell.status.color,
            fontSize: 6.5,
          },
        ],
        fillColor: cell.status.background,
      }),
    ),
  ]);
  const table = dataTable(
    section.tableCaption,
    [78, ...section.columns.map(() => '*')],
    ['Country', ...section.columns.map((column) => column.id)],
    rows,
  );
  return { stack: [key, table] };
}

function statusMatrix(model: ConsolidatedReportModel): Content[] {
  const { matrix } = model;
  const rows = matrix.rows.map((row): TableCell[] => [
    // The destination the country list's page numbers point at.
    { text: row.country.name, bold: true, id: countryDestination(row.country.code) },
    ...row.cells.map((cell): TableCell => ({ text: cell.text, fillColor: shades[cell.shade] })),
  ]);
  return [
    heading(matrix.heading, 1, matrix.anchor, model.contents, { pageBreakBefore: true }),
    ...notesList(matrix.notes),
    dataTable(
      matrix.caption,
      [110, ...matrix.columns.map(() => '*')],
      ['Country', ...matrix.columns.map((column) => column.label)],
      rows,
    ),
  ];
}

function methodology(model: ConsolidatedReportModel): Content[] {
  const m = model.methodology;
  return [
    heading(m.heading, 1, m.anchor, model.contents, { pageBreakBefore: true }),
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
    heading(countries.heading, 1, countries.anchor, model.contents, { pageBreakBefore: true }),
    {
      text: 'Page: where the country appears in the status matrix of this report. Country reports are separate files.',
      style: 'note',
    },
    dataTable(
      null,
      ['*', 34, 70, 80, 40],
      ['Country', 'Code', 'Reported', 'Country report', 'Page'],
      countries.rows.map((row) => [
        { text: row.country.name, bold: row.reported },
        plain(row.country.code),
        plain(row.reported ? 'yes' : 'no'),
        // A file name, shown as text: this PDF links to nothing outside itself.
        plain(row.pdfHref),
        inMatrix.has(row.country.code)
          ? { pageReference: countryDestination(row.country.code), alignment: 'right' }
          : { text: '–', alignment: 'right' },
      ]),
    ),
  ];
}
