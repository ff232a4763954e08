/**
 * The languages national contacts work in. English is the source of every message and
 * the Alliance's working language (the reports stay in English); the others are
 * translations of it, one catalogue each (messages/*.ts).
 */

export const languages = ['en', 'fr', 'de', 'es'] as const;
export type Language = (typeof languages)[number];

export const sourceLanguage: Language = 'en';

/** Each language in its own words, as a language switch offers it. */
export const languageNames: Readonly<Record<Language, string>> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
};

/** True for one of the four codes, exactly (`fr`, not `FR` or `fr-BE`). */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** `fr`, `FR`, `fr-BE`, `fr_CH` -> `fr`; anything else -> undefined. */
export function parseLanguage(value: string | undefined | null): Language | undefined {
  if (!value) return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : undefined;
}

/**
 * The best of the four for an Accept-Language header (RFC 9110: tags with q weights, the
 * first listed winning a tie); undefined when it names none of them.
 */
export function negotiateLanguage(acceptLanguage: string | undefined | null): Language | undefined {
  if (!acceptLanguage) return undefined;
  let best: { lang: Language; q: number; order: number } | undefined;
  acceptLanguage.split(',').forEach((part, order) => {
    const [tag, ...options] = part.trim().split(';');
    const lang = parseLanguage(tag);
    if (!lang) return;
    const qOption = options.map((o) => o.trim()).find((o) => o.startsWith('q='));
    const q = qOption ? Number(qOption.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0 || q > 1) return;
    if (!best || q > best.q) best = { lang, q, order };
  });
  return best?.lang;
}
