/**
 * Every open data file of a year, as bytes, in the order they must be written: the tables
 * (data.csv, data.json, reporting-status.csv, data-all-years.csv, data.xlsx), then
 * datapackage.json, which records each one's size and SHA-256. The publish step writes
 * them; the command line also writes the all-years table and its own package at the top
 * of its --out folder. Inputs come from the SubmissionSource, so the folder run and the
 * AWS step produce the same bytes from the same records.
 */
import { outputNames } from '../../core/keys.js';
import { members } from '../../core/members.js';
import { buildReportingStatus, type ReportingStatus } from '../../core/reporting-status.js';
import type { Submission } from '../../core/submission.js';
import {
  defaultOpenDataLicence,
  defaultOpenDataPublisher,
  type OpenDataLicence,
  type PackageFile,
  renderDataPackage,
} from '../../render/datapackage.js';
import {
  type OpenDataRecord,
  openDataColumns,
  renderOpenDataCsv,
  renderOpenDataJson,
  sampleNotice,
} from '../../render/open-data.js';
import { figuresFields, reportingStatusFields, tableSchema } from '../../render/open-data-schema.js';
import { renderOpenDataXlsx, type XlsxCell } from '../../render/open-data-xlsx.js';
import { renderReportingStatusCsv } from '../../render/reporting-status-csv.js';
import { buildOpenDataRecords } from './open-data-records.js';
import type { SubmissionSource } from './ports.js';

/** What the open data needs from the year's plan (a subset of YearPlan, plain JSON). */
export interface OpenDataPlan {
  year: number;
  edition: number;
  sample: boolean;
  frameworkVersion: string;
  generated: string;
  /** Countries that uploaded anything for the year. */
  uploaded: readonly string[];
  /** The year's reporting deadline (`YYYY-MM-DD`), when the Commission set one. */
  deadline?: string | null;
  /** The reuse licence; CC BY 4.0 when not set. */
  licence?: OpenDataLicence;
}

export interface OpenDataFile {
  name: string;
  bytes: Uint8Array;
  contentType: string;
}

const types = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Every member of the year (and any non-member with an accepted submission) as reported,
 * upload rejected or not submitted, from the source's validation records and submissions.
 */
export async function loadReportingStatus(
  plan: Pick<OpenDataPlan, 'year' | 'uploaded' | 'deadline'>,
  source: SubmissionSource,
): Promise<ReportingStatus[]> {
  const codes = new Set([...members.map((m) => m.code), ...plan.uploaded]);
  const countries = [];
  for (const country of [...codes].sort()) {
    const uploaded = plan.uploaded.includes(country);
    const submission = uploaded ? await source.submission(plan.year, country) : undefined;
    const history = await source.history(plan.year, country);
    countries.push({
      country,
      uploads: uploaded
        ? (await source.validations(plan.year, country)).map((u) => ({ accepted: u.accepted }))
        : [],
      acceptedOn: submission ? submission.cover.date : undefined,
      earlierYears: history.map((h) => h.year),
    });
  }
  return buildReportingStatus({
    year: plan.year,
    countries,
    ...(plan.deadline ? { deadline: plan.deadline } : {}),
  });
}

/**
 * The records of every year up to the plan's, each year with the statuses as that year's
 * report computes them (against the year before it), in year, then country, then framework
 * order.
 */
export async function loadAllYearsRecords(
  plan: Pick<OpenDataPlan, 'year' | 'uploaded'>,
  source: SubmissionSource,
): Promise<OpenDataRecord[]> {
  const byYear = new Map<number, Array<{ submission: Submission; history: Submission[] }>>();
  const codes = new Set([...members.map((m) => m.code), ...plan.uploaded]);
  for (const country of [...codes].sort()) {
    // Every merged submission of the country up to and including the plan's year.
    const all = await source.history(plan.year + 1, country);
    all.forEach((submission, i) => {
      if (submission.year > plan.year) return;
      const list = byYear.get(submission.year) ?? [];
      list.push({ submission, history: all.slice(0, i) });
      byYear.set(submission.year, list);
    });
  }
  return [...byYear.keys()]
    .sort((a, b) => a - b)
    .flatMap((year) => buildOpenDataRecords(year, byYear.get(year) ?? []));
}

/** The records as typed workbook cells, in the CSV's column order. */
function recordCells(record: OpenDataRecord, sample: boolean): XlsxCell[] {
  const cells = openDataColumns.map((column): XlsxCell => {
    const value = record[column];
    if (value === null) return null;
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    return value;
  });
  return sample ? [...cells, sampleNotice] : cells;
}

function statusCells(row: ReportingStatus, deadline: string | null, sample: boolean): XlsxCell[] {
  const day = (text: string | null): XlsxCell => (text === null ? null : { date: text });
  const cells: XlsxCell[] = [
    row.country,
    row.name,
    row.year,
    row.member ? 'yes' : 'no',
    row.status,
    day(row.acceptedOn),
    row.lastReportedYear,
    row.previousReportedYear,
    row.late === null ? null : row.late ? 'yes' : 'no',
    day(deadline),
    row.uploads,
    row.rejectedUploads,
  ];
  return sample ? [...cells, sampleNotice] : cells;
}

const figuresDescription =
  'One row per reporting member and indicator of the framework (derived T1.4 included): the value in its unit, whether it is an estimate, the progress status the reports show and the previous year’s value.';

function allYearsPackageFile(records: readonly OpenDataRecord[], sample: boolean, lastYear: number) {
  return {
    kind: 'table' as const,
    name: 'data-all-years',
    path: outputNames.allYearsCsv,
    title: `Figures of every reporting year up to ${lastYear}`,
    description: `${figuresDescription} Every year up to ${lastYear}, each with the statuses of its own report.`,
    bytes: renderOpenDataCsv(records, { sample }),
    schema: tableSchema(figuresFields(sample), ['country', 'year', 'indicator']),
  };
}

