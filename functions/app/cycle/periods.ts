/**
 * Setting a year's reporting period (staff, in the portal or `alliance-reports period set`).
 * The period is one record, `control/<year>/period.json` (core/cycle/records.ts), written
 * with a compare-and-swap (ifNoneMatch the first time, ifMatch the etag read after): two
 * staff saving at once cannot lose one another's change, and a change keeps what it replaced
 * in the record's `history`, oldest first, with who set it and when. Nothing is deleted.
 */
import {
  type PeriodCheck,
  type PeriodDates,
  type UploadWindow,
  uploadWindow,
  validatePeriod,
} from '../../core/cycle/period.js';
import { cycleKeys, type Period, periodSchema } from '../../core/cycle/records.js';
import { ObjectChangedError, ObjectExistsError, type ObjectStore, StoreError } from '../../core/ports.js';
import { encodeJson } from '../submissions-store.js';
import { readPeriod } from './read.js';

export interface SetPeriodInput {
  year: number;
  opens: string | undefined;
  deadline: string | undefined;
  closes: string | undefined;
  /** Who sets it: the signed-in person's e-mail, or `cli:<user>`. */
  actor: string;
  at: Date;
}

export type SetPeriodResult =
  | { outcome: 'set'; period: Period; previous: Period | undefined }
  /** The dates were already these: nothing written. */
  | { outcome: 'unchanged'; period: Period }
  | { outcome: 'invalid'; problems: Extract<PeriodCheck, { ok: false }>['problems'] };

/** Attempts before a contended write is left to the caller as a fault. */
const SET_ATTEMPTS = 8;

/** Checks the dates and stores the year's period, keeping the one it replaces; problems are results, faults throw. */
export async function setPeriod(store: ObjectStore, input: SetPeriodInput): Promise<SetPeriodResult> {
  const check = validatePeriod(input.year, {
    opens: input.opens,
    deadline: input.deadline,
    closes: input.closes,
  });
  if (!check.ok) return { outcome: 'invalid', problems: check.problems };
  const key = cycleKeys.period(input.year);
  for (let attempt = 1; attempt <= SET_ATTEMPTS; attempt++) {
    const seen = await store.head(key);
    const previous = seen ? await readPeriod(store, input.year) : undefined;
    if (previous && sameDates(previous, check.dates)) return { outcome: 'unchanged', period: previous };
    const period: Period = periodSchema.parse({
      schemaVersion: 1,
      year: input.year,
      ...check.dates,
      setBy: input.actor,
      setAt: input.at.toISOString(),
      history: previous
        ? [
            ...previous.history,
            {
              opens: previous.opens,
              deadline: previous.deadline,
              closes: previous.closes,
              setBy: previous.setBy,
              setAt: previous.setAt,
            },
          ]
        : [],
    });
    try {
      await store.put(key, encodeJson(period), {
        contentType: 'application/json',
        ...(seen ? { ifMatch: seen.etag } : { ifNoneMatch: true }),
      });
      return { outcome: 'set', period, previous };
    } catch (error) {
      // Someone else saved the period meanwhile: read theirs, and keep it in the history.
      if (error instanceof ObjectChangedError || error instanceof ObjectExistsError) continue;
      throw error;
    }
  }
  throw new StoreError('PERIOD_CONTENDED', `${key} kept changing while the period was set`);
}

function sameDates(a: PeriodDates, b: PeriodDates): boolean {
  return a.opens === b.opens && a.deadline === b.deadline && a.closes === b.closes;
}

/** The year's period and where `day` (YYYY-MM-DD, UTC) falls in it: for the portal and the ingest. */
export async function readUploadWindow(
  store: ObjectStore,
  year: number,
  day: string,
): Promise<{ period: Period | undefined; window: UploadWindow }> {
  const period = await readPeriod(store, year);
  return { period, window: uploadWindow(period, day) };
}
