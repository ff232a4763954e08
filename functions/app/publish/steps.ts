/**
 * The publish run of one year as separate steps, so that AWS Step Functions can run them as
 * tasks (plan, then a Map over countries, then consolidated, open data, manifest) and the
 * command line can run the same steps in one process. Each step reads from a
 * SubmissionSource and writes `outputNames` under the target's prefix; every input a step
 * needs besides those is in the plan, which is plain JSON (Step Functions passes it on).
 *
 * The manifest is written last: an edition exists once its manifest does.
 */
import { createHash } from 'node:crypto';
import { frameworkVersion } from '../../core/framework.js';
import { outputNames } from '../../core/keys.js';
import { membersInYear } from '../../core/members.js';
import { ObjectExistsError } from '../../core/ports.js';
import type { Submission } from '../../core/submission.js';
import { defaultOpenDataLicence, type OpenDataLicence } from '../../render/datapackage.js';
import { buildConsolidatedModel, buildCountryModel } from './models.js';
import { renderOpenDataFiles } from './open-data-files.js';
import { PublishError, type PublishTarget, type ReportRenderer, type SubmissionSource } from './ports.js';

/** Everything the later steps need to know about the year: plain JSON. */
export interface YearPlan {
  year: number;
  edition: number;
  /** The bundled fictitious sample: every page says so. */
  sample: boolean;
  frameworkVersion: string;
  /** `YYYY-MM-DD`: the latest submission date of the year, never the clock. */
  generated: string;
  /**
   * `YYYY-MM-DD`: the edition's publication date, recorded when its number was reserved
   * (functions/app/publish/editions.ts); null for drafts and the command line's folder run,
   * which publish nothing (their bytes depend on the data only).
   */
  published: string | null;
  /** Countries that uploaded anything (each gets a validation record). */
  uploaded: string[];
  /** Countries with an accepted submission (each gets a report). */
  reporting: string[];
  /** Members in the year (joined by then) without an accepted submission. */
  notReporting: string[];
  /** Every output name the steps write, sorted; the manifest comes on top of these. */
  files: string[];
  /** The year's reporting deadline (`YYYY-MM-DD`); absent or null when none was set: lateness is then unknown. */
  deadline?: string | null | undefined;
  /** The open data's reuse licence (the manifest and datapackage.json state it); CC BY 4.0 when absent. */
  licence?: OpenDataLicence | undefined;
  /**
   * Per reporting country, the uploads its report is made from (name and SHA-256 of each
   * counted file): the manifest keeps them, so staff can see what changed since the edition
   * (app/cycle/changes.ts). Absent in plans made before it existed.
   */
  counted?: Record<string, CountedUpload[]> | undefined;
}

/** One upload an edition's report of a country is made from. */
export interface CountedUpload {
  name: string;
  sha256: string;
}

export interface PlanOptions {
  year: number;
  edition: number;
  sample: boolean;
  deadline?: string;
  /** CC BY 4.0 unless set. */
  licence?: OpenDataLicence;
  /** The reservation's publication date; omitted (null) for drafts and the folder run. */
  published?: string | null;
}

/** Step 1: who uploaded, who reports, which files the year will have. */
export async function planYear(source: SubmissionSource, options: PlanOptions): Promise<YearPlan> {
  const { year } = options;
  const uploaded = await source.countries(year);
  const reporting: string[] = [];
  const dates: string[] = [];
  const counted: Record<string, CountedUpload[]> = {};
  for (const country of uploaded) {
    const submission = await source.submission(year, country);
    if (!submission) continue;
    reporting.push(country);
    counted[country] = submission.sources.map((f) => ({ name: f.name, sha256: f.sha256 }));
    const date = submission.cover.date;
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) dates.push(date);
  }
  const notReporting = membersInYear(year)
    .filter((m) => !reporting.includes(m.code))
    .map((m) => m.code)
    .sort();
  const files = [
    ...reporting.flatMap((c) => [outputNames.countryPdf(c), outputNames.countryHtml(c)]),
    ...uploaded.map((c) => outputNames.validation(c)),
    outputNames.consolidatedPdf,
    outputNames.consolidatedHtml,
    outputNames.dataCsv,
    outputNames.dataJson,
    outputNames.dataXlsx,
    outputNames.reportingStatusCsv,
    outputNames.allYearsCsv,
    outputNames.dataPackage,
  ].sort(compareNames);
  return {
    year,
    edition: options.edition,
    sample: options.sample,
    frameworkVersion,
    generated: dates.sort().at(-1) ?? `${year + 1}-01-01`,
    published: options.published ?? null,
    uploaded,
    reporting,
    notReporting,
    files,
    deadline: options.deadline ?? null,
    licence: options.licence ?? defaultOpenDataLicence,
    counted,
  };
}

/** Byte order of the names (the same on every machine, unlike locale order). */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Writes one output; on an immutable target a second write of the same bytes is a no-op. */
async function write(
  target: PublishTarget,
  name: string,
  bytes: Uint8Array,
  contentType: string,
): Promise<void> {
  const key = `${target.prefix}${name}`;
  try {
    await target.store.put(key, bytes, { contentType, ifNoneMatch: target.immutable });
  } catch (error) {
    if (!(error instanceof ObjectExistsError)) throw error;
    // A retried step: deterministic outputs make the same bytes, which is fine.
    const existing = await target.store.get(key);
    if (!existing || Buffer.compare(Buffer.from(existing), Buffer.from(bytes)) !== 0) throw error;
  }
}

const types = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
};

