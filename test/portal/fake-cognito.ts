/**
 * A local stand-in for the Cognito managed login on loopback (node:http): /oauth2/authorize
 * (signs in whoever the test says, checks the PKCE challenge method and redirect URI),
 * /oauth2/token (single-use codes, checks the PKCE verifier), /logout, and the pool's JWKS,
 * with RS256 ID tokens signed by a key made here. The portal's verifier reaches the JWKS over
 * HTTP through a fetcher that maps the pool's real JWKS address to this server.
 */
import { createHash, createSign, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createAwsPortalDeps } from '../../functions/portal/aws-deps.js';
import type { PortalDeps, PublishStarter } from '../../functions/portal/types.js';

export const REGION = 'eu-west-1';
export const USER_POOL_ID = 'eu-west-1_TestPool1';
export const CLIENT_ID = 'portalclient0123456789abcd';
export const ISSUER = `https://cognito-idp.${REGION}.amazonaws.com/${USER_POOL_ID}`;
export const JWKS_URI = `${ISSUER}/.well-known/jwks.json`;
export const PORTAL_URL = 'https://portal.example.org';
export const SESSION_SECRET = Buffer.from('a test secret of more than thirty-two bytes, fixed');

export interface FakeUser {
  email: string;
  groups: string[];
}

/** What the next token should get wrong, for the refusal tests. */
export interface TokenTweaks {
  aud?: string;
  iss?: string;
  expiresIn?: number;
  tokenUse?: string;
  nonce?: string;
}

interface PendingCode {
  user: FakeUser;
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce: string;
}

export class FakeCognito {
  private server: Server | undefined;
  private readonly privateKey: KeyObject;
  private readonly jwk: Record<string, unknown>;
  private readonly codes = new Map<string, PendingCode>();
  readonly kid = 'test-key-1';
  url = '';
  /** Who signs in at the next /oauth2/authorize. */
  user: FakeUser = { email: 'fr@example.org', groups: ['country-FR'] };
  tweaks: TokenTweaks = {};
  jwksFetches = 0;
  tokenRequests: URLSearchParams[] = [];

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.jwk = { ...publicKey.export({ format: 'jwk' }), kid: this.kid, alg: 'RS256', use: 'sig' };
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
          res.writeHead(status, { 'content-type': 'application/json', ...headers });
          res.end(body === undefined ? '' : JSON.stringify(body));
        };
        if (req.method === 'GET' && url.pathname === `/${USER_POOL_ID}/.well-known/jwks.json`) {
          this.jwksFetches++;
          return send(200, { keys: [this.jwk] });
        }
        if (req.method === 'GET' && url.pathname === '/oauth2/authorize') {
          const q = url.searchParams;
          if (
            q.get('response_type') !== 'code' ||
            q.get('client_id') !== CLIENT_ID ||
            q.get('redirect_uri') !== `${PORTAL_URL}/auth/callback` ||
            q.get('code_challenge_method') !== 'S256' ||
            !q.get('code_challenge') ||
            !q.get('state')
          )
            return send(400, { error: 'invalid_request' });
          const code = randomBytes(16).toString('hex');
          this.codes.set(code, {
            user: this.user,
            clientId: CLIENT_ID,
            redirectUri: q.get('redirect_uri')!,
            challenge: q.get('code_challenge')!,
            nonce: q.get('nonce') ?? '',
          });
          const back = new URL(q.get('redirect_uri')!);
          back.searchParams.set('code', code);
          back.searchParams.set('state', q.get('state')!);
          return send(302, undefined, { location: back.toString() });
        }
        if (req.method === 'POST' && url.pathname === '/oauth2/token') {
          const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
          this.tokenRequests.push(form);
          const code = form.get('code') ?? '';
          const pending = this.codes.get(code);
          this.codes.delete(code); // single use, as Cognito
          const verifier = form.get('code_verifier') ?? '';
          if (
            !pending ||
            form.get('grant_type') !== 'authorization_code' ||
            form.get('client_id') !== pending.clientId ||
            form.get('redirect_uri') !== pending.redirectUri ||
            createHash('sha256').update(verifier).digest('base64url') !== pending.challenge
          )
            return send(400, { error: 'invalid_grant' });
          return send(200, {
            id_token: this.idToken(pending.user, { nonce: pending.nonce, ...this.tweaks }),
            access_token: 'not-used-by-the-portal',
            token_type: 'Bearer',
            expires_in: 3600,
          });
        }
        if (req.method === 'GET' && url.pathname === '/logout') return send(200, { signedOut: true });
        send(404, { error: 'not_found' });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** An RS256 ID token as Cognito issues it (signed with this fake's key). */
  idToken(user: FakeUser, tweaks: TokenTweaks = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = {
      sub: createHash('sha256').update(user.email).digest('hex').slice(0, 36),
      email: user.email,
      email_verified: true,
      'cognito:groups': user.groups,
      'cognito:username': user.email,
      aud: tweaks.aud ?? CLIENT_ID,
      iss: tweaks.iss ?? ISSUER,
      token_use: tweaks.tokenUse ?? 'id',
      auth_time: now,
      iat: now,
      exp: now + (tweaks.expiresIn ?? 3600),
    };
    if (tweaks.nonce) claims.nonce = tweaks.nonce;
    if (user.groups.length === 0) delete claims['cognito:groups'];
    const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const body = `${part({ kid: this.kid, alg: 'RS256' })}.${part(claims)}`;
    const signature = createSign('RSA-SHA256').update(body).sign(this.privateKey).toString('base64url');
    return `${body}.${signature}`;
  }

  /** A JWKS cache that fetches the pool's JWKS address from this server, over HTTP. */
  jwksCache(): SimpleJwksCache {
    return new SimpleJwksCache({
      fetcher: {
        fetch: async (uri: string) => {
          const local = uri.replace(`https://cognito-idp.${REGION}.amazonaws.com`, this.url);
          if (local === uri) throw new Error(`unexpected JWKS address ${uri}`);
          const res = await fetch(local);
          return res.arrayBuffer();
        },
      },
    });
  }
}

