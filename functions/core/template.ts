/**
 * The workbook a national contact downloads, fills in and uploads: Instructions, Cover,
 * Indicators and Actions, with drop-down lists where the answer is one of a few words.
 * Its header rows are the ones the ingest recognises, so a template left empty validates
 * as accepted (with a "no data" warning per indicator). It is written in one of the four
 * languages (sheet names, headers, cover keys, instructions, drop-down words, guidance,
 * data-validation messages): every word of it comes from the language's catalogue, and a
 * filled-in template in any language reads back as the same submission.
 *
 * It prevents mistakes where a spreadsheet program can: every value cell is validated by its
 * unit (stop alert, input message), the operational-goal list shows only the chosen target's
 * goals, required columns are marked, and last year's accepted value stands beside each value
 * (a reading aid the ingest ignores).
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

/**
 * Column headers of the Indicators sheet, in order, in English and without the required
 * marks. Name, What counts and Last year's value are for reading, the rest for filling in.
 */
export const indicatorColumns = [
  'Indicator',
  'Name',
  'What counts',
  'Value',
  'Last year’s value',
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

/** The last row of the Actions sheet with drop-down lists and validations. */
export const LAST_ACTION_ROW = 500;

/** What ends the heading of a column that must be filled in. */
export const REQUIRED_MARK = ' *';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const REQUIRED_HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FF843C0C' },
};
const READ_ONLY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
/** Points per line of 11-point text, as Excel and LibreOffice lay it out (with a little room). */
const LINE_HEIGHT = 15;

const indicatorFields = [
  'indicator',
  'name',
  'info',
  'value',
  'previous',
  'unit',
  'source',
  'estimate',
  'notes',
] as const;
const actionFields = actionColumnFields;
/** The columns the ingest needs on every line (COLUMN_MISSING, ACTION_*_MISSING otherwise). */
const requiredFields: ReadonlySet<string> = new Set([
  'indicator',
  'value',
  'ref',
  'target',
  'title',
  'kind',
  'status',
]);
const columnHeading = (t: Translate, field: string) =>
  t(`template.column.${field}` as MessageKey) + (requiredFields.has(field) ? REQUIRED_MARK : '');
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
    /** The Indicators headers as written, required ones ending in ` *`. */
    indicatorColumns: indicatorFields.map((f) => columnHeading(t, f)),
    /** The Actions headers as written, required ones ending in ` *`. */
    actionColumns: actionFields.map((f) => columnHeading(t, f)),
    /** The heading of the last-year column, which the ingest reads as a reading aid. */
    previous: t('template.column.previous'),
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

/** A header without its required mark: `Value *` -> `Value` (no regular expression: linear on any input). */
function withoutRequiredMark(header: string): string {
  const text = header.trim();
  return text.endsWith('*') ? text.slice(0, -1).trimEnd() : text;
}

/**
 * The language of the template a file was made from, told by its table headers: the one
 * language whose template headers are exactly the headers found (every table found agrees).
 * Templates made before the required marks and the last-year column count too: the marks
 * and that column are left out of the comparison. Undefined for a file of the person's own
 * making, or headers of mixed languages.
 */
export function templateLanguageOf(headerRows: readonly (readonly string[])[]): Language | undefined {
  if (headerRows.length === 0) return undefined;
  const found = languages.filter((lang) => {
    const w = templateWords(lang);
    const plain = (row: readonly string[]) => row.map(withoutRequiredMark).filter((h) => h !== w.previous);
    const same = (a: readonly string[], b: readonly string[]) => {
      const [x, y] = [plain(a), plain(b)];
      return x.length === y.length && x.every((h, i) => h === y[i]);
    };
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
  addIndicators(wb, t, lang, words, year, previous);
  addActions(wb, t, words, previous?.actions ?? []);
  addGoalLists(wb);

  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * How many lines a text takes in a wrapped cell of the given width (in Excel's character
 * units): words are laid out greedily, one character per width unit less one, which errs
 * on the tall side for proportional fonts (a row a little too tall hides nothing).
 */
export function wrappedLineCount(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const length = word.length;
      if (used === 0) used = length;
      else if (used + 1 + length <= perLine) used += 1 + length;
      else {
        lines++;
        used = length;
      }
      // A word longer than a line breaks across lines.
      while (used > perLine) {
        lines++;
        used -= perLine;
      }
    }
  }
  return lines;
}

/**
 * Sets an explicit height on a row whose wrapped text needs more than one line. Excel
 * and LibreOffice do not grow a row for wrapped text in a file they did not lay out
 * themselves, so without it the guidance would show as one cut line.
 */
function fitRowHeight(ws: ExcelJS.Worksheet, row: ExcelJS.Row, scale = 1): void {
  let lines = 1;
  row.eachCell((cell, col) => {
    if (!cell.alignment?.wrapText) return;
    const text = cell.value === null || cell.value === undefined ? '' : String(cell.value);
    const width = ws.getColumn(col).width ?? 9;
    lines = Math.max(lines, wrappedLineCount(text, width / scale));
  });
  if (lines > 1 || scale !== 1) row.height = Math.ceil(lines * LINE_HEIGHT * scale);
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
  const notes = t('template.column.notes');
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
    text('template.intro.required'),
    text('template.intro.previous', { column: words.previous }),
    blank,
    heading('template.intro.unitsHeading'),
    text('template.intro.units1'),
    text('template.intro.units2'),
    text('template.intro.units3'),
    text('template.intro.units4'),
    text('template.intro.checks', { notes }),
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
    // Larger type takes more room per character and per line.
    fitRowHeight(ws, row, kind === 'title' ? 14 / 11 : kind === 'heading' ? 12 / 11 : 1);
  }
}

