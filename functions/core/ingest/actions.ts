/**
 * The Actions table: each line read into an action. Required columns: Ref, Target, Title,
 * Kind and Status (a report cannot follow or place an action without them); Operational
 * goal, Description, Start, End, Lead organisation and Progress note are optional.
 */

import { actionColumnFields } from '../columns.js';
import {
  type ActionKind,
  type ActionStatus,
  foldText,
  getTarget,
  resolveTarget,
  type TargetId,
} from '../framework.js';
import type { Issue, Place } from '../issues.js';
import type { CellValue, Row, Sheet } from '../workbook.js';
import { cellText } from '../workbook.js';
import { issue } from './catalogue.js';
import { cellAt, lettersOf, mapColumns } from './columns.js';
import type { ActionField, TableHeader } from './headers.js';
import type { TextField } from './indicators.js';
import { type DateEdge, readDate } from './parse/dates.js';
import { cleanText } from './parse/text.js';
import { checkCountry, checkYear, type Expected } from './place.js';

export interface ActionLine {
  ref: string;
  target: TargetId;
  goal: string | null;
  title: string;
  description: string | null;
  kind: ActionKind;
  status: ActionStatus;
  start: string | null;
  end: string | null;
  lead: string | null;
  progress: string | null;
  /** The line's Ref cell. */
  origin: Place;
  startPlace: Place;
  endPlace: Place;
  texts: TextField[];
}

/** A line as read, fields that did not fit left null (their errors are in the issues). */
export type ActionDraft = { [K in keyof ActionLine]: ActionLine[K] | null } & {
  origin: Place;
  valid: boolean;
};

const REQUIRED: readonly ActionField[] = ['ref', 'target', 'title', 'kind', 'status'];

const kindWords = new Map<string, ActionKind>();
const statusWords = new Map<string, ActionStatus>();
for (const w of [
  'baseline',
  'base line',
  'already undertaken',
  'undertaken',
  'existing',
  'existing measure',
  'reference',
  'situation de reference',
  'deja entreprise',
  'existant',
  'bestehend',
  'bestand',
  'ausgangslage',
  'bereits umgesetzt',
  'linea de base',
  'existente',
  'ya realizada',
])
  kindWords.set(foldText(w), 'baseline');
for (const w of [
  'commitment',
  'commitments',
  'committed',
  'to be undertaken',
  'new',
  'new commitment',
  'pledge',
  'engagement',
  'a entreprendre',
  'nouveau',
  'verpflichtung',
  'zusage',
  'neu',
  'compromiso',
  'nuevo',
])
  kindWords.set(foldText(w), 'commitment');
const statusList: [ActionStatus, string[]][] = [
  [
    'planned',
    [
      'planned',
      'plan',
      'not started',
      'to do',
      'todo',
      'prevu',
      'prevue',
      'planifie',
      'a venir',
      'geplant',
      'previsto',
      'planificado',
      'planeado',
    ],
  ],
  [
    'in-progress',
    [
      'in progress',
      'in-progress',
      'ongoing',
      'on going',
      'started',
      'under way',
      'underway',
      'en cours',
      'laufend',
      'in bearbeitung',
      'in umsetzung',
      'begonnen',
      'en curso',
      'en progreso',
      'en marcha',
      'en proceso',
    ],
  ],
  [
    'completed',
    [
      'completed',
      'complete',
      'done',
      'finished',
      'achieved',
      'implemented',
      'termine',
      'terminee',
      'acheve',
      'realise',
      'abgeschlossen',
      'erledigt',
      'umgesetzt',
      'completado',
      'terminado',
      'finalizado',
      'realizado',
    ],
  ],
  [
    'discontinued',
    [
      'discontinued',
      'cancelled',
      'canceled',
      'stopped',
      'abandoned',
      'dropped',
      'abandonne',
      'annule',
      'arrete',
      'eingestellt',
      'abgebrochen',
      'interrumpido',
      'cancelado',
      'suspendido',
      'abandonado',
    ],
  ],
];
for (const [status, words] of statusList) for (const w of words) statusWords.set(foldText(w), status);

function wordKey(value: CellValue): string {
  return foldText(cellText(value)).replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
}

/** Reads an operational goal (`1a`, `Goal 2b`, `OG 2b`, or `b` beside target 2) for a target. */
export function readGoal(value: CellValue, target: TargetId | null): string | 'invalid' | null {
  const key = wordKey(value).replace(/\s+/g, '');
  if (key === '') return null;
  const m = key.match(/^(?:operationalgoal|goal|og|objectif|ziel|objetivo)?(?:no|n)?([1-4])?([a-z])$/);
  if (!m) return 'invalid';
  const t = m[1] ? (Number(m[1]) as TargetId) : target;
  if (t === null || (target !== null && t !== target)) return 'invalid';
  const id = `${t}${m[2]}`;
  return getTarget(t).goals.some((g) => g.id === id) ? id : 'invalid';
}

/** Reads every line of an Actions table; problems go to `issues`. */
export function readActionTable(
  sheet: Sheet,
  header: TableHeader,
  expected: Expected,
  issues: Issue[],
): ActionDraft[] {
  const { byField, rows } = mapColumns<ActionField>(sheet, header, issues);
  const missing = REQUIRED.filter((f) => !byField.has(f));
  const labels: Record<string, string> = {
    ref: 'Ref',
    target: 'Target',
    title: 'Title',
    kind: 'Kind',
    status: 'Status',
  };
  for (const f of missing)
    issues.push(
      issue('COLUMN_MISSING', { sheet: sheet.name, row: header.row }, null, {
        table: 'Actions',
        column: labels[f],
        row: header.row,
      }),
    );
  if (missing.length > 0) return [];
  const drafts: ActionDraft[] = [];
  for (const row of rows) {
    const d = readLine(sheet, row, byField, expected, issues);
    if (d) drafts.push(d);
  }
  return drafts;
}

