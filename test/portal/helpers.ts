/** A signed-in test client over handlePortalRequest, on a temporary folder store. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handlePortalRequest } from '../../functions/portal/app.js';
import { parseCookieHeader } from '../../functions/portal/http.js';
import { addUser } from '../../functions/portal/local-auth.js';
import { createLocalPortalDeps, type LocalPortalOptions } from '../../functions/portal/local-deps.js';
import type { PortalDeps, PortalRequest, PortalResponse } from '../../functions/portal/types.js';

export const PASSWORD = 'a long enough password';

export interface Reply extends PortalResponse {
  text: string;
}

export class Client {
  cookies: Record<string, string> = {};
  constructor(
    readonly deps: PortalDeps,
    readonly ip = '127.0.0.1',
  ) {}

  async request(
    method: string,
    url: string,
    body?: Record<string, string> | { raw: Uint8Array; contentType: string },
  ): Promise<Reply> {
    const u = new URL(url, 'http://portal.test');
    const headers: Record<string, string> = { host: 'portal.test' };
    let bytes: Uint8Array = new Uint8Array(0);
    if (body && body.raw instanceof Uint8Array) {
      bytes = body.raw;
      headers['content-type'] = String(body.contentType);
    } else if (body) {
      bytes = Buffer.from(new URLSearchParams(body as Record<string, string>).toString());
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const req: PortalRequest = {
      method,
      path: u.pathname,
      query: Object.fromEntries(u.searchParams),
      headers,
      cookies: { ...this.cookies },
      body: bytes,
      sourceIp: this.ip,
    };
    const res = await handlePortalRequest(req, this.deps);
    for (const c of res.cookies ?? []) {
      const [pair] = c.split(';');
      const parsed = parseCookieHeader(pair);
      for (const [k, v] of Object.entries(parsed)) {
        if (/Max-Age=0/.test(c)) delete this.cookies[k];
        else this.cookies[k] = v;
      }
    }
    const text = typeof res.body === 'string' ? res.body : Buffer.from(res.body).toString('latin1');
    return { ...res, text };
  }

  get(url: string) {
    return this.request('GET', url);
  }

  /** The CSRF token of the page at `url` (its first form). */
  async csrfFrom(url: string): Promise<string> {
    const page = await this.get(url);
    const token = page.text.match(/name="csrf" value="([^"]+)"/)?.[1];
    if (!token) throw new Error(`No CSRF token on ${url} (status ${page.status})`);
    return token;
  }

  async signIn(email: string, password = PASSWORD): Promise<Reply> {
    const csrf = await this.csrfFrom('/signin');
    return this.request('POST', '/signin', { csrf, email, password });
  }
}

export async function makePortal(
  options: LocalPortalOptions = {},
): Promise<{ store: string; deps: PortalDeps }> {
  const store = await mkdtemp(join(tmpdir(), 'portal-test-'));
  await addUser(store, { email: 'fr@example.org', password: PASSWORD, role: 'contact', country: 'FR' });
  await addUser(store, { email: 'de@example.org', password: PASSWORD, role: 'contact', country: 'DE' });
  await addUser(store, { email: 'staff@example.org', password: PASSWORD, role: 'staff' });
  const deps = await createLocalPortalDeps(store, options);
  return { store, deps };
}

export function multipart(
  fields: Record<string, string>,
  file?: { name: string; bytes: Uint8Array },
): { raw: Uint8Array; contentType: string } {
  const boundary = '----portaltest7d1a';
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.from(file.bytes),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { raw: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
