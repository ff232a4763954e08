/**
 * The per-country progress report as a view model. Read it top down: `buildCountryReport`
 * computes the progress once (functions/core/progress.ts), then builds each part from it:
 * the target sections (indicator rows, notes, charts, actions beside last year's), the
 * summary, the cover and the data quality annex.
 */

import type { Target } from '../framework.js';
import type { Issue } from '../issues.js';
import { countryProgress, type IndicatorProgress, indicatorSeries } from '../progress.js';
import type { Action, Submission } from '../submission.js';
import { aboveText, benchmarkText, explainStatus, moveText, ruleLabel, sinceBaseText } from './explain.js';
import { DASH, formatDate, formatSize, formatValue, plural, statusOrder, statusViews } from './format.js';
import {
  actionRowBeside,
  actionsByStatus,
  actionsText,
  chart,
  countryRef,
  documentDate,
  editionText,
  goals,
  legend,
  meta,
  point,
  targetAnchor,
  targetHeading,
  unitLabel,
} from './shared.js';
import type {
  ChartModel,
  CountryReportInput,
  CountryReportModel,
  CountrySummaryRow,
  CountryTargetSection,
  IndicatorRow,
  WarningRow,
} from './types.js';

/** Builds the country report model from the year's merged submission and the earlier years. */
export function buildCountryReport(input: CountryReportInput): CountryReportModel {
  const { year, framework, submission } = input;
  const country = countryRef(submission.country);
  const history = input.history.filter((s) => s.country === submission.country && s.year < year);
  const progress = countryProgress(framework.indicators, year, submission, history);
  const submissionDate = input.submissionDate === undefined ? submission.cover.date : input.submissionDate;

  const sections = framework.targets.map((target) =>
    targetSection(target, year, progress, submission, history),
  );
  const warnings = input.warnings ?? submission.warnings;
  const sources = input.sources ?? submission.sources;
  const docDate = documentDate(year, [submissionDate]);
  const reportMeta = meta(
    {
      kind: 'country',
      title: `${country.name}: progress report ${year}`,
      year,
      edition: input.edition,
      frameworkVersion: framework.version,
      runningHeader: `${country.name} \u00B7 ${year} \u00B7 ${editionText(input.edition)}`,
      sample: input.sample,
      documentDate: docDate,
    },
    { settings: input.publication, date: input.publicationDate },
    [country],
  );

  return {
    ...(submission.language && submission.language !== 'en' ? { textLang: submission.language } : {}),
    meta: reportMeta,
    country,
    cover: {
      heading: country.name,
      subheading: `Progress report ${year}`,
      facts: [
        { label: 'Country', value: `${country.name} (${country.code})` },
        { label: 'Reporting year', value: String(year) },
        { label: 'Submission date', value: submissionDate ? formatDate(submissionDate) : 'not given' },
        { label: 'Framework version', value: framework.version },
        { label: 'Edition', value: input.edition === 0 ? editionText(0) : String(input.edition) },
        ...(submission.cover.organisation
          ? [{ label: 'Reporting organisation', value: submission.cover.organisation }]
          : []),
      ],
    },
    contents: [
      { anchor: 'summary', label: 'Summary', level: 1 },
      ...sections.map((s) => ({ anchor: s.anchor, label: s.heading, level: 1 as const })),
      { anchor: 'data-quality', label: 'Data quality annex', level: 1 },
    ],
    legend: legend(),
    summary: {
      anchor: 'summary',
      heading: 'Summary',
      caption: `Actions and indicators by policy target, ${year}`,
      rows: sections.map((s) => summaryRow(s, framework.targets)),
    },
    targets: sections,
    dataQuality: {
      anchor: 'data-quality',
      heading: 'Data quality annex',
      warnings: warnings.map(warningRow),
      warningsText:
        warnings.length === 0
          ? 'No warnings were accepted with this submission.'
          : `${plural(warnings.length, 'warning was', 'warnings were')} accepted with this submission.`,
      sources: sources.map((f) => ({
        name: f.name,
        sha256: f.sha256,
        size: formatSize(f.size),
        format: f.format.toUpperCase(),
      })),
      notes: [
        'Values marked "(estimate)" are the country’s own estimates.',
        'T1.4 is computed from T1.3 of this year and its latest earlier year (annualised over a gap); it is never typed in by the country.',
        'Figures are as reported by the country and checked for form, not audited.',
        'Contact details given with the submission are kept for the Commission’s follow-up and are not published.',
      ],
    },
  };
}

