/**
 * The portal app behind node:http, for `alliance-reports serve`: reads the request (with a
 * body cap), calls handlePortalRequest, writes the response. Nothing else.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createLog } from '../adapters/log.js';
import { handlePortalRequest } from './app.js';
import { parseCookieHeader } from './http.js';
import type { PortalDeps, PortalRequest } from './types.js';

/** A form around the file adds a few KB; a body over the cap and this is not kept (the page says why). */
const FORM_OVERHEAD_BYTES = 256 * 1024;
/** A body over this many times the cap is not read to its end. */
const DROP_AFTER_FACTOR = 8;

export function createPortalServer(deps: PortalDeps, maxBodyBytes: number): Server {
  return createServer((req, res) => {
    serve(req, res, deps, maxBodyBytes + FORM_OVERHEAD_BYTES).catch((error) => {
      createLog('portal').error('Portal request could not be served', error, { path: req.url });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Something went wrong on our side.\n');
    });
  });
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  deps: PortalDeps,
  limit: number,
): Promise<void> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = Number(req.headers['content-length'] ?? 0) > limit;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // Far over the cap: not worth reading on; the connection is closed.
    if (size > DROP_AFTER_FACTOR * limit) return void req.destroy();
    // Over the cap: the rest is read and dropped (never kept), so that the browser gets the
    // answer instead of a reset connection, and the page says why.
    if (tooLarge) continue;
    if (size > limit) {
      tooLarge = true;
      chunks.length = 0;
    } else chunks.push(chunk as Buffer);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  // Locally the portal is plain HTTP on loopback: say so, so redirects it builds stay on it.
  headers['x-forwarded-proto'] = 'http';
  delete headers['x-forwarded-host'];
  const request: PortalRequest = {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    cookies: parseCookieHeader(req.headers.cookie),
    body: Buffer.concat(chunks),
    sourceIp: req.socket.remoteAddress ?? 'unknown',
    ...(tooLarge ? { bodyTooLarge: true } : {}),
  };
  const response = await handlePortalRequest(request, deps);
  const outHeaders: Record<string, string | string[]> = { ...response.headers };
  if (response.cookies?.length) outHeaders['set-cookie'] = response.cookies;
  res.writeHead(response.status, outHeaders);
  res.end(request.method === 'HEAD' ? undefined : response.body);
}
