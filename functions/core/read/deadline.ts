/**
 * The time budget of one upload's ingest. The core reads no clock: the edge hands in
 * `elapsed` (milliseconds from any fixed point, `performance.now` in practice) and the
 * readers and the ingest call `check()` once per row and per sheet. Past the budget,
 * `check()` throws DeadlinePassed, which the ingest turns into FILE_TOO_COMPLEX: an upload
 * that is slow for a reason nobody foresaw ends with an answer the person can act on, not
 * with the Lambda's timeout and five retries.
 */

import { AllianceError } from '../errors.js';
/** About a sixth of the ingest Lambda's 2 minutes: a real workbook takes well under 2 s. */
export const DEFAULT_INGEST_BUDGET_MS = 20_000;

export interface TimeBudget {
  /** Milliseconds from any fixed point; only differences are used. */
  elapsed: () => number;
  ms: number;
}

/** Thrown by Deadline.check once the budget is spent; caught by readUpload and ingestUpload. */
export class DeadlinePassed extends AllianceError<'INGEST_BUDGET_PASSED'> {
  constructor(readonly budgetMs: number) {
    super(
      'DeadlinePassed',
      'INGEST_BUDGET_PASSED',
      `the ingest took longer than its budget of ${budgetMs} ms`,
    );
  }
}

export class Deadline {
  private readonly end: number;

  constructor(private readonly budget: TimeBudget | undefined) {
    this.end = budget ? budget.elapsed() + budget.ms : Number.POSITIVE_INFINITY;
  }

  /** A deadline that never passes (no clock was handed in). */
  static readonly none = new Deadline(undefined);

  get budgetMs(): number {
    return this.budget?.ms ?? Number.POSITIVE_INFINITY;
  }

  /** Throws DeadlinePassed once the budget is spent. */
  check(): void {
    if (this.budget && this.budget.elapsed() > this.end) throw new DeadlinePassed(this.budget.ms);
  }
}
