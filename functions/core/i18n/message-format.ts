/**
 * The formatting engine under the catalogues: one ICU message (intl-messageformat) with its
 * parameters filled in. Kept apart from the catalogues so that code that writes only the
 * source language (the ingest stores its issues in English with their parameters, and the
 * edges translate them) bundles the English catalogue alone (functions/core/i18n/english.ts).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { type Language, sourceLanguage } from './languages.js';

export type MessageParams = Readonly<Record<string, string | number | null | undefined>>;

interface Compiled {
  format: IntlMessageFormat;
  /** The placeholders the message uses, so a missing parameter becomes empty rather than an exception. */
  names: readonly string[];
}

// Cached by language and text, not by key: a catalogue's gap is seen at the next call, never hidden by a cache.
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

/**
 * The message `text` (ICU, in `lang`) with its parameters filled in. Parameters are data:
 * they are never parsed as a message, so a cell holding `{x}` is shown as typed. A missing
 * or null parameter is shown empty.
 */
export function formatMessage(lang: Language, text: string, params: MessageParams = {}): string {
  const id = `${lang}\0${text}`;
  let c = compiled.get(id);
  if (!c) {
    c = {
      format: new IntlMessageFormat(text, lang, undefined, { ignoreTag: true }),
      names: placeholders(text, lang),
    };
    compiled.set(id, c);
  }
  const values: Record<string, string | number> = {};
  for (const name of c.names) {
    const v = Object.hasOwn(params, name) ? params[name] : undefined;
    values[name] = v === null || v === undefined ? '' : v;
  }
  return String(c.format.format(values));
}
