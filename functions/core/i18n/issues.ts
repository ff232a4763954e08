/**
 * An issue in the reader's language. The ingest writes every issue in English and keeps
 * its parameters (`Issue.params`); this module writes the message and hint again from the
 * language's catalogue. The parameters the core fills with its own words (an indicator's
 * label, a table, a column, "on row 7") are put in the language here; what came from the
 * person's file (the value, a Ref, a title) is shown exactly as typed.
 *
 * The readers' codes (FILE_*, CSV_*...) are in the catalogues too; what a file turned out
 * to be (`a PDF document`) and why it could not be opened are put in the language when the
 * catalogue has the words (`term.fileKind.*`, `term.readDetail.*`); a detail naming a part
 * of the file (an entry of the zip, a csv-parse code) stays in English.
 * Issues without parameters (stored before the catalogues existed) stay as they are.
 */

import { getIndicator, getTarget, type TargetId } from '../framework.js';
import type { Issue } from '../issues.js';
import { resolveMember } from '../members.js';
import { indicatorLabelIn, targetShortName } from './framework-text.js';
import type { Language } from './languages.js';
import { en } from './messages/en.js';
import {
  formatDay,
  formatNumber,
  formatSignedPercent,
  isMessageKey,
  type MessageKey,
  type MessageParams,
  translate,
} from './translate.js';

type Params = Record<string, string | number | null | undefined>;

/** Codes whose `value` is a figure read as a number (not text as typed). */
const numberCodes = new Set(['VALUE_NEGATIVE', 'VALUE_NOT_WHOLE', 'VALUE_OUT_OF_RANGE']);

const fieldLabelKeys: Record<string, MessageKey> = {
  Indicator: 'term.field.indicator',
  Name: 'term.field.name',
  Value: 'term.field.value',
  Unit: 'term.field.unit',
  Source: 'term.field.source',
  Estimate: 'term.field.estimate',
  Notes: 'term.field.notes',
  Country: 'term.field.country',
  Year: 'term.field.year',
  'What counts': 'term.field.info',
  Ref: 'term.field.ref',
  Target: 'term.field.target',
  'Operational goal': 'term.field.goal',
  Title: 'term.field.title',
  Description: 'term.field.description',
  Kind: 'term.field.kind',
  Status: 'term.field.status',
  Start: 'term.field.start',
  End: 'term.field.end',
  'Lead organisation': 'term.field.lead',
  'Progress note': 'term.field.progress',
};

const unitKeys: Record<string, MessageKey> = {
  'a fraction of 1': 'term.unit.fraction',
  percent: 'term.unit.percent',
  hours: 'term.unit.hours',
  weeks: 'term.unit.weeks',
  days: 'term.unit.days',
};

const textFieldKeys: [RegExp, MessageKey, 'indicator' | 'action'][] = [
  [/^answer to (.+)$/, 'term.answerTo', 'indicator'],
  [/^Estimate of (.+)$/, 'term.estimateOf', 'indicator'],
  [/^Source of (.+)$/, 'term.sourceOf', 'indicator'],
  [/^Notes on (.+)$/, 'term.notesOn', 'indicator'],
  [/^Ref of (.+)$/, 'term.refOf', 'action'],
  [/^Title of (.+)$/, 'term.titleOf', 'action'],
  [/^Description of (.+)$/, 'term.descriptionOf', 'action'],
  [/^Lead organisation of (.+)$/, 'term.leadOf', 'action'],
  [/^Progress note of (.+)$/, 'term.progressOf', 'action'],
];

/** English words to their key, for the terms the readers write in English (`a PDF document`). */
function termsByEnglish(prefix: string): Map<string, MessageKey> {
  const byText = new Map<string, MessageKey>();
  for (const [key, text] of Object.entries(en))
    if (key.startsWith(prefix)) byText.set(text, key as MessageKey);
  return byText;
}

const fileKindKeys = termsByEnglish('term.fileKind.');
const readDetailKeys = termsByEnglish('term.readDetail.');

/** `Victims identified during the year (T1.2)` -> the label in `lang`; anything else unchanged. */
function indicatorIn(lang: Language, label: string): string {
  const id = label.match(/\((T\d+\.\d+)\)$/)?.[1];
  return (id && indicatorLabelIn(lang, id)) || label;
}

/** `"FR-1-01"` stays; `on row 7` is put in the language. */
function refIn(lang: Language, ref: string): string {
  const row = ref.match(/^on row (\d+)$/)?.[1];
  return row ? translate(lang, 'term.onRow', { row }) : ref;
}

function actionIn(lang: Language, what: string): string {
  const ref = what.match(/^action (.+)$/)?.[1];
  return ref ? translate(lang, 'term.action', { ref: refIn(lang, ref) }) : what;
}

function fieldIn(lang: Language, field: string): string {
  if (field === 'start') return translate(lang, 'term.date.start');
  if (field === 'end') return translate(lang, 'term.date.end');
  for (const [pattern, key, kind] of textFieldKeys) {
    const rest = field.match(pattern)?.[1];
    if (rest === undefined) continue;
    return kind === 'indicator'
      ? translate(lang, key, { indicator: indicatorIn(lang, rest) })
      : translate(lang, key, { action: actionIn(lang, rest) });
  }
  return field;
}