/** One policy target: its indicators with their statuses and inputs, notes, charts and actions. */
function targetSection(
  target: Target,
  year: number,
  progress: readonly IndicatorProgress[],
  submission: Submission,
  history: readonly Submission[],
): CountryTargetSection {
  const entries = progress.filter((p) => p.indicator.target === target.id);
  const reportedById = new Map(submission.indicators.map((v) => [v.id, v]));
  const actions = submission.actions.filter((a) => a.target === target.id);
  const earlierActions = latestEarlierActions(history);
  const years = [
    ...new Set(entries.flatMap((e) => (e.previousYear === null ? [] : [e.previousYear]))),
  ].sort();
  return {
    targetId: target.id,
    anchor: targetAnchor(target),
    heading: targetHeading(target),
    title: target.title,
    goals: goals(target),
    tableCaption:
      years.length === 0
        ? `Indicators of policy target ${target.id}, ${year} (no earlier year reported)`
        : `Indicators of policy target ${target.id}, ${year} against the latest earlier year reported (${years.join(', ')})`,
    indicators: entries.map((e) => indicatorRow(e, reportedById.get(e.indicator.id))),
    notes: sectionNotes(entries),
    charts: entries.flatMap((e) => seriesChart(e, [...history, submission])),
    actions: actions.map((a) => actionRowBeside(a, year, earlierActions.get(a.ref) ?? null)),
    actionsByStatus: actionsByStatus(actions),
    actionsCaption:
      earlierActions.size === 0
        ? `Actions under policy target ${target.id}, ${year}`
        : `Actions under policy target ${target.id}, ${year}, beside the country's latest earlier report`,
    actionsPreviousYear:
      [...earlierActions.values()]
        .map((x) => x.year)
        .sort()
        .at(-1) ?? null,
  };
}

/** Notes under an indicator table: the T2.4 consistency note, how benchmarks and context indicators are read. */
function sectionNotes(entries: readonly IndicatorProgress[]): string[] {
  const notes = entries.flatMap((e) => {
    const above = aboveText(e);
    return above ? [above] : [];
  });
  if (entries.some((e) => e.benchmarkApplies)) {
    notes.push(
      'Benchmarks are reference figures of the INHOPE network, not rules a country is held to: one is printed beside the value only from the year it was measured, and never makes a status "achieved".',
    );
  }
  if (entries.some((e) => e.indicator.direction === 'none')) {
    notes.push(
      'Context indicators have no good or bad direction (a rise in reports can mean better detection): they are shown, not judged.',
    );
  }
  return notes;
}

/** Each action ref's state in the latest earlier report that has it. */
function latestEarlierActions(history: readonly Submission[]): Map<string, { year: number; action: Action }> {
  const found = new Map<string, { year: number; action: Action }>();
  for (const s of [...history].sort((a, b) => a.year - b.year)) {
    for (const a of s.actions) found.set(a.ref, { year: s.year, action: a });
  }
  return found;
}

