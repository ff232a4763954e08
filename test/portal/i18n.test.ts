/** The portal's language: from ?lang=, the cookie, Accept-Language; marked on the answer. */
import { describe, expect, it } from 'vitest';
import {
  currentLanguage,
  inRequestLanguage,
  LANGUAGE_COOKIE,
  languageSwitch,
  requestLanguage,
  t,
} from '../../functions/portal/i18n.js';
import type { PortalRequest, PortalResponse } from '../../functions/portal/types.js';

function request(over: Partial<PortalRequest> = {}): PortalRequest {
  return {
    method: 'GET',
    path: '/country/FR',
    query: { year: '2014' },
    headers: {},
    cookies: {},
    body: new Uint8Array(0),
    ...over,
  };
}

const page = (): PortalResponse => ({
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: `${currentLanguage()}: ${t('portal.signin.title')}`,
});

describe('the language of a portal request', () => {
  it('prefers ?lang=, then the cookie, then Accept-Language, then English', () => {
    const accept = { 'accept-language': 'de-AT,de;q=0.9,en;q=0.5' };
    expect(requestLanguage(request()).lang).toBe('en');
    expect(requestLanguage(request({ headers: accept })).lang).toBe('de');
    expect(requestLanguage(request({ headers: accept, cookies: { [LANGUAGE_COOKIE]: 'es' } })).lang).toBe(
      'es',
    );
    expect(
      requestLanguage(
        request({
          headers: accept,
          cookies: { [LANGUAGE_COOKIE]: 'es' },
          query: { lang: 'fr', year: '2014' },
        }),
      ),
    ).toMatchObject({ lang: 'fr', chosen: true });
    // Anything else is ignored, never echoed.
    expect(
      requestLanguage(request({ query: { lang: '<script>' }, cookies: { [LANGUAGE_COOKIE]: 'xx' } })).lang,
    ).toBe('en');
  });

  it('answers in the language, marks it, and sets the cookie only when the person chose it', async () => {
    const negotiated = await inRequestLanguage(request({ headers: { 'accept-language': 'es' } }), async () =>
      page(),
    );
    expect(negotiated.body).toBe('es: Iniciar sesión');
    expect(negotiated.headers['content-language']).toBe('es');
    expect(negotiated.headers.vary).toBe('Accept-Language, Cookie');
    expect(negotiated.cookies).toBeUndefined();

    const chosen = await inRequestLanguage(
      request({ query: { lang: 'de' }, headers: { 'x-forwarded-proto': 'http' } }),
      async () => page(),
    );
    expect(chosen.body).toBe('de: Anmelden');
    expect(chosen.cookies).toEqual([`${LANGUAGE_COOKIE}=de; Path=/; SameSite=Lax; Max-Age=31536000`]);
    const overHttps = await inRequestLanguage(request({ query: { lang: 'fr' } }), async () => page());
    expect(overHttps.cookies?.[0]).toMatch(/; Secure$/);
    // Outside a request: English.
    expect(currentLanguage()).toBe('en');
  });

  it('offers every language on the same page, its query kept; a refused upload switches on the country page', async () => {
    const links = await inRequestLanguage(
      request({ query: { year: '2014', batch: 'b1' }, cookies: { [LANGUAGE_COOKIE]: 'fr' } }),
      async () => ({ status: 200, headers: {}, body: JSON.stringify(languageSwitch()) }),
    );
    expect(JSON.parse(String(links.body))).toEqual([
      { lang: 'en', name: 'English', href: '/country/FR?year=2014&batch=b1&lang=en', current: false },
      { lang: 'fr', name: 'Français', href: '/country/FR?year=2014&batch=b1&lang=fr', current: true },
      { lang: 'de', name: 'Deutsch', href: '/country/FR?year=2014&batch=b1&lang=de', current: false },
      { lang: 'es', name: 'Español', href: '/country/FR?year=2014&batch=b1&lang=es', current: false },
    ]);
    const afterUpload = await inRequestLanguage(
      request({ method: 'POST', path: '/country/FR/upload', query: { year: '2014' } }),
      async () => ({ status: 400, headers: {}, body: languageSwitch()[2]!.href }),
    );
    expect(afterUpload.body).toBe('/country/FR?year=2014&lang=de');
  });
});
