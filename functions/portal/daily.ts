/**
 * What the pages of daily use read besides the uploads: which upload counts for which table
 * (the `current/` pointers), whether the country's draft has caught up with what counts
 * (its stamp, `drafts/<year>/<CC>.json`, names the uploads it was rendered from), and the
 * one-time token of an upload form, so that a second click on the button shows the first
 * upload's result instead of storing another.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readCurrent, tables } from '../app/submissions-store.js';
import { cycleKeys } from '../core/cycle/records.js';
import { dataKeys, type Table } from '../core/keys.js';
import { ObjectExistsError, type ObjectStore } from '../core/ports.js';

/** Upload id -> the tables it counts for now (from the `current/` pointers). */
export async function countingUploads(
  data: ObjectStore,
  year: number,
  country: string,
): Promise<Map<string, Table[]>> {
  const pointers = await readCurrent(data, year, country);
  const out = new Map<string, Table[]>();
  for (const table of tables) {
    const id = pointers[table]?.uploadId;
    if (id) out.set(id, [...(out.get(id) ?? []), table]);
  }
  return out;
}

/**
 * The country's draft: 'ready' when it was rendered from the uploads that count now,
 * 'preparing' when what counts has moved since (the render is queued or running), 'none'
 * when nothing counts.
 */
export async function draftState(
  data: ObjectStore,
  year: number,
  country: string,
): Promise<'ready' | 'preparing' | 'none'> {
  const pointers = await readCurrent(data, year, country);
  if (tables.every((t) => !pointers[t])) return 'none';
  const want = Object.fromEntries(tables.map((t) => [t, pointers[t]?.uploadId ?? null]));
  const bytes = await data.get(dataKeys.draftStamp(year, country));
  if (!bytes) return 'preparing';
  try {
    const from = (JSON.parse(Buffer.from(bytes).toString('utf8')) as { from?: Record<string, unknown> }).from;
    return tables.every((t) => (from?.[t] ?? null) === want[t]) ? 'ready' : 'preparing';
  } catch {
    return 'preparing';
  }
}

/**
 * A one-time token for one rendering of a form (upload, message, review): a random nonce and
 * its HMAC under the session's CSRF token (only this session's forms carry a valid one). It
 * is remembered as used (claimFormToken) when the form is taken.
 */
export function newFormToken(csrf: string): string {
  const nonce = randomBytes(12).toString('hex');
  return `${nonce}.${sign(csrf, nonce)}`;
}

/** The token's nonce when the token was made for this session, else undefined. */
export function checkFormToken(token: string | undefined, csrf: string): string | undefined {
  const match = token?.match(/^([0-9a-f]{24})\.([0-9a-f]{64})$/);
  if (!match) return undefined;
  const expected = Buffer.from(sign(csrf, match[1]!));
  const given = Buffer.from(match[2]!);
  return given.length === expected.length && timingSafeEqual(given, expected) ? match[1] : undefined;
}

/**
 * Marks a one-time form token used (the upload form, with the `batch` it stored; the review
 * and message forms), under the year's control records; written create-only, so of two posts
 * of the same form only one wins. The loser learns the winner's batch, when it had one.
 */
export async function claimFormToken(
  data: ObjectStore,
  input: { year: number; country: string; nonce: string; form: string; by: string; at: Date; batch?: string },
): Promise<{ first: true } | { first: false; batch: string | undefined }> {
  const key = cycleKeys.formToken(input.year, input.country, input.nonce);
  const record = {
    schemaVersion: 1,
    form: input.form,
    by: input.by,
    usedAt: input.at.toISOString(),
    ...(input.batch ? { batch: input.batch } : {}),
  };
  try {
    await data.put(key, Buffer.from(JSON.stringify(record)), {
      contentType: 'application/json',
      ifNoneMatch: true,
    });
    return { first: true };
  } catch (error) {
    if (!(error instanceof ObjectExistsError)) throw error;
    const bytes = await data.get(key);
    const batch = bytes
      ? (JSON.parse(Buffer.from(bytes).toString('utf8')) as { batch?: unknown }).batch
      : undefined;
    return { first: false, batch: typeof batch === 'string' ? batch : undefined };
  }
}

function sign(csrf: string, nonce: string): string {
  return createHmac('sha256', csrf).update(`portal-form:${nonce}`).digest('hex');
}
