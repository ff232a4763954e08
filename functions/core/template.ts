/**
 * The workbook a national contact downloads, fills in and uploads: Instructions, Cover,
 * Indicators and Actions, with drop-down lists where the answer is one of a few words.
 * Its header rows are the ones the ingest recognises, so a template left empty validates
 * as accepted (with a "no data" warning per indicator).
 */
import ExcelJS from 'exceljs';
import {
  actionKinds,
  actionStatuses,
  frameworkVersion,
  type Indicator,
  reportedIndicators,
  targets,
  unitLabels,
} from './framework.js';
import { getMember } from './members.js';
import type { Action, Submission } from './submission.js';

export interface TemplateOptions {
  year: number;
  /** ISO code of the country to prefill on the cover (FR); left empty when absent. */
  country?: string;
  /** Last year's accepted submission: its actions are prefilled, same Ref, for a status update. */
  previous?: Submission;
}

/** Column headers of the Indicators sheet, in order. The first three are for reading, the rest for filling in. */
export const indicatorColumns = [
  'Indicator',
  'Name',
  'What counts',
  'Value',
  'Unit',
  'Source',
  'Estimate',
  'Notes',
] as const;

/** Column headers of the Actions sheet, in order. */
export const actionColumns = [
  'Ref',
  'Target',
  'Operational goal',
  'Title',
  'Description',
  'Kind',
  'Status',
  'Start',
  'End',
  'Lead organisation',
  'Progress note',
] as const;

/** Keys of the Cover sheet (column A), in order. */
export const coverKeys = [
  'Country',
  'Reporting year',
  'Contact name',
  'Organisation',
  'Email',
  'Date',
] as const;

/** How a target is offered in the drop-down list: `1 - Victims` (the ingest reads any target name). */
export function targetChoice(id: number): string {
  const t = targets.find((x) => x.id === id);
  return t ? `${t.id} - ${t.shortName}` : String(id);
}

/** Empty action rows offered below the prefilled ones, each with its drop-down lists. */
const BLANK_ACTION_ROWS = 40;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const READ_ONLY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const YES_NO = '"yes,no"';

/** Builds the year's workbook as .xlsx bytes (deterministic: no clock inside). */
export async function buildTemplate(options: TemplateOptions): Promise<Uint8Array> {
  const { year, previous } = options;
  const member = options.country ? getMember(options.country) : undefined;
  if (options.country && !member) throw new RangeError(`Unknown member code ${options.country}`);

  const wb = new ExcelJS.Workbook();
  // Fixed dates so that the same year and country give the same workbook.
  const stamp = new Date(Date.UTC(year, 0, 1));
  wb.creator = 'Global Alliance against Child Sexual Abuse Online';
  wb.title = `Global Alliance yearly report ${year}`;
  wb.created = stamp;
  wb.modified = stamp;

  addInstructions(wb, year, member?.name);
  addCover(wb, year, member?.name);
  addIndicators(wb);
  addActions(wb, previous?.actions ?? []);

  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addInstructions(wb: ExcelJS.Workbook, year: number, countryName: string | undefined): void {
  const ws = wb.addWorksheet('Instructions', { views: [{ showGridLines: false }] });
  ws.getColumn(1).width = 110;
  const lines: Array<[string, 'title' | 'heading' | 'text']> = [
    [`Global Alliance against Child Sexual Abuse Online: yearly report ${year}`, 'title'],
    [
      countryName
        ? `This workbook is for ${countryName}, reporting year ${year}.`
        : `This workbook is for the reporting year ${year}. Type your country's name on the Cover sheet.`,
      'text',
    ],
    ['', 'text'],
    ['What to fill in', 'heading'],
    [
      'Cover sheet: your country, the reporting year, your name, organisation, e-mail and the date you filled it in.',
      'text',
    ],
    [
      'Indicators sheet: one figure per line, in the Value column. The "What counts" column says what each figure means.',
      'text',
    ],
    [
      'Actions sheet: one line per action your country has taken or committed to, under one of the four policy targets.',
      'text',
    ],
    [
      'Lines from last year keep their Ref: update their Status and Progress note rather than adding them again.',
      'text',
    ],
    ['', 'text'],
    ['Units', 'heading'],
    ['Counts are whole numbers such as 120. Percentages are numbers from 0 to 100, such as 90.5.', 'text'],
    [
      'Yes/no questions: choose yes or no in the list. Staff figures are full-time equivalents (decimals allowed).',
      'text',
    ],
    ['Times are in days (decimals allowed). If you give another unit, type it in the Unit column.', 'text'],
    [
      'Growth of identified victims in ICSE (T1.4) is computed from this year and last year: it is not asked for.',
      'text',
    ],
    ['', 'text'],
    ['No data', 'heading'],
    [
      'If you have no figure, leave the Value cell empty. Do not type 0 unless the true figure is zero.',
      'text',
    ],
    ['', 'text'],
    ['Estimates', 'heading'],
    [
      'If a figure is an estimate, choose yes in the Estimate column and say how it was estimated in Notes.',
      'text',
    ],
    ['', 'text'],
    ['Actions', 'heading'],
    [
      `Target: choose one of the four policy targets. Operational goal: ${targets
        .flatMap((t) => t.goals.map((g) => g.id))
        .join(', ')} (see the list below).`,
      'text',
    ],
    [
      'Kind: baseline (already undertaken) or commitment (to be undertaken). Status: planned, in-progress, completed or discontinued.',
      'text',
    ],
    ['Start and End: a date such as 2014-03-01, a month, a quarter such as Q3 2014, or a year.', 'text'],
    ['', 'text'],
    ['Personal data', 'heading'],
    [
      'Your name and e-mail are kept so that the European Commission can contact you about this report. They are never printed in a report.',
      'text',
    ],
    ['', 'text'],
    ['Where to send it', 'heading'],
    [
      `Upload the filled-in file on the Alliance reporting portal, under your country and the year ${year}.`,
      'text',
    ],
    [
      'You get an answer within seconds: accepted, or a list of what to fix and where. You may upload again until publication.',
      'text',
    ],
    ['', 'text'],
    ['The policy targets and operational goals', 'heading'],
  ];
  for (const t of targets) {
    lines.push([`Target ${t.id} (${t.shortName}): ${t.title}`, 'text']);
    for (const g of t.goals) lines.push([`    Goal ${g.id}: ${g.text}`, 'text']);
  }
  lines.push(['', 'text'], [`Framework version ${frameworkVersion}.`, 'text']);

  for (const [text, kind] of lines) {
    const row = ws.addRow([text]);
    const cell = row.getCell(1);
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (kind === 'title') cell.font = { bold: true, size: 14 };
    if (kind === 'heading') cell.font = { bold: true, size: 12 };
  }
}

function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.font = HEADER_FONT;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
}

