/**
 * The country report as a pdfmake document definition, from the same view model the HTML
 * report renders: cover, contents, status legend, summary, one section per policy target,
 * the data quality annex.
 */
import type { Column, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type {
  ActionRow,
  ChartModel,
  CountryReportModel,
  CountryTargetSection,
  DataQualitySection,
  IndicatorRow,
} from '../../core/report/types.js';
import { chartDrawing } from './chart.js';
import {
  coverPage,
  dataTable,
  figure,
  heading,
  legendTable,
  notesList,
  pageFurniture,
  plain,
  statusCell,
  tableOfContents,
} from './common.js';
import { footnotes, publicationBlock } from './publication.js';

/** The pdfmake document definition of a country report. Pure: same model, same definition. */
export function countryPdfDocument(model: CountryReportModel): TDocumentDefinitions {
  const { meta, country } = model;
  const subject = `Progress report ${meta.year} of ${country.name} under the ${meta.publisher}, ${meta.editionLabel.toLowerCase()}`;
  return {
    ...pageFurniture(meta, subject, [
      meta.publisher,
      'progress report',
      country.name,
      country.code,
      String(meta.year),
      'child sexual abuse material (CSAM)',
    ]),
    content: [
      ...coverPage(model.cover, meta, publicationBlock(meta)),
      tableOfContents(),
      ...legendTable(model.legend, model.contents),
      summarySection(model),
      ...model.targets.flatMap((section) => targetSection(section, model)),
      ...dataQualitySection(model.dataQuality, model),
    ],
  };
}

function summarySection(model: CountryReportModel): Content {
  const { summary } = model;
  return {
    pageBreak: 'before',
    stack: [
      heading(summary.heading, 1, summary.anchor, model.contents),
      dataTable(
        summary.caption,
        [110, '*', '*'],
        ['Policy target', 'Actions', 'Indicators'],
        summary.rows.map((row) => [
          { text: row.label, bold: true, linkToDestination: row.anchor },
          plain(row.actionsText),
          plain(row.indicatorsText),
        ]),
      ),
    ],
  };
}

/**
 * A policy target. No forced page break: a section starts where the last one ended, and
 * its heading moves on with what follows when it would sit alone at a page foot.
 */
function targetSection(section: CountryTargetSection, model: CountryReportModel): Content[] {
  const actionsAnchor = `${section.anchor}-actions`;
  return [
    heading(section.heading, 1, section.anchor, model.contents),
    { text: section.title, style: 'officialTitle' },
    ...goalsList(section),
    indicatorTable(section),
    ...notesList(section.notes),
    ...countryNotes(section.indicators),
    ...charts(section.charts),
    heading('Actions', 2, actionsAnchor, model.contents, { parent: section.anchor }),
    ...actionsBlock(section, model),
  ];
}

function goalsList(section: CountryTargetSection): Content[] {
  if (section.goals.length === 0) return [];
  return [
    { text: 'Operational goals', style: 'caption' },
    {
      ul: section.goals.map((goal) => ({ text: [{ text: `${goal.id}. `, bold: true }, goal.text] })),
      margin: [0, 0, 0, 6],
    },
  ];
}

function indicatorTable(section: CountryTargetSection): Content {
  return dataTable(
    section.tableCaption,
    [24, '*', 50, 56, 56, 58, 56],
    [
      'ID',
      'Indicator, and how its status follows',
      'Value',
      'Earlier value (year)',
      'Change a year',
      'Rule or benchmark',
      'Status',
    ],
    section.indicators.map((row) => indicatorCells(row)),
  );
}

function indicatorCells(row: IndicatorRow): TableCell[] {
  const marks = [
    row.derived && !row.name.includes('(derived)') ? 'derived' : null,
    row.estimate ? 'estimate' : null,
  ].filter(Boolean);
  return [
    { text: row.id, bold: true },
    {
      stack: [
        {
          text: [row.name, ...(marks.length > 0 ? [{ text: ` (${marks.join(', ')})`, italics: true }] : [])],
        },
        // The status's inputs, as the HTML prints them: a reader can recompute it.
        { text: row.inputs.explanation, style: 'small', margin: [0, 1, 0, 0] },
        ...row.extras.map((extra): Content => ({ text: extra, style: 'small' })),
      ],
    },
    plain(row.value),
    plain(row.previous),
    plain(row.change),
    plain(row.rule),
    statusCell(row.status),
  ];
}

/** What the country wrote beside its figures (notes, sources): as text, under the table. */
function countryNotes(rows: readonly IndicatorRow[]): Content[] {
  const withNotes = rows.filter((row) => row.note);
  if (withNotes.length === 0) return [];
  return [
    { text: 'Notes from the country', style: 'caption' },
    ...withNotes.map(
      (row): Content => ({ text: [{ text: `${row.id}: `, bold: true }, row.note ?? ''], style: 'note' }),
    ),
  ];
}

/** Charts two to a row; each with its title and, for every reader, its numbers in words. */
export function charts(models: readonly ChartModel[], perRow = 2): Content[] {
  if (models.length === 0) return [];
  const rows: Content[] = [];
  for (let i = 0; i < models.length; i += perRow) {
    const chunk = models.slice(i, i + perRow);
    rows.push({
      columns: chunk.map((chart) => chartBlock(chart, perRow)),
      columnGap: 16,
      margin: [0, 6, 0, 6],
      unbreakable: true,
    });
  }
  return rows;
}

function chartBlock(chart: ChartModel, perRow: number): Column {
  const width = perRow === 1 ? 495 : 240;
  return {
    width,
    stack: [
      { text: chart.title, style: 'caption' },
      // The same layout as the HTML's SVG, drawn with pdfmake's own canvas and text (much
      // faster than its SVG support). Laid out near the size it is shown at, so its labels
      // stay legible (about 8 pt).
      figure(chartDrawing(chart, chartSize(chart, perRow), width), chart.description),
      { text: chart.description, style: 'small', margin: [0, 2, 0, 0] },
    ],
  };
}

/**
 * The SVG's drawing size. Two to a row: drawn near the size shown, so labels stay about 8 pt.
 * Full width with many bars (one per country), the chart grows wider than the page and is
 * scaled down: give it height in proportion, so the bars keep a readable shape.
 */
function chartSize(chart: ChartModel, perRow: number): { width?: number; height?: number } {
  if (perRow > 1) return { width: 300, height: 170 };
  return { height: Math.round(220 * Math.max(1, chart.points.length / 18)) };
}

function actionsBlock(section: CountryTargetSection, model: CountryReportModel): Content[] {
  const counts = model.summary.rows.find((row) => row.targetId === section.targetId)?.actionsText;
  if (section.actions.length === 0) {
    return [{ text: 'No actions were reported under this target.', style: 'note' }];
  }
  return [
    ...(counts ? [{ text: `Actions by status: ${counts}.`, style: 'note' } as Content] : []),
    dataTable(
      section.actionsCaption,
      [40, '*', 62, 58, '*', 82],
      ['Ref', 'Action', 'Kind and status', 'Dates', 'Progress', 'Latest earlier report'],
      section.actions.map((action) => actionCells(action, model.textLang)),
    ),
  ];
}

/** The action in the latest earlier report: its status and progress note, a regression flagged. */
function earlierCell(action: ActionRow, lang: string | undefined): TableCell {
  if (!action.previous) return plain('not in an earlier report');
  return {
    stack: [
      { text: `${action.previous.year}: ${action.previous.statusLabel}`, bold: true },
      ...(action.previous.progress ? [inLanguage(plain(action.previous.progress), lang)] : []),
      ...(action.regression ? [{ text: action.regression, bold: true, color: '#a32020' } as Content] : []),
    ],
  };
}

/**
 * Text the country wrote, marked with the submission's language when it is known (the PDF's
 * structure tree gives it a /Lang, as the HTML gives it a lang attribute); the report's own
 * words stay English.
 */
function inLanguage<T extends object>(node: T, lang: string | undefined): T {
  return lang ? { ...node, lang } : node;
}

function actionCells(action: ActionRow, lang: string | undefined): TableCell[] {
  const detail: Content[] = [inLanguage({ text: action.title, bold: true }, lang)];
  if (action.goal) detail.push({ text: `Operational goal ${action.goal}`, style: 'small' });
  if (action.description) detail.push(inLanguage({ text: action.description }, lang));
  if (action.lead) detail.push({ text: [{ text: 'Lead: ', italics: true }, action.lead], style: 'small' });
  return [
    plain(action.ref),
    { stack: detail },
    { stack: [plain(action.kindLabel), { text: action.statusLabel, bold: true }] },
    plain(action.dates),
    inLanguage(plain(action.progress), lang),
    earlierCell(action, lang),
  ];
}

function dataQualitySection(section: DataQualitySection, model: CountryReportModel): Content[] {
  return [
    heading(section.heading, 1, section.anchor, model.contents),
    { text: 'Accepted warnings', style: 'h3', headlineLevel: 2 },
    section.warnings.length === 0
      ? { text: section.warningsText, style: 'note' }
      : dataTable(
          section.warningsText,
          [90, 90, 90, '*'],
          ['Code', 'Where', 'Value', 'Message'],
          section.warnings.map((w) => [
            { text: w.code, fontSize: 7 },
            plain(w.place),
            plain(w.value),
            plain(w.message),
          ]),
        ),
    { text: 'Source files', style: 'h3', headlineLevel: 2 },
    dataTable(
      null,
      // Wide enough that a SHA-256 stays on one line, so it can be copied and compared.
      ['*', 30, 40, 256],
      ['File', 'Format', 'Size', 'SHA-256'],
      section.sources.map((s) => [
        plain(s.name),
        plain(s.format),
        plain(s.size),
        { text: s.sha256, fontSize: 7 },
      ]),
    ),
    // The last block of the document has no bottom margin: pdfmake would open an empty
    // page for a margin that falls past the page foot.
    ...notesList(section.notes).map((node) => ({ ...(node as object), margin: [0, 2, 0, 0] }) as Content),
    ...footnotes(model.meta),
  ];
}