/**
 * The year's open data files, tables first and datapackage.json last.
 * `countries` are the year's reporting members with their history (as the reports use).
 */
export async function renderOpenDataFiles(
  plan: OpenDataPlan,
  source: SubmissionSource,
  countries: ReadonlyArray<{ submission: Submission; history: readonly Submission[] }>,
): Promise<OpenDataFile[]> {
  const { year, sample } = plan;
  const deadline = plan.deadline ?? null;
  const licence = plan.licence ?? defaultOpenDataLicence;
  const records = buildOpenDataRecords(year, countries);
  const status = await loadReportingStatus(plan, source);
  const allYears = await loadAllYearsRecords(plan, source);

  const figures: PackageFile = {
    kind: 'table',
    name: 'data',
    path: outputNames.dataCsv,
    title: `Figures reported for ${year}`,
    description: figuresDescription,
    bytes: renderOpenDataCsv(records, { sample }),
    schema: tableSchema(figuresFields(sample), ['country', 'indicator']),
  };
  const reporting: PackageFile = {
    kind: 'table',
    name: 'reporting-status',
    path: outputNames.reportingStatusCsv,
    title: `Who reported for ${year}`,
    description:
      'One row per member of the year: reported, upload rejected or not submitted, the accepted upload’s date, the last year it reported and whether it was late. A member that did not report is listed, never left out.',
    bytes: renderReportingStatusCsv(status, { sample, deadline }),
    schema: tableSchema(reportingStatusFields(sample), ['country']),
  };
  const everyYear = allYearsPackageFile(allYears, sample, year);
  const json: PackageFile = {
    kind: 'file',
    name: 'data-json',
    path: outputNames.dataJson,
    title: `Figures reported for ${year}, as JSON`,
    description:
      'The records of data.csv as JSON, with the year, edition and framework version (yes/no as true/false, no data as null).',
    bytes: renderOpenDataJson(records, {
      year,
      edition: plan.edition,
      frameworkVersion: plan.frameworkVersion,
      generated: plan.generated,
      sample,
    }),
    format: 'json',
    mediatype: 'application/json',
  };
  const xlsx: PackageFile = {
    kind: 'file',
    name: 'data-xlsx',
    path: outputNames.dataXlsx,
    title: `The tables of ${year} as a workbook`,
    description:
      'data.csv, reporting-status.csv and data-all-years.csv as sheets of one workbook, with number and date cells, for spreadsheets whose locale misreads CSV.',
    bytes: renderOpenDataXlsx({
      title: `Global Alliance against Child Sexual Abuse Online: open data ${year}, edition ${plan.edition}`,
      created: plan.generated,
      notice: sample ? sampleNotice : null,
      about: [
        ['Year', String(year)],
        ['Edition', String(plan.edition)],
        ['Framework version', plan.frameworkVersion],
        ['Data as of', plan.generated],
        ['Publisher', defaultOpenDataPublisher.title],
        ['Licence', `${licence.title} (${licence.name}), ${licence.path}`],
        ['Source', 'Yearly reports of the Global Alliance members, validated and normalized'],
        ['No data', 'An empty cell is no data, never zero. yes/no indicators are written yes and no.'],
      ],
      tables: [
        { sheet: 'Figures', fields: figuresFields(sample), rows: records.map((r) => recordCells(r, sample)) },
        {
          sheet: 'Reporting status',
          fields: reportingStatusFields(sample),
          rows: status.map((r) => statusCells(r, deadline, sample)),
        },
        {
          sheet: 'All years',
          fields: figuresFields(sample),
          rows: allYears.map((r) => recordCells(r, sample)),
        },
      ],
    }),
    format: 'xlsx',
    mediatype: types.xlsx,
  };
  const files = [figures, json, reporting, everyYear, xlsx];
  const pkg = renderDataPackage({
    name: `global-alliance-progress-${year}`,
    title: `Global Alliance against Child Sexual Abuse Online: progress figures ${year}, edition ${plan.edition}`,
    description: `The figures the members reported for ${year}, who reported, and every year up to ${year}, as published with the ${year} progress reports.`,
    created: plan.generated,
    edition: plan.edition,
    licence,
    publisher: defaultOpenDataPublisher,
    sample,
    files,
  });
  return [
    ...files.map((f) => ({
      name: f.path,
      bytes: f.bytes,
      contentType: f.kind === 'table' ? types.csv : f.mediatype,
    })),
    { name: outputNames.dataPackage, bytes: pkg, contentType: types.json },
  ];
}

/**
 * The all-years table and its own datapackage.json, for the top of the command line's
 * --out folder (the latest year run: every year up to it).
 */
export async function renderTopLevelOpenData(
  plan: OpenDataPlan,
  source: SubmissionSource,
): Promise<OpenDataFile[]> {
  const licence = plan.licence ?? defaultOpenDataLicence;
  const file = allYearsPackageFile(await loadAllYearsRecords(plan, source), plan.sample, plan.year);
  const pkg = renderDataPackage({
    name: 'global-alliance-progress-all-years',
    title: `Global Alliance against Child Sexual Abuse Online: progress figures of every year up to ${plan.year}`,
    description: `Every figure the members reported, every year up to ${plan.year}; each year's folder holds that year's package (figures, who reported, the workbook).`,
    created: plan.generated,
    edition: plan.edition,
    licence,
    publisher: defaultOpenDataPublisher,
    sample: plan.sample,
    files: [file],
  });
  return [
    { name: outputNames.allYearsCsv, bytes: file.bytes, contentType: types.csv },
    { name: outputNames.dataPackage, bytes: pkg, contentType: types.json },
  ];
}
