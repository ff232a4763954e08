/**
 * Sign-in on AWS without script in the browser: the OAuth 2.0 authorization-code flow with
 * PKCE against the Cognito managed login, done by the portal Lambda itself.
 *
 * - `/signin` sends the browser to `<domain>/oauth2/authorize` with a random state, an
 *   OpenID nonce and a PKCE challenge; the state, nonce and verifier wait in a short-lived
 *   signed HttpOnly cookie.
 * - `/auth/callback` checks the state against that cookie, redeems the code at
 *   `<domain>/oauth2/token` with the verifier, verifies the ID token (aws-jwt-verify:
 *   signature from the pool's JWKS, issuer, audience = client id, token_use id, expiry)
 *   and its nonce, then sets the session cookie.
 * - The session cookie holds that ID token and a random session id, signed with HMAC;
 *   every request checks the signature and verifies the token again (JWKS cached per
 *   container), so it dies with the token. The role and country come from the verified
 *   `cognito:groups` only.
 * - The client is public (no secret): PKCE binds the code to the verifier that only our
 *   signed HttpOnly cookie holds, so an intercepted code is worthless; a client secret would
 *   add a second secret to keep and rotate for no gain in this flow.
 * - One key from the stack (Secrets Manager, read once per container) signs the cookies and
 *   keys the CSRF tokens; the uses are separated by HMAC derivation.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import { AllianceError } from '../core/errors.js';
import type { Clock } from '../core/ports.js';
import { identityFromClaims } from './aws-identity.js';
import type { Identity } from './types.js';

export const SESSION_COOKIE = '__Host-ar_session';
export const SIGNIN_COOKIE = '__Host-ar_signin';
/** How long the managed login may take, from /signin to /auth/callback. */
const SIGNIN_SECONDS = 10 * 60;

/** Verifies a Cognito ID token; resolves to its claims or rejects. aws-jwt-verify's verifier fits. */
export interface IdTokenVerifier {
  verify(token: string): Promise<Record<string, unknown>>;
}

/** A fault of the sign-in service (token endpoint or JWKS unreachable): retry later, not a user error. */
/** Cognito could not be reached or answered oddly: a later try may work. */
export class SignInServiceError extends AllianceError<'SIGNIN_SERVICE'> {
  constructor(message: string, options?: ErrorOptions) {
    super('SignInServiceError', 'SIGNIN_SERVICE', message, { ...options, retryable: true });
  }
}

export interface CognitoAuthOptions {
  /** The user pool domain, e.g. `https://alliance.auth.eu-west-1.amazoncognito.com`. */
  domainUrl: string;
  clientId: string;
  /** Registered on the client: `https://portal.example.org/auth/callback`. */
  callbackUrl: string;
  /** Registered as a sign-out URL on the client: where Cognito's /logout sends people. */
  signedOutUrl: string;
  /** The stack's secret (at least 32 bytes); loaded once, on first use. */
  secret: () => Promise<Uint8Array>;
  verifier: IdTokenVerifier;
  clock: Clock;
  /** The token endpoint is called through this (tests point it at a local fake). */
  fetch?: typeof fetch;
  /** Tells a JWKS fetch failure (a fault) from a token that does not verify. */
  isServiceFault?: (error: unknown) => boolean;
}

export interface CognitoSession {
  identity: Identity;
  csrfToken: string;
}

export type CallbackResult =
  | { ok: true; cookies: string[]; next: string }
  | { ok: false; reason: 'no-sign-in' | 'state' | 'denied' | 'exchange' | 'token' | 'no-access' };

const signinSchema = z.object({
  s: z.string(),
  v: z.string(),
  n: z.string(),
  x: z.number(),
  r: z.string().optional(),
});
const tokenResponseSchema = z.object({ id_token: z.string() });

export class CognitoAuth {
  private keys: Promise<{ session: Buffer; csrf: Buffer }> | undefined;
  private readonly fetchFn: typeof fetch;

  constructor(private readonly options: CognitoAuthOptions) {
    this.fetchFn = options.fetch ?? fetch;
  }

  private derivedKeys(): Promise<{ session: Buffer; csrf: Buffer }> {
    this.keys ??= this.options.secret().then((secret) => {
      if (secret.length < 32)
        throw new SignInServiceError('The portal session secret is shorter than 32 bytes');
      const derive = (use: string) =>
        createHmac('sha256', secret).update(`alliance-portal:${use}:v1`).digest();
      return { session: derive('cookies'), csrf: derive('csrf') };
    });
    // A failed load is not cached: the next request tries again.
    this.keys.catch(() => {
      this.keys = undefined;
    });
    return this.keys;
  }

  private async mac(text: string): Promise<string> {
    const { session } = await this.derivedKeys();
    return createHmac('sha256', session).update(text).digest('base64url');
  }

  private cookie(name: string, value: string, maxAgeSeconds: number): string {
    return `${name}=${value}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`;
  }