function indicatorRow(
  e: IndicatorProgress,
  reported: Submission['indicators'][number] | undefined,
): IndicatorRow {
  const ind = e.indicator;
  const estimate = reported?.estimate === true && e.current !== null;
  const value = formatValue(ind.unit, e.current, ind.range);
  const rule = ruleLabel(ind, e.year);
  const note = [
    reported?.source ? `Source: ${reported.source}` : null,
    reported?.notes ? `Note: ${reported.notes}` : null,
  ]
    .filter((x): x is string => x !== null)
    .join('. ');
  const earlier = e.earlier
    ? `${formatValue(ind.unit, e.earlier.value, ind.range)} (${e.earlier.year})`
    : DASH;
  const ruleShown =
    rule === null
      ? DASH
      : e.ruleMet !== null
        ? `${rule}: ${e.ruleMet ? 'met' : 'not met'}`
        : e.benchmarkMet !== null
          ? `${rule}: ${e.benchmarkMet ? 'reached' : 'not reached'}`
          : rule;
  return {
    id: ind.id,
    name: ind.name,
    unit: unitLabel(ind),
    value: estimate ? `${value} (estimate)` : value,
    previous: earlier,
    change: e.move && e.earlier ? moveText(e.move, e.year - e.earlier.year) : DASH,
    rule: ruleShown,
    status: statusViews[e.status],
    inputs: {
      base: e.earlier ? formatValue(ind.unit, e.earlier.value, ind.range) : null,
      baseYear: e.previousYear,
      current: e.current === null ? null : value,
      rule,
      explanation: explainStatus(e),
    },
    extras: [sinceBaseText(e), benchmarkText(e)].filter((x): x is string => x !== null),
    estimate,
    derived: ind.derived !== undefined,
    note: note || null,
    raw: {
      value: e.current,
      previous: e.previous,
      change: typeof e.current === 'number' && typeof e.previous === 'number' ? e.current - e.previous : null,
    },
  };
}

/**
 * A bar per year from the first year with a value to this one; a year without a value keeps
 * its slot, marked "no data" (a missing year is never closed up). Two values at least.
 */
function seriesChart(e: IndicatorProgress, submissions: readonly Submission[]): ChartModel[] {
  const ind = e.indicator;
  if (ind.unit === 'yes-no') return [];
  const series = indicatorSeries(ind, submissions);
  const numeric = [...series].filter(
    (x): x is [number, number] => typeof x[1] === 'number' && x[0] <= e.year,
  );
  if (numeric.length < 2) return [];
  const first = Math.min(...numeric.map(([y]) => y));
  const points = [];
  for (let y = first; y <= e.year; y++) {
    const v = series.get(y);
    points.push(point(ind, String(y), typeof v === 'number' ? v : null, y === e.year));
  }
  const span = `${first}\u2013${e.year}`;
  return [
    chart(
      ind,
      `chart-${ind.id.replace('.', '-')}`,
      `${ind.id} ${ind.name}, ${span}`,
      points,
      (p) => `${p.label}: ${p.valueText}`,
    ),
  ];
}

function summaryRow(s: CountryTargetSection, targets: readonly Target[]): CountrySummaryRow {
  const count = (code: string) => s.indicators.filter((i) => i.status.code === code).length;
  const indicators = {
    achieved: count('achieved'),
    improving: count('improving'),
    worsening: count('worsening'),
    noData: count('no-data'),
    total: s.indicators.length,
  };
  const parts = statusOrder
    .map((code) => ({ code, n: count(code) }))
    .filter((x) => x.n > 0)
    .map((x) => `${x.n} ${statusViews[x.code].word}`);
  const target = targets.find((t) => t.id === s.targetId);
  return {
    targetId: s.targetId,
    label: `${s.targetId} ${target?.shortName ?? ''}`.trim(),
    anchor: s.anchor,
    actions: s.actionsByStatus,
    actionsText: actionsText(s.actionsByStatus),
    indicators,
    indicatorsText: `${parts.join(', ')} (of ${indicators.total})`,
  };
}

function warningRow(issue: Issue): WarningRow {
  const parts = [
    issue.sheet,
    issue.row === null ? null : `row ${issue.row}`,
    issue.column === null ? null : `column ${issue.column}`,
  ].filter((x): x is string => x !== null);
  return {
    code: issue.code,
    place: parts.length ? parts.join(', ') : 'whole file',
    value: issue.value,
    message: issue.message,
  };
}
