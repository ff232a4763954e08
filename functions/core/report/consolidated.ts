/** The consolidated progress report of a year, across every reporting member, as a view model. */
import type { Indicator, TargetId } from '../framework.js';
import { membersInYear } from '../members.js';
import {
  type ConsolidatedIndicator,
  consolidateIndicator,
  countryProgress,
  type IndicatorProgress,
  ruleText,
} from '../progress.js';
import { formatNumber, formatValue, joinWords, statusMeanings, statusOrder, statusViews } from './format.js';
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
  ConsolidatedFigure,
  ConsolidatedReportInput,
  ConsolidatedReportModel,
  CountryRef,
  MatrixCell,
} from './types.js';

/** The indicators charted per country in the consolidated report: one per target. */
export const headlineIndicators: readonly string[] = ['T1.2', 'T2.3', 'T3.2', 'T4.3'];

const directionLabels = {
  higher: 'higher is better',
  lower: 'lower is better',
  none: 'none (context)',
} as const;

/** Builds the consolidated report model of a year from every reporting member's merged submission. */
export function buildConsolidatedReport(input: ConsolidatedReportInput): ConsolidatedReportModel {
  const { year, framework } = input;
  const expected = input.members ?? membersInYear(year);
  const submissions = [...input.submissions]
    .filter((s) => s.year === year)
    .sort((a, b) => byName(countryRef(a.country), countryRef(b.country)));
  const reportingCodes = new Set(submissions.map((s) => s.country));

  const countries = submissions.map((s) => {
    const country = countryRef(s.country);
    const history = input.history.filter((h) => h.country === s.country && h.year < year);
    const progress = new Map(
      countryProgress(framework.indicators, year, s, history).map((p) => [p.indicator.id, p]),
    );
    return { country, submission: s, progress };
  });

  const everyone: CountryRef[] = [
    ...expected.map((m) => countryRef(m.code)),
    ...submissions
      .filter((s) => !expected.some((m) => m.code === s.country))
      .map((s) => countryRef(s.country)),
  ].sort(byName);
  const reported = everyone.filter((c) => reportingCodes.has(c.code));
  const notReported = everyone.filter((c) => !reportingCodes.has(c.code));

  const entriesOf = (ind: Indicator): IndicatorProgress[] =>
    countries.flatMap((c) => {
      const p = c.progress.get(ind.id);
      return p ? [p] : [];
    });
  const figureOf = new Map(
    framework.indicators.map((ind) => [
      ind.id,
      figure(consolidateIndicator(ind, entriesOf(ind)), reported.length),
    ]),
  );
  const figuresFor = (target: TargetId) =>
    framework.indicators.filter((i) => i.target === target).map((i) => figureOf.get(i.id)!);

  const targets = framework.targets.map((target) => {
    const inds = framework.indicators.filter((i) => i.target === target.id);
    const actions = submissions.flatMap((s) => s.actions.filter((a) => a.target === target.id));
    const counts = actionsByStatus(actions);
    return {
      targetId: target.id,
      anchor: targetAnchor(target),
      heading: targetHeading(target),
      title: target.title,
      goals: goals(target),
      tableCaption: `Values reported for policy target ${target.id}, ${year}, by country (alphabetical order)`,
      columns: inds.map((i) => ({ id: i.id, name: i.name, unit: unitLabel(i) })),
      rows: countries.map((c) => ({
        country: c.country,
        cells: inds.map((i) => {
          const p = c.progress.get(i.id);
          return {
            indicatorId: i.id,
            text: formatValue(i.unit, p?.current ?? null, i.range),
            status: statusViews[p?.status ?? 'no-data'],
          };
        }),
      })),
      figures: figuresFor(target.id),
      charts: inds
        .filter((i) => headlineIndicators.includes(i.id))
        .flatMap((i) => {
          const points = countries.flatMap((c) => {
            const v = c.progress.get(i.id)?.current;
            return typeof v === 'number' ? [point(i, c.country.code, v, false)] : [];
          });
          if (points.length === 0) return [];
          const names = new Map(countries.map((c) => [c.country.code, c.country.name]));
          return [
            chart(
              i,
              `chart-${i.id.replace('.', '-')}`,
              `${i.id} ${i.name}, ${year}, by country`,
              points,
              (p) => `${names.get(p.label) ?? p.label} ${p.valueText}`,
            ),
          ];
        }),
      actionsByStatus: counts,
      actionsText: `Actions reported under this target: ${actionsText(counts)}.`,
    };
  });

  const matrixRows = countries.map((c) => ({
    country: c.country,
    cells: framework.targets.map((t): MatrixCell => {
      const judged = framework.indicators
        .filter((i) => i.target === t.id)
        .map((i) => c.progress.get(i.id)?.status ?? 'no-data')
        // A baseline (first year, no rule met) cannot show progress yet: counting it would make
        // a member that just joined look as if it were failing.
        .filter((s) => s !== 'context' && s !== 'no-data' && s !== 'baseline');
      const met = judged.filter((s) => s === 'achieved' || s === 'improving').length;
      const of = judged.length;
      const share = of === 0 ? null : met / of;
      return {
        targetId: t.id,
        met,
        of,
        share,
        text: share === null ? 'none to judge yet' : `${met} of ${of} (${formatNumber(share * 100, 0)}%)`,
        shade: shadeOf(share),
      };
    }),
  }));

  const title = `Consolidated progress report ${year}`;
  const reportedText = `${reported.length} of ${everyone.length} members reported for ${year}.`;

  return {
    meta: meta({
      kind: 'consolidated',
      title,
      year,
      edition: input.edition,
      frameworkVersion: framework.version,
      runningHeader: `Consolidated report \u00B7 ${year} \u00B7 ${editionText(input.edition)}`,
      sample: input.sample,
      documentDate: documentDate(
        year,
        submissions.map((s) => s.cover.date),
      ),
    }),
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
      ...targets.map((t) => ({ anchor: t.anchor, label: t.heading, level: 1 as const })),
      { anchor: 'matrix', label: 'Status matrix', level: 1 },
      { anchor: 'methodology', label: 'Methodology annex', level: 1 },
      { anchor: 'countries', label: 'Country reports', level: 1 },
    ],
    legend: legend(),
    summary: {
      anchor: 'summary',
      heading: 'Executive summary',
      membersTotal: everyone.length,
      reportedCount: reported.length,
      reportedText,
      reported,
      notReported,
      notReportedText:
        notReported.length === 0
          ? 'Every member reported.'
          : `Not reported: ${joinWords(notReported.map((c) => c.name))}.`,
      headlines: framework.targets.map((t) => ({
        targetId: t.id,
        label: targetHeading(t),
        anchor: `summary-target-${t.id}`,
        figures: figuresFor(t.id),
      })),
      notes: [
        'Totals are given for counts only; percentages, staff (FTE) and days are summarised by their median, across the members that reported a value.',
        'Countries are never ranked by a single score; tables list them in alphabetical order.',
        'Context indicators (T2.2, T4.2) are shown, not judged: a rise in reports can mean better detection.',
      ],
    },
    targets,
    matrix: {
      anchor: 'matrix',
      heading: 'Status matrix',
      caption: `Share of each target's indicators achieved or improving, by country, ${year}`,
      notes: [
        'Each cell counts the indicators of a target that are achieved or improving, of those that can be judged (context indicators, indicators with no data, and baselines, which have no previous year to compare with, are left out; "none to judge yet" when nothing is left). A darker shade means a larger share; the text gives the numbers.',
        'The matrix is not a ranking: targets differ in their number of indicators and countries in what they report.',
      ],
      columns: framework.targets.map((t) => ({ targetId: t.id, label: `${t.id} ${t.shortName}` })),
      rows: matrixRows,
    },
    methodology: {
      anchor: 'methodology',
      heading: 'Methodology annex',
      framework: [
        `The Global Alliance against Child Sexual Abuse Online was launched in Brussels on 5 December 2012 by the European Commission and the United States. Each member commits to four policy targets, announces concrete actions under them, carries them out and reports back every year. This report uses framework version ${framework.version}.`,
        'Each policy target has operational goals and indicators. Members report the indicators and their actions in a yearly workbook; the figures are validated for form (units, ranges, consistency) and the latest accepted upload of each table counts.',
        'The official target titles are quoted verbatim from the 2012 declaration. Elsewhere this report says "child sexual abuse material (CSAM)", the term recommended by the 2016 Luxembourg Terminology Guidelines.',
      ],
      statusRules: statusOrder.map((code) => ({ status: statusViews[code], rule: statusMeanings[code] })),
      indicators: framework.indicators.map((i) => ({
        id: i.id,
        name: i.name,
        unit: unitLabel(i),
        direction: directionLabels[i.direction],
        rule: ruleText(i) ?? '\u2013',
      })),
      caveats: [
        'A rise in reports can mean better detection, not more abuse: context indicators are never coloured as progress or regress.',
        'Members count and define cases differently (legal definitions, counting units, reporting periods): compare figures between countries with care.',
        'Benchmarks (T4.3 to T4.5) are reference figures of the INHOPE network, measured in other years and places. They are not rules a member is held to: reaching one is reported beside the value and in the consolidated figures, but it does not make a status "achieved".',
        'T1.4 (growth of T1.3) is computed from two consecutive years; it has no data when either year is missing.',
        'Offenders convicted (T2.4) above offenders prosecuted (T2.3) is flagged as a note, not a status: convictions can follow prosecutions of earlier years.',
        'Values marked as estimates are the members’ own estimates. Figures are as reported and checked for form, not audited.',
      ],
    },
    countries: {
      anchor: 'countries',
      heading: 'Country reports',
      rows: everyone.map((c) => ({
        country: c,
        reported: reportingCodes.has(c.code),
        href: reportingCodes.has(c.code) ? `${c.code}.html` : null,
        pdfHref: reportingCodes.has(c.code) ? `${c.code}.pdf` : null,
      })),
    },
  };
}

function figure(c: ConsolidatedIndicator, reportingMembers: number): ConsolidatedFigure {
  const ind = c.indicator;
  const rule = ruleText(ind);
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
          ? formatNumber(c.median, 1)
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
