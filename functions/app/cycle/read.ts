/**
 * Reading the reporting cycle's records (core/cycle/records.ts), each parsed: the pages,
 * the commands and the Lambdas all read them through these.
 */
import {
  cycleKeys,
  type Invalidation,
  invalidationSchema,
  type Period,
  periodSchema,
  type ReminderRecord,
  type ReviewEvent,
  reminderRecordSchema,
  reviewEventSchema,
  type ThreadMessage,
  threadMessageSchema,
  type UploaderRecord,
  uploaderRecordSchema,
} from '../../core/cycle/records.js';
import type { ObjectStore } from '../../core/ports.js';
import { RecordFormatError } from '../submissions-store.js';
import { readNumbered } from './append.js';

const decoder = new TextDecoder();

async function readOne<T>(
  store: ObjectStore,
  key: string,
  parse: (json: unknown) => T,
): Promise<T | undefined> {
  const bytes = await store.get(key);
  if (!bytes) return undefined;
  try {
    return parse(JSON.parse(decoder.decode(bytes)));
  } catch (error) {
    throw new RecordFormatError(key, { cause: error });
  }
}

/** The year's period, or undefined while staff have not set one (uploads are then taken any time). */
export function readPeriod(store: ObjectStore, year: number): Promise<Period | undefined> {
  return readOne(store, cycleKeys.period(year), (j) => periodSchema.parse(j));
}

/** The country's review log, oldest first; the last entry is the state. */
export function readReviewLog(store: ObjectStore, year: number, country: string): Promise<ReviewEvent[]> {
  return readNumbered(store, cycleKeys.reviewPrefix(year, country), (j) => reviewEventSchema.parse(j));
}

/** The country's current review state, or undefined when staff have not reviewed it. */
export async function readReview(
  store: ObjectStore,
  year: number,
  country: string,
): Promise<ReviewEvent | undefined> {
  return (await readReviewLog(store, year, country)).at(-1);
}

/**
 * Every country's current review state for the year: one listing of the year's control
 * records (not one per country: the staff table reads all members at once).
 */
export async function readLatestReviews(store: ObjectStore, year: number): Promise<Map<string, ReviewEvent>> {
  const last = new Map<string, string>();
  for (const { key } of await store.list(`control/${year}/`)) {
    const country = key.split('/')[2] ?? '';
    const prefix = cycleKeys.reviewPrefix(year, country);
    if (!key.startsWith(prefix) || !/^\d{6}\.json$/.test(key.slice(prefix.length))) continue;
    const before = last.get(country);
    if (!before || key > before) last.set(country, key);
  }
  const out = new Map<string, ReviewEvent>();
  for (const [country, key] of last) {
    const review = await readOne(store, key, (j) => reviewEventSchema.parse(j));
    if (review) out.set(country, review);
  }
  return out;
}

/** The country's message thread for the year, oldest first. */
export function readThread(store: ObjectStore, year: number, country: string): Promise<ThreadMessage[]> {
  return readNumbered(store, cycleKeys.messagesPrefix(year, country), (j) => threadMessageSchema.parse(j));
}

/** Reminders sent for the year (every country, or one), in key order (country, then kind). */
export async function readReminders(
  store: ObjectStore,
  year: number,
  country?: string,
): Promise<ReminderRecord[]> {
  const objects = (await store.list(cycleKeys.remindersPrefix(year, country))).filter((o) =>
    /^control\/\d{4}\/[A-Z]{2}\/reminders\/[^/]+\.json$/.test(o.key),
  );
  const records: ReminderRecord[] = [];
  for (const o of objects) {
    const r = await readOne(store, o.key, (j) => reminderRecordSchema.parse(j));
    if (r) records.push(r);
  }
  return records;
}

export function readUploader(
  store: ObjectStore,
  year: number,
  country: string,
  batch: string,
): Promise<UploaderRecord | undefined> {
  return readOne(store, cycleKeys.uploader(year, country, batch), (j) => uploaderRecordSchema.parse(j));
}

/** Staff's invalidation of an upload, or undefined when it stands. */
export function readInvalidation(
  store: ObjectStore,
  year: number,
  country: string,
  uploadId: string,
): Promise<Invalidation | undefined> {
  return readOne(store, cycleKeys.invalidation(year, country, uploadId), (j) => invalidationSchema.parse(j));
}