function readLine(
  sheet: Sheet,
  row: Row,
  byField: ReadonlyMap<ActionField, number>,
  expected: Expected,
  issues: Issue[],
): ActionDraft | undefined {
  const at = (f: ActionField) => cellAt(row, byField.get(f))?.value ?? null;
  const placeOf = (f: ActionField): Place => ({
    sheet: sheet.name,
    row: row.row,
    column: lettersOf(byField.get(f)),
  });
  if (byField.has('country')) issues.push(...checkCountry(at('country'), placeOf('country'), expected));
  if (byField.has('year')) issues.push(...checkYear(at('year'), placeOf('year'), expected));
  // Every column a contact fills in: a line with none of them is a blank line.
  const content: readonly ActionField[] = actionColumnFields;
  if (!content.some((f) => cellText(at(f)) !== '')) return undefined;

  let valid = true;
  const fail = (i: Issue) => {
    issues.push(i);
    valid = false;
  };
  const ref = cleanText(at('ref'));
  const title = cleanText(at('title'));
  const refLabel = ref ? `"${ref}"` : title ? `"${title}"` : `on row ${row.row}`;
  if (!ref) fail(issue('ACTION_REF_MISSING', placeOf('ref'), null, { title: title ?? `on row ${row.row}` }));
  if (!title) fail(issue('ACTION_TITLE_MISSING', placeOf('title'), null, { ref: refLabel }));

  let target: TargetId | null = null;
  const targetValue = at('target');
  if (cellText(targetValue) === '')
    fail(issue('ACTION_TARGET_MISSING', placeOf('target'), null, { ref: refLabel }));
  else {
    const t = resolveTarget(typeof targetValue === 'number' ? targetValue : cellText(targetValue));
    if (t === undefined) fail(issue('TARGET_UNKNOWN', placeOf('target'), targetValue));
    else target = t;
  }

  const goalRead = readGoal(at('goal'), target);
  let goal: string | null = null;
  if (goalRead === 'invalid') {
    const goals = target
      ? getTarget(target).goals.map((g) => g.id)
      : ['1a', '2a', '2b', '3a', '3b', '4a', '4b'];
    if (target !== null || cellText(targetValue) === '')
      fail(
        issue('ACTION_GOAL_UNKNOWN', placeOf('goal'), at('goal'), {
          target: target ? `target ${target} (${getTarget(target).shortName})` : 'any target',
          goals: goals.join(', '),
        }),
      );
  } else goal = goalRead;

  let kind: ActionKind | null = null;
  const kindValue = at('kind');
  if (cellText(kindValue) === '')
    fail(issue('ACTION_KIND_MISSING', placeOf('kind'), null, { ref: refLabel }));
  else {
    kind = kindWords.get(wordKey(kindValue)) ?? null;
    if (!kind) fail(issue('ACTION_KIND_UNKNOWN', placeOf('kind'), kindValue, { ref: refLabel }));
  }

  let status: ActionStatus | null = null;
  const statusValue = at('status');
  if (cellText(statusValue) === '')
    fail(issue('ACTION_STATUS_MISSING', placeOf('status'), null, { ref: refLabel }));
  else {
    status =
      statusWords.get(wordKey(statusValue)) ??
      statusWords.get(wordKey(statusValue).replace(/-/g, ' ')) ??
      null;
    if (!status) fail(issue('ACTION_STATUS_UNKNOWN', placeOf('status'), statusValue, { ref: refLabel }));
  }

  const date = (f: 'start' | 'end', edge: DateEdge): string | null => {
    const value = at(f);
    const read = readDate(value, edge);
    const field = f === 'start' ? 'start' : 'end';
    if (read.kind === 'invalid') {
      fail(issue('ACTION_DATE_INVALID', placeOf(f), value, { field, ref: refLabel }));
      return null;
    }
    if (read.kind === 'empty') return null;
    if (read.ambiguous)
      issues.push(issue('DATE_AMBIGUOUS', placeOf(f), value, { field, ref: refLabel, date: read.value }));
    return read.value;
  };
  const start = date('start', 'start');
  const end = date('end', 'end');

  const description = cleanText(at('description'), true);
  const lead = cleanText(at('lead'));
  const progress = cleanText(at('progress'), true);
  const what = `action ${refLabel}`;
  return {
    ref,
    target,
    goal,
    title,
    description,
    kind,
    status,
    start,
    end,
    lead,
    progress,
    origin: placeOf('ref'),
    startPlace: placeOf('start'),
    endPlace: placeOf('end'),
    valid,
    texts: [
      { label: `Ref of ${what}`, text: ref, place: placeOf('ref') },
      { label: `Title of ${what}`, text: title, place: placeOf('title') },
      { label: `Description of ${what}`, text: description, place: placeOf('description') },
      { label: `Lead organisation of ${what}`, text: lead, place: placeOf('lead') },
      { label: `Progress note of ${what}`, text: progress, place: placeOf('progress') },
    ],
  };
}

/** The complete action, when every required field was read. */
export function completeAction(d: ActionDraft): ActionLine | undefined {
  if (!d.valid || !d.ref || !d.target || !d.title || !d.kind || !d.status) return undefined;
  return d as ActionLine;
}
