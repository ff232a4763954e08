/**
 * What changed since an edition (issue 13, "changed since edition N"): the edition itself is
 * never touched, so staff need to see which members' data now differ from what the latest
 * edition of the year was made from, and which members it lacks. Shown on the staff table and
 * on the publish confirmation; the edition page compares an edition with the one before.
 *
 * An edition records, in its manifest, the uploads each country's report was made from
 * (`counted`: name and SHA-256, app/publish/steps.ts). Editions published before that field
 * existed are read from their `validation/<CC>.json` instead: the accepted uploads the
 * edition knew of (close, but blind to an upload invalidated after the edition).
 */
import * as z from 'zod';
import { dataKeys, outputNames, parseEditionKey } from '../../core/keys.js';
import { membersInYear } from '../../core/members.js';
import type { ObjectStore } from '../../core/ports.js';
import { RecordFormatError, StoredSubmissionSource } from '../submissions-store.js';

const countedSchema = z.array(z.object({ name: z.string(), sha256: z.string() }));

/** The fields of `manifest.json` (app/publish/steps.ts Manifest) read here; others pass through. */
export const editionManifestSchema = z
  .object({
    year: z.number().int().optional(),
    edition: z.number().int().positive().optional(),
    generated: z.string().optional(),
    sample: z.boolean().optional(),
    files: z.array(z.object({ name: z.string(), sha256: z.string(), size: z.number().int().nonnegative() })),
    counted: z.record(z.string(), countedSchema).optional(),
  })
  .passthrough();
export type EditionManifest = z.infer<typeof editionManifestSchema>;

/** The reservation `plan.json` (app/publish/editions.ts EditionReservation): when, and who asked. */
const reservationSchema = z
  .object({
    published: z.string().optional(),
    reservedAt: z.string().optional(),
    requestedBy: z.string().nullable().optional(),
  })
  .passthrough();

export interface PublishedEdition {
  number: number;
  manifest: EditionManifest;
  /** `YYYY-MM-DD`, the edition's publication date, when its reservation says it. */
  published: string | null;
  /** The instant the number was reserved (ISO 8601), when known. */
  reservedAt: string | null;
  /** Who asked for it: a staff e-mail, `cli:<user>`, `schedule`; null when not recorded. */
  requestedBy: string | null;
}

const decoder = new TextDecoder();

async function readJson<T>(store: ObjectStore, key: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const bytes = await store.get(key);
  if (!bytes) return undefined;
  try {
    return schema.parse(JSON.parse(decoder.decode(bytes)));
  } catch (error) {
    throw new RecordFormatError(key, { cause: error });
  }
}

/** The numbers of the year's published editions (those with a manifest), ascending. */
export async function publishedEditionNumbers(store: ObjectStore, year: number): Promise<number[]> {
  const numbers = new Set<number>();
  for (const object of await store.list(dataKeys.editionsPrefix(year))) {
    const parsed = parseEditionKey(object.key);
    if (parsed && parsed.year === year && parsed.name === outputNames.manifest) numbers.add(parsed.edition);
  }
  return [...numbers].sort((a, b) => a - b);
}

/** A published edition: its manifest and reservation, or undefined while it has no manifest. */
export async function readPublishedEdition(
  store: ObjectStore,
  year: number,
  edition: number,
): Promise<PublishedEdition | undefined> {
  const manifest = await readJson(
    store,
    dataKeys.edition(year, edition, outputNames.manifest),
    editionManifestSchema,
  );
  if (!manifest) return undefined;
  const plan = await readJson(store, dataKeys.editionPlan(year, edition), reservationSchema);
  return {
    number: edition,
    manifest,
    published: plan?.published ?? null,
    reservedAt: plan?.reservedAt ?? null,
    requestedBy: plan?.requestedBy ?? null,
  };
}

/** The members an edition has a report of (`<CC>.pdf` in its manifest), sorted by code. */
export function editionReporting(manifest: EditionManifest): string[] {
  const out = new Set<string>();
  for (const file of manifest.files) {
    const m = file.name.match(/^([A-Z]{2})\.pdf$/);
    if (m) out.add(m[1]!);
  }
  return [...out].sort();
}

const validationFileSchema = z
  .object({
    uploads: z.array(z.object({ sha256: z.string(), accepted: z.boolean() }).passthrough()),
  })
  .passthrough();

/**
 * Per country the edition reports, the SHA-256 of the uploads it used: from the manifest's
 * `counted`, or (older editions) every accepted upload in its `validation/<CC>.json`.
 */
