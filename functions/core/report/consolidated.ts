/**
 * The consolidated progress report of a year, across every member, as a view model. Read it
 * top down: `buildConsolidatedReport` gathers the year once (`gatherYear`: every member,
 * where it stands, the progress of those that reported, this year and last), then builds
 * each part from that: executive summary, changes since last year, the target sections,
 * the status matrix, the methodology annex and the country list.
 */
import type { Indicator, Target, TargetId } from '../framework.js';
import { membersInYear } from '../members.js';
import {
  type ConsolidatedIndicator,
  consolidateIndicator,
  countryProgress,
  type IndicatorProgress,
  judgedStatuses,
  median,
  type StatusCode,
} from '../progress.js';
import { buildReportingStatus, type ReportingStatus } from '../reporting-status.js';
import type { Submission } from '../submission.js';
import { aboveText, ruleLabel } from './explain.js';
import {
  formatFixed,
  formatNumber,
  formatValue,
  joinWords,
  statusMeanings,
  statusOrder,
  statusViews,
} from './format.js';
import {
  actionsByStatus,
  actionsText,
  byName,
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
  ChangeRow,
  ChangesSection,
  ChartLine,
  ChartModel,
  ConsolidatedFigure,
  ConsolidatedReportInput,
  ConsolidatedReportModel,
  ConsolidatedTargetSection,
  CountryRef,
  MatrixCell,
  ReportFramework,
} from './types.js';

/** The indicators charted per country in the consolidated report: one per target. */
export const headlineIndicators: readonly string[] = ['T1.2', 'T2.3', 'T3.2', 'T4.3'];

const directionLabels = {
  higher: 'higher is better',
  lower: 'lower is better',
  none: 'none (context)',
} as const;

/** A member that reported, with its progress of the year by indicator id. */
interface Reporter {
  country: CountryRef;
  submission: Submission;
  progress: Map<string, IndicatorProgress>;
}

/** Everything the parts of the report are built from. */
interface YearData {
  year: number;
  framework: ReportFramework;
  /** Every member of the year (and any other country that reported), in name order. */
  everyone: CountryRef[];
  /** Where each of `everyone` stands, by code. */
  reporting: Map<string, ReportingStatus>;
  /** This year's reporting members, in name order. */
  reporters: Reporter[];
  /** Last year's reporting members, in name order. */
  lastYear: Reporter[];
}

/** Builds the consolidated report model of a year. */
export function buildConsolidatedReport(input: ConsolidatedReportInput): ConsolidatedReportModel {
  const data = gatherYear(input);
  const { year, framework, everyone } = data;
  const reported = everyone.filter((c) => data.reporting.get(c.code)?.status === 'reported');
  const title = `Consolidated progress report ${year}`;
  const targets = framework.targets.map((t) => targetSection(t, data));
  return {
    meta: meta(
      {
        kind: 'consolidated',
        title,
        year,
        edition: input.edition,
        frameworkVersion: framework.version,
        runningHeader: `Consolidated report \u00B7 ${year} \u00B7 ${editionText(input.edition)}`,
        sample: input.sample,
        documentDate: documentDate(
          year,
          data.reporters.map((r) => r.submission.cover.date),
        ),
      },
      { settings: input.publication, date: input.publicationDate },
      everyone,
    ),
    cover: {
      heading: 'Consolidated progress report',
      subheading: `Reporting year ${year}`,
      facts: [
        { label: 'Reporting year', value: String(year) },
        { label: 'Members reporting', value: `${reported.length} of ${everyone.length}` },
        { label: 'Framework version', value: framework.version },
        { label: 'Edition', value: input.edition === 0 ? editionText(0) : String(input.edition) },
      ],
    },
    contents: [
      { anchor: 'summary', label: 'Executive summary', level: 1 },
      { anchor: 'changes', label: `Changes since ${year - 1}`, level: 1 },
      ...targets.map((t) => ({ anchor: t.anchor, label: t.heading, level: 1 as const })),
      { anchor: 'matrix', label: 'Status matrix', level: 1 },
      { anchor: 'methodology', label: 'Methodology annex', level: 1 },
      { anchor: 'countries', label: 'Country reports', level: 1 },
    ],
    legend: legend(),
    summary: executiveSummary(data, reported),
    changes: changesSince(data),
    targets,
    matrix: statusMatrix(data),
    methodology: methodology(framework),
    countries: {
      anchor: 'countries',
      heading: 'Country reports',
      rows: everyone.map((c) => {
        const reportedNow = data.reporting.get(c.code)?.status === 'reported';
        return {
          country: c,
          reported: reportedNow,
          statusText: reportedNow ? 'reported' : notReportedText(data.reporting.get(c.code), year),
          href: reportedNow ? `${c.code}.html` : null,
          pdfHref: reportedNow ? `${c.code}.pdf` : null,
        };
      }),
    },
  };
}

