/**
 * Messages by key, in ICU MessageFormat (intl-messageformat): placeholders, plurals and
 * numbers formatted the way each language writes them (`{n, number}` gives 1,234.5 in
 * English, 1 234,5 in French, 1.234,5 in German). A key missing from a translation falls
 * back to English; test/core/i18n/catalogues.test.ts fails on any such gap.
 *
 * Deterministic: no clock, no time zone (dates are formatted in UTC by `formatDay`), and
 * the ICU data is Node's own (full ICU since Node 13); the tests pin the output.
 */
import { type Language, sourceLanguage } from './languages.js';
import { formatMessage, type MessageParams } from './message-format.js';
import { de } from './messages/de.js';
import { en, type MessageKey } from './messages/en.js';
import { es } from './messages/es.js';
import { fr } from './messages/fr.js';

export { placeholders } from './message-format.js';
export type { MessageKey, MessageParams };

/** Every catalogue; English is complete by its type, the others may lack a key (a test finds it). */
export const catalogues: Readonly<Record<Language, Partial<Record<MessageKey, string>>>> = {
  en,
  fr,
  de,
  es,
};

/** True when `key` names a message of the English catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/**
 * The message `key` in `lang` with its parameters filled in. Parameters are data: they
 * are never parsed as a message, so a cell holding `{x}` is shown as typed. A missing or
 * null parameter is shown empty.
 */
export function translate(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  const translated = catalogues[lang][key];
  return translated === undefined
    ? formatMessage(sourceLanguage, en[key], params)
    : formatMessage(lang, translated, params);
}

/** A translator bound to one language: `t('portal.signin.title')`. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(lang: Language): Translate {
  return (key, params) => translate(lang, key, params);
}

/** A calendar day (`2014-03-01`) as the language writes it in full: 1 March 2014, 1 mars 2014, 1. März 2014. */
export function formatDay(lang: Language, isoDay: string): string {
  const m = isoDay.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return isoDay;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A number as the language writes it (1 234,5 in French). */
export function formatNumber(lang: Language, n: number): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 6 }).format(n);
}

/** A change as a signed percentage: +108% in English, +108 % in French. */
export function formatSignedPercent(lang: Language, percent: number): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', signDisplay: 'exceptZero' }).format(
    percent / 100,
  );
}

/** The BCP 47 locale each language formats with: British English, the European variants. */
function locale(lang: Language): string {
  return { en: 'en-GB', fr: 'fr-FR', de: 'de-DE', es: 'es-ES' }[lang];
}
