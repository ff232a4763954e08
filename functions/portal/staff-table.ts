/**
 * The staff table of a year (issue 14, point 4): one row per member, sorted by its short name
 * in the page's language, with what staff act on: the status, the last upload, the deadline
 * and days late (from the year's period), the review state, "changed since edition N", the
 * contacts' addresses (personal data: the staff pages only) and the next step for a member
 * that has not reported. The same rows make the page and the CSV export.
 */
import { createLog } from '../adapters/log.js';
import { changedSinceEdition } from '../app/cycle/changes.js';
import { readLatestReviews, readPeriod } from '../app/cycle/read.js';
import { readCurrentPointer } from '../app/submissions-store.js';
import type { Period, ReviewEvent } from '../core/cycle/records.js';
import type { Language } from '../core/i18n/languages.js';
import { formatDay } from '../core/i18n/translate.js';
import { parseCurrentKey } from '../core/keys.js';
import { getMember, shortNameOf } from '../core/members.js';
import type { CountryStatus, CountryYear } from './data.js';
import { readYearMatrix } from './data.js';
import { countryName, currentLanguage } from './i18n.js';
import type { PortalDeps } from './types.js';

/** The states staff filter by (`?state=`). */
export const staffFilters = [
  'not-submitted',
  'rejected',
  'warnings',
  'accepted',
  'late',
  'correction-requested',
] as const;
export type StaffFilter = (typeof staffFilters)[number];

export function isStaffFilter(value: string): value is StaffFilter {
  return (staffFilters as readonly string[]).includes(value);
}

export interface StaffRow {
  country: string;
  /** The member's short name in the page's language (what the table is sorted by). */
  name: string;
  status: CountryStatus;
  /** The latest upload, whatever its outcome. */
  latest: CountryYear['latest'];
  hasDraft: CountryYear['hasDraft'];
  /** The year's deadline (`YYYY-MM-DD`), when staff set a period. */
  deadline: string | undefined;
  /** When the latest upload that counts arrived (the object's time), if one counts. */
  countedAt: Date | undefined;
  /** The latest counted upload arrived after the deadline. */
  late: boolean;
  /**
   * Whole days past the deadline: of the counted upload when late, of today when nothing
   * counts yet and the deadline has passed; undefined otherwise.
   */
  daysLate: number | undefined;
  /** Nothing counts yet, and the deadline has passed. */
  overdue: boolean;
  review: ReviewEvent | undefined;
  /** The member's data differ from the latest edition's ("changed since edition N"). */
  changedSince: number | undefined;
  /** The addresses of the member's contacts (staff only). */
  contacts: string[];
}

export interface StaffTable {
  rows: StaffRow[];
  period: Period | undefined;
  /** The latest edition's number, when one is published. */
  edition: number | undefined;
  /** Members the latest edition lacks. */
  missing: string[];
  /** The contact directory could not be read: no row shows addresses. */
  contactsUnavailable: boolean;
}

const locales: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE', es: 'es-ES' };

/** The member's short name as the page's language writes it: Czechia, Tschechien, Tchéquie. */
export function memberShortName(code: string, lang: Language = currentLanguage()): string {
  const member = getMember(code);
  if (lang === 'en') return member ? shortNameOf(member) : code;
  return countryName(code);
}

/** A calendar day (`YYYY-MM-DD`) as the page's language writes it: 1 March 2015, 1 mars 2015. */
export function formatPageDay(isoDay: string): string {
  return formatDay(currentLanguage(), isoDay);
}

/** Sorts by the short name, in the collation of the page's language (Å, Ö, accents where that language puts them). */
export function sortByName<T extends { name: string }>(rows: T[], lang: Language = currentLanguage()): T[] {
  const collator = new Intl.Collator(locales[lang], { sensitivity: 'base' });
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}

const dayMs = 24 * 3600 * 1000;

/** Whole days from day `a` to day `b` (`YYYY-MM-DD`), in UTC. */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / dayMs);
}