async function editionUploads(
  store: ObjectStore,
  year: number,
  edition: PublishedEdition,
): Promise<{ exact: boolean; byCountry: Map<string, Set<string>> }> {
  const byCountry = new Map<string, Set<string>>();
  const counted = edition.manifest.counted;
  if (counted) {
    for (const [country, files] of Object.entries(counted))
      byCountry.set(country, new Set(files.map((f) => f.sha256)));
    return { exact: true, byCountry };
  }
  for (const country of editionReporting(edition.manifest)) {
    const record = await readJson(
      store,
      dataKeys.edition(year, edition.number, outputNames.validation(country)),
      validationFileSchema,
    );
    byCountry.set(country, new Set((record?.uploads ?? []).filter((u) => u.accepted).map((u) => u.sha256)));
  }
  return { exact: false, byCountry };
}

export interface EditionChanges {
  /** The latest published edition of the year. */
  edition: number;
  /** Its publication date (`YYYY-MM-DD`), when recorded. */
  published: string | null;
  /**
   * Members whose counted uploads now differ from those the edition used: uploaded again
   * after it, reporting now but absent from it, or no longer counting anything. By code.
   */
  changed: string[];
  /** Members of the year the edition has no report of, by code. */
  missing: string[];
}

/**
 * For the latest published edition of `year`: the members whose current counted uploads
 * differ from the edition's, and the members missing from it. Undefined when nothing is
 * published for the year.
 */
export async function changedSinceEdition(
  store: ObjectStore,
  year: number,
): Promise<EditionChanges | undefined> {
  const number = (await publishedEditionNumbers(store, year)).at(-1);
  if (number === undefined) return undefined;
  const edition = await readPublishedEdition(store, year, number);
  if (!edition) return undefined;
  const used = await editionUploads(store, year, edition);
  const source = new StoredSubmissionSource(store);
  const members = membersInYear(year).map((m) => m.code);
  const candidates = [...new Set([...members, ...used.byCountry.keys()])].sort();
  const changed: string[] = [];
  for (const country of candidates) {
    const now = (await source.submission(year, country))?.sources.map((f) => f.sha256) ?? [];
    const then = used.byCountry.get(country);
    if (!then) {
      if (now.length > 0) changed.push(country);
      continue;
    }
    const differs = used.exact
      ? now.length !== then.size || now.some((sha) => !then.has(sha))
      : now.length === 0 || now.some((sha) => !then.has(sha));
    if (differs) changed.push(country);
  }
  return {
    edition: number,
    published: edition.published,
    changed,
    missing: members.filter((c) => !used.byCountry.has(c)),
  };
}

export interface EditionComparison {
  /** The edition compared with. */
  previous: number;
  /** Members reported in this edition, not in the previous one. */
  added: string[];
  /** Members reported in the previous edition, not in this one. */
  removed: string[];
  /** Members in both whose uploads differ (known only when both manifests record them). */
  updated: string[];
  files: { added: string[]; removed: string[]; changed: string[] };
}

/** What changed from edition `previous` to edition `next`: members and files (by SHA-256). */
export function compareEditions(previous: PublishedEdition, next: PublishedEdition): EditionComparison {
  const before = editionReporting(previous.manifest);
  const after = editionReporting(next.manifest);
  const updated: string[] = [];
  const a = previous.manifest.counted;
  const b = next.manifest.counted;
  if (a && b) {
    for (const country of after.filter((c) => before.includes(c))) {
      const x = (a[country] ?? []).map((f) => f.sha256).sort();
      const y = (b[country] ?? []).map((f) => f.sha256).sort();
      if (x.join() !== y.join()) updated.push(country);
    }
  }
  const oldFiles = new Map(previous.manifest.files.map((f) => [f.name, f.sha256]));
  const newFiles = new Map(next.manifest.files.map((f) => [f.name, f.sha256]));
  return {
    previous: previous.number,
    added: after.filter((c) => !before.includes(c)),
    removed: before.filter((c) => !after.includes(c)),
    updated,
    files: {
      added: [...newFiles.keys()].filter((n) => !oldFiles.has(n)),
      removed: [...oldFiles.keys()].filter((n) => !newFiles.has(n)),
      changed: [...newFiles].filter(([n, sha]) => oldFiles.has(n) && oldFiles.get(n) !== sha).map(([n]) => n),
    },
  };
}
