import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { fromPortalResponse, toPortalRequest } from '../../functions/handlers/portal.js';
import { handlePortalRequest } from '../../functions/portal/app.js';
import { identityFromClaims } from '../../functions/portal/aws-identity.js';
import { makePortal } from './helpers.js';

function event(
  claims: Record<string, unknown> | undefined,
  path: string,
): APIGatewayProxyEventV2WithJWTAuthorizer {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: 'year=2014',
    cookies: ['a=1', 'b=two=2'],
    headers: { Host: 'portal.example.org', 'X-Country': 'DE' },
    queryStringParameters: { year: '2014' },
    requestContext: {
      http: { method: 'get', path, protocol: 'HTTP/1.1', sourceIp: '198.51.100.7', userAgent: 'test' },
      authorizer: claims
        ? {
            principalId: '',
            integrationLatency: 0,
            jwt: { claims: claims as Record<string, string>, scopes: [] },
          }
        : undefined,
    },
    body: 'aGVsbG8=',
    isBase64Encoded: true,
  } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
}

describe('the portal Lambda handler', () => {
  it('reads the role and country from the verified claims only', () => {
    const req = toPortalRequest(
      event({ email: 'fr@example.org', 'cognito:groups': '[country-FR]' }, '/country/DE'),
    );
    expect(req.verifiedIdentity).toEqual({ email: 'fr@example.org', role: 'contact', country: 'FR' });
    expect(req.method).toBe('GET');
    expect(req.cookies).toEqual({ a: '1', b: 'two=2' });
    expect(req.headers['x-country']).toBe('DE');
    expect(Buffer.from(req.body).toString()).toBe('hello');
    expect(req.sourceIp).toBe('198.51.100.7');
  });

  it('grants nothing for missing, empty or ambiguous groups', () => {
    expect(identityFromClaims(undefined)).toBeUndefined();
    expect(identityFromClaims({ email: 'x@example.org' })).toBeUndefined();
    expect(
      identityFromClaims({ email: 'x@example.org', 'cognito:groups': '[country-FR country-DE]' }),
    ).toBeUndefined();
    expect(identityFromClaims({ 'cognito:groups': '[staff]' })).toBeUndefined();
    expect(identityFromClaims({ email: 's@example.org', 'cognito:groups': ['staff'] })).toEqual({
      email: 's@example.org',
      role: 'staff',
    });
    expect(identityFromClaims({ email: 'f@example.org', 'cognito:groups': '[country-FR, readers]' })).toEqual(
      {
        email: 'f@example.org',
        role: 'contact',
        country: 'FR',
      },
    );
  });

  it('with external identity, a contact reaching another country gets 403 and no claims get 401', async () => {
    const { deps } = await makePortal();
    const external = { ...deps, identity: { kind: 'external' as const, csrfSecret: Buffer.alloc(32, 7) } };
    const fr = toPortalRequest(
      event({ email: 'fr@example.org', 'cognito:groups': '[country-FR]' }, '/country/DE'),
    );
    expect((await handlePortalRequest(fr, external)).status).toBe(403);
    const own = toPortalRequest(
      event({ email: 'fr@example.org', 'cognito:groups': '[country-FR]' }, '/country/FR'),
    );
    expect((await handlePortalRequest(own, external)).status).toBe(200);
    const none = toPortalRequest(event(undefined, '/country/FR'));
    expect((await handlePortalRequest(none, external)).status).toBe(401);
    expect((await handlePortalRequest(toPortalRequest(event(undefined, '/signin')), external)).status).toBe(
      401,
    );
  });

  it('returns binary bodies base64-encoded with the cookies apart', () => {
    const out = fromPortalResponse({
      status: 200,
      headers: { 'content-type': 'application/pdf' },
      cookies: ['x=1'],
      body: Buffer.from('%PDF'),
    });
    expect(out.isBase64Encoded).toBe(true);
    expect(Buffer.from(out.body!, 'base64').toString()).toBe('%PDF');
    expect(out.cookies).toEqual(['x=1']);
    expect(fromPortalResponse({ status: 200, headers: {}, body: 'hi' }).isBase64Encoded).toBe(false);
  });
});