async function requireSubmission(
  source: SubmissionSource,
  year: number,
  country: string,
): Promise<Submission> {
  const submission = await source.submission(year, country);
  if (!submission)
    throw new PublishError('NO_SUBMISSION', `${country} has no accepted submission for ${year}`);
  return submission;
}

/** Part of step 2 (one per reporting country): the country's PDF and HTML report. */
export async function renderCountry(
  plan: YearPlan,
  country: string,
  deps: { source: SubmissionSource; renderer: ReportRenderer; target: PublishTarget },
): Promise<void> {
  const submission = await requireSubmission(deps.source, plan.year, country);
  const history = await deps.source.history(plan.year, country);
  const model = buildCountryModel(plan, submission, history);
  const { pdf, html } = await deps.renderer.renderCountry(model);
  await write(deps.target, outputNames.countryPdf(country), pdf, types.pdf);
  await write(deps.target, outputNames.countryHtml(country), html, types.html);
}

/**
 * Step 2 as Step Functions runs it (the Map, one per country that uploaded): the country's
 * validation record, and its report when it has an accepted submission. Returns the names
 * written.
 */
export async function publishCountry(
  plan: YearPlan,
  country: string,
  deps: { source: SubmissionSource; renderer: ReportRenderer; target: PublishTarget },
): Promise<string[]> {
  await writeValidation(plan, country, deps);
  const files = [outputNames.validation(country)];
  if (plan.reporting.includes(country)) {
    await renderCountry(plan, country, deps);
    files.push(outputNames.countryPdf(country), outputNames.countryHtml(country));
  }
  return files;
}

async function loadYear(plan: YearPlan, source: SubmissionSource) {
  const countries: Array<{ submission: Submission; history: Submission[] }> = [];
  for (const country of plan.reporting) {
    countries.push({
      submission: await requireSubmission(source, plan.year, country),
      history: await source.history(plan.year, country),
    });
  }
  return countries;
}

/** Step 3: the consolidated PDF and HTML report. */
export async function renderConsolidated(
  plan: YearPlan,
  deps: { source: SubmissionSource; renderer: ReportRenderer; target: PublishTarget },
): Promise<void> {
  const others: Submission[] = [];
  for (const country of plan.notReporting) others.push(...(await deps.source.history(plan.year, country)));
  const model = buildConsolidatedModel(plan, await loadYear(plan, deps.source), others);
  const { pdf, html } = await deps.renderer.renderConsolidated(model);
  await write(deps.target, outputNames.consolidatedPdf, pdf, types.pdf);
  await write(deps.target, outputNames.consolidatedHtml, html, types.html);
}

/** The validation record of a country's uploads for the year, as `validation/<CC>.json` holds it. */
export interface ValidationFile {
  country: string;
  year: number;
  /** The country has an accepted submission for the year. */
  accepted: boolean;
  uploads: Array<{ file: string; sha256: string; accepted: boolean; issues: unknown[] }>;
}

/** Part of step 2 (one per country that uploaded): `validation/<CC>.json`. */
export async function writeValidation(
  plan: YearPlan,
  country: string,
  deps: { source: SubmissionSource; target: PublishTarget },
): Promise<void> {
  const uploads = await deps.source.validations(plan.year, country);
  const body: ValidationFile = {
    country,
    year: plan.year,
    accepted: plan.reporting.includes(country),
    uploads: uploads.map((u) => ({ file: u.file, sha256: u.sha256, accepted: u.accepted, issues: u.issues })),
  };
  await write(
    deps.target,
    outputNames.validation(country),
    new TextEncoder().encode(`${JSON.stringify(body, null, 2)}\n`),
    types.json,
  );
}

/**
 * Step 5: the open data (open-data-files.ts): data.csv, data.json, reporting-status.csv,
 * data-all-years.csv, data.xlsx, then datapackage.json with their SHA-256.
 */
export async function writeOpenData(
  plan: YearPlan,
  deps: { source: SubmissionSource; target: PublishTarget },
): Promise<string[]> {
  const files = await renderOpenDataFiles(plan, deps.source, await loadYear(plan, deps.source));
  for (const file of files) await write(deps.target, file.name, file.bytes, file.contentType);
  return files.map((f) => f.name);
}

export interface Manifest {
  year: number;
  edition: number;
  frameworkVersion: string;
  /** From the data (the latest submission date), never the clock. */
  generated: string;
  sample: boolean;
  /** The reuse licence of the open data files. */
  licence: OpenDataLicence;
  files: Array<{ name: string; sha256: string; size: number }>;
  /** Per reporting country, the uploads the edition used (YearPlan.counted), when the plan had them. */
  counted?: Record<string, CountedUpload[]>;
}

/**
 * Step 6, last: `manifest.json` with the SHA-256 and size of every file the plan lists,
 * read back from the store (what was written, not what was meant to be). A missing file
 * is a fault: the edition is not complete and gets no manifest.
 */
export async function writeManifest(plan: YearPlan, deps: { target: PublishTarget }): Promise<Manifest> {
  const files: Manifest['files'] = [];
  for (const name of plan.files) {
    const bytes = await deps.target.store.get(`${deps.target.prefix}${name}`);
    if (!bytes)
      throw new PublishError('OUTPUT_MISSING', `${name} was not written; the manifest is not written either`);
    files.push({ name, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength });
  }
  const manifest: Manifest = {
    year: plan.year,
    edition: plan.edition,
    frameworkVersion: plan.frameworkVersion,
    generated: plan.generated,
    sample: plan.sample,
    licence: plan.licence ?? defaultOpenDataLicence,
    files,
    ...(plan.counted ? { counted: plan.counted } : {}),
  };
  await write(
    deps.target,
    outputNames.manifest,
    new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
    types.json,
  );
  return manifest;
}