/** Styles the header row: required columns (heading ending in the mark) stand out. */
function styleHeader(ws: ExcelJS.Worksheet, row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    const required = String(cell.value ?? '').endsWith(REQUIRED_MARK);
    cell.fill = required ? REQUIRED_HEADER_FILL : HEADER_FILL;
    cell.font = HEADER_FONT;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  fitRowHeight(ws, row);
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

/** Excel refuses a title above 32 characters and a message above 255: cut at a word. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** The Indicators sheet's columns, by field: 1-based, in the order of indicatorFields. */
const indicatorCol = Object.fromEntries(indicatorFields.map((f, i) => [f, i + 1])) as Record<
  (typeof indicatorFields)[number],
  number
>;

function addIndicators(
  wb: ExcelJS.Workbook,
  t: Translate,
  lang: Language,
  words: Words,
  year: number,
  previous: Submission | undefined,
): void {
  const ws = wb.addWorksheet(words.sheets.indicators, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const widths = [10, 40, 60, 14, 14, 10, 30, 10, 40];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const header = ws.addRow([...words.indicatorColumns]);
  styleHeader(ws, header);
  const lastYear = previous?.year ?? year - 1;
  header.getCell(indicatorCol.previous).note = t('template.previous.note', { year: lastYear });
  const before = new Map((previous?.indicators ?? []).map((v) => [v.id, v.value]));
  for (const ind of reportedIndicators) {
    const row = ws.addRow([
      ind.id,
      indicatorName(lang, ind),
      indicatorGuidance(lang, ind),
      null,
      previousValue(before.get(ind.id), words),
      t(`template.unit.${ind.unit}`),
      null,
      null,
      null,
    ]);
    for (const c of [indicatorCol.indicator, indicatorCol.name, indicatorCol.info, indicatorCol.previous]) {
      const cell = row.getCell(c);
      cell.fill = READ_ONLY_FILL;
      cell.alignment = { wrapText: true, vertical: 'top' };
    }
    row.getCell(indicatorCol.previous).alignment = { vertical: 'top', horizontal: 'right' };
    for (const c of [indicatorCol.value, indicatorCol.unit, indicatorCol.source, indicatorCol.estimate])
      row.getCell(c).alignment = { vertical: 'top' };
    row.getCell(indicatorCol.notes).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(indicatorCol.value).dataValidation = valueValidation(ind, t, lang, words);
    row.getCell(indicatorCol.estimate).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [yesNoList(words)],
      showInputMessage: true,
      promptTitle: clip(words.indicatorColumns[indicatorCol.estimate - 1] ?? '', 32),
      prompt: clip(t('template.prompt.estimate', { yes: words.yes, notes: t('template.column.notes') }), 255),
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: clip(words.indicatorColumns[indicatorCol.estimate - 1] ?? '', 32),
      error: t('template.validation.estimate'),
    };
    fitRowHeight(ws, row);
  }
}

/** Last year's value as the contact would type it: a number, or yes/no in the template's words. */
function previousValue(value: number | boolean | null | undefined, words: Words): number | string | null {
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  return value ?? null;
}

/**
 * The value cell's validation by unit, with a stop alert: a count takes a whole number
 * >= 0, a percent 0 to 100, a score its range, FTE and days a decimal >= 0, yes/no the
 * language's two words. The input message gives the rule, then what counts.
 */
export function valueValidation(
  ind: Indicator,
  t: Translate,
  lang: Language,
  words: Words,
): ExcelJS.DataValidation {
  const title = clip(`${ind.id} (${t(`template.unit.${ind.unit}`)})`, 32);
  const notes = t('template.column.notes');
  const rule = unitRule(ind, t, words);
  const messages = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: title,
    prompt: clip(`${rule} ${indicatorGuidance(lang, ind)}`, 255),
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: clip(`${ind.id}: ${t('template.rule.title')}`, 32),
    error: clip(
      ind.unit === 'yes-no'
        ? t('template.validation.yesNo')
        : `${rule} ${t('template.rule.more', { notes })}`,
      255,
    ),
  } as const;
  switch (ind.unit) {
    case 'yes-no':
      return { ...messages, type: 'list', formulae: [yesNoList(words)] };
    case 'count':
      return { ...messages, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] };
    case 'percent':
      return { ...messages, type: 'decimal', operator: 'between', formulae: [0, 100] };
    case 'score': {
      const range = ind.range ?? { min: 0, max: 0 };
      return { ...messages, type: 'whole', operator: 'between', formulae: [range.min, range.max] };
    }
    case 'fte':
    case 'days':
      return { ...messages, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] };
  }
}

