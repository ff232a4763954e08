/**
 * The portal Lambda behind an API Gateway HTTP API (payload format 2.0) without an
 * authorizer: a browser without script sends no Authorization header, so the portal
 * authenticates every request itself from its session cookie (functions/portal/cognito-auth.ts).
 * Turns the event into a PortalRequest, calls the portal app, maps the answer.
 */
import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import * as z from 'zod';
import { createS3Client } from '../adapters/s3-store.js';
import { traced } from '../adapters/tracing.js';
import { handlePortalRequest } from '../portal/app.js';
import type { PortalDeps, PortalRequest, PortalResponse } from '../portal/types.js';
import { parseHandlerInput } from './input.js';
import { type HandlerTools, handlerTools, instrumented } from './instrumented.js';

/**
 * What the handler reads of an HTTP API (payload 2.0) event. Not the Powertools parser's
 * APIGatewayProxyEventV2Schema: that one requires every request-context field (account,
 * API id, domain, time...), none of which the portal reads.
 */
const httpApiEventSchema = z.object({
  rawPath: z.string().optional(),
  headers: z.record(z.string(), z.string().optional()).optional(),
  cookies: z.array(z.string()).optional(),
  queryStringParameters: z.record(z.string(), z.string().optional()).optional(),
  body: z.string().optional(),
  isBase64Encoded: z.boolean().optional(),
  requestContext: z.object({
    http: z.object({ method: z.string(), path: z.string(), sourceIp: z.string() }),
  }),
});
export type HttpApiEvent = z.infer<typeof httpApiEventSchema>;

/** A handler over the given dependencies, built on the first request and kept for the container's life. */
export function createPortalHandler(
  build: () => Promise<PortalDeps> | PortalDeps,
  tools: HandlerTools = handlerTools('portal'),
): (event: unknown, context?: Context) => Promise<APIGatewayProxyStructuredResultV2> {
  let depsPromise: Promise<PortalDeps> | undefined;
  return instrumented(tools, async (event) => {
    const request = toPortalRequest(parseHandlerInput('portal', httpApiEventSchema, event));
    depsPromise ??= Promise.resolve().then(build);
    // A failed build (a missing variable) is not kept: the next request tries again.
    depsPromise.catch(() => {
      depsPromise = undefined;
    });
    const response = await handlePortalRequest(request, await depsPromise);
    return fromPortalResponse(response);
  });
}

/** The Lambda entry point: the environment is read and checked once per container. */
export const handler = createPortalHandler(() =>
  import('../portal/aws-deps.js').then((m) =>
    m.createAwsPortalDeps(process.env, { client: traced(createS3Client()) }),
  ),
);

/** The event as the app sees it; who is signed in is for the app to find out, from the cookie. */
export function toPortalRequest(event: HttpApiEvent): PortalRequest {
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
  const req: PortalRequest = {
    method: event.requestContext.http.method.toUpperCase(),
    path: event.rawPath || event.requestContext.http.path,
    query,
    headers,
    cookies,
    body,
    sourceIp: event.requestContext.http.sourceIp,
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
