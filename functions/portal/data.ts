/**
 * What the portal reads from the stores: a country's uploads with their validation
 * records, the year's matrix, drafts and published editions. Records are parsed, never cast.
 */
import * as z from 'zod';
import { readInvalidation } from '../app/cycle/read.js';
import type { Invalidation } from '../core/cycle/records.js';
import { hasErrors, type Issue } from '../core/issues.js';
import { dataKeys, outputNames, parseEditionKey, parseUploadKey, uploadPrefix } from '../core/keys.js';
import { getMember, membersInYear } from '../core/members.js';
import type { ObjectStore, StoredObject } from '../core/ports.js';
import { issueSchema } from '../core/submission.js';

/** The fields of a validation record (functions/app/process-upload.ts writes it) the portal shows. */
const validationRecordSchema = z
  .object({
    key: z.string(),
    accepted: z.boolean().optional(),
    status: z.string().optional(),
    issues: z.array(issueSchema).default([]),
    fileName: z.string().optional(),
    uploadedAt: z.string().optional(),
    processedAt: z.string().optional(),
    receivedAt: z.string().optional(),
    tables: z.array(z.string()).optional(),
    late: z.boolean().optional(),
    duplicateOf: z.string().optional(),
  })
  .passthrough();

export interface UploadView {
  id: string;
  key: string;
  fileName: string;
  /** When the upload was processed (or received). */
  at: Date;
  accepted: boolean;
  issues: Issue[];
  errors: number;
  warnings: number;
  /** Received after the year's deadline (accepted, marked late). */
  late?: true;
  /** Staff (or a re-validation) invalidated it: it stays in the history and no longer counts. */
  invalidation?: InvalidationView;
}

export interface InvalidationView {
  at: Date;
  by: string;
  reason: string;
  /** Written by a re-validation (the upload fails the current rules). */
  revalidation: boolean;
}

export type CountryStatus = 'not-submitted' | 'accepted' | 'accepted-with-warnings' | 'rejected';

export interface CountryYear {
  country: string;
  name: string;
  status: CountryStatus;
  /** Newest first. */
  uploads: UploadView[];
  /** The latest upload, whatever its outcome. */
  latest: UploadView | undefined;
  /** The latest accepted upload that is not invalidated. */
  latestAccepted: UploadView | undefined;
  /** Uploads in the uploads store without a validation record yet (being checked). */
  pending: string[];
  hasDraft: { pdf: boolean; html: boolean };
}

export async function readUpload(
  data: ObjectStore,
  year: number,
  country: string,
  id: string,
): Promise<UploadView | undefined> {
  if (!/^[\w-]{1,64}$/.test(id)) return undefined;
  const key = dataKeys.validation(year, country, id);
  const [bytes, head, invalidation] = await Promise.all([
    data.get(key),
    data.head(key),
    readInvalidation(data, year, country, id),
  ]);
  if (!bytes) return undefined;
  return withInvalidation(toUploadView(id, bytes, head?.modified ?? new Date(0)), invalidation);
}

function withInvalidation(view: UploadView | undefined, record: Invalidation | undefined) {
  if (!view || !record) return view;
  return {
    ...view,
    invalidation: {
      at: new Date(record.at),
      by: record.by,
      reason: record.reason,
      revalidation: record.revalidation !== undefined,
    },
  };
}

function toUploadView(id: string, bytes: Uint8Array, modified: Date): UploadView | undefined {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = validationRecordSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const r = parsed.data;
  // The same form sent twice: the copy is not an upload of its own (the first one is listed).
  if (r.duplicateOf) return undefined;
  const issues = r.issues;
  const accepted = r.accepted ?? (r.status ? r.status === 'accepted' : !hasErrors(issues));
  const at = new Date(r.uploadedAt ?? r.processedAt ?? r.receivedAt ?? modified.toISOString());
  return {
    id,
    key: r.key,
    fileName: displayName(r.fileName ?? parseUploadKey(r.key)?.fileName ?? r.key),
    at: Number.isNaN(at.getTime()) ? modified : at,
    accepted,
    issues,
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    ...(r.late ? { late: true as const } : {}),
  };
}

/** The name the person gave the file: without the portal's time-and-batch prefix. */
export function displayName(fileName: string): string {
  return fileName.replace(/^\d{8}T\d{6}Z-[0-9a-f]{6}-/, '');
}

export async function readCountryYear(
  stores: { uploads: ObjectStore; data: ObjectStore },
  year: number,
  country: string,
): Promise<CountryYear> {
  const [records, originals, drafts] = await Promise.all([
    stores.data.list(dataKeys.uploadsPrefix(year, country)),
    stores.uploads.list(uploadPrefix(year, country)),
    stores.data.list(dataKeys.draft(year, `${country}.`)),
  ]);
  return buildCountryYear(stores.data, year, country, records, originals, drafts);
}

