/**
 * Sign-in on AWS as a browser without script lives it, through the Lambda handler: the
 * portal sends it to the Cognito managed login (here a fake on loopback that issues RS256 ID
 * tokens and serves its JWKS), takes it back at /auth/callback, and from then on knows the
 * person by a signed session cookie holding the verified ID token.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPortalHandler } from '../../functions/handlers/portal.js';
import { SESSION_COOKIE, SIGNIN_COOKIE } from '../../functions/portal/cognito-auth.js';
import type { PortalDeps } from '../../functions/portal/types.js';
import { type S3rverHandle, startS3rver } from '../adapters/s3rver.js';
import {
  Browser,
  CLIENT_ID,
  FakeCognito,
  fakeAwsDeps,
  PORTAL_URL,
  SESSION_SECRET,
  USER_POOL_ID,
} from './fake-cognito.js';

const fr = { email: 'fr@example.org', groups: ['country-FR'] };
const staff = { email: 'staff@example.org', groups: ['staff'] };

/** A session cookie made with the portal's own key, around any token: what a forger with the key could not do. */
function sessionCookieAround(token: string, sessionId = 'abcdefghijklmnopqrstuvwx'): string {
  const key = createHmac('sha256', SESSION_SECRET).update('alliance-portal:cookies:v1').digest();
  const body = `${sessionId}.${token}`;
  return `${body}.${createHmac('sha256', key).update(`session:${body}`).digest('base64url')}`;
}

