/** Parts both report builders share: meta, legend, goals, charts, actions. */
import { type Indicator, type Target, unitLabels } from '../framework.js';
import { getMember, shortNameOf } from '../members.js';
import type { Action } from '../submission.js';
import {
  formatDate,
  formatDateRange,
  formatNumber,
  formatShort,
  joinWords,
  statusMeanings,
  statusOrder,
  statusViews,
} from './format.js';
import { kosovoFootnote, type PublicationSettings, publicationView } from './publication.js';
import type {
  ActionRow,
  ChartLine,
  ChartModel,
  ChartPoint,
  Count,
  CountryRef,
  GoalView,
  ReportMeta,
  StatusView,
} from './types.js';

export const sampleMark = 'Fictitious sample data';

/** The legend every report prints: every status with its meaning. */
export function legend(): Array<StatusView & { meaning: string }> {
  return statusOrder.map((code) => ({ ...statusViews[code], meaning: statusMeanings[code] }));
}

/** How an edition is named: edition 0 is a draft, which is not an edition. */
export function editionText(edition: number): string {
  return edition === 0 ? 'Draft - not for publication' : `Edition ${edition}`;
}

/**
 * The meta every page needs. `names` are the countries the document names: the Kosovo
 * footnote comes with Kosovo. The publication date is the edition's when given, else the
 * document date.
 */
export function meta(
  fields: Omit<
    ReportMeta,
    'publisher' | 'editionLabel' | 'sampleMark' | 'language' | 'publication' | 'footnotes'
  >,
  publication: { settings?: Partial<PublicationSettings> | undefined; date?: string | null | undefined },
  names: readonly CountryRef[],
): ReportMeta {
  const view = publicationView(
    publication.settings,
    fields.edition,
    publication.date === undefined ? fields.documentDate : publication.date,
    formatDate,
  );
  return {
    ...fields,
    publisher: view.facts[0]?.value ?? '',
    editionLabel: editionText(fields.edition),
    sampleMark: fields.sample ? sampleMark : null,
    language: 'en',
    publication: view,
    footnotes: names.some((c) => c.code === 'XK') ? [kosovoFootnote] : [],
  };
}

/** A date usable in document metadata: the latest ISO date of `dates`, else 1 January of the next year. */
export function documentDate(year: number, dates: ReadonlyArray<string | null | undefined>): string {
  const full = dates
    .filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort()
    .at(-1);
  return full ?? `${year + 1}-01-01`;
}

/** A country as reports name it: the EU style guide's short name, Kosovo with its asterisk. */
export function countryRef(code: string): CountryRef {
  const member = getMember(code);
  const name = member ? shortNameOf(member) : code;
  return { code, name: code === 'XK' ? `${name}*` : name };
}

/** Alphabetical by name, accents folded, so no order ever looks like a ranking. */
export function byName(a: CountryRef, b: CountryRef): number {
  const fa = a.name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const fb = b.name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}

export function targetHeading(target: Target): string {
  return `Policy target ${target.id}: ${target.shortName}`;
}

export function targetAnchor(target: Target): string {
  return `target-${target.id}`;
}

export function goals(target: Target): GoalView[] {
  return target.goals.map((g) => ({ id: g.id, text: g.text }));
}

const actionStatusLabels: Record<Action['status'], string> = {
  planned: 'planned',
  'in-progress': 'in progress',
  completed: 'completed',
  discontinued: 'discontinued',
};
const actionStatusOrder: Array<Action['status']> = ['planned', 'in-progress', 'completed', 'discontinued'];

/** Actions by status: the four statuses in framework order, zeros included. */
export function actionsByStatus(actions: readonly Action[]): Count[] {
  return actionStatusOrder.map((code) => ({
    code,
    label: actionStatusLabels[code],
    count: actions.filter((a) => a.status === code).length,
  }));
}

/** `2 completed and 1 in progress`, or `no actions reported`. */
export function actionsText(counts: readonly Count[]): string {
  const parts = counts.filter((c) => c.count > 0).map((c) => `${formatNumber(c.count, 0)} ${c.label}`);
  return parts.length ? joinWords(parts) : 'no actions reported';
}