export const portalEnv = {
  UPLOADS_BUCKET: 'uploads',
  DATA_BUCKET: 'data',
  PUBLISH_STATE_MACHINE_ARN: 'arn:aws:states:eu-west-1:111111111111:stateMachine:PublishRun',
  COGNITO_USER_POOL_ID: USER_POOL_ID,
  COGNITO_CLIENT_ID: CLIENT_ID,
  PORTAL_URL,
  PORTAL_SESSION_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:portal-session',
};

/** The portal's AWS dependencies, with Cognito at the fake and the given S3 client. */
export function fakeAwsDeps(
  cognito: FakeCognito,
  options: Parameters<typeof createAwsPortalDeps>[1] & { publish?: PublishStarter } = {},
): PortalDeps {
  return createAwsPortalDeps(
    { ...portalEnv, COGNITO_DOMAIN_URL: cognito.url },
    { sessionSecret: async () => SESSION_SECRET, jwksCache: cognito.jwksCache(), ...options },
  );
}

/** A browser without script in front of the Lambda handler: follows what it is told, keeps cookies. */
export class Browser {
  cookies = new Map<string, string>();
  constructor(
    private readonly handler: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>,
  ) {}

  async request(method: string, url: string, form?: Record<string, string>) {
    const u = new URL(url, PORTAL_URL);
    const body = form ? new URLSearchParams(form).toString() : undefined;
    const event = {
      version: '2.0',
      routeKey: '$default',
      rawPath: u.pathname,
      rawQueryString: u.search.slice(1),
      cookies: [...this.cookies].map(([k, v]) => `${k}=${v}`),
      headers: {
        host: u.host,
        'x-forwarded-proto': 'https',
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      queryStringParameters: u.search ? Object.fromEntries(u.searchParams) : undefined,
      requestContext: {
        http: { method, path: u.pathname, protocol: 'HTTP/1.1', sourceIp: '198.51.100.7', userAgent: 'test' },
      },
      body,
      isBase64Encoded: false,
    } as unknown as APIGatewayProxyEventV2;
    const res = await this.handler(event);
    for (const c of res.cookies ?? []) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      if (/Max-Age=0(;|$)/.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, pair!.slice(eq + 1));
    }
    const text = res.isBase64Encoded
      ? Buffer.from(res.body ?? '', 'base64').toString('latin1')
      : String(res.body ?? '');
    const location = String(res.headers?.location ?? '');
    return { status: res.statusCode ?? 0, location, text, setCookies: res.cookies ?? [] };
  }

  /** The whole sign-in: portal /signin -> fake Cognito authorize -> portal /auth/callback. */
  async signIn(cognito: FakeCognito, user: FakeUser, next = '/') {
    cognito.user = user;
    const start = await this.request('GET', `/signin?next=${encodeURIComponent(next)}`);
    const authorize = await fetch(start.location, { redirect: 'manual' });
    const callback = authorize.headers.get('location');
    if (authorize.status !== 302 || !callback) throw new Error(`authorize answered ${authorize.status}`);
    return this.request('GET', callback);
  }
}
