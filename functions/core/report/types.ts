/**
 * The report view models: everything a renderer (HTML or PDF) needs, and nothing it must
 * compute. Plain JSON-able data: every string is already formatted for display (numbers,
 * dates, units, status words), and the numbers a renderer needs for drawing (chart
 * values, matrix shares) are given beside the text. Renderers add layout only.
 *
 * Never in a model: the contact's name or e-mail (personal data), anything from the
 * clock. Text that a country wrote (action titles, notes, file names) is raw text here:
 * each renderer escapes it for its own format.
 *
 * Charts are data here (`ChartModel`); `renderChartSvg(chart)` in functions/render/charts.ts
 * turns one into the SVG string both renderers embed.
 */
import type { Indicator, Target, TargetId } from '../framework.js';
import type { Issue } from '../issues.js';
import type { Member } from '../members.js';
import type { ReportingStatus } from '../reporting-status.js';
import type { SourceFile, Submission } from '../submission.js';
import type { PublicationSettings, PublicationView } from './publication.js';

/** The framework a report is built against (`reportFramework` in build.ts is the current one). */
export interface ReportFramework {
  version: string;
  targets: readonly Target[];
  indicators: readonly Indicator[];
}

/** What `buildCountryReport` needs. */
export interface CountryReportInput {
  year: number;
  edition: number;
  framework: ReportFramework;
  /** Bundled fictitious data: every page says "Fictitious sample data". */
  sample: boolean;
  /** The country's merged submission for the year (`mergeLatestTables`). */
  submission: Submission;
  /** The country's merged submissions of earlier years, any order (previous values, chart series). */
  history: readonly Submission[];
  /** Accepted warnings for the annex; default: `submission.warnings`. */
  warnings?: readonly Issue[];
  /** Source files for the annex; default: `submission.sources`. */
  sources?: readonly SourceFile[];
  /** ISO date the submission was made; default: `submission.cover.date`. */
  submissionDate?: string | null;
  /** Publication settings over their defaults (publisher, licence, legal notice, contact...). */
  publication?: Partial<PublicationSettings>;
  /** The edition's ISO date, recorded when it was reserved; default: the document date. */
  publicationDate?: string | null;
}

/** What `buildConsolidatedReport` needs. */
export interface ConsolidatedReportInput {
  year: number;
  edition: number;
  framework: ReportFramework;
  sample: boolean;
  /** Every reporting country's merged submission for the year. */
  submissions: readonly Submission[];
  /**
   * Merged submissions of earlier years, of every member (reporting this year or not):
   * earlier values for statuses, last year's figures, the last year a member reported.
   */
  history: readonly Submission[];
  /** The members expected to report; default: membersInYear(year). */
  members?: readonly Member[];
  /**
   * Each member's reporting for the year (`buildReportingStatus`, functions/core/reporting-status.ts):
   * tells "upload rejected" from "not submitted". Default: built from `submissions` and
   * `history` alone (no upload records, so nobody is "upload rejected").
   */
  reporting?: readonly ReportingStatus[];
  publication?: Partial<PublicationSettings>;
  /** The edition's ISO date, recorded when it was reserved; default: the document date. */
  publicationDate?: string | null;
}

/** A progress status: computed by functions/core/progress.ts (method 2), worded here. */
export type { StatusCode } from '../progress.js';

import type { StatusCode } from '../progress.js';

/**
 * How a status is shown: always the symbol AND the word; the colour is never the only
 * signal. `symbol` is a glyph that Roboto (the PDF font) has. `color` is a text colour
 * with at least 4.5:1 contrast on white (and on `background`); `background` a light tint
 * for table cells.
 */
export interface StatusView {
  code: StatusCode;
  symbol: string;
  /** `achieved`, `not met`, `improving`, `stable`, `worsening`, `first report`, `context`, `no data`. */
  word: string;
  color: string;
  background: string;
}

/** A label and its display value, e.g. `{ label: 'Edition', value: '1' }`. */
export interface Fact {
  label: string;
  value: string;
}

/** A count with its label, e.g. actions by status: `{ code: 'completed', label: 'completed', count: 3 }`. */
export interface Count {
  code: string;
  label: string;
  count: number;
}

/** A table-of-contents entry; `anchor` is the HTML id (and a PDF destination id). */
export interface TocEntry {
  anchor: string;
  label: string;
  /** 1 = a main section (h2), 2 = a subsection (h3). */
  level: 1 | 2;
}

export interface CountryRef {
  /** ISO 3166-1 alpha-2 (or XK). */
  code: string;
  /** The EU style guide's short name, `Kosovo*` with its asterisk. */
  name: string;
}