export function actionRow(a: Action): ActionRow {
  return {
    ref: a.ref,
    title: a.title,
    description: a.description,
    goal: a.goal,
    kind: a.kind,
    kindLabel: a.kind === 'baseline' ? 'baseline (already undertaken)' : 'commitment (to be undertaken)',
    status: a.status,
    statusLabel: actionStatusLabels[a.status],
    dates: formatDateRange(a.start, a.end),
    lead: a.lead,
    progress: a.progress,
    previous: null,
    regression: null,
  };
}

/** How far an action has gone: a later report with a lower rank is a regression. */
const actionRank: Record<Action['status'], number> = {
  planned: 0,
  'in-progress': 1,
  completed: 2,
  discontinued: -1,
};

/** The action beside its state in the latest earlier report (`earlier`, same ref), a regression flagged. */
export function actionRowBeside(
  a: Action,
  year: number,
  earlier: { year: number; action: Action } | null,
): ActionRow {
  const row = actionRow(a);
  if (!earlier) return row;
  const before = earlier.action;
  const regressed =
    actionRank[a.status] < actionRank[before.status] ||
    (a.status === 'discontinued' && before.status !== 'discontinued');
  return {
    ...row,
    previous: {
      year: earlier.year,
      statusLabel: actionStatusLabels[before.status],
      progress: before.progress,
    },
    regression: regressed
      ? `regression: ${actionStatusLabels[before.status]} in ${earlier.year}, ${actionStatusLabels[a.status]} in ${year}`
      : null,
  };
}

export function unitLabel(indicator: Indicator): string {
  return unitLabels[indicator.unit];
}

/**
 * A tick step that fits the unit: 1, 2 or 5 times a power of ten, never below 1 for
 * whole-number units (no 12.5 on a count), giving about `target` steps over `span`.
 */
export function tickStep(span: number, whole: boolean, target = 5): number {
  const raw = span > 0 ? span / target : 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((x) => x >= raw) ?? 10 * power;
  return whole ? Math.max(1, Math.round(step)) : step;
}

/**
 * A bar chart of one indicator. `lines` (median, benchmark) are drawn across it. Percent
 * shares run on 0-100%; a growth (T1.4), counts, FTE and days on their own range.
 */
export function chart(
  indicator: Indicator,
  id: string,
  title: string,
  points: ChartPoint[],
  describe: (p: ChartPoint) => string,
  options: { orientation?: 'vertical' | 'horizontal'; lines?: ChartLine[] } = {},
): ChartModel {
  const lines = options.lines ?? [];
  const values = [...points.filter((p) => !p.missing).map((p) => p.value), ...lines.map((l) => l.value)];
  const share = indicator.unit === 'percent' && !indicator.derived;
  const low = Math.min(0, ...values);
  const high = share ? 100 : (indicator.range?.max ?? Math.max(...values, 0));
  const whole = indicator.unit === 'count' || indicator.unit === 'score';
  const step = tickStep(high - low || 1, whole);
  const min = low < 0 ? Math.floor(low / step) * step : 0;
  let max = Math.ceil(high / step) * step;
  if (max <= min) max = min + step;
  const ticks: ChartModel['ticks'] = [];
  for (let i = 0; min + i * step <= max + step / 1e6; i++) {
    const v = Math.round((min + i * step) * 1e6) / 1e6;
    ticks.push({ value: v, label: `${formatNumber(v, 2)}${indicator.unit === 'percent' ? '%' : ''}` });
  }
  return {
    id,
    kind: 'bar',
    indicatorId: indicator.id,
    title,
    description: `${indicator.name} (${unitLabel(indicator)}): ${points.map(describe).join('; ')}.${lines.length ? ` Lines: ${lines.map((l) => l.label).join('; ')}.` : ''}`,
    unit: indicator.unit === 'percent' ? '%' : unitLabel(indicator),
    orientation: options.orientation ?? 'vertical',
    min,
    max,
    ticks,
    points,
    lines,
  };
}

export function point(
  indicator: Indicator,
  label: string,
  value: number | null,
  highlight: boolean,
): ChartPoint {
  return value === null
    ? { label, value: 0, valueText: 'no data', highlight, missing: true }
    : { label, value, valueText: formatShort(indicator.unit, value), highlight, missing: false };
}
