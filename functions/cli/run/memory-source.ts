/**
 * The SubmissionSource of the command line's run: filled by the run's own ingest of the
 * input folder, upload by upload in upload order, and kept in memory.
 */

import type { SubmissionSource, UploadRecord } from '../../app/publish/ports.js';
import { mergeLatestTables, type Submission } from '../../core/submission.js';

interface CountryYear {
  records: UploadRecord[];
  /** Accepted submissions, oldest first. */
  accepted: Submission[];
}

export class MemorySubmissionSource implements SubmissionSource {
  readonly #data = new Map<number, Map<string, CountryYear>>();

  /** Records one processed upload; call in upload order (oldest first). */
  add(year: number, country: string, record: UploadRecord, submission: Submission | null): void {
    const byCountry = this.#data.get(year) ?? new Map<string, CountryYear>();
    this.#data.set(year, byCountry);
    const entry = byCountry.get(country) ?? { records: [], accepted: [] };
    byCountry.set(country, entry);
    entry.records.push(record);
    if (submission) entry.accepted.push(submission);
  }

  /** The years with any upload, ascending. */
  years(): number[] {
    return [...this.#data.keys()].sort((a, b) => a - b);
  }

  async countries(year: number): Promise<string[]> {
    return [...(this.#data.get(year)?.keys() ?? [])].sort();
  }

  /** Synchronous form, for the run's own ingest (last year's submission as `previous`). */
  merged(year: number, country: string): Submission | undefined {
    return mergeLatestTables(this.#data.get(year)?.get(country)?.accepted ?? []);
  }

  async submission(year: number, country: string): Promise<Submission | undefined> {
    return this.merged(year, country);
  }

  async history(year: number, country: string): Promise<Submission[]> {
    return this.years()
      .filter((y) => y < year)
      .flatMap((y) => {
        const merged = this.merged(y, country);
        return merged ? [merged] : [];
      });
  }

  async validations(year: number, country: string): Promise<UploadRecord[]> {
    return [...(this.#data.get(year)?.get(country)?.records ?? [])];
  }
}