/** Every member, where it stands, and the progress of this year's and last year's reporters. */
function gatherYear(input: ConsolidatedReportInput): YearData {
  const { year, framework } = input;
  const expected = input.members ?? membersInYear(year);
  const submissions = input.submissions.filter((s) => s.year === year);
  const codes = new Set([...expected.map((m) => m.code), ...submissions.map((s) => s.country)]);
  const everyone = [...codes].map(countryRef).sort(byName);
  // What the caller stated, over what the submissions and history alone show; a submission
  // in hand always means the member reported.
  const reporting = new Map(defaultReporting(input, submissions, [...codes]).map((r) => [r.country, r]));
  for (const r of input.reporting ?? []) {
    if (reporting.get(r.country)?.status !== 'reported') reporting.set(r.country, r);
  }
  const reportersOf = (y: number, subs: readonly Submission[]): Reporter[] =>
    subs
      .map((s) => ({
        country: countryRef(s.country),
        submission: s,
        progress: new Map(
          countryProgress(
            framework.indicators,
            y,
            s,
            input.history.filter((h) => h.country === s.country && h.year < y),
          ).map((p) => [p.indicator.id, p]),
        ),
      }))
      .sort((a, b) => byName(a.country, b.country));
  return {
    year,
    framework,
    everyone,
    reporting,
    reporters: reportersOf(year, submissions),
    lastYear: reportersOf(
      year - 1,
      input.history.filter((h) => h.year === year - 1),
    ),
  };
}

/** Without upload records: reported when a submission is in hand, else not submitted; earlier years from the history. */
function defaultReporting(
  input: ConsolidatedReportInput,
  submissions: readonly Submission[],
  codes: readonly string[],
): ReportingStatus[] {
  return buildReportingStatus({
    year: input.year,
    members: input.members ?? membersInYear(input.year),
    countries: codes.map((code) => {
      const own = submissions.find((s) => s.country === code);
      return {
        country: code,
        uploads: own ? [{ accepted: true }] : [],
        acceptedOn: own ? (own.cover.date ?? null) : undefined,
        earlierYears: input.history.filter((h) => h.country === code).map((h) => h.year),
      };
    }),
  });
}

/** `not reported in 2015 (last report: 2014)`, `upload rejected (last report: 2014)`. */
function notReportedText(r: ReportingStatus | undefined, year: number): string {
  const last = r?.previousReportedYear;
  if (r?.status === 'upload-rejected') return `upload rejected${last ? ` (last report: ${last})` : ''}`;
  return `not reported in ${year} (${last ? `last report: ${last}` : 'no earlier report'})`;
}