function addCover(wb: ExcelJS.Workbook, year: number, countryName: string | undefined): void {
  const ws = wb.addWorksheet('Cover');
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 50;
  const values: Record<(typeof coverKeys)[number], string | number | null> = {
    Country: countryName ?? null,
    'Reporting year': year,
    'Contact name': null,
    Organisation: null,
    Email: null,
    Date: null,
  };
  for (const key of coverKeys) {
    const row = ws.addRow([key, values[key]]);
    row.getCell(1).font = { bold: true };
  }
}

function addIndicators(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Indicators', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const widths = [10, 40, 60, 14, 10, 30, 10, 40];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  styleHeader(ws.addRow([...indicatorColumns]));
  for (const ind of reportedIndicators) {
    const row = ws.addRow([ind.id, ind.name, ind.guidance, null, unitLabels[ind.unit], null, null, null]);
    for (const c of [1, 2, 3]) {
      const cell = row.getCell(c);
      cell.fill = READ_ONLY_FILL;
      cell.alignment = { wrapText: true, vertical: 'top' };
    }
    row.getCell(4).dataValidation = valueValidation(ind);
    row.getCell(7).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [YES_NO],
      showErrorMessage: true,
      errorTitle: 'Estimate',
      error: 'Choose yes if the figure is an estimate, or leave the cell empty.',
    };
  }
}

/** Drop-down for yes/no indicators, a gentle input message for the others (never a hard block: the ingest explains). */
function valueValidation(ind: Indicator): ExcelJS.DataValidation {
  if (ind.unit === 'yes-no')
    return {
      type: 'list',
      allowBlank: true,
      formulae: [YES_NO],
      showErrorMessage: true,
      errorTitle: ind.id,
      error: 'Choose yes or no, or leave the cell empty if you do not know.',
    };
  return {
    // exceljs writes 'any' (no restriction, input message only); its typings omit it.
    type: 'any' as ExcelJS.DataValidation['type'],
    allowBlank: true,
    formulae: [],
    showInputMessage: true,
    promptTitle: `${ind.id} (${unitLabels[ind.unit]})`,
    prompt: ind.guidance.slice(0, 255),
  };
}

function listValidation(values: readonly string[], title: string): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: title,
    error: `Choose one of: ${values.join(', ')}.`,
  };
}

function addActions(wb: ExcelJS.Workbook, previous: readonly Action[]): void {
  const ws = wb.addWorksheet('Actions', { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = [10, 18, 14, 36, 50, 13, 13, 12, 12, 28, 50];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  styleHeader(ws.addRow([...actionColumns]));
  const targetList = listValidation(
    targets.map((t) => targetChoice(t.id)),
    'Target',
  );
  const goalList = listValidation(
    targets.flatMap((t) => t.goals.map((g) => g.id)),
    'Operational goal',
  );
  const kindList = listValidation(actionKinds, 'Kind');
  const statusList = listValidation(actionStatuses, 'Status');

  for (const a of previous) {
    ws.addRow([
      a.ref,
      targetChoice(a.target),
      a.goal,
      a.title,
      a.description,
      a.kind,
      a.status,
      a.start,
      a.end,
      a.lead,
      a.progress,
    ]);
  }
  const last = previous.length + 1 + BLANK_ACTION_ROWS;
  for (let r = 2; r <= last; r++) {
    const row = ws.getRow(r);
    row.getCell(2).dataValidation = targetList;
    row.getCell(3).dataValidation = goalList;
    row.getCell(6).dataValidation = kindList;
    row.getCell(7).dataValidation = statusList;
    for (const c of [5, 11]) row.getCell(c).alignment = { wrapText: true, vertical: 'top' };
  }
  // Dates are kept as the text they were given (2014, 2014-03, 2014-03-01): a bare year typed
  // as a number would be read as a day count by a spreadsheet program.
  ws.getColumn(8).numFmt = '@';
  ws.getColumn(9).numFmt = '@';
}