function unitRule(ind: Indicator, t: Translate, words: Words): string {
  switch (ind.unit) {
    case 'yes-no':
      return t('template.rule.yesNo', { yes: words.yes, no: words.no });
    case 'count':
      return t('template.rule.count');
    case 'percent':
      return t('template.rule.percent');
    case 'score':
      return t('template.rule.score', { min: ind.range?.min ?? 0, max: ind.range?.max ?? 0 });
    case 'fte':
    case 'days':
      return t('template.rule.decimal');
  }
}

function listValidation(
  values: readonly string[],
  title: string,
  prompt: string,
  t: Translate,
): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
    showInputMessage: true,
    promptTitle: clip(title, 32),
    prompt: clip(prompt, 255),
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: clip(title, 32),
    error: clip(t('template.validation.choose', { values: values.join(', ') }), 255),
  };
}

/** The hidden sheet of the goal lists, and the names the goal drop-down looks them up by. */
export const goalListSheet = 'Lists';
export const goalListName = (target: number | 'all') => `goals_${target}`;

/**
 * The goal drop-down of a row: the goals of the target chosen in column B (looked up by
 * name, from the digit its choice starts with), all goals while no target is chosen or it
 * was typed some other way. LibreOffice and Excel both evaluate INDIRECT in a list source.
 */
export const goalListFormula = (row: number) =>
  `INDIRECT(IF(ISNUMBER(MATCH(LEFT($B${row},1),{${targets.map((x) => `"${x.id}"`).join(',')}},0)),"goals_"&LEFT($B${row},1),"${goalListName('all')}"))`;

/** Validation over a range (one entry in the file, not one per cell; exceljs's typings omit it). */
function addRangeValidation(ws: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  (
    ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(range, validation);
}

function addActions(wb: ExcelJS.Workbook, t: Translate, words: Words, previous: readonly Action[]): void {
  const ws = wb.addWorksheet(words.sheets.actions, { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = [10, 18, 14, 36, 50, 13, 13, 12, 12, 28, 50];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const columns = words.actionColumns;
  styleHeader(ws, ws.addRow([...columns]));
  const target = t('template.column.target');
  const kinds = words.kinds;
  const targetList = listValidation(
    words.targets,
    t('template.column.target'),
    t('template.prompt.target'),
    t,
  );
  const kindList = listValidation(
    Object.values(kinds),
    t('template.column.kind'),
    t('template.prompt.kind', { baseline: kinds.baseline, commitment: kinds.commitment }),
    t,
  );
  const statusList = listValidation(
    Object.values(words.statuses),
    t('template.column.status'),
    t('template.prompt.status'),
    t,
  );
  const goals = targets.map((x) => `${x.id}: ${x.goals.map((g) => g.id).join(', ')}`).join('; ');
  const goalList: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [goalListFormula(2)],
    showInputMessage: true,
    promptTitle: clip(t('template.column.goal'), 32),
    prompt: clip(t('template.prompt.goal', { target }), 255),
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: clip(t('template.column.goal'), 32),
    error: clip(t('template.error.goal', { target, goals }), 255),
  };

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
  const last = Math.max(LAST_ACTION_ROW, previous.length + 1);
  // One validation per column over every row: relative references ($B2) follow the row.
  addRangeValidation(ws, `B2:B${last}`, targetList);
  addRangeValidation(ws, `C2:C${last}`, goalList);
  addRangeValidation(ws, `F2:F${last}`, kindList);
  addRangeValidation(ws, `G2:G${last}`, statusList);
  for (const c of [4, 5, 10, 11]) ws.getColumn(c).alignment = { wrapText: true, vertical: 'top' };
  for (let r = 2; r <= previous.length + 1; r++) {
    const row = ws.getRow(r);
    for (const c of [4, 5, 10, 11]) row.getCell(c).alignment = { wrapText: true, vertical: 'top' };
    fitRowHeight(ws, row);
  }
  // Dates are kept as the text they were given (2014, 2014-03, 2014-03-01): a bare year typed
  // as a number would be read as a day count by a spreadsheet program.
  ws.getColumn(8).numFmt = '@';
  ws.getColumn(9).numFmt = '@';
}

/** The hidden sheet the goal drop-down reads: one named column of goal ids per target, and all. */
function addGoalLists(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(goalListSheet, { state: 'hidden' });
  const all = targets.flatMap((x) => x.goals.map((g) => g.id));
  const columns: Array<[number | 'all', readonly string[]]> = [
    ...targets.map((x): [number, string[]] => [x.id, x.goals.map((g) => g.id)]),
    ['all', all],
  ];
  columns.forEach(([name, ids], i) => {
    const col = ws.getColumn(i + 1);
    ids.forEach((id, r) => {
      ws.getCell(r + 1, i + 1).value = id;
    });
    wb.definedNames.add(`'${ws.name}'!$${col.letter}$1:$${col.letter}$${ids.length}`, goalListName(name));
  });
}