/** A member's name in the language (Allemagne, Deutschland...), from its code; unknown names unchanged. */
export function countryNameIn(lang: Language, nameOrCode: string): string {
  const member = resolveMember(nameOrCode);
  if (!member || lang === 'en') return member?.name ?? nameOrCode;
  const region = { EL: 'GR', UK: 'GB' }[member.code] ?? member.code;
  try {
    const name = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }).of(region);
    return name ?? member.name;
  } catch {
    return member.name;
  }
}

/** The value of a unit-dependent parameter (`expected`, `example`) for the issue's indicator. */
function unitTexts(
  lang: Language,
  indicatorLabel: string,
  example: string,
): { expected: string; example: string } | undefined {
  const id = indicatorLabel.match(/\((T\d+\.\d+)\)$/)?.[1];
  const ind = id ? getIndicator(id) : undefined;
  if (!ind) return undefined;
  const range = { min: ind.range?.min ?? 0, max: ind.range?.max ?? 0 };
  const unit = ind.unit;
  const expected = translate(lang, `term.expected.${unit}` as MessageKey, range);
  let ex = translate(lang, `term.example.${unit}` as MessageKey, range);
  if (example.endsWith(translate('en', 'term.example.dateCell')))
    ex = `${ex} ${translate(lang, 'term.example.dateCell')}`;
  return { expected, example: ex };
}

/** The parameters of an English issue, with the core's own words put in `lang`. */
export function localizeParams(lang: Language, code: string, params: MessageParams): Params {
  const out: Params = { ...params };
  const text = (name: string): string | undefined => {
    const v = params[name];
    return typeof v === 'string' ? v : undefined;
  };
  const indicator = text('indicator');
  if (indicator) {
    out.indicator = indicatorIn(lang, indicator);
    if (text('expected') !== undefined || text('example') !== undefined) {
      const u = unitTexts(lang, indicator, text('example') ?? '');
      if (u) {
        out.expected = u.expected;
        out.example = u.example;
      }
    }
  }
  const what = text('what');
  const whatKey = what === undefined ? undefined : fileKindKeys.get(what);
  if (whatKey) out.what = translate(lang, whatKey);
  const detail = text('detail');
  const detailKey = detail === undefined ? undefined : readDetailKeys.get(detail);
  if (detailKey) out.detail = translate(lang, detailKey);
  const from = text('from');
  if (from) out.from = unitKeys[from] ? translate(lang, unitKeys[from]) : indicatorIn(lang, from);
  const to = text('to');
  if (to && unitKeys[to]) out.to = translate(lang, unitKeys[to]);
  const table = text('table');
  if (table === 'Indicators') out.table = translate(lang, 'term.table.indicators');
  if (table === 'Actions') out.table = translate(lang, 'term.table.actions');
  const column = text('column');
  if (column && fieldLabelKeys[column]) out.column = translate(lang, fieldLabelKeys[column]);
  const role = text('role');
  if (role === 'cover') out.role = translate(lang, 'term.role.cover');
  if (role === 'indicators table') out.role = translate(lang, 'term.role.indicators');
  if (role === 'actions table') out.role = translate(lang, 'term.role.actions');
  const field = text('field');
  if (field) out.field = fieldIn(lang, field);
  const ref = text('ref');
  if (ref) out.ref = refIn(lang, ref);
  const title = text('title');
  if (title) out.title = refIn(lang, title);
  const target = text('target');
  if (target === 'any target') out.target = translate(lang, 'term.anyTarget');
  else if (target) {
    const id = Number(target.match(/^target ([1-4]) \(/)?.[1]);
    if (id)
      out.target = translate(lang, 'term.target', {
        id,
        name: targetShortName(lang, getTarget(id as TargetId)),
      });
  }
  const change = text('change');
  const pct = change?.match(/^([+-]?\d+)%$/)?.[1];
  if (pct !== undefined) out.change = formatSignedPercent(lang, Number(pct));
  // A figure the ingest read as a number is written the language's way (1 234,5 in French).
  const value = text('value');
  if (numberCodes.has(code) && value && /^-?\d+(?:\.\d+)?$/.test(value))
    out.value = formatNumber(lang, Number(value));
  // The reporting period's days (UPLOAD_NOT_OPEN...) are kept as `opensDay` beside `opens`: written the language's way.
  for (const [name, v] of Object.entries(params)) {
    const base = name.match(/^(\w+)Day$/)?.[1];
    if (base && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) out[base] = formatDay(lang, v);
  }
  if (code.startsWith('COUNTRY_')) {
    for (const name of ['expected', 'found'] as const) {
      const v = text(name);
      if (v === 'France or FR') out[name] = translate(lang, 'term.exampleCountry');
      else if (v) out[name] = countryNameIn(lang, v);
    }
  }
  return out;
}

/** The issue with its message and hint in `lang` (English: unchanged). */
export function localizeIssue(issue: Issue, lang: Language): Issue {
  if (lang === 'en' || !issue.params) return issue;
  const messageKey = `issue.${issue.code}.message`;
  const hintKey = `issue.${issue.code}.hint`;
  if (!isMessageKey(messageKey) || !isMessageKey(hintKey)) return issue;
  const params = localizeParams(lang, issue.code, issue.params);
  return { ...issue, message: translate(lang, messageKey, params), hint: translate(lang, hintKey, params) };
}

export function localizeIssues(issues: readonly Issue[], lang: Language): Issue[] {
  return issues.map((i) => localizeIssue(i, lang));
}
