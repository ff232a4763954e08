/**
 * "What counts has changed": renders the drafts of a year from the `current/` pointers, with
 * the publish run's own models and steps (edition 0: a draft), into `drafts/<year>/`:
 *
 *   <CC>.pdf, <CC>.html (+ <CC>.json)              the country's draft report
 *   consolidated.pdf, consolidated.html, data.csv, data.json (+ consolidated.json)
 *                                                  the consolidated draft and the draft open data
 *
 * On AWS the render-drafts Lambda calls this when a `current/` pointer changes (S3 event on
 * the data bucket through its own queue); locally, processUpload can call the country part
 * in-process. Each part writes a stamp last (`<CC>.json`, `consolidated.json`: the uploads it
 * was rendered from) and renders nothing when the stamp already says the same: a repeated
 * event costs a few reads. Nothing here reads the uploads bucket or the original files.
 */
import { frameworkVersion } from '../core/framework.js';
import { dataKeys, outputNames } from '../core/keys.js';
import type { ObjectStore } from '../core/ports.js';
import { buildCountryModel } from './publish/models.js';
import type { PublishTarget, ReportRenderer } from './publish/ports.js';
import { planYear, renderConsolidated, writeOpenData, type YearPlan } from './publish/steps.js';
import {
  encodeJson,
  mergeCurrent,
  readCurrent,
  StoredSubmissionSource,
  tables,
} from './submissions-store.js';

export interface RenderDraftsDeps {
  data: ObjectStore;
  /** Built on first use only: a run whose stamps all match needs no PDF printer. */
  renderer: () => Promise<ReportRenderer>;
}

export interface RenderDraftsResult {
  year: number;
  country: string;
  /** The country's draft was rendered again. */
  countryRendered: boolean;
  /** The consolidated draft and the draft open data were rendered again. */
  consolidatedRendered: boolean;
}

/** The country's draft, then the year's consolidated draft and draft open data, each only if out of date. */
export async function renderDrafts(
  year: number,
  country: string,
  deps: RenderDraftsDeps,
): Promise<RenderDraftsResult> {
  const countryRendered = await renderCountryDraft(year, country, deps);
  const consolidatedRendered = await renderConsolidatedDraft(year, deps);
  return { year, country, countryRendered, consolidatedRendered };
}

/**
 * `drafts/<year>/<CC>.{pdf,html}` from what counts now, unless the draft on record was
 * rendered from exactly these uploads (`drafts/<year>/<CC>.json` says which).
 */
export async function renderCountryDraft(
  year: number,
  country: string,
  deps: RenderDraftsDeps,
): Promise<boolean> {
  const pointers = await readCurrent(deps.data, year, country);
  const stamp = {
    schemaVersion: 1,
    from: Object.fromEntries(tables.map((t) => [t, pointers[t]?.uploadId ?? null])),
  };
  const stampKey = dataKeys.draftStamp(year, country);
  const stampBytes = encodeJson(stamp);
  if (sameBytes(await deps.data.get(stampKey), stampBytes)) return false;

  const submission = await mergeCurrent(deps.data, pointers);
  if (!submission) return false;
  const source = new StoredSubmissionSource(deps.data);
  const history = await source.history(year, country);
  const plan: YearPlan = {
    year,
    // Drafts have no edition yet: 0 until the publish run numbers one.
    edition: 0,
    sample: await source.isSample(),
    frameworkVersion,
    generated: submission.cover.date ?? `${year + 1}-01-01`,
    published: null,
    uploaded: [country],
    reporting: [country],
    notReporting: [],
    files: [],
  };
  const renderer = await deps.renderer();
  const { pdf, html } = await renderer.renderCountry(buildCountryModel(plan, submission, history));
  await deps.data.put(dataKeys.draft(year, outputNames.countryPdf(country)), pdf, {
    contentType: 'application/pdf',
  });
  await deps.data.put(dataKeys.draft(year, outputNames.countryHtml(country)), html, {
    contentType: 'text/html; charset=utf-8',
  });
  // Last: a draft that was cut short is rendered again on the next event.
  await deps.data.put(stampKey, stampBytes, { contentType: 'application/json' });
  return true;
}

/**
 * `drafts/<year>/consolidated.{pdf,html}` and the draft open data (`data.csv`, `data.json`)
 * from what counts now for every country, with the publish run's steps, unless
 * `drafts/<year>/consolidated.json` says they were rendered from exactly these uploads.
 */
export async function renderConsolidatedDraft(year: number, deps: RenderDraftsDeps): Promise<boolean> {
  const source = new StoredSubmissionSource(deps.data);
  const plan = await planYear(source, { year, edition: 0, sample: await source.isSample() });
  if (plan.reporting.length === 0) return false;
  const from: Record<string, Record<string, string | null>> = {};
  for (const country of plan.reporting) {
    const pointers = await readCurrent(deps.data, year, country);
    from[country] = Object.fromEntries(tables.map((t) => [t, pointers[t]?.uploadId ?? null]));
  }
  const stampKey = dataKeys.draftStamp(year, 'consolidated');
  const stampBytes = encodeJson({
    schemaVersion: 1,
    generated: plan.generated,
    uploaded: plan.uploaded,
    from,
  });
  if (sameBytes(await deps.data.get(stampKey), stampBytes)) return false;

  const target: PublishTarget = { store: deps.data, prefix: dataKeys.draft(year, ''), immutable: false };
  const steps = { source, renderer: await deps.renderer(), target };
  await renderConsolidated(plan, steps);
  await writeOpenData(plan, steps);
  await deps.data.put(stampKey, stampBytes, { contentType: 'application/json' });
  return true;
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && Buffer.from(a).equals(Buffer.from(b));
}