/** What both report kinds share: the data every page's header and footer need. */
export interface ReportMeta {
  kind: 'country' | 'consolidated';
  /** `France: progress report 2014` / `Consolidated progress report 2014`. */
  title: string;
  /** `Global Alliance against Child Sexual Abuse Online`. */
  publisher: string;
  year: number;
  edition: number;
  /** `Edition 1`. */
  editionLabel: string;
  frameworkVersion: string;
  /** Short text for the running header of each page, e.g. `France · 2014 · Edition 1`. */
  runningHeader: string;
  sample: boolean;
  /** `Fictitious sample data` when `sample`, else null: renderers print it on every page. */
  sampleMark: string | null;
  /**
   * ISO date `YYYY-MM-DD` for the document's metadata (PDF creation date), taken from the
   * data (latest submission date), never the clock; `<year+1>-01-01` when no date is known.
   */
  documentDate: string;
  /** `en`. */
  language: string;
  /** Publisher, date, edition, licence, legal notice, accessibility, contact: on the cover. */
  publication: PublicationView;
  /** Footnotes every page set that names them needs (the Kosovo designation). */
  footnotes: string[];
}

/** The inputs behind a status, so a reader can check it. */
export interface StatusInputs {
  /** The previous year's value as displayed, or null when there is none. */
  base: string | null;
  baseYear: number | null;
  current: string | null;
  rule: string | null;
  /** One plain sentence: why this status, e.g. `12.5% is at least +10%: achieved.`. */
  explanation: string;
}

/** One line of an indicator table in a country report. */
export interface IndicatorRow {
  id: string;
  name: string;
  /** Unit label: `count`, `percent`, `yes/no`, `score`, `FTE`, `days`. */
  unit: string;
  /** This year's value for display: `1,234`, `87.5%`, `yes`, `2.5 days`, `no data`; ` (estimate)` appended for estimates. */
  value: string;
  /** The latest earlier value with its year: `209 (2014)`, `–` when there is none. */
  previous: string;
  /** The move a year since then: `+1.0% a year`, `+0.8 points a year`, `changed to yes`, or `–`. */
  change: string;
  /** The rule or benchmark text: `at least +10%`, `yes`, `benchmark 90.6% (INHOPE network, 2015)`, or `–`. */
  rule: string;
  status: StatusView;
  inputs: StatusInputs;
  /** Printed under the explanation: the change since the first year, the benchmark reference. */
  extras: string[];
  /** The country gave an estimate. */
  estimate: boolean;
  /** Computed by the project (T1.4). */
  derived: boolean;
  /** Country's note and source as given (raw text), joined; null when none. */
  note: string | null;
  /** Raw figures, for charts or checks: numbers, booleans, null for no data. */
  raw: { value: number | boolean | null; previous: number | boolean | null; change: number | null };
}

/** One point of a chart: a year (country charts) or a country (consolidated charts). */
export interface ChartPoint {
  /** `2013`, or the country's short name (`France`). */
  label: string;
  /** 0 for a missing point. */
  value: number;
  /** The value formatted: `1,234`, `87.5%`, `no data`. */
  valueText: string;
  /** The current year (country charts); drawn darker. */
  highlight: boolean;
  /** No value: the slot stays (a missing year is shown missing, never closed up). */
  missing: boolean;
}

/** A reference line across a chart: the median, a benchmark. */
export interface ChartLine {
  /** `median 45.0%`, `benchmark 90.6% (INHOPE network, 2015)`. */
  label: string;
  value: number;
  kind: 'median' | 'benchmark';
}

/** A small chart; `renderChartSvg` (functions/render/charts.ts) draws it. */
export interface ChartModel {
  /** Stable id, unique in the report: `chart-T1-2`. */
  id: string;
  kind: 'bar' | 'line';
  indicatorId: string;
  /** Short title: `T1.2 Victims identified during the year, 2012–2014`. */
  title: string;
  /** The numbers in words, for screen readers and the SVG <desc>. */
  description: string;
  /** Unit label for the axis: `count`, `%`, `days`. */
  unit: string;
  /** `vertical`: a bar per year; `horizontal`: a bar per country, sorted by value (20 or more). */
  orientation: 'vertical' | 'horizontal';
  /** Axis minimum (0, or below 0 for a growth that fell). */
  min: number;
  /** Axis maximum (>= every value and line). */
  max: number;
  /** Axis ticks in the unit, from `min` to `max`: whole steps for counts (never 12.5). */
  ticks: Array<{ value: number; label: string }>;
  points: ChartPoint[];
  lines: ChartLine[];
}

