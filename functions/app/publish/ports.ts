/**
 * What the publish steps need from the outside world, as small interfaces. The command line
 * hands in an in-memory source (filled by its own ingest of a folder) and a pool of worker
 * threads; the AWS side hands in a source over the data bucket and an in-process renderer.
 * The steps are the same code in both.
 */

import { AllianceError } from '../../core/errors.js';
import type { Issue } from '../../core/issues.js';
import type { ObjectStore } from '../../core/ports.js';
import type { ConsolidatedReportModel, CountryReportModel } from '../../core/report/types.js';
import type { Submission } from '../../core/submission.js';

/** One processed upload as its validation record shows it. */
export interface UploadRecord {
  /** The file name as uploaded. */
  file: string;
  sha256: string;
  accepted: boolean;
  /** Every issue, errors and warnings, in reading order. */
  issues: Issue[];
}

/** The accepted submissions and the validation records of the years. */
export interface SubmissionSource {
  /** Every country that uploaded anything for the year (accepted or not), sorted by code. */
  countries(year: number): Promise<string[]>;
  /** The submission that counts (per table, the latest accepted upload), or undefined. */
  submission(year: number, country: string): Promise<Submission | undefined>;
  /** The country's merged submissions of the years before `year`, oldest first. */
  history(year: number, country: string): Promise<Submission[]>;
  /** The country's uploads of the year, oldest first, each with its validation outcome. */
  validations(year: number, country: string): Promise<UploadRecord[]>;
}

export interface RenderedReport {
  pdf: Uint8Array;
  html: Uint8Array;
}

/** Turns view models into documents: in process (Lambda) or on worker threads (CLI). */
export interface ReportRenderer {
  renderCountry(model: CountryReportModel): Promise<RenderedReport>;
  renderConsolidated(model: ConsolidatedReportModel): Promise<RenderedReport>;
  /** Frees what the renderer holds (threads). */
  close(): Promise<void>;
}

/** Where one year's outputs go: `outputNames` (functions/core/keys.ts) under `prefix`. */
export interface PublishTarget {
  store: ObjectStore;
  /** `2014/` in the command line's --out folder; `published/2014/edition-1/` on AWS. */
  prefix: string;
  /**
   * true: write each file with if-none-match (a published edition is never overwritten);
   * a retried step that writes the same bytes again is not an error.
   */
  immutable: boolean;
}

/** A fault of the publish run (a missing file at manifest time, a renderer failure). */
export class PublishError extends AllianceError {
  constructor(code: string, message: string, options?: ErrorOptions) {
    super('PublishError', code, message, options);
  }
}
