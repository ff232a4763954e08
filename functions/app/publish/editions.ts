/**
 * Editions of a year, in one place. An edition is `published/<year>/edition-<n>/`: its
 * number is taken by writing the reservation `plan.json` with if-none-match (the store's
 * conditional write), so two publishes started at the same instant, in one process or on
 * two machines, get two numbers and never the same one; it exists for readers once its
 * manifest is written, last. The Step Functions plan task, the local portal's publish and
 * the portal's publish page all count editions here.
 */
import { dataKeys, parseEditionKey } from '../../core/keys.js';
import { isReportingYear, notAReportingYearMessage } from '../../core/limits.js';
import { type Clock, ObjectExistsError, type ObjectStore } from '../../core/ports.js';
import { PublishError, type PublishTarget } from './ports.js';

/** What `plan.json` records when an edition number is taken. */
export interface EditionReservation {
  year: number;
  edition: number;
  reserved: true;
  /** `YYYY-MM-DD` (UTC): the edition's publication date, from the clock when it was reserved. */
  published: string;
  /** The instant of the reservation (ISO 8601). */
  reservedAt: string;
  /** Who or what asked: a staff e-mail, `schedule`, `cli`. */
  requestedBy: string | null;
}

/** A reservation that keeps failing: something else is writing editions in a loop, a fault. */
const maxAttempts = 100;

/** Every edition number of the year that is taken (reserved or published), ascending. */
export async function takenEditions(data: ObjectStore, year: number): Promise<number[]> {
  const taken = new Set<number>();
  for (const object of await data.list(dataKeys.editionsPrefix(year))) {
    const parsed = parseEditionKey(object.key);
    if (parsed && parsed.year === year) taken.add(parsed.edition);
  }
  return [...taken].sort((a, b) => a - b);
}

/** The number the next reservation will try first (what the publish page announces). */
export async function nextEdition(data: ObjectStore, year: number): Promise<number> {
  return ((await takenEditions(data, year)).at(-1) ?? 0) + 1;
}

/**
 * Reserves the next edition of `year`: the first number above every taken one whose
 * `plan.json` this call manages to create. The one way editions are numbered.
 */
export async function reserveEdition(
  data: ObjectStore,
  year: number,
  clock: Clock,
  options: { requestedBy?: string | null } = {},
): Promise<EditionReservation> {
  if (!isReportingYear(year)) throw new PublishError('NOT_A_REPORTING_YEAR', notAReportingYearMessage(year));
  let edition = await nextEdition(data, year);
  for (let attempt = 0; attempt < maxAttempts; attempt++, edition++) {
    const now = clock.now();
    const reservation: EditionReservation = {
      year,
      edition,
      reserved: true,
      published: now.toISOString().slice(0, 10),
      reservedAt: now.toISOString(),
      requestedBy: options.requestedBy ?? null,
    };
    try {
      await data.put(
        dataKeys.editionPlan(year, edition),
        new TextEncoder().encode(`${JSON.stringify(reservation, null, 2)}\n`),
        { contentType: 'application/json', ifNoneMatch: true },
      );
      return reservation;
    } catch (error) {
      // Someone took this number between our list and our write: try the next one.
      if (!(error instanceof ObjectExistsError)) throw error;
    }
  }
  throw new PublishError(
    'EDITION_NOT_RESERVED',
    `Could not reserve an edition number for ${year} after ${maxAttempts} attempts`,
  );
}

/** The edition's folder in the data store: written once, never overwritten. */
export function editionTarget(data: ObjectStore, plan: { year: number; edition: number }): PublishTarget {
  return { store: data, prefix: dataKeys.edition(plan.year, plan.edition, ''), immutable: true };
}
