/** Parts both report builders share: meta, legend, goals, charts, actions. */
import { type Indicator, type Target, unitLabels } from '../framework.js';
import { getMember } from '../members.js';
import type { Action } from '../submission.js';
import {
  formatDateRange,
  formatNumber,
  formatShort,
  joinWords,
  statusMeanings,
  statusOrder,
  statusViews,
} from './format.js';
import type {
  ActionRow,
  ChartModel,
  ChartPoint,
  Count,
  CountryRef,
  GoalView,
  ReportMeta,
  StatusView,
} from './types.js';

export const publisher = 'Global Alliance against Child Sexual Abuse Online';
export const sampleMark = 'Fictitious sample data';

/** The legend every report prints: every status with its meaning. */
export function legend(): Array<StatusView & { meaning: string }> {
  return statusOrder.map((code) => ({ ...statusViews[code], meaning: statusMeanings[code] }));
}

/** How an edition is named: edition 0 is a draft, which is not an edition. */
export function editionText(edition: number): string {
  return edition === 0 ? 'Draft - not for publication' : `Edition ${edition}`;
}

export function meta(
  fields: Omit<ReportMeta, 'publisher' | 'editionLabel' | 'sampleMark' | 'language'>,
): ReportMeta {
  return {
    ...fields,
    publisher,
    editionLabel: editionText(fields.edition),
    sampleMark: fields.sample ? sampleMark : null,
    language: 'en',
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

export function countryRef(code: string): CountryRef {
  return { code, name: getMember(code)?.name ?? code };
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
  };
}

/** A round axis maximum at or above `max`: 1, 2, 2.5, 5 times a power of ten. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= max) return step * power;
  }
  return 10 * power;
}

export function unitLabel(indicator: Indicator): string {
  return unitLabels[indicator.unit];
}

/** A bar chart of one indicator; `subject` says what the points are (years or countries). */
export function chart(
  indicator: Indicator,
  id: string,
  title: string,
  points: ChartPoint[],
  describe: (p: ChartPoint) => string,
): ChartModel {
  const max =
    indicator.unit === 'percent'
      ? 100
      : (indicator.range?.max ?? niceMax(Math.max(...points.map((p) => p.value))));
  return {
    id,
    kind: 'bar',
    indicatorId: indicator.id,
    title,
    description: `${indicator.name} (${unitLabel(indicator)}): ${points.map(describe).join('; ')}.`,
    unit: indicator.unit === 'percent' ? '%' : unitLabel(indicator),
    max,
    points,
  };
}

export function point(indicator: Indicator, label: string, value: number, highlight: boolean): ChartPoint {
  return { label, value, valueText: formatShort(indicator.unit, value), highlight };
}
