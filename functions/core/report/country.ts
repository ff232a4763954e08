/** The per-country progress report as a view model. */

import type { Issue } from '../issues.js';
import { countryProgress, type IndicatorProgress, ruleText, yearValues } from '../progress.js';
import type { Submission } from '../submission.js';
import { DASH, formatChange, formatDate, formatSize, formatValue, plural, statusViews } from './format.js';
import {
  actionRow,
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
  ReportFramework,
  WarningRow,
} from './types.js';

/** Builds the country report model from the year's merged submission and the earlier years. */
export function buildCountryReport(input: CountryReportInput): CountryReportModel {
  const { year, framework, submission } = input;
  const country = countryRef(submission.country);
  const history = input.history.filter((s) => s.country === submission.country && s.year < year);
  const progress = countryProgress(framework.indicators, year, submission, history);
  const submissionDate = input.submissionDate === undefined ? submission.cover.date : input.submissionDate;

  const sections: CountryTargetSection[] = framework.targets.map((target) => {
    const entries = progress.filter((p) => p.indicator.target === target.id);
    const actions = submission.actions.filter((a) => a.target === target.id);
    const reportedById = new Map(submission.indicators.map((v) => [v.id, v]));
    const previousYear = entries.find((e) => e.previousYear !== null)?.previousYear ?? null;
    const notes = entries.flatMap((e) => (e.warning ? [e.warning] : []));
    if (entries.some((e) => e.indicator.rule?.kind === 'benchmark')) {
      notes.push(
        'Benchmarks are reference figures of the INHOPE network, not rules a country is held to: reaching one is shown beside the value and does not make the status "achieved".',
      );
    }
    if (entries.some((e) => e.indicator.direction === 'none')) {
      notes.push(
        'Context indicators have no good or bad direction (a rise in reports can mean better detection): they are shown, not judged.',
      );
    }
    return {
      targetId: target.id,
      anchor: targetAnchor(target),
      heading: targetHeading(target),
      title: target.title,
      goals: goals(target),
      tableCaption:
        previousYear === null
          ? `Indicators of policy target ${target.id}, ${year} (no previous year reported)`
          : `Indicators of policy target ${target.id}, ${year} against ${previousYear}`,
      indicators: entries.map((e) => indicatorRow(e, reportedById.get(e.indicator.id))),
      notes,
      charts: entries.flatMap((e) => seriesChart(framework, e, year, submission, history)),
      actions: actions.map(actionRow),
      actionsByStatus: actionsByStatus(actions),
    };
  });

  const summaryRows: CountrySummaryRow[] = sections.map((s) => {
    const count = (code: string) => s.indicators.filter((i) => i.status.code === code).length;
    const indicators = {
      achieved: count('achieved'),
      improving: count('improving'),
      worsening: count('worsening'),
      noData: count('no-data'),
      total: s.indicators.length,
    };
    const target = framework.targets.find((t) => t.id === s.targetId);
    return {
      targetId: s.targetId,
      label: `${s.targetId} ${target?.shortName ?? ''}`.trim(),
      anchor: s.anchor,
      actions: s.actionsByStatus,
      actionsText: actionsText(s.actionsByStatus),
      indicators,
      indicatorsText: `${indicators.achieved} achieved, ${indicators.improving} improving, ${indicators.worsening} worsening, ${indicators.noData} no data (of ${indicators.total})`,
    };
  });

  const warnings = input.warnings ?? submission.warnings;
  const sources = input.sources ?? submission.sources;
  const title = `${country.name}: progress report ${year}`;

  return {
    ...(submission.language && submission.language !== 'en' ? { textLang: submission.language } : {}),
    meta: meta({
      kind: 'country',
      title,
      year,
      edition: input.edition,
      frameworkVersion: framework.version,
      runningHeader: `${country.name} \u00B7 ${year} \u00B7 ${editionText(input.edition)}`,
      sample: input.sample,
      documentDate: documentDate(year, [submissionDate]),
    }),
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
      rows: summaryRows,
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
        'T1.4 is computed from T1.3 of this year and the previous year; it is never typed in by the country.',
        'Figures are as reported by the country and checked for form, not audited.',
        'Contact details given with the submission are kept for the Commission’s follow-up and are not published.',
      ],
    },
  };
}

function indicatorRow(
  e: IndicatorProgress,
  reported: Submission['indicators'][number] | undefined,
): IndicatorRow {
  const ind = e.indicator;
  const estimate = reported?.estimate === true && e.current !== null;
  const value = formatValue(ind.unit, e.current, ind.range);
  const rule = ruleText(ind);
  const benchmark = e.benchmarkMet === null ? '' : e.benchmarkMet ? ': reached' : ': not reached';
  const note = [
    reported?.source ? `Source: ${reported.source}` : null,
    reported?.notes ? `Note: ${reported.notes}` : null,
  ]
    .filter((x): x is string => x !== null)
    .join('. ');
  return {
    id: ind.id,
    name: ind.name,
    unit: unitLabel(ind),
    value: estimate ? `${value} (estimate)` : value,
    previous: e.previousYear === null ? DASH : formatValue(ind.unit, e.previous, ind.range),
    change: formatChange(ind.unit, e.current, e.previous),
    rule: rule ? `${rule}${benchmark}` : DASH,
    status: statusViews[e.status],
    inputs: {
      base: e.previousYear === null ? null : formatValue(ind.unit, e.previous, ind.range),
      baseYear: e.previousYear,
      current: e.current === null ? null : value,
      rule,
      explanation: e.explanation,
    },
    estimate,
    derived: ind.derived !== undefined,
    note: note || null,
    raw: { value: e.current, previous: e.previous, change: e.change },
  };
}

function seriesChart(
  framework: ReportFramework,
  e: IndicatorProgress,
  year: number,
  submission: Submission,
  history: readonly Submission[],
): ChartModel[] {
  const ind = e.indicator;
  if (ind.unit === 'yes-no') return [];
  const byYear = new Map([...history, submission].map((s) => [s.year, s]));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const points = years.flatMap((y) => {
    const v = yearValues(framework.indicators, byYear.get(y), byYear.get(y - 1)).get(ind.id);
    return typeof v === 'number' ? [point(ind, String(y), v, y === year)] : [];
  });
  if (points.length < 2) return [];
  const span = `${points[0]?.label}\u2013${points.at(-1)?.label}`;
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
