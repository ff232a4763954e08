/**
 * A small set of hand-made normalized submissions for report tests (view models, HTML,
 * PDF). Fictitious figures, chosen so that every progress status occurs:
 *
 * - FR (France) 2012, 2013, 2014: a full history; 2014 covers achieved, improving, stable,
 *   worsening, no-data, baseline and context, the derived T1.4 (+12.5%: achieved), T2.4
 *   above T2.3 (a warning note), benchmarks reached and missed, five actions.
 * - DE (Germany) 2014 only: everything is a baseline, T1.4 no data.
 * - ES (España) 2014: hostile text in actions and notes (`<script>`, `&`, quotes, a
 *   formula), accented names; some indicators left empty.
 *
 * Every submission carries a contact name and e-mail: no report may show them
 * (`personalData` lists them for the tests).
 */
import { frameworkVersion, indicators, targets } from '../../functions/core/framework.js';
import type {
  ConsolidatedReportInput,
  CountryReportInput,
  ReportFramework,
} from '../../functions/core/report/types.js';
import type { Action, IndicatorValue, Submission } from '../../functions/core/submission.js';

/** Strings that must never appear in a report model or document. */
export const personalData = [
  'Jeanne Fictive',
  'jeanne.fictive@example.org',
  'Hans Beispiel',
  'hans.beispiel@example.org',
  'María Ejemplo',
  'maria.ejemplo@example.org',
] as const;

/** The hostile action title of ES 2014, as typed. */
export const hostileTitle = '<script>alert("x")</script> Schools & "Safer Internet" week';

type Value = number | boolean | null;

/** One indicator value as the ingest would store it. */
export function indicatorValue(
  id: string,
  value: Value,
  extra: Partial<Omit<IndicatorValue, 'id' | 'value'>> = {},
): IndicatorValue {
  return {
    id,
    value,
    estimate: false,
    source: null,
    notes: null,
    origin: { sheet: 'Indicators', row: null, column: 'B' },
    ...extra,
  };
}

/** One action as the ingest would store it; fields not given are empty. */
export function action(
  fields: Pick<Action, 'ref' | 'target' | 'title' | 'kind' | 'status'> & Partial<Action>,
): Action {
  return {
    goal: null,
    description: null,
    start: null,
    end: null,
    lead: null,
    progress: null,
    origin: { sheet: 'Actions', row: null, column: null },
    ...fields,
  };
}

/** A submission with the given values; indicators as `{ id: value }`. */
export function makeSubmission(
  country: string,
  year: number,
  values: Record<string, Value>,
  rest: Partial<Omit<Submission, 'country' | 'year'>> = {},
): Submission {
  const hex = (seed: string) =>
    Array.from(
      { length: 64 },
      (_, i) => '0123456789abcdef'[(seed.charCodeAt(i % seed.length) + i) % 16],
    ).join('');
  return {
    schemaVersion: 1,
    country,
    year,
    frameworkVersion: '2012.1',
    tables: ['indicators', 'actions'],
    cover: { organisation: null, date: `${year + 1}-03-15`, contactName: null, email: null },
    indicators: Object.entries(values).map(([id, v], i) =>
      indicatorValue(id, v, { origin: { sheet: 'Indicators', row: i + 2, column: 'B' } }),
    ),
    actions: [],
    sources: [
      { name: `${country}-${year}.xlsx`, sha256: hex(`${country}${year}`), size: 18_432, format: 'xlsx' },
    ],
    warnings: [],
    ...rest,
  };
}

export const fr2012: Submission = makeSubmission(
  'FR',
  2012,
  { 'T1.1': true, 'T1.2': 100, 'T1.3': 900, 'T2.2': 280, 'T4.2': 4000, 'T4.3': 80 },
  {
    cover: {
      organisation: 'Ministère de l’Intérieur',
      date: '2013-04-02',
      contactName: 'Jeanne Fictive',
      email: 'jeanne.fictive@example.org',
    },
  },
);

