/**
 * Messages in the source language only: what the ingest writes into a validation record
 * (English text plus the parameters, so an edge can show it in the reader's language).
 * Importing this instead of translate.ts keeps the other catalogues out of the ingest bundle.
 */
import { sourceLanguage } from './languages.js';
import { formatMessage, type MessageParams } from './message-format.js';
import { en, type MessageKey } from './messages/en.js';

/** The English message `key` with its parameters filled in (the same text `translate('en', ...)` gives). */
export function translateEnglish(key: MessageKey, params: MessageParams = {}): string {
  return formatMessage(sourceLanguage, en[key], params);
}
