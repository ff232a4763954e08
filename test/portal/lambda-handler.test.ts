import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { fromPortalResponse, toPortalRequest } from '../../functions/handlers/portal.js';
import { identityFromClaims } from '../../functions/portal/aws-identity.js';

function event(path: string, extra: Record<string, unknown> = {}): APIGatewayProxyEventV2 {
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
      ...extra,
    },
    body: 'aGVsbG8=',
    isBase64Encoded: true,
  } as unknown as APIGatewayProxyEventV2;
}

describe('the portal Lambda handler', () => {
  it('maps the event to a request, and takes no identity from it', () => {
    const req = toPortalRequest(
      event('/country/DE', {
        authorizer: { jwt: { claims: { email: 'fr@example.org', 'cognito:groups': '[staff]' }, scopes: [] } },
      }),
    );
    expect(req.method).toBe('GET');
    expect(req.path).toBe('/country/DE');
    expect(req.cookies).toEqual({ a: '1', b: 'two=2' });
    expect(req.headers['x-country']).toBe('DE');
    expect(Buffer.from(req.body).toString()).toBe('hello');
    expect(req.sourceIp).toBe('198.51.100.7');
    expect(JSON.stringify(req)).not.toContain('staff');
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