/** One action as the country reported it. Text fields are raw (renderers escape). */
export interface ActionRow {
  ref: string;
  title: string;
  description: string | null;
  /** `1a`, or null. */
  goal: string | null;
  kind: 'baseline' | 'commitment';
  /** `baseline (already undertaken)` / `commitment (to be undertaken)`. */
  kindLabel: string;
  status: 'planned' | 'in-progress' | 'completed' | 'discontinued';
  /** `planned`, `in progress`, `completed`, `discontinued`. */
  statusLabel: string;
  /** `March 2014 – December 2015`, `from 1 March 2014`, `until 2015`, `–`. */
  dates: string;
  lead: string | null;
  progress: string | null;
  /** The same action (same ref) in the country's latest earlier report, or null. */
  previous: { year: number; statusLabel: string; progress: string | null } | null;
  /** `regression: completed in 2014, in progress in 2015`, or null. */
  regression: string | null;
}

export interface GoalView {
  /** `1a`. */
  id: string;
  text: string;
}

/** One line of the country summary: per target. */
export interface CountrySummaryRow {
  targetId: TargetId;
  /** `1 Victims`. */
  label: string;
  anchor: string;
  /** Actions by status, always the four statuses in framework order (zeros included). */
  actions: Count[];
  /** `3 completed, 1 in progress` or `no actions reported`. */
  actionsText: string;
  indicators: { achieved: number; improving: number; worsening: number; noData: number; total: number };
  /** `2 achieved, 1 improving, 1 stable, 1 not met, 1 no data (of 6)`: every status that occurs. */
  indicatorsText: string;
}

export interface CountryTargetSection {
  targetId: TargetId;
  /** `target-1`. */
  anchor: string;
  /** `Policy target 1: Victims`. */
  heading: string;
  /** The official title, verbatim. */
  title: string;
  goals: GoalView[];
  /** Caption of the indicator table. */
  tableCaption: string;
  indicators: IndicatorRow[];
  /** Notes under the table: benchmark explanations, the T2.4 consistency note. */
  notes: string[];
  /** `Actions, 2015, beside 2014`. */
  actionsCaption: string;
  /** The year the actions are compared with, or null. */
  actionsPreviousYear: number | null;
  /** One chart per indicator with a numeric series of at least two years. */
  charts: ChartModel[];
  actions: ActionRow[];
  actionsByStatus: Count[];
}

export interface WarningRow {
  code: string;
  /** `Indicators, row 5, column B` or `whole file`. */
  place: string;
  value: string | null;
  message: string;
}

export interface SourceRow {
  name: string;
  sha256: string;
  /** `12.3 KB`. */
  size: string;
  format: string;
}

export interface DataQualitySection {
  anchor: string;
  heading: string;
  /** The accepted warnings; `warningsText` says so when there are none. */
  warnings: WarningRow[];
  warningsText: string;
  sources: SourceRow[];
  /** Fixed explanatory sentences (estimates, derived indicators). */
  notes: string[];
}

export interface CountryReportModel {
  meta: ReportMeta;
  country: CountryRef;
  /**
   * The language the country's own text (action titles, descriptions, progress notes) is
   * most likely written in, when known and not English (the submission's template
   * language): HTML marks that text with `lang`. The report itself stays English.
   */
  textLang?: string;
  cover: {
    /** `France`. */
    heading: string;
    /** `Progress report 2014`. */
    subheading: string;
    /** Country, reporting year, submission date, framework version, edition, organisation. */
    facts: Fact[];
  };
  contents: TocEntry[];
  /** The status legend: every status with symbol, word and a one-line meaning. */
  legend: Array<StatusView & { meaning: string }>;
  summary: { anchor: string; heading: string; caption: string; rows: CountrySummaryRow[] };
  targets: CountryTargetSection[];
  dataQuality: DataQualitySection;
}

/** A consolidated figure for one indicator, across the reporting members. */
export interface ConsolidatedFigure {
  indicatorId: string;
  name: string;
  unit: string;
  /** Members with a value. */
  reporting: number;
  /** `41 of 45 reporting members`. */
  reportingText: string;
  /** Counts only: `12,345`; else null (never a total of percents, FTE or days). */
  total: string | null;
  /** Numeric indicators: `87.5%`; null for yes/no or with no values. */
  median: string | null;
  /** Yes/no only: `38 of 41 yes`. */
  yes: string | null;
  /** How many met the rule or benchmark: `30 of 41 met "at least 1"`; null without a rule. */
  metRule: string | null;
  raw: { total: number | null; median: number | null; yes: number | null; met: number | null };
}

export interface HeadlineTarget {
  targetId: TargetId;
  label: string;
  anchor: string;
  figures: ConsolidatedFigure[];
}

