/**
 * The portal app behind node:http, for `alliance-reports serve`: reads the request (with a
 * body cap), calls handlePortalRequest, writes the response. Nothing else.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createLog } from '../adapters/log.js';
import { handlePortalRequest } from './app.js';
import { parseCookieHeader, securityHeaders } from './http.js';
import type { PortalDeps, PortalRequest } from './types.js';

/** A form around the file adds a few KB; more than this is refused before it is read whole. */
const FORM_OVERHEAD_BYTES = 256 * 1024;

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
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return tooLarge(res, limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return tooLarge(res, limit);
    chunks.push(chunk as Buffer);
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
  };
  const response = await handlePortalRequest(request, deps);
  const outHeaders: Record<string, string | string[]> = { ...response.headers };
  if (response.cookies?.length) outHeaders['set-cookie'] = response.cookies;
  res.writeHead(response.status, outHeaders);
  res.end(request.method === 'HEAD' ? undefined : response.body);
}

function tooLarge(res: ServerResponse, limit: number): void {
  res.writeHead(413, {
    ...securityHeaders(),
    'content-type': 'text/plain; charset=utf-8',
    connection: 'close',
  });
  res.end(
    `The file is too large: the limit is ${Math.floor(limit / (1024 * 1024))} MB. Go back and choose a smaller file.\n`,
  );
}
