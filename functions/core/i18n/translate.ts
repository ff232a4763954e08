/**
 * Messages by key, in ICU MessageFormat (intl-messageformat): placeholders, plurals and
 * numbers formatted the way each language writes them (`{n, number}` gives 1,234.5 in
 * English, 1 234,5 in French, 1.234,5 in German). A key missing from a translation falls
 * back to English; test/core/i18n/catalogues.test.ts fails on any such gap.
 *
 * Deterministic: no clock, no time zone (dates are formatted in UTC by `formatDay`), and
 * the ICU data is Node's own (full ICU since Node 13); the tests pin the output.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { type Language, sourceLanguage } from './languages.js';
import { de } from './messages/de.js';
import { en, type MessageKey } from './messages/en.js';
import { es } from './messages/es.js';
import { fr } from './messages/fr.js';

export type { MessageKey };
export type MessageParams = Readonly<Record<string, string | number | null | undefined>>;

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

interface Compiled {
  format: IntlMessageFormat;
  /** The placeholders the message uses, so a missing parameter becomes empty rather than an exception. */
  names: readonly string[];
}

const compiled = new Map<string, Compiled>();

/** The placeholders of a message (`{name}`, `{n, number}`, `{n, plural, ...}`), in order, once each. */
export function placeholders(message: string, lang: Language = sourceLanguage): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]): void => {
    for (const el of elements as Array<Record<string, unknown>>) {
      if (typeof el.value === 'string' && el.type !== 0 && el.type !== 7) names.add(el.value);
      const options = el.options as Record<string, { value: unknown[] }> | undefined;
      if (options) for (const o of Object.values(options)) walk(o.value);
    }
  };
  walk(new IntlMessageFormat(message, lang, undefined, { ignoreTag: true }).getAst() as unknown[]);
  return [...names];
}

function compile(lang: Language, key: MessageKey): Compiled {
  const translated = catalogues[lang][key];
  const text = translated ?? en[key];
  const messageLang = translated === undefined ? sourceLanguage : lang;
  // Cached by text, not by key: a catalogue's gap is seen at the next call, never hidden by a cache.
  const id = `${messageLang}\0${text}`;
  let c = compiled.get(id);
  if (!c) {
    c = {
      format: new IntlMessageFormat(text, messageLang, undefined, { ignoreTag: true }),
      names: placeholders(text, messageLang),
    };
    compiled.set(id, c);
  }
  return c;
}

/**
 * The message `key` in `lang` with its parameters filled in. Parameters are data: they
 * are never parsed as a message, so a cell holding `{x}` is shown as typed. A missing or
 * null parameter is shown empty.
 */
export function translate(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  const { format, names } = compile(lang, key);
  const values: Record<string, string | number> = {};
  for (const name of names) {
    const v = Object.hasOwn(params, name) ? params[name] : undefined;
    values[name] = v === null || v === undefined ? '' : v;
  }
  return String(format.format(values));
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