export const fr2013: Submission = makeSubmission(
  'FR',
  2013,
  {
    'T1.1': true,
    'T1.2': 120,
    'T1.3': 1000,
    'T1.5': 80,
    'T1.6': 4.5,
    'T2.1': 5,
    'T2.2': 300,
    'T2.3': 80,
    'T2.4': 70,
    'T2.5': 3,
    'T3.1': 2,
    'T3.2': 40,
    'T3.4': 3,
    'T4.1': true,
    'T4.2': 5000,
    'T4.3': 85,
    'T4.4': 3,
    'T4.5': 96,
    'T4.6': 12,
  },
  {
    cover: {
      organisation: 'Ministère de l’Intérieur',
      date: '2014-03-20',
      contactName: 'Jeanne Fictive',
      email: 'jeanne.fictive@example.org',
    },
    actions: [
      action({
        ref: 'FR-1',
        target: 1,
        goal: '1a',
        title: 'Connect regional units to ICSE',
        kind: 'commitment',
        status: 'in-progress',
      }),
    ],
  },
);

/**
 * FR 2014 against FR 2013: T1.1 achieved, T1.2 improving, T1.3 1,000 -> 1,125 (T1.4 +12.5%
 * achieved), T1.5 worsening, T1.6 stable, T2.1 achieved, T2.2 context, T2.3 improving,
 * T2.4 95 > T2.3 90 (warning note), T2.5 no data, T3.1 achieved (fell, but rule met),
 * T3.2 improving (an estimate), T3.3 baseline, T3.4 stable, T4.1 achieved, T4.2 context,
 * T4.3 92.4 (improving, benchmark reached), T4.4 3 -> 2.2 days (improving: lower is better),
 * T4.5 96 -> 94 (worsening, below benchmark), T4.6 improving.
 */
export const fr2014: Submission = makeSubmission(
  'FR',
  2014,
  {
    'T1.1': true,
    'T1.2': 150,
    'T1.3': 1125,
    'T1.5': 75,
    'T1.6': 4.5,
    'T2.1': 6,
    'T2.2': 340,
    'T2.3': 90,
    'T2.4': 95,
    'T2.5': null,
    'T3.1': 1,
    'T3.2': 45.5,
    'T3.3': 60,
    'T3.4': 3,
    'T4.1': true,
    'T4.2': 6200,
    'T4.3': 92.4,
    'T4.4': 2.2,
    'T4.5': 94,
    'T4.6': 15,
  },
  {
    cover: {
      organisation: 'Ministère de l’Intérieur',
      date: '2015-03-15',
      contactName: 'Jeanne Fictive',
      email: 'jeanne.fictive@example.org',
    },
    actions: [
      action({
        ref: 'FR-1',
        target: 1,
        goal: '1a',
        title: 'Connect regional units to ICSE',
        kind: 'commitment',
        status: 'completed',
        start: '2013-02',
        end: '2014-11-30',
        lead: 'Police nationale',
        progress: 'All twelve regional units connected.',
      }),
      action({
        ref: 'FR-2',
        target: 2,
        goal: '2b',
        title: 'Joint investigation team with Belgium',
        kind: 'commitment',
        status: 'in-progress',
        start: '2014-06-01',
        lead: 'Gendarmerie nationale',
      }),
      action({
        ref: 'FR-3',
        target: 3,
        goal: '3a',
        title: 'National campaign for parents',
        kind: 'baseline',
        status: 'completed',
        start: '2013',
        end: '2014',
        lead: 'Ministère de l’Éducation nationale',
        progress: 'Reached 45% of parents (estimate).',
      }),
      action({
        ref: 'FR-4',
        target: 4,
        title: 'Hotline reporting app',
        kind: 'commitment',
        status: 'planned',
        start: '2015-01',
      }),
      action({
        ref: 'FR-5',
        target: 4,
        goal: '4b',
        title: 'Voluntary takedown code for hosts',
        kind: 'commitment',
        status: 'discontinued',
        start: '2013-09',
        end: '2014-03',
        progress: 'Replaced by the 2014 law.',
      }),
    ],
    warnings: [
      {
        code: 'CONVICTED_ABOVE_PROSECUTED',
        severity: 'warning',
        sheet: 'Indicators',
        row: 10,
        column: 'B',
        value: '95',
        message: 'Offenders convicted (95) is above offenders prosecuted (90).',
        hint: 'Check both figures; convictions of earlier prosecutions can explain it.',
      },
      {
        code: 'ESTIMATE',
        severity: 'warning',
        sheet: 'Indicators',
        row: 13,
        column: 'B',
        value: '~45.5',
        message: 'T3.2 is an estimate.',
        hint: 'Give the measured figure when you have it.',
      },
    ],
  },
);
fr2014.indicators = fr2014.indicators.map((v) => (v.id === 'T3.2' ? { ...v, estimate: true } : v));