/** `Not reported in 2015: Albania (last report: 2014) and Cambodia (no earlier report). Upload rejected: Malta (last report: 2014).` */
function notReportedSummary(notReported: readonly CountryRef[], data: YearData): string {
  if (notReported.length === 0) return 'Every member reported.';
  const last = (c: CountryRef) => {
    const y = data.reporting.get(c.code)?.previousReportedYear;
    return `${c.name} (${y ? `last report: ${y}` : 'no earlier report'})`;
  };
  const rejected = notReported.filter((c) => data.reporting.get(c.code)?.status === 'upload-rejected');
  const missing = notReported.filter((c) => data.reporting.get(c.code)?.status !== 'upload-rejected');
  return [
    missing.length ? `Not reported in ${data.year}: ${joinWords(missing.map(last))}.` : '',
    rejected.length
      ? `Upload rejected, so not reported in ${data.year}: ${joinWords(rejected.map(last))}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function entriesOf(reporters: readonly Reporter[], ind: Indicator): IndicatorProgress[] {
  return reporters.flatMap((r) => {
    const p = r.progress.get(ind.id);
    return p ? [p] : [];
  });
}

function executiveSummary(data: YearData, reported: CountryRef[]): ConsolidatedReportModel['summary'] {
  const { year, framework, everyone } = data;
  const notReported = everyone.filter((c) => data.reporting.get(c.code)?.status !== 'reported');
  return {
    anchor: 'summary',
    heading: 'Executive summary',
    membersTotal: everyone.length,
    reportedCount: reported.length,
    reportedText: `${reported.length} of ${everyone.length} members reported for ${year}.`,
    reported,
    notReported,
    notReportedText: notReportedSummary(notReported, data),
    headlines: framework.targets.map((t) => ({
      targetId: t.id,
      label: targetHeading(t),
      anchor: `summary-target-${t.id}`,
      figures: figuresFor(data, t.id),
    })),
    notes: [
      'Totals are given for counts only; percentages, staff (FTE) and days are summarised by their median, across the members that reported a value.',
      'Countries are never ranked by a single score; tables list them in alphabetical order.',
      'Context indicators (T2.2, T4.2) are shown, not judged: a rise in reports can mean better detection.',
    ],
  };
}

function figuresFor(data: YearData, target: TargetId): ConsolidatedFigure[] {
  return data.framework.indicators
    .filter((i) => i.target === target)
    .map((i) =>
      figure(
        consolidateIndicator(i, entriesOf(data.reporters, i), data.year),
        data.reporters.length,
        data.year,
      ),
    );
}

/** This year beside last year: like-for-like figures, who started or stopped reporting, status counts. */
function changesSince(data: YearData): ChangesSection {
  const { year, framework } = data;
  const previousYear = year - 1;
  const lastByCode = new Map(data.lastYear.map((r) => [r.country.code, r]));
  const nowByCode = new Map(data.reporters.map((r) => [r.country.code, r]));
  const both = data.reporters.filter((r) => lastByCode.has(r.country.code));
  const figures: ChangeRow[] = framework.indicators.map((ind) => {
    const pairs = both.flatMap((r) => {
      const now = r.progress.get(ind.id)?.current ?? null;
      const then = lastByCode.get(r.country.code)?.progress.get(ind.id)?.current ?? null;
      return now !== null && then !== null ? [{ now, then }] : [];
    });
    const measure = ind.unit === 'count' ? 'total' : ind.unit === 'yes-no' ? 'yes' : 'median';
    const summarise = (values: Array<number | boolean>): string => {
      if (values.length === 0) return '\u2013';
      if (measure === 'yes') return `${values.filter((v) => v === true).length} of ${values.length} yes`;
      const numbers = values.filter((v): v is number => typeof v === 'number');
      if (measure === 'total')
        return formatValue(
          'count',
          numbers.reduce((a, b) => a + b, 0),
        );
      return formatValue(ind.unit, median(numbers), ind.range);
    };
    return {
      indicatorId: ind.id,
      name: ind.name,
      measure,
      members: pairs.length,
      previous: summarise(pairs.map((p) => p.then)),
      current: summarise(pairs.map((p) => p.now)),
    };
  });
  const newly = data.reporters.filter((r) => !lastByCode.has(r.country.code)).map((r) => r.country);
  const stopped = data.lastYear.filter((r) => !nowByCode.has(r.country.code)).map((r) => r.country);
  const countStatuses = (reporters: readonly Reporter[]) => {
    const counts = new Map<StatusCode, number>();
    for (const r of reporters)
      for (const p of r.progress.values()) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
    return counts;
  };
  const nowCounts = countStatuses(data.reporters);
  const thenCounts = countStatuses(data.lastYear);
  return {
    anchor: 'changes',
    heading: `Changes since ${previousYear}`,
    previousYear,
    intro:
      data.lastYear.length === 0
        ? `No member reported for ${previousYear}: there is nothing to compare with.`
        : `Like for like: the figures below are over the ${both.length} members that reported both for ${previousYear} and ${year} (the count beside each figure says how many gave a value both years), so a member joining or leaving does not move them.`,
    figures,
    newlyReporting: newly,
    noLongerReporting: stopped,
    newlyReportingText:
      newly.length === 0
        ? `No member reported for ${year} that had not reported for ${previousYear}.`
        : `Reporting for ${year} and not for ${previousYear}: ${joinWords(newly.map((c) => c.name))}.`,
    noLongerReportingText:
      stopped.length === 0
        ? `Every member that reported for ${previousYear} reported again for ${year}.`
        : `Reported for ${previousYear} and not for ${year}: ${joinWords(stopped.map((c) => c.name))}.`,
    statuses: statusOrder.map((code) => ({
      status: statusViews[code],
      previous: thenCounts.get(code) ?? 0,
      current: nowCounts.get(code) ?? 0,
    })),
    statusesCaption: `Statuses of every indicator of the reporting members: ${data.lastYear.length} members for ${previousYear}, ${data.reporters.length} for ${year}`,
  };
}

function targetSection(target: Target, data: YearData): ConsolidatedTargetSection {
  const { year, framework } = data;
  const inds = framework.indicators.filter((i) => i.target === target.id);
  const reporterByCode = new Map(data.reporters.map((r) => [r.country.code, r]));
  const actions = data.reporters.flatMap((r) => r.submission.actions.filter((a) => a.target === target.id));
  const counts = actionsByStatus(actions);
  const notes = data.reporters.flatMap((r) =>
    inds.flatMap((i) => {
      const p = r.progress.get(i.id);
      const above = p ? aboveText(p) : null;
      return above ? [`${r.country.name}: ${above}`] : [];
    }),
  );
  if (inds.some((i) => ruleLabel(i, year) !== null && i.rule?.kind === 'benchmark')) {
    notes.push(
      'Benchmarks are reference figures of the INHOPE network, cited only from the year they were measured; they are not rules a member is held to.',
    );
  }
  return {
    targetId: target.id,
    anchor: targetAnchor(target),
    heading: targetHeading(target),
    title: target.title,
    goals: goals(target),
    tableCaption: `Values reported for policy target ${target.id}, ${year}, every member (alphabetical order)`,
    columns: inds.map((i) => ({ id: i.id, name: i.name, unit: unitLabel(i) })),
    rows: data.everyone.map((country) => {
      const r = reporterByCode.get(country.code);
      if (!r)
        return { country, cells: [], notReported: notReportedText(data.reporting.get(country.code), year) };
      return {
        country,
        notReported: null,
        cells: inds.map((i) => {
          const p = r.progress.get(i.id);
          return {
            indicatorId: i.id,
            text: formatValue(i.unit, p?.current ?? null, i.range),
            status: statusViews[p?.status ?? 'no-data'],
          };
        }),
      };
    }),
    notes,
    charts: inds.filter((i) => headlineIndicators.includes(i.id)).flatMap((i) => countryChart(i, data)),
    actionsByStatus: counts,
    actionsText: `Actions reported under this target: ${actionsText(counts)}.`,
  };
}

/**
 * A bar per reporting member with a value, horizontal and sorted by value (largest first;
 * ties by name), so 20 or 50 short names stay legible; the median and a benchmark that
 * applies as lines. Members without a value are named in the description.
 */
function countryChart(ind: Indicator, data: YearData): ChartModel[] {
  const withValue = data.reporters.flatMap((r) => {
    const v = r.progress.get(ind.id)?.current;
    return typeof v === 'number' ? [{ country: r.country, value: v }] : [];
  });
  if (withValue.length === 0) return [];
  const ordered = [...withValue].sort((a, b) => b.value - a.value || byName(a.country, b.country));
  const mid = median(withValue.map((x) => x.value));
  const lines: ChartLine[] = [];
  if (mid !== null)
    lines.push({ kind: 'median', value: mid, label: `median ${formatValue(ind.unit, mid, ind.range)}` });
  const rule = ind.rule;
  if (rule?.kind === 'benchmark' && rule.year <= data.year) {
    lines.push({ kind: 'benchmark', value: rule.value, label: `${rule.text} (${rule.source})` });
  }
  const missing = data.everyone.filter((c) => !withValue.some((x) => x.country.code === c.code));
  const model = chart(
    ind,
    `chart-${ind.id.replace('.', '-')}`,
    `${ind.id} ${ind.name}, ${data.year}, by member, largest first`,
    ordered.map((x) => point(ind, x.country.name, x.value, false)),
    (p) => `${p.label} ${p.valueText}`,
    { orientation: 'horizontal', lines },
  );
  if (missing.length > 0) {
    model.description += ` No value: ${joinWords(missing.map((c) => c.name))}.`;
  }
  return [model];
}

function statusMatrix(data: YearData): ConsolidatedReportModel['matrix'] {
  const { year, framework } = data;
  const reporterByCode = new Map(data.reporters.map((r) => [r.country.code, r]));
  return {
    anchor: 'matrix',
    heading: 'Status matrix',
    caption: `Indicators achieved and improving of those judged, by member and target, ${year}`,
    notes: [
      'Each cell counts, of the indicators of a target that can be judged (achieved, not met, improving, stable or worsening), how many are achieved and how many improving. Context, no-data and first-report indicators are not judged; "nothing to judge" when none is left. The shade follows the share of achieved and improving and only repeats what the text says.',
      'The matrix is not a ranking: targets differ in their number of indicators and members in what they report. Every member of the year has a row; one that did not report says so across it.',
    ],
    columns: framework.targets.map((t) => ({ targetId: t.id, label: `${t.id} ${t.shortName}` })),
    rows: data.everyone.map((country) => {
      const r = reporterByCode.get(country.code);
      if (!r)
        return { country, cells: [], notReported: notReportedText(data.reporting.get(country.code), year) };
      return {
        country,
        notReported: null,
        cells: framework.targets.map((t) => matrixCell(t, r, framework)),
      };
    }),
  };
}

function matrixCell(target: Target, r: Reporter, framework: ReportFramework): MatrixCell {
  const statuses = framework.indicators
    .filter((i) => i.target === target.id)
    .map((i) => r.progress.get(i.id)?.status ?? 'no-data')
    .filter((s) => judgedStatuses.includes(s));
  const achieved = statuses.filter((s) => s === 'achieved').length;
  const improving = statuses.filter((s) => s === 'improving').length;
  const judged = statuses.length;
  const share = judged === 0 ? null : (achieved + improving) / judged;
  return {
    targetId: target.id,
    achieved,
    improving,
    judged,
    share,
    text:
      share === null
        ? 'nothing to judge'
        : `${achieved} achieved, ${improving} improving of ${judged} judged (${formatNumber(share * 100, 0)}%)`,
    shade: shadeOf(share),
  };
}

function methodology(framework: ReportFramework): ConsolidatedReportModel['methodology'] {
  return {
    anchor: 'methodology',
    heading: 'Methodology annex',
    framework: [
      `The Global Alliance against Child Sexual Abuse Online was launched in Brussels on 5 December 2012 by the European Commission and the United States. Each member commits to four policy targets, announces concrete actions under them, carries them out and reports back every year. This report uses framework version ${framework.version}.`,
      'Each policy target has operational goals and indicators. Members report the indicators and their actions in a yearly workbook; the figures are validated for form (units, ranges, consistency) and the latest accepted upload of each table counts.',
      'The official target titles are quoted verbatim from the 2012 declaration. Elsewhere this report says "child sexual abuse material (CSAM)", the term recommended by the 2016 Luxembourg Terminology Guidelines.',
      'Statuses follow method 2. A value is compared with the latest earlier year for which the member reported a value of that indicator (not only the year before), and the move is taken per year: counts, FTE and days by their annual growth rate, (current / earlier)^(1/gap) - 1; percents in points a year; scores and yes/no by any change. A move under the tolerance (2% a year; 1 point a year) is stable. The statuses are checked in this order: no data; context; achieved (the rule is met); not met (a rule, not met, and no earlier year); first report (no rule and no earlier year); then improving, stable or worsening by the direction. Every status is printed with its inputs, so a reader can recompute it.',
    ],
    statusRules: statusOrder.map((code) => ({ status: statusViews[code], rule: statusMeanings[code] })),
    indicators: framework.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      unit: unitLabel(i),
      direction: directionLabels[i.direction],
      rule:
        i.rule?.kind === 'benchmark'
          ? `${i.rule.text} (${i.rule.source}), cited from ${i.rule.year} on`
          : i.rule?.kind === 'not-above'
            ? `note when ${i.rule.text}`
            : (i.rule?.text ?? '\u2013'),
    })),
    caveats: [
      'A rise in reports can mean better detection, not more abuse: context indicators are never coloured as progress or regress.',
      'Members count and define cases differently (legal definitions, counting units, reporting periods): compare figures between countries with care.',
      'Benchmarks (T4.3 to T4.5) are reference figures of the INHOPE network, measured in other years and places. They are not rules a member is held to, and a report cites one only from the year it was measured on.',
      'T1.4 (growth of T1.3) is computed from T1.3 of the year and its latest earlier year, annualised over a gap; it has no data when either is missing or the earlier one is 0.',
      'Offenders convicted (T2.4) above offenders prosecuted (T2.3) is flagged as a note, not a status: convictions can follow prosecutions of earlier years.',
      'Values marked as estimates are the members’ own estimates. Figures are as reported and checked for form, not audited.',
    ],
  };
}

function figure(c: ConsolidatedIndicator, reportingMembers: number, year: number): ConsolidatedFigure {
  const ind = c.indicator;
  const rule = ruleLabel(ind, year);
  return {
    indicatorId: ind.id,
    name: ind.name,
    unit: unitLabel(ind),
    reporting: c.reporting,
    reportingText: `${c.reporting} of ${reportingMembers} reporting members`,
    total: c.total === null ? null : formatValue('count', c.total),
    median:
      c.median === null
        ? null
        : ind.unit === 'count'
          ? // A median of counts can fall between two: one decimal for every one of them.
            formatFixed(c.median, 1)
          : formatValue(ind.unit, c.median, ind.range),
    yes: c.yes === null ? null : `${c.yes} of ${c.reporting} yes`,
    metRule:
      c.met === null || rule === null
        ? null
        : ind.rule?.kind === 'benchmark'
          ? `${c.met} of ${c.reporting} reached the ${rule}`
          : `${c.met} of ${c.reporting} met "${rule}"`,
    raw: { total: c.total, median: c.median, yes: c.yes, met: c.met },
  };
}

function shadeOf(share: number | null): MatrixCell['shade'] {
  if (share === null || share === 0) return 0;
  if (share <= 1 / 3) return 1;
  if (share <= 2 / 3) return 2;
  if (share < 1) return 3;
  return 4;
}