describe('sign-in with the Cognito managed login (authorization code + PKCE)', () => {
  let cognito: FakeCognito;
  let s3: S3rverHandle;
  let deps: PortalDeps;
  let handler: ReturnType<typeof createPortalHandler>;
  const started: number[] = [];

  beforeAll(async () => {
    cognito = new FakeCognito();
    await cognito.start();
    s3 = await startS3rver(['uploads', 'data']);
    deps = fakeAwsDeps(cognito, {
      client: s3.client,
      publish: {
        async start({ year }) {
          started.push(year);
          return { runId: 'run-1' };
        },
      },
    });
    handler = createPortalHandler(() => deps);
  });
  afterAll(async () => {
    await cognito?.close();
    await s3?.close();
  });
  beforeEach(() => {
    cognito.tweaks = {};
  });

  it('sends a person who is not signed in to /signin, and /signin to the managed login with state and PKCE', async () => {
    const browser = new Browser(handler);
    const page = await browser.request('GET', '/country/FR?year=2014');
    expect(page.status).toBe(303);
    expect(page.location).toBe(`/signin?next=${encodeURIComponent('/country/FR?year=2014')}`);

    const start = await browser.request('GET', page.location);
    expect(start.status).toBe(303);
    const to = new URL(start.location);
    expect(`${to.origin}${to.pathname}`).toBe(`${cognito.url}/oauth2/authorize`);
    expect(to.searchParams.get('response_type')).toBe('code');
    expect(to.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(to.searchParams.get('redirect_uri')).toBe(`${PORTAL_URL}/auth/callback`);
    expect(to.searchParams.get('scope')).toBe('openid email');
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(to.searchParams.get('state')).toMatch(/^[\w-]{32}$/);
    expect(to.searchParams.get('nonce')).toMatch(/^[\w-]{32}$/);
    // The verifier never leaves the portal except in its own signed, HttpOnly cookie.
    expect(start.location).not.toContain('code_verifier');
    const cookie = start.setCookies.find((c) => c.startsWith(`${SIGNIN_COOKIE}=`));
    expect(cookie).toMatch(/; Path=\/; HttpOnly; Secure; SameSite=Lax; Max-Age=600$/);

    // A second sign-in gets a new state and challenge.
    const again = new URL((await browser.request('GET', '/signin')).location);
    expect(again.searchParams.get('state')).not.toBe(to.searchParams.get('state'));
    expect(again.searchParams.get('code_challenge')).not.toBe(to.searchParams.get('code_challenge'));
  });

  it('signs in a French contact: session cookie, their country, never another country', async () => {
    const browser = new Browser(handler);
    const back = await browser.signIn(cognito, fr, '/country/FR?year=2014');
    expect(back.status).toBe(303);
    expect(back.location).toBe('/country/FR?year=2014');
    const session = back.setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    expect(session).toMatch(/; Path=\/; HttpOnly; Secure; SameSite=Lax; Max-Age=\d+$/);
    const maxAge = Number(session.match(/Max-Age=(\d+)/)![1]);
    expect(maxAge).toBeGreaterThan(3000);
    expect(maxAge).toBeLessThanOrEqual(3600);
    expect(browser.cookies.has(SIGNIN_COOKIE)).toBe(false);
    // The code was redeemed with the PKCE verifier and the registered callback.
    const exchange = cognito.tokenRequests.at(-1)!;
    expect(exchange.get('code_verifier')).toMatch(/^[\w-]{64}$/);
    expect(exchange.get('redirect_uri')).toBe(`${PORTAL_URL}/auth/callback`);
    expect(exchange.get('client_secret')).toBeNull();

    const page = await browser.request('GET', '/country/FR?year=2014');
    expect(page.status).toBe(200);
    expect(page.text).toContain('fr@example.org');
    expect(page.text).toContain('France');
    expect((await browser.request('GET', '/country/DE?year=2014')).status).toBe(403);
    expect((await browser.request('GET', '/staff?year=2014')).status).toBe(403);
    const start = await browser.request('GET', '/?year=2014');
    expect(start.location).toBe('/country/FR?year=2014');
  });

  it('takes the role only from the verified groups: staff see the year, a person with no group sees nothing', async () => {
    const s = new Browser(handler);
    await s.signIn(cognito, staff);
    const staffPage = await s.request('GET', '/staff?year=2014');
    expect(staffPage.status).toBe(200);
    // No Cognito API here: the contacts cannot be listed, and the table says so instead of failing.
    expect(staffPage.text).toContain('The contacts’ addresses could not be read just now');
    expect((await s.request('GET', '/country/DE?year=2014')).status).toBe(200);

    const nobody = new Browser(handler);
    const back = await nobody.signIn(cognito, { email: 'new@example.org', groups: [] });
    expect(back.status).toBe(403);
    expect(back.text).toContain('not yet linked to a country');
    expect(nobody.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('refuses a tampered, forged or expired session cookie', async () => {
    const browser = new Browser(handler);
    await browser.signIn(cognito, fr);
    const good = browser.cookies.get(SESSION_COOKIE)!;
    expect((await browser.request('GET', '/country/FR?year=2014')).status).toBe(200);

    // Another country's token put in place of one's own: the cookie's MAC no longer matches.
    const parts = good.split('.');
    const de = cognito.idToken({ email: 'fr@example.org', groups: ['country-DE'] });
    browser.cookies.set(SESSION_COOKIE, [parts[0], de, parts[4]].join('.'));
    expect((await browser.request('GET', '/country/DE?year=2014')).status).toBe(303);
    // One character changed in the MAC.
    const last = good.at(-1) === 'A' ? 'B' : 'A';
    browser.cookies.set(SESSION_COOKIE, `${good.slice(0, -1)}${last}`);
    expect((await browser.request('GET', '/country/FR?year=2014')).location).toMatch(/^\/signin\?next=/);
    // A file path answers 401 rather than a redirect.
    expect((await browser.request('GET', '/country/FR/draft.pdf?year=2014')).status).toBe(401);

    // Correctly signed by the portal, but the token inside has expired: refused by the verifier.
    browser.cookies.set(SESSION_COOKIE, sessionCookieAround(cognito.idToken(fr, { expiresIn: -60 })));
    expect((await browser.request('GET', '/country/FR?year=2014')).status).toBe(303);
    // Correctly signed, the token signed by a key the pool does not publish.
    const stranger = new FakeCognito();
    browser.cookies.set(SESSION_COOKIE, sessionCookieAround(stranger.idToken(fr)));
    expect((await browser.request('GET', '/country/FR?year=2014')).status).toBe(303);
    // Correctly signed, a token of another app client or another pool.
    browser.cookies.set(SESSION_COOKIE, sessionCookieAround(cognito.idToken(fr, { aud: 'another-client' })));
    expect((await browser.request('GET', '/country/FR?year=2014')).status).toBe(303);
    browser.cookies.set(
      SESSION_COOKIE,
      sessionCookieAround(
        cognito.idToken(fr, { iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_OtherPool' }),
      ),
    );
    expect((await browser.request('GET', '/country/FR?year=2014')).status).toBe(303);
    // An access token is not an ID token.
    browser.cookies.set(SESSION_COOKIE, sessionCookieAround(cognito.idToken(fr, { tokenUse: 'access' })));
    expect((await browser.request('GET', '/country/FR?year=2014')).status).toBe(303);
  });

  it('refuses at the callback a token for another audience or issuer, an expired one, or a wrong nonce', async () => {
    for (const tweaks of [
      { aud: 'another-client' },
      { iss: `https://cognito-idp.eu-west-1.amazonaws.com/${USER_POOL_ID}x` },
      { expiresIn: -60 },
      { nonce: 'not-the-nonce-the-portal-sent' },
    ]) {
      cognito.tweaks = tweaks;
      const browser = new Browser(handler);
      const back = await browser.signIn(cognito, fr);
      expect(back.status, JSON.stringify(tweaks)).toBe(400);
      expect(back.text).toContain('could not be confirmed');
      expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
    }
  });

  it('refuses a callback with a wrong state, without its sign-in cookie, or with a code used before', async () => {
    const browser = new Browser(handler);
    cognito.user = fr;
    const start = await browser.request('GET', '/signin');
    const authorize = await fetch(start.location, { redirect: 'manual' });
    const callback = new URL(authorize.headers.get('location')!);

    const forged = new URL(callback);
    forged.searchParams.set('state', 'a-state-the-portal-never-made-0000');
    const wrong = await browser.request('GET', `${forged.pathname}${forged.search}`);
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('could not be matched');

    // Another browser (no sign-in cookie) cannot use this code: login CSRF and stolen codes fail.
    const other = new Browser(handler);
    const elsewhere = await other.request('GET', `${callback.pathname}${callback.search}`);
    expect(elsewhere.status).toBe(400);
    expect(other.cookies.has(SESSION_COOKIE)).toBe(false);

    const signinCookie = browser.cookies.get(SIGNIN_COOKIE)!;
    expect((await browser.request('GET', `${callback.pathname}${callback.search}`)).status).toBe(303);
    // The same code again (the sign-in cookie restored): Cognito refuses it, the portal says so.
    browser.cookies.set(SIGNIN_COOKIE, signinCookie);
    browser.cookies.delete(SESSION_COOKIE);
    const replay = await browser.request('GET', `${callback.pathname}${callback.search}`);
    expect(replay.status).toBe(400);
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
    // Cancelled at the managed login.
    const cancel = new Browser(handler);
    const s = new URL((await cancel.request('GET', '/signin')).location);
    const denied = await cancel.request(
      'GET',
      `/auth/callback?error=access_denied&state=${s.searchParams.get('state')}`,
    );
    expect(denied.status).toBe(400);
    expect(denied.text).toContain('cancelled');
  });

  it('binds CSRF tokens to the session: another session’s token is refused', async () => {
    const a = new Browser(handler);
    const b = new Browser(handler);
    await a.signIn(cognito, staff);
    await b.signIn(cognito, staff);
    const tokenOf = async (browser: Browser) =>
      (await browser.request('GET', '/staff/publish?year=2014')).text.match(
        /name="csrf" value="([^"]+)"/,
      )![1]!;
    const tokenA = await tokenOf(a);
    const tokenB = await tokenOf(b);
    expect(tokenA).not.toBe(tokenB);
    const refused = await b.request('POST', '/staff/publish?year=2014', { csrf: tokenA, confirm: 'yes' });
    expect(refused.status).toBe(403);
    expect(started).toEqual([]);
    const ok = await b.request('POST', '/staff/publish?year=2014', { csrf: tokenB, confirm: 'yes' });
    expect(ok.status).toBe(200);
    expect(started).toEqual([2014]);
  });

  it('signs out: the session cookie is cleared and Cognito’s /logout ends the managed login session', async () => {
    const browser = new Browser(handler);
    await browser.signIn(cognito, fr);
    const page = await browser.request('GET', '/country/FR?year=2014');
    const csrf = page.text.match(/name="csrf" value="([^"]+)"/)![1]!;
    const out = await browser.request('POST', '/signout', { csrf });
    expect(out.status).toBe(303);
    const to = new URL(out.location);
    expect(`${to.origin}${to.pathname}`).toBe(`${cognito.url}/logout`);
    expect(to.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(to.searchParams.get('logout_uri')).toBe(`${PORTAL_URL}/signed-out`);
    expect(out.setCookies.some((c) => c.startsWith(`${SESSION_COOKIE}=;`) && /Max-Age=0/.test(c))).toBe(true);
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
    expect((await browser.request('GET', '/country/FR?year=2014')).status).toBe(303);
    const signedOut = await browser.request('GET', '/signed-out');
    expect(signedOut.status).toBe(200);
    expect(signedOut.text).toContain('You are signed out');
  });

  it('needs no sign-in for /healthz, and fetched the pool’s keys once for all of the above', async () => {
    const browser = new Browser(handler);
    expect((await browser.request('GET', '/healthz')).status).toBe(200);
    // The JWKS is cached per container: many verifications, one fetch.
    expect(cognito.jwksFetches).toBe(1);
  });
});
