/**
 * The rules of a review and of the message thread (issue 13), pure: what a message may be,
 * and the one error a person's input to them gives, its text from the catalogue in the
 * reader's language. The use cases (app/cycle/review.ts, app/cycle/thread.ts) store the
 * records; the portal and the command line show the error's text.
 */
import { AllianceError } from '../errors.js';
import type { Language } from '../i18n/languages.js';
import type { MessageKey, MessageParams } from '../i18n/translate.js';
import { translate } from '../i18n/translate.js';
import { getMember } from '../members.js';
import { threadMessageSchema } from './records.js';

/** The longest message (characters as JavaScript counts them), the records' own limit. */
export const MAX_MESSAGE_LENGTH = threadMessageSchema.shape.text.maxLength ?? 5000;

export type ReviewInputCode =
  | 'REVIEW_MESSAGE_REQUIRED'
  | 'REVIEW_NOTHING_TO_ACCEPT'
  | 'REVIEW_STATE_UNKNOWN'
  | 'MESSAGE_TOO_LONG'
  | 'MESSAGE_EMPTY'
  | 'COUNTRY_UNKNOWN'
  | 'UPLOAD_UNKNOWN';

/** The form field a problem is about, so that a page can point at it. */
export type ReviewInputField = 'state' | 'message' | 'text' | 'country' | 'upload';

const keys: Record<ReviewInputCode, MessageKey> = {
  REVIEW_MESSAGE_REQUIRED: 'review.error.messageRequired',
  REVIEW_NOTHING_TO_ACCEPT: 'review.error.nothingToAccept',
  REVIEW_STATE_UNKNOWN: 'review.error.stateUnknown',
  MESSAGE_TOO_LONG: 'review.error.messageTooLong',
  MESSAGE_EMPTY: 'review.error.messageEmpty',
  COUNTRY_UNKNOWN: 'review.error.countryUnknown',
  UPLOAD_UNKNOWN: 'review.error.uploadUnknown',
};

/**
 * A review or a message that cannot be taken as given: nothing was stored. The message is
 * English (logs, the command line); `textIn(lang)` gives it in the reader's language.
 */
export class ReviewInputError extends AllianceError<ReviewInputCode> {
  readonly messageKey: MessageKey;

  constructor(
    code: ReviewInputCode,
    readonly field: ReviewInputField,
    readonly params: MessageParams = {},
  ) {
    super('ReviewInputError', code, translate('en', keys[code], params));
    this.messageKey = keys[code];
  }

  /** The problem in the reader's language; `country` is a code, named by `nameOf` when given. */
  textIn(lang: Language, nameOf?: (code: string) => string): string {
    const params: Record<string, string | number | null | undefined> = { ...this.params };
    if (nameOf && typeof params.country === 'string') params.country = nameOf(params.country);
    return translate(lang, this.messageKey, params);
  }
}

/** A message as stored: line ends made `\n`, blank space around it trimmed. */
export function normalizeMessage(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/**
 * Checks a message's text (already normalized): empty is refused when `required` (with
 * `emptyCode`), a message longer than MAX_MESSAGE_LENGTH always. `field` names the form field.
 */
export function checkMessage(
  text: string,
  options: { required: boolean; field: ReviewInputField; emptyCode: ReviewInputCode; country: string },
): void {
  if (options.required && text === '')
    throw new ReviewInputError(options.emptyCode, options.field, { country: options.country });
  if (text.length > MAX_MESSAGE_LENGTH)
    throw new ReviewInputError('MESSAGE_TOO_LONG', options.field, {
      length: text.length,
      max: MAX_MESSAGE_LENGTH,
    });
}

/** Checks the country is a member's code (`FR`); throws COUNTRY_UNKNOWN otherwise. */
export function checkCountry(code: string): void {
  if (!/^[A-Z]{2}$/.test(code) || !getMember(code))
    throw new ReviewInputError('COUNTRY_UNKNOWN', 'country', { country: code });
}
