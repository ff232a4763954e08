/**
 * The portal's language: chosen per request from `?lang=` (the switch on every page, kept
 * in a cookie), else the cookie, else the browser's Accept-Language, else English. The
 * request runs inside its language (AsyncLocalStorage), so a page, a message or an error
 * text is written with `t(...)` without the language being handed down every call.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { countryNameIn, localizeIssues } from '../core/i18n/issues.js';
import {
  isLanguage,
  type Language,
  languageNames,
  languages,
  negotiateLanguage,
} from '../core/i18n/languages.js';
import { formatDay, type MessageKey, type MessageParams, translate } from '../core/i18n/translate.js';
import type { Issue } from '../core/issues.js';
import type { PortalRequest, PortalResponse } from './types.js';

export const LANGUAGE_COOKIE = 'alliance_lang';
const ONE_YEAR = 365 * 24 * 3600;

interface RequestLanguage {
  lang: Language;
  /** The person chose it on this request (`?lang=`): the cookie is (re)set. */
  chosen: boolean;
  path: string;
  query: Record<string, string>;
  secure: boolean;
}

const current = new AsyncLocalStorage<RequestLanguage>();

/** The language of a request, and whether the person just chose it. */
export function requestLanguage(req: PortalRequest): RequestLanguage {
  const asked = req.query.lang;
  const fromCookie = req.cookies[LANGUAGE_COOKIE];
  const lang: Language = isLanguage(asked)
    ? asked
    : isLanguage(fromCookie)
      ? fromCookie
      : (negotiateLanguage(req.headers['accept-language']) ?? 'en');
  return {
    lang,
    chosen: isLanguage(asked),
    // A page answering a form (an upload refused) switches language on the page it came from.
    path: req.method === 'POST' ? req.path.replace(/\/(upload|review|messages)$/, '') : req.path,
    query: req.query,
    secure: (req.headers['x-forwarded-proto'] ?? 'https') === 'https',
  };
}

/**
 * Runs one request in its language and marks the answer: `Content-Language`, `Vary` (the
 * page depends on the browser's languages and the cookie), and the cookie when chosen.
 */
export async function inRequestLanguage(
  req: PortalRequest,
  handle: () => Promise<PortalResponse>,
): Promise<PortalResponse> {
  const language = requestLanguage(req);
  const response = await current.run(language, handle);
  if ((response.headers['content-type'] ?? '').startsWith('text/html')) {
    response.headers['content-language'] = language.lang;
    response.headers.vary = 'Accept-Language, Cookie';
  }
  if (language.chosen)
    response.cookies = [
      ...(response.cookies ?? []),
      `${LANGUAGE_COOKIE}=${language.lang}; Path=/; SameSite=Lax; Max-Age=${ONE_YEAR}${language.secure ? '; Secure' : ''}`,
    ];
  return response;
}

/** The language of the request being answered (English outside a request). */
export function currentLanguage(): Language {
  return current.getStore()?.lang ?? 'en';
}

/** A message of the catalogue in the request's language. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(currentLanguage(), key, params);
}

/** "3 March 2025, 10:15 UTC" in the request's language: one unambiguous form for every reader. */
export function formatDateTime(date: Date): string {
  const lang = currentLanguage();
  const hh = String(date.getUTCHours()).padStart(2, '0');
  const mm = String(date.getUTCMinutes()).padStart(2, '0');
  return t('portal.dateTime', {
    date: formatDay(lang, date.toISOString().slice(0, 10)),
    time: `${hh}:${mm}`,
  });
}

/** A member's name in the request's language (Frankreich, Francia...). */
export function countryName(code: string): string {
  return countryNameIn(currentLanguage(), code);
}

/** Issues as stored (English, with their parameters), in the request's language. */
export function issuesInLanguage(issues: readonly Issue[]): Issue[] {
  return localizeIssues(issues, currentLanguage());
}

/** The language switch: each language, in its own name, linking to this same page in it. */
export function languageSwitch(): Array<{ lang: Language; name: string; href: string; current: boolean }> {
  const store = current.getStore();
  const lang = currentLanguage();
  return languages.map((l) => {
    const query = new URLSearchParams({ ...(store?.query ?? {}), lang: l });
    return { lang: l, name: languageNames[l], href: `${store?.path ?? '/'}?${query}`, current: l === lang };
  });
}