/** When the latest upload that counts arrived, per country: from the current pointers of the year. */
async function readCountedAt(deps: PortalDeps, year: number): Promise<Map<string, Date>> {
  const out = new Map<string, Date>();
  for (const o of await deps.data.list(`current/${year}/`)) {
    const parsed = parseCurrentKey(o.key);
    if (!parsed || parsed.year !== year) continue;
    const pointer = await readCurrentPointer(deps.data, o.key);
    // A pointer withdrawn by an invalidation: nothing of that table counts.
    if (!pointer || pointer.withdrawn) continue;
    const at = new Date(pointer.uploadedAt);
    if (Number.isNaN(at.getTime())) continue;
    const before = out.get(parsed.country);
    if (!before || at > before) out.set(parsed.country, at);
  }
  return out;
}

/**
 * The contacts' addresses, sorted: the directory when the portal has one, else the local users
 * file. A directory that fails once is not asked again for this page: the table is shown
 * without addresses and says so (the failure is logged).
 */
function contactReader(deps: PortalDeps): {
  read: (country: string) => Promise<string[]>;
  failed: () => boolean;
} {
  let failed = false;
  const read = async (country: string): Promise<string[]> => {
    let emails: string[] = [];
    if (deps.directory && !failed) {
      try {
        emails = (await deps.directory.contacts(country)).map((r) => r.email);
      } catch (error) {
        failed = true;
        createLog('portal').error('The contact directory could not be read', error, { country });
      }
    } else if (!deps.directory && deps.identity.kind === 'local') {
      emails = await deps.identity.auth.contactsOf(country);
    }
    return [...emails].sort();
  };
  return { read, failed: () => failed };
}

/** Every member of the year as the staff table shows it, sorted by short name. */
export async function readStaffTable(deps: PortalDeps, year: number): Promise<StaffTable> {
  const [matrix, period, reviews, counted, changes] = await Promise.all([
    readYearMatrix(deps, year),
    readPeriod(deps.data, year),
    readLatestReviews(deps.data, year),
    readCountedAt(deps, year),
    changedSinceEdition(deps.data, year),
  ]);
  const today = deps.clock.now().toISOString().slice(0, 10);
  const contacts = contactReader(deps);
  const rows: StaffRow[] = [];
  for (const r of matrix) {
    const countedAt = counted.get(r.country) ?? r.latestAccepted?.at;
    const deadline = period?.deadline;
    const countedDay = countedAt?.toISOString().slice(0, 10);
    const late = !!(deadline && countedDay && countedDay > deadline);
    const overdue = !!(deadline && !countedAt && today > deadline);
    let daysLate: number | undefined;
    if (deadline && late && countedDay) daysLate = daysBetween(deadline, countedDay);
    else if (deadline && overdue) daysLate = daysBetween(deadline, today);
    rows.push({
      country: r.country,
      name: memberShortName(r.country),
      status: r.status,
      latest: r.latest,
      hasDraft: r.hasDraft,
      deadline,
      countedAt,
      late,
      daysLate,
      overdue,
      review: reviews.get(r.country),
      changedSince: changes?.changed.includes(r.country) ? changes.edition : undefined,
      contacts: await contacts.read(r.country),
    });
  }
  return {
    rows: sortByName(rows),
    period,
    edition: changes?.edition,
    missing: changes?.missing ?? [],
    contactsUnavailable: contacts.failed(),
  };
}

/** The rows in the state asked for (all of them without a filter). */
export function filterRows(rows: readonly StaffRow[], state: StaffFilter | undefined): StaffRow[] {
  if (!state) return [...rows];
  const matches: Record<StaffFilter, (r: StaffRow) => boolean> = {
    'not-submitted': (r) => r.status === 'not-submitted',
    rejected: (r) => r.status === 'rejected',
    warnings: (r) => r.status === 'accepted-with-warnings',
    accepted: (r) => r.status === 'accepted',
    late: (r) => r.late,
    'correction-requested': (r) => r.review?.state === 'correction-requested',
  };
  return rows.filter(matches[state]);
}

/**
 * One CSV cell: a text that a spreadsheet would run as a formula (= + - @, or a tab or
 * carriage return first) gets a leading apostrophe; a cell with a separator, a quote or a
 * line break is quoted, its quotes doubled (RFC 4180).
 */
export function csvCell(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(value);
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV: CRLF line ends, UTF-8 with a byte order mark (so a spreadsheet reads the accents). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | undefined | null>>): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
