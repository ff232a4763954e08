/**
 * The message thread of a country and year (issue 13): one append-only log of messages
 * between the country's contacts and the Commission staff, each its own numbered record
 * (cycleKeys.message), written once and never changed; the other side is told by e-mail.
 *
 * Who may write is the caller's to check (the portal: the country's own contacts and staff);
 * this records who did (`actor`) and for which side (`from`).
 */
import {
  cycleKeys,
  instantSchema,
  type ThreadMessage,
  threadMessageSchema,
} from '../../core/cycle/records.js';
import { checkCountry, checkMessage, normalizeMessage, ReviewInputError } from '../../core/cycle/review.js';
import { dataKeys } from '../../core/keys.js';
import type { ObjectStore } from '../../core/ports.js';
import { appendNumbered } from './append.js';
import { type NotifyDeps, type NotifyResult, notifyMessage } from './notify.js';

export interface PostMessageInput {
  countryCode: string;
  year: number;
  /** Which side writes: the Commission staff or the country. */
  from: 'staff' | 'country';
  /** Who: the signed-in person's e-mail, `cli:<user>`, `system:<job>`. */
  actor: string;
  text: string;
  at: Date | string;
  /** The upload the message is about, if any: one of the country's uploads of the year (its validation record). */
  uploadId?: string | null | undefined;
}

/**
 * Adds a message to the thread and tells the other side. Throws ReviewInputError (nothing
 * stored) for an empty or too long text or an unknown country.
 */
export async function postMessage(
  store: ObjectStore,
  input: PostMessageInput,
  deps: NotifyDeps = {},
): Promise<{ message: ThreadMessage; notified: NotifyResult }> {
  const message = await appendThreadMessage(store, input);
  const notified = await notifyMessage(store, message, deps);
  return { message, notified };
}

/**
 * Adds a message to the thread without telling anyone (a review's message: the review's own
 * e-mail carries it). Checks as postMessage does.
 */
export async function appendThreadMessage(
  store: ObjectStore,
  input: PostMessageInput,
): Promise<ThreadMessage> {
  checkCountry(input.countryCode);
  const text = normalizeMessage(input.text);
  checkMessage(text, {
    required: true,
    field: 'text',
    emptyCode: 'MESSAGE_EMPTY',
    country: input.countryCode,
  });
  const at = toInstant(input.at);
  const { countryCode: country, year } = input;
  const uploadId = input.uploadId || null;
  if (uploadId !== null && !(await isUploadOf(store, year, country, uploadId)))
    throw new ReviewInputError('UPLOAD_UNKNOWN', 'upload', { upload: uploadId.slice(0, 64), country, year });
  return appendNumbered(
    store,
    cycleKeys.messagesPrefix(year, country),
    (seq) => cycleKeys.message(year, country, seq),
    (seq) =>
      threadMessageSchema.parse({
        schemaVersion: 1,
        year,
        country,
        seq,
        from: input.from,
        by: input.actor,
        at,
        text,
        uploadId,
      }),
  );
}

async function isUploadOf(store: ObjectStore, year: number, country: string, id: string): Promise<boolean> {
  return /^[\w-]{1,64}$/.test(id) && (await store.head(dataKeys.validation(year, country, id))) !== undefined;
}

/** An instant as the records keep it (ISO 8601, UTC). */
export function toInstant(at: Date | string): string {
  return instantSchema.parse(at instanceof Date ? at.toISOString() : at);
}
