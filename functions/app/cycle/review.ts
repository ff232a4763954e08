/**
 * Staff's review of a country's year (issue 13): "accepted by the Commission" or
 * "correction requested" with a message. Each decision is a numbered record of the
 * country's review log (cycleKeys.review), written once and never changed: the latest is
 * the state, the earlier ones are the history. The message also goes into the country's
 * thread, and the country's contacts are told by e-mail.
 *
 * Staff only: the caller checks (the portal: a staff session and its form token).
 */

import type { ThreadMessage } from '../../core/cycle/records.js';
import {
  cycleKeys,
  type ReviewEvent,
  type ReviewState,
  reviewEventSchema,
  reviewStates,
} from '../../core/cycle/records.js';
import { checkCountry, checkMessage, normalizeMessage, ReviewInputError } from '../../core/cycle/review.js';
import type { ObjectStore } from '../../core/ports.js';
import { isLaterUpload, readCurrent } from '../submissions-store.js';
import { appendNumbered } from './append.js';
import { type NotifyDeps, type NotifyResult, notifyReview } from './notify.js';
import { appendThreadMessage, toInstant } from './thread.js';

export interface SetReviewInput {
  countryCode: string;
  year: number;
  state: ReviewState;
  /** Required for a correction request; optional when accepting. */
  message?: string | undefined;
  /** The staff member: the signed-in e-mail, `cli:<user>`. */
  actor: string;
  at: Date | string;
}

export interface SetReviewResult {
  review: ReviewEvent;
  /** The review's message as added to the thread (none when accepted without a message). */
  message: ThreadMessage | undefined;
  notified: NotifyResult;
}

/**
 * Records staff's review and tells the country. Throws ReviewInputError, with nothing
 * stored, when: the state is not one of the two (REVIEW_STATE_UNKNOWN), a correction is
 * requested without a message (REVIEW_MESSAGE_REQUIRED), the country has no accepted
 * submission for the year to accept (REVIEW_NOTHING_TO_ACCEPT), the message is too long
 * (MESSAGE_TOO_LONG), the country is not a member (COUNTRY_UNKNOWN).
 */
export async function setReview(
  store: ObjectStore,
  input: SetReviewInput,
  deps: NotifyDeps = {},
): Promise<SetReviewResult> {
  const { countryCode: country, year, state } = input;
  checkCountry(country);
  if (!(reviewStates as readonly string[]).includes(state))
    throw new ReviewInputError('REVIEW_STATE_UNKNOWN', 'state');
  const text = normalizeMessage(input.message ?? '');
  checkMessage(text, {
    required: state === 'correction-requested',
    field: 'message',
    emptyCode: 'REVIEW_MESSAGE_REQUIRED',
    country,
  });
  const uploadId = await countingUpload(store, year, country);
  if (state === 'accepted' && uploadId === null)
    throw new ReviewInputError('REVIEW_NOTHING_TO_ACCEPT', 'state', { country, year });
  const at = toInstant(input.at);

  const review = await appendNumbered(
    store,
    cycleKeys.reviewPrefix(year, country),
    (seq) => cycleKeys.review(year, country, seq),
    (seq) =>
      reviewEventSchema.parse({
        schemaVersion: 1,
        year,
        country,
        seq,
        state,
        message: text,
        uploadId,
        by: input.actor,
        at,
      }),
  );
  const message = text
    ? await appendThreadMessage(store, {
        countryCode: country,
        year,
        from: 'staff',
        actor: input.actor,
        text,
        at,
        uploadId,
      })
    : undefined;
  const notified = await notifyReview(store, review, deps);
  return { review, message, notified };
}

/** The upload that counts now (the latest of the tables' current uploads), or null when none does. */
async function countingUpload(store: ObjectStore, year: number, country: string): Promise<string | null> {
  const pointers = Object.values(await readCurrent(store, year, country));
  let latest = pointers[0];
  for (const p of pointers) if (latest && isLaterUpload(p, latest)) latest = p;
  return latest?.uploadId ?? null;
}