/** Every member of the year: three listings for the whole year, not three per country. */
export async function readYearMatrix(
  stores: { uploads: ObjectStore; data: ObjectStore },
  year: number,
): Promise<CountryYear[]> {
  const [records, originals, drafts] = await Promise.all([
    stores.data.list(dataKeys.uploadsPrefix(year)),
    stores.uploads.list(uploadPrefix(year)),
    stores.data.list(dataKeys.draftsPrefix(year)),
  ]);
  const countries = membersInYear(year).map((m) => m.code);
  const out: CountryYear[] = [];
  for (const c of countries) {
    out.push(
      await buildCountryYear(
        stores.data,
        year,
        c,
        records.filter((o) => o.key.startsWith(dataKeys.uploadsPrefix(year, c))),
        originals.filter((o) => o.key.startsWith(uploadPrefix(year, c))),
        drafts.filter((o) => o.key.startsWith(dataKeys.draft(year, `${c}.`))),
      ),
    );
  }
  return out;
}

async function buildCountryYear(
  data: ObjectStore,
  year: number,
  country: string,
  records: StoredObject[],
  originals: StoredObject[],
  drafts: StoredObject[],
): Promise<CountryYear> {
  const prefix = dataKeys.uploadsPrefix(year, country);
  const uploads: UploadView[] = [];
  // Invalidations lie next to the validation records: the same listing names them.
  const invalidations = new Set(
    records.map((o) => o.key.slice(prefix.length).match(/^([^/]+)\/invalidation\.json$/)?.[1]),
  );
  for (const obj of records) {
    const match = obj.key.slice(prefix.length).match(/^([^/]+)\/validation\.json$/);
    if (!match) continue;
    const bytes = await data.get(obj.key);
    const invalidated = invalidations.has(match[1]!)
      ? await readInvalidation(data, year, country, match[1]!)
      : undefined;
    const view = bytes && withInvalidation(toUploadView(match[1]!, bytes, obj.modified), invalidated);
    if (view) uploads.push(view);
  }
  uploads.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1));
  const seen = new Set(uploads.map((u) => u.key));
  const pending = originals.map((o) => o.key).filter((k) => !seen.has(k));
  const latest = uploads[0];
  const latestAccepted = uploads.find((u) => u.accepted && !u.invalidation);
  let status: CountryStatus = 'not-submitted';
  if (latestAccepted) status = latestAccepted.warnings > 0 ? 'accepted-with-warnings' : 'accepted';
  // Only invalidated uploads: nothing counts, as before the first upload.
  else if (uploads.some((u) => !u.accepted)) status = 'rejected';
  const draftNames = new Set(drafts.map((o) => o.key));
  const withdrawn = !latestAccepted && uploads.some((u) => u.accepted);
  return {
    country,
    name: getMember(country)?.name ?? country,
    status,
    uploads,
    latest,
    latestAccepted,
    pending,
    // Every accepted upload invalidated: the draft on file was made from one of them (the
    // store keeps it, nothing is deleted), so it is not offered.
    hasDraft: withdrawn
      ? { pdf: false, html: false }
      : {
          pdf: draftNames.has(dataKeys.draft(year, outputNames.countryPdf(country))),
          html: draftNames.has(dataKeys.draft(year, outputNames.countryHtml(country))),
        },
  };
}

export interface Edition {
  number: number;
  manifest: unknown;
  files: string[];
}

export async function readEditions(data: ObjectStore, year: number): Promise<Edition[]> {
  const byEdition = new Map<number, string[]>();
  for (const o of await data.list(dataKeys.editionsPrefix(year))) {
    const parsed = parseEditionKey(o.key);
    if (!parsed || parsed.year !== year) continue;
    byEdition.set(parsed.edition, [...(byEdition.get(parsed.edition) ?? []), parsed.name]);
  }
  const editions: Edition[] = [];
  for (const [number, files] of [...byEdition].sort((a, b) => b[0] - a[0])) {
    // An edition exists once its manifest does (written last).
    if (!files.includes(outputNames.manifest)) continue;
    const bytes = await data.get(dataKeys.edition(year, number, outputNames.manifest));
    let manifest: unknown = null;
    try {
      manifest = bytes ? JSON.parse(Buffer.from(bytes).toString('utf8')) : null;
    } catch {}
    editions.push({ number, manifest, files: files.sort() });
  }
  return editions;
}

/** Issues grouped by sheet, in the order people read them; whole-file issues first. */
export function groupIssuesBySheet(
  issues: readonly Issue[],
  wholeFile = 'Whole file',
): { sheet: string; issues: Issue[] }[] {
  const groups = new Map<string, Issue[]>();
  for (const issue of issues) {
    const name = issue.sheet ?? wholeFile;
    groups.set(name, [...(groups.get(name) ?? []), issue]);
  }
  return [...groups].map(([sheet, list]) => ({
    sheet,
    issues: list.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || colRank(a.column) - colRank(b.column)),
  }));
}

function colRank(c: string | null): number {
  if (!c) return 0;
  let n = 0;
  for (const ch of c) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
