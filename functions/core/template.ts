/**
 * The workbook a national contact downloads, fills in and uploads: Instructions, Cover,
 * Indicators and Actions, with drop-down lists where the answer is one of a few words.
 * Its header rows are the ones the ingest recognises, so a template left empty validates
 * as accepted (with a "no data" warning per indicator). It is written in one of the four
 * languages (sheet names, headers, cover keys, instructions, drop-down words, guidance,
 * data-validation messages): every word of it comes from the language's catalogue, and a
 * filled-in template in any language reads back as the same submission.
 */
import ExcelJS from 'exceljs';
import { actionColumnFields, actionColumns } from './columns.js';
import {
  actionKinds,
  actionStatuses,
  frameworkVersion,
  type Indicator,
  reportedIndicators,
  targets,
} from './framework.js';
import {
  goalText,
  indicatorGuidance,
  indicatorName,
  targetShortName,
  targetTitle,
} from './i18n/framework-text.js';
import { countryNameIn } from './i18n/issues.js';
import { type Language, languages } from './i18n/languages.js';
import { type MessageKey, type Translate, translator } from './i18n/translate.js';
import { getMember } from './members.js';
import type { Action, Submission } from './submission.js';

export interface TemplateOptions {
  year: number;
  /** ISO code of the country to prefill on the cover (FR); left empty when absent. */
  country?: string;
  /** Last year's accepted submission: its actions are prefilled, same Ref, for a status update. */
  previous?: Submission;
  /** The language of every word of the workbook; English when absent. */
  lang?: Language;
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

/** Column headers of the Actions sheet, in order (defined once, in columns.ts). */
export { actionColumns } from './columns.js';

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
export function targetChoice(id: number, lang: Language = 'en'): string {
  const t = targets.find((x) => x.id === id);
  return t
    ? translator(lang)('template.targetChoice', { id: t.id, name: targetShortName(lang, t) })
    : String(id);
}

/** Empty action rows offered below the prefilled ones, each with its drop-down lists. */
const BLANK_ACTION_ROWS = 40;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const READ_ONLY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

const indicatorFields = [
  'indicator',
  'name',
  'info',
  'value',
  'unit',
  'source',
  'estimate',
  'notes',
] as const;
const actionFields = actionColumnFields;
const coverFields = ['country', 'year', 'contactName', 'organisation', 'email', 'date'] as const;

/** The words of the template in one language: what the ingest must read back (test/core/i18n). */
export function templateWords(lang: Language) {
  const t = translator(lang);
  return {
    sheets: {
      instructions: t('template.sheet.instructions'),
      cover: t('template.sheet.cover'),
      indicators: t('template.sheet.indicators'),
      actions: t('template.sheet.actions'),
    },
    indicatorColumns: indicatorFields.map((f) => t(`template.column.${f}`)),
    actionColumns: actionFields.map((f) => t(`template.column.${f}`)),
    coverKeys: coverFields.map((f) => t(`template.cover.${f}`)),
    yes: t('template.word.yes'),
    no: t('template.word.no'),
    kinds: Object.fromEntries(actionKinds.map((k) => [k, t(`template.kind.${k}`)])) as Record<
      (typeof actionKinds)[number],
      string
    >,
    statuses: Object.fromEntries(actionStatuses.map((k) => [k, t(`template.status.${k}`)])) as Record<
      (typeof actionStatuses)[number],
      string
    >,
    targets: targets.map((x) => targetChoice(x.id, lang)),
  };
}

type Words = ReturnType<typeof templateWords>;

/**
 * The language of the template a file was made from, told by its table headers: the one
 * language whose template headers are exactly the headers found (every table found agrees).
 * Undefined for a file of the person's own making, or headers of mixed languages.
 */
export function templateLanguageOf(headerRows: readonly (readonly string[])[]): Language | undefined {
  if (headerRows.length === 0) return undefined;
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((h, i) => h.trim() === b[i]);
  const found = languages.filter((lang) => {
    const w = templateWords(lang);
    return headerRows.every((row) => same(row, w.indicatorColumns) || same(row, w.actionColumns));
  });
  return found.length === 1 ? found[0] : undefined;
}

/** Builds the year's workbook as .xlsx bytes (deterministic: no clock inside). */
export async function buildTemplate(options: TemplateOptions): Promise<Uint8Array> {
  const { year, previous } = options;
  const lang = options.lang ?? 'en';
  const member = options.country ? getMember(options.country) : undefined;
  if (options.country && !member) throw new RangeError(`Unknown member code ${options.country}`);
  const t = translator(lang);
  const words = templateWords(lang);

  const wb = new ExcelJS.Workbook();
  // Fixed dates so that the same year and country give the same workbook.
  const stamp = new Date(Date.UTC(year, 0, 1));
  wb.creator = 'Global Alliance against Child Sexual Abuse Online';
  wb.title = t('template.title', { year });
  wb.created = stamp;
  wb.modified = stamp;

  addInstructions(wb, t, lang, words, year, member ? countryNameIn(lang, member.code) : undefined);
  // The cover keeps the member's English name: the ingest reads it (and the code) in any template.
  addCover(wb, words, year, member?.name);
  addIndicators(wb, t, lang, words);
  addActions(wb, t, words, previous?.actions ?? []);

  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addInstructions(
  wb: ExcelJS.Workbook,
  t: Translate,
  lang: Language,
  words: Words,
  year: number,
  countryName: string | undefined,
): void {
  const ws = wb.addWorksheet(words.sheets.instructions, { views: [{ showGridLines: false }] });
  ws.getColumn(1).width = 110;
  const text = (key: MessageKey, params?: Record<string, string | number>): [string, 'text'] => [
    t(key, params),
    'text',
  ];
  const heading = (key: MessageKey): [string, 'heading'] => [t(key), 'heading'];
  const blank: [string, 'text'] = ['', 'text'];
  const lines: Array<[string, 'title' | 'heading' | 'text']> = [
    [t('template.intro.title', { year }), 'title'],
    countryName
      ? text('template.intro.forCountry', { country: countryName, year })
      : text('template.intro.forYear', { year }),
    blank,
    heading('template.intro.fillHeading'),
    text('template.intro.fillCover'),
    text('template.intro.fillIndicators'),
    text('template.intro.fillActions'),
    text('template.intro.fillPrevious'),
    blank,
    heading('template.intro.unitsHeading'),
    text('template.intro.units1'),
    text('template.intro.units2'),
    text('template.intro.units3'),
    text('template.intro.units4'),
    blank,
    heading('template.intro.noDataHeading'),
    text('template.intro.noData'),
    blank,
    heading('template.intro.estimatesHeading'),
    text('template.intro.estimates'),
    blank,
    heading('template.intro.actionsHeading'),
    text('template.intro.actionsTarget', {
      goals: targets.flatMap((x) => x.goals.map((g) => g.id)).join(', '),
    }),
    text('template.intro.actionsKind'),
    text('template.intro.actionsDates'),
    blank,
    heading('template.intro.personalHeading'),
    text('template.intro.personal'),
    blank,
    heading('template.intro.sendHeading'),
    text('template.intro.send1', { year }),
    text('template.intro.send2'),
    blank,
    heading('template.intro.targetsHeading'),
  ];
  for (const x of targets) {
    lines.push(
      text('template.intro.target', {
        id: x.id,
        name: targetShortName(lang, x),
        title: targetTitle(lang, x),
      }),
    );
    for (const g of x.goals)
      lines.push(text('template.intro.goal', { id: g.id, text: goalText(lang, g.id) }));
  }
  lines.push(blank, text('template.intro.framework', { version: frameworkVersion }));

  for (const [line, kind] of lines) {
    const row = ws.addRow([line]);
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

function addCover(wb: ExcelJS.Workbook, words: Words, year: number, countryName: string | undefined): void {
  const ws = wb.addWorksheet(words.sheets.cover);
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 50;
  const values: Record<(typeof coverFields)[number], string | number | null> = {
    country: countryName ?? null,
    year,
    contactName: null,
    organisation: null,
    email: null,
    date: null,
  };
  coverFields.forEach((field, i) => {
    const row = ws.addRow([words.coverKeys[i], values[field]]);
    row.getCell(1).font = { bold: true };
  });
}

const yesNoList = (words: Words) => `"${words.yes},${words.no}"`;

function addIndicators(wb: ExcelJS.Workbook, t: Translate, lang: Language, words: Words): void {
  const ws = wb.addWorksheet(words.sheets.indicators, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const widths = [10, 40, 60, 14, 10, 30, 10, 40];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  styleHeader(ws.addRow([...words.indicatorColumns]));
  for (const ind of reportedIndicators) {
    const row = ws.addRow([
      ind.id,
      indicatorName(lang, ind),
      indicatorGuidance(lang, ind),
      null,
      t(`template.unit.${ind.unit}`),
      null,
      null,
      null,
    ]);
    for (const c of [1, 2, 3]) {
      const cell = row.getCell(c);
      cell.fill = READ_ONLY_FILL;
      cell.alignment = { wrapText: true, vertical: 'top' };
    }
    row.getCell(4).dataValidation = valueValidation(ind, t, lang, words);
    row.getCell(7).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [yesNoList(words)],
      showErrorMessage: true,
      errorTitle: words.indicatorColumns[6] ?? '',
      error: t('template.validation.estimate'),
    };
  }
}

/** Drop-down for yes/no indicators, a gentle input message for the others (never a hard block: the ingest explains). */
function valueValidation(ind: Indicator, t: Translate, lang: Language, words: Words): ExcelJS.DataValidation {
  if (ind.unit === 'yes-no')
    return {
      type: 'list',
      allowBlank: true,
      formulae: [yesNoList(words)],
      showErrorMessage: true,
      errorTitle: ind.id,
      error: t('template.validation.yesNo'),
    };
  return {
    // exceljs writes 'any' (no restriction, input message only); its typings omit it.
    type: 'any' as ExcelJS.DataValidation['type'],
    allowBlank: true,
    formulae: [],
    showInputMessage: true,
    // Excel caps the title at 32 characters and the message at 255.
    promptTitle: `${ind.id} (${t(`template.unit.${ind.unit}`)})`.slice(0, 32),
    prompt: indicatorGuidance(lang, ind).slice(0, 255),
  };
}

function listValidation(values: readonly string[], title: string, t: Translate): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: title.slice(0, 32),
    error: t('template.validation.choose', { values: values.join(', ') }).slice(0, 255),
  };
}

function addActions(wb: ExcelJS.Workbook, t: Translate, words: Words, previous: readonly Action[]): void {
  const ws = wb.addWorksheet(words.sheets.actions, { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = [10, 18, 14, 36, 50, 13, 13, 12, 12, 28, 50];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const columns = words.actionColumns;
  styleHeader(ws.addRow([...columns]));
  const targetList = listValidation(words.targets, columns[1] ?? '', t);
  const goalList = listValidation(
    targets.flatMap((x) => x.goals.map((g) => g.id)),
    columns[2] ?? '',
    t,
  );
  const kindList = listValidation(Object.values(words.kinds), columns[5] ?? '', t);
  const statusList = listValidation(Object.values(words.statuses), columns[6] ?? '', t);

  for (const a of previous) {
    ws.addRow([
      a.ref,
      words.targets[a.target - 1] ?? String(a.target),
      a.goal,
      a.title,
      a.description,
      words.kinds[a.kind],
      words.statuses[a.status],
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