/** A cell of the consolidated value table: a country's value of one indicator. */
export interface ValueCell {
  indicatorId: string;
  /** `1,234`, `no data`. */
  text: string;
  status: StatusView;
}

export interface ConsolidatedTargetSection {
  targetId: TargetId;
  anchor: string;
  heading: string;
  title: string;
  goals: GoalView[];
  tableCaption: string;
  /** The columns of the value table, in framework order. */
  columns: Array<{ id: string; name: string; unit: string }>;
  /**
   * One row per member of the year, in name order (never ranked). A member that did not
   * report has no cells and `notReported` says why across its row.
   */
  rows: Array<{ country: CountryRef; cells: ValueCell[]; notReported: string | null }>;
  /** Notes under the table (the T2.4 consistency notes, benchmarks that apply). */
  notes: string[];
  /** One chart per headline indicator: a bar per reporting country with a value. */
  charts: ChartModel[];
  actionsByStatus: Count[];
  actionsText: string;
}

export interface MatrixCell {
  targetId: TargetId;
  achieved: number;
  improving: number;
  /** Judged: achieved, not met, improving, stable, worsening. */
  judged: number;
  /** (achieved + improving) / judged, null when nothing is judged. */
  share: number | null;
  /** `2 achieved, 1 improving of 5 judged (60%)`, `nothing to judge`. */
  text: string;
  /** 0 (none or no data) to 4 (all): the shade step; renderers map it to a tint. */
  shade: 0 | 1 | 2 | 3 | 4;
}

export interface ConsolidatedReportModel {
  meta: ReportMeta;
  cover: { heading: string; subheading: string; facts: Fact[] };
  contents: TocEntry[];
  legend: Array<StatusView & { meaning: string }>;
  summary: {
    anchor: string;
    heading: string;
    membersTotal: number;
    reportedCount: number;
    /** `41 of 54 members reported for 2014.` */
    reportedText: string;
    reported: CountryRef[];
    notReported: CountryRef[];
    /** `Not reported: Armenia (not reported in 2015, last report: 2014), Malta (upload rejected).` or `Every member reported.` */
    notReportedText: string;
    headlines: HeadlineTarget[];
    /** Reminders printed with the figures: no ranking, context indicators. */
    notes: string[];
  };
  /** What changed since the year before, near the front. */
  changes: ChangesSection;
  targets: ConsolidatedTargetSection[];
  matrix: {
    anchor: string;
    heading: string;
    caption: string;
    /** How to read it (no ranking, what a shade means). */
    notes: string[];
    columns: Array<{ targetId: TargetId; label: string }>;
    /** Every member of the year; `notReported` across the row of one that did not report. */
    rows: Array<{ country: CountryRef; cells: MatrixCell[]; notReported: string | null }>;
  };
  methodology: {
    anchor: string;
    heading: string;
    /** Paragraphs on the framework. */
    framework: string[];
    statusRules: Array<{ status: StatusView; rule: string }>;
    /** Indicator table of the framework: id, name, unit, direction, rule. */
    indicators: Array<{ id: string; name: string; unit: string; direction: string; rule: string }>;
    caveats: string[];
  };
  countries: {
    anchor: string;
    heading: string;
    /** Every member, in name order; `href` (relative, e.g. `FR.html`) only for reporting ones. */
    rows: Array<{
      country: CountryRef;
      reported: boolean;
      /** `reported`, `not reported in 2015 (last report: 2014)`, `upload rejected`. */
      statusText: string;
      href: string | null;
      pdfHref: string | null;
    }>;
  };
}

/** One headline figure this year beside last year, over the members that reported both. */
export interface ChangeRow {
  indicatorId: string;
  name: string;
  /** `total`, `median`, `yes`. */
  measure: string;
  /** Members with a value both years. */
  members: number;
  previous: string;
  current: string;
}

/** A status count this year beside last year. */
export interface StatusChangeRow {
  status: StatusView;
  previous: number;
  current: number;
}

export interface ChangesSection {
  anchor: string;
  heading: string;
  /** The year compared with (year - 1). */
  previousYear: number;
  /** `Like for like: the 44 members that reported both in 2014 and 2015.` */
  intro: string;
  figures: ChangeRow[];
  /** `Newly reporting in 2015: Armenia.` / `No member reported for the first time.` */
  newlyReportingText: string;
  /** `No longer reporting in 2015 (reported in 2014): Albania, Cambodia.` */
  noLongerReportingText: string;
  newlyReporting: CountryRef[];
  noLongerReporting: CountryRef[];
  /** Statuses over every indicator of every reporting member, this year and last. */
  statuses: StatusChangeRow[];
  statusesCaption: string;
}