/** Germany's first report: every status a baseline (or achieved where a rule is met). */
export const de2014: Submission = makeSubmission(
  'DE',
  2014,
  {
    'T1.1': false,
    'T1.2': 210,
    'T1.3': 2400,
    'T1.5': 100,
    'T1.6': 12,
    'T2.1': 6,
    'T2.2': 900,
    'T2.3': 400,
    'T2.4': 350,
    'T2.5': 7,
    'T3.1': 0,
    'T3.2': 30,
    'T3.3': 75,
    'T3.4': 5,
    'T4.1': true,
    'T4.2': 15000,
    'T4.3': 97.1,
    'T4.4': 1.5,
    'T4.5': 99,
    'T4.6': 40,
  },
  {
    cover: {
      organisation: 'Bundeskriminalamt',
      date: '2015-02-27',
      contactName: 'Hans Beispiel',
      email: 'hans.beispiel@example.org',
    },
    actions: [
      action({
        ref: 'DE-A1',
        target: 2,
        goal: '2a',
        title: 'Criminalise live-streaming',
        kind: 'baseline',
        status: 'completed',
        end: '2014-01-27',
      }),
      action({
        ref: 'DE-A2',
        target: 3,
        title: 'School workshops',
        kind: 'commitment',
        status: 'in-progress',
        start: '2014-09',
      }),
    ],
  },
);

/** Spain: hostile and accented text, partly empty. */
export const es2014: Submission = makeSubmission(
  'ES',
  2014,
  {
    'T1.1': true,
    'T1.2': 80,
    'T1.3': null,
    'T2.1': 4,
    'T2.3': 150,
    'T2.4': 120,
    'T3.1': 3,
    'T4.1': false,
    'T4.2': 2100,
    'T4.3': 70,
    'T4.4': 4,
  },
  {
    cover: {
      organisation: 'Ministerio del Interior <b>& Guardia Civil</b>',
      date: '2015-04-10',
      contactName: 'María Ejemplo',
      email: 'maria.ejemplo@example.org',
    },
    actions: [
      action({
        ref: 'ES-<1>',
        target: 3,
        goal: '3a',
        title: hostileTitle,
        description: '<img src=x onerror=alert(1)>',
        kind: 'commitment',
        status: 'in-progress',
        start: '2014-10-01',
        lead: 'Instituto Nacional de Ciberseguridad (INCIBE) & "Pantallas Amigas"',
        progress: '=HYPERLINK("http://example.com","click")',
      }),
    ],
    sources: [
      {
        name: 'España <2014>.csv',
        sha256: 'ab'.repeat(32),
        size: 2_048,
        format: 'csv',
      },
    ],
    warnings: [
      {
        code: 'FORMULA_TEXT',
        severity: 'warning',
        sheet: 'Acciones',
        row: 2,
        column: 'K',
        value: '=HYPERLINK("http://example.com","click")',
        message: 'A cell starts with "=": it is kept as text and never exported as a formula.',
        hint: 'Remove the leading "=" if it is not meant as a formula.',
      },
    ],
  },
);
es2014.indicators = es2014.indicators.map((v) =>
  v.id === 'T2.3' ? { ...v, notes: '<b>bold</b> & "quoted"', source: 'Fiscalía General del Estado' } : v,
);

/** Every fixture submission, for code that wants them all. */
export const allSubmissions: readonly Submission[] = [fr2012, fr2013, fr2014, de2014, es2014];

/** The current framework, as the report builders take it. */
export const framework: ReportFramework = { version: frameworkVersion, targets, indicators };

/** Input of `buildCountryReport` for France 2014 (full history); override what a test needs. */
export function countryInput(overrides: Partial<CountryReportInput> = {}): CountryReportInput {
  return {
    year: 2014,
    edition: 1,
    framework,
    sample: false,
    submission: fr2014,
    history: [fr2012, fr2013],
    ...overrides,
  };
}

/** Input of `buildConsolidatedReport` for 2014: FR, DE, ES reporting out of every member. */
export function consolidatedInput(overrides: Partial<ConsolidatedReportInput> = {}): ConsolidatedReportInput {
  return {
    year: 2014,
    edition: 1,
    framework,
    sample: false,
    submissions: [fr2014, de2014, es2014],
    history: [fr2012, fr2013],
    ...overrides,
  };
}
