/**
 * The portal Lambda behind an API Gateway HTTP API (payload format 2.0) with a Cognito JWT
 * authorizer. Turns the event into a PortalRequest, calls the portal app, maps the answer.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { handlePortalRequest } from '../portal/app.js';
import { identityFromClaims } from '../portal/aws-identity.js';
import type { PortalDeps, PortalRequest, PortalResponse } from '../portal/types.js';

let depsPromise: Promise<PortalDeps> | undefined;

async function deps(): Promise<PortalDeps> {
  // Built once per container; the environment is read and checked there.
  depsPromise ??= import('../portal/aws-deps.js').then((m) => m.createAwsPortalDeps(process.env));
  return depsPromise;
}

export async function handler(
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
): Promise<APIGatewayProxyStructuredResultV2> {
  const req = toPortalRequest(event);
  const response = await handlePortalRequest(req, await deps());
  return fromPortalResponse(response);
}

/** The event as the app sees it; the identity comes from the verified claims only. */
export function toPortalRequest(event: APIGatewayProxyEventV2WithJWTAuthorizer): PortalRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  const cookies: Record<string, string> = {};
  for (const c of event.cookies ?? []) {
    const eq = c.indexOf('=');
    if (eq > 0) cookies[c.slice(0, eq).trim()] = c.slice(eq + 1).trim();
  }
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.queryStringParameters ?? {})) {
    if (value !== undefined) query[name] = value;
  }
  const body = event.body
    ? Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8')
    : new Uint8Array(0);
  const claims = event.requestContext.authorizer?.jwt?.claims as Record<string, unknown> | undefined;
  const req: PortalRequest = {
    method: event.requestContext.http.method.toUpperCase(),
    path: event.rawPath || event.requestContext.http.path,
    query,
    headers,
    cookies,
    body,
    sourceIp: event.requestContext.http.sourceIp,
    verifiedIdentity: identityFromClaims(claims) ?? null,
  };
  return req;
}

export function fromPortalResponse(response: PortalResponse): APIGatewayProxyStructuredResultV2 {
  const isText = typeof response.body === 'string';
  const result: APIGatewayProxyStructuredResultV2 = {
    statusCode: response.status,
    headers: response.headers,
    body: isText ? (response.body as string) : Buffer.from(response.body as Uint8Array).toString('base64'),
    isBase64Encoded: !isText,
  };
  if (response.cookies?.length) result.cookies = response.cookies;
  return result;
}