  /** Where `/signin` sends the browser, and the cookie that remembers this attempt. */
  async startSignIn(next?: string): Promise<{ location: string; cookie: string }> {
    const state = randomBytes(24).toString('base64url');
    const nonce = randomBytes(24).toString('base64url');
    const verifier = randomBytes(48).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const expires = this.options.clock.now().getTime() + SIGNIN_SECONDS * 1000;
    const payload = Buffer.from(
      JSON.stringify({ s: state, v: verifier, n: nonce, x: expires, ...(next ? { r: next } : {}) }),
    ).toString('base64url');
    const value = `${payload}.${await this.mac(`signin:${payload}`)}`;
    const url = new URL('/oauth2/authorize', this.options.domainUrl);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.options.clientId,
      redirect_uri: this.options.callbackUrl,
      scope: 'openid email',
      state,
      nonce,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    return { location: url.toString(), cookie: this.cookie(SIGNIN_COOKIE, value, SIGNIN_SECONDS) };
  }

  /** `/auth/callback`: checks the state, redeems the code, verifies the ID token, opens the session. */
  async finishSignIn(
    query: Record<string, string>,
    cookies: Record<string, string>,
  ): Promise<CallbackResult> {
    const attempt = await this.readSignIn(cookies[SIGNIN_COOKIE]);
    if (!attempt) return { ok: false, reason: 'no-sign-in' };
    if (!query.state || !safeEqual(query.state, attempt.s)) return { ok: false, reason: 'state' };
    if (query.error || !query.code) return { ok: false, reason: 'denied' };

    let response: Response;
    try {
      response = await this.fetchFn(new URL('/oauth2/token', this.options.domainUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: this.options.clientId,
          code: query.code,
          redirect_uri: this.options.callbackUrl,
          code_verifier: attempt.v,
        }).toString(),
        signal: AbortSignal.timeout(8000),
      });
    } catch (error) {
      throw new SignInServiceError('The sign-in service could not be reached', { cause: error });
    }
    if (response.status >= 500)
      throw new SignInServiceError(`The token endpoint answered ${response.status}`);
    // A code used twice or too late (invalid_grant) is the person's to retry, not a fault.
    if (!response.ok) return { ok: false, reason: 'exchange' };
    const parsed = tokenResponseSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) return { ok: false, reason: 'exchange' };

    const claims = await this.verifyToken(parsed.data.id_token);
    if (!claims || typeof claims.nonce !== 'string' || !safeEqual(claims.nonce, attempt.n))
      return { ok: false, reason: 'token' };
    if (!identityFromClaims(claims)) return { ok: false, reason: 'no-access' };

    const sessionId = randomBytes(18).toString('base64url');
    const body = `${sessionId}.${parsed.data.id_token}`;
    const value = `${body}.${await this.mac(`session:${body}`)}`;
    const exp = typeof claims.exp === 'number' ? claims.exp * 1000 : 0;
    const maxAge = (exp - this.options.clock.now().getTime()) / 1000;
    return {
      ok: true,
      cookies: [this.cookie(SESSION_COOKIE, value, maxAge), this.cookie(SIGNIN_COOKIE, '', 0)],
      next: attempt.r ?? '/',
    };
  }

  /** The session of a request: undefined when the cookie is missing, forged, or its token no longer verifies. */
  async session(cookies: Record<string, string>): Promise<CognitoSession | undefined> {
    const raw = cookies[SESSION_COOKIE];
    if (!raw) return undefined;
    // <session id>.<header>.<payload>.<signature>.<mac>
    const parts = raw.split('.');
    if (parts.length !== 5 || parts.some((p) => !/^[\w-]+$/.test(p))) return undefined;
    const body = parts.slice(0, 4).join('.');
    if (!safeEqual(parts[4]!, await this.mac(`session:${body}`))) return undefined;
    const claims = await this.verifyToken(parts.slice(1, 4).join('.'));
    const identity = identityFromClaims(claims);
    if (!identity) return undefined;
    const { csrf } = await this.derivedKeys();
    return { identity, csrfToken: createHmac('sha256', csrf).update(parts[0]!).digest('base64url') };
  }

  /** Sign-out: the session cookie cleared, then Cognito's /logout ends the managed login session too. */
  signOut(): { location: string; cookies: string[] } {
    const url = new URL('/logout', this.options.domainUrl);
    url.search = new URLSearchParams({
      client_id: this.options.clientId,
      logout_uri: this.options.signedOutUrl,
    }).toString();
    return { location: url.toString(), cookies: [this.cookie(SESSION_COOKIE, '', 0)] };
  }

  private async readSignIn(raw: string | undefined): Promise<z.infer<typeof signinSchema> | undefined> {
    if (!raw) return undefined;
    const dot = raw.lastIndexOf('.');
    if (dot <= 0) return undefined;
    const payload = raw.slice(0, dot);
    if (!safeEqual(raw.slice(dot + 1), await this.mac(`signin:${payload}`))) return undefined;
    let data: unknown;
    try {
      data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return undefined;
    }
    const parsed = signinSchema.safeParse(data);
    if (!parsed.success || parsed.data.x <= this.options.clock.now().getTime()) return undefined;
    return parsed.data;
  }

  private async verifyToken(token: string): Promise<Record<string, unknown> | undefined> {
    try {
      return await this.options.verifier.verify(token);
    } catch (error) {
      if (this.options.isServiceFault?.(error))
        throw new SignInServiceError('The sign-in keys could not be fetched', { cause: error });
      return undefined;
    }
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
