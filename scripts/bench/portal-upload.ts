/**
 * Upload-to-answer on the local portal: `alliance-reports serve` in its own process over a
 * fresh folder store, a signed-in national contact, and for each upload the year's template
 * (buildTemplate, the country's own) filled in and sent as the browser sends it: one HTTP
 * POST of the form, then the redirects it answers with, to the result page's 200. Timed from
 * the POST to that 200; the form page before it (its tokens) is not timed.
 *
 * The first upload after the server started is the cold one (modules, first-call JIT); the
 * next `uploads` are the warm ones, back to back, while the drafts of the earlier ones render
 * in the server's background queue, as they would for a contact who uploads again at once.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getMember } from '../../functions/core/members.js';
import { buildTemplate } from '../../functions/core/template.js';
import { addUser } from '../../functions/portal/local-auth.js';
import { fillTemplate } from './generate.js';
import { summarise, type Timings } from './measure.js';

export interface PortalUploadResults {
  /** The first upload after the server started. */
  coldMs: number;
  /** The warm uploads (20 by default). */
  warm: Timings;
  /** Uploads whose result page did not say accepted (0 expected). */
  notAccepted: number;
  /** The p95 target, milliseconds. */
  targetP95Ms: number;
}

const repo = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'bench portal password';

export async function benchPortalUpload(input: {
  work: string;
  year: number;
  country?: string;
  uploads?: number;
}): Promise<PortalUploadResults> {
  const country = input.country ?? 'FR';
  const member = getMember(country);
  if (!member) throw new Error(`No member ${country}`);
  const store = join(input.work, 'portal-store');
  await mkdir(store, { recursive: true });
  await addUser(store, { email: 'bench@example.org', password: PASSWORD, role: 'contact', country });
  const template = await buildTemplate({ year: input.year, country, lang: 'en' });
  const filled = await fillTemplate(template, member, input.year);

  const port = await freePort();
  const server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(repo, 'bin/alliance-reports.js'),
      'serve',
      '--port',
      String(port),
      '--store',
      store,
    ],
    { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    const base = await listening(server);
    const client = new Session(base);
    await client.signIn('bench@example.org', PASSWORD);
    const times: number[] = [];
    let notAccepted = 0;
    const total = (input.uploads ?? 20) + 1;
    for (let i = 0; i < total; i++) {
      const form = await client.text(`/country/${country}?year=${input.year}`);
      const fields = hiddenFields(form);
      const start = performance.now();
      const page = await client.upload(`/country/${country}/upload?year=${input.year}`, fields, {
        name: `bench-${country}-${i}.xlsx`,
        bytes: filled,
      });
      times.push(performance.now() - start);
      if (!page.includes('<h2>Accepted')) notAccepted += 1;
    }
    const [cold, ...warm] = times;
    return { coldMs: Math.round(cold ?? 0), warm: summarise(warm), notAccepted, targetP95Ms: 1000 };
  } finally {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  }
}

export function formatPortalUpload(r: PortalUploadResults): string {
  const ok = r.warm.p95Ms <= r.targetP95Ms ? 'met' : 'MISSED';
  return [
    '',
    'Upload to answer, local portal (HTTP POST of a filled template to the result page 200)',
    `  cold (first upload):  ${r.coldMs} ms`,
    `  warm (n=${r.warm.n}):         p50 ${r.warm.p50Ms} ms, p95 ${r.warm.p95Ms} ms, max ${r.warm.maxMs} ms (load ${r.warm.load1})`,
    `  target p95 <= ${r.targetP95Ms} ms: ${ok}; not accepted: ${r.notAccepted}`,
    '',
  ].join('\n');
}

/** Cookies kept between requests, redirects followed by hand (as a browser does). */
class Session {
  readonly #cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async signIn(email: string, password: string): Promise<void> {
    const form = await this.text('/signin');
    const csrf = form.match(/name="csrf" value="([^"]+)"/)?.[1] ?? '';
    const body = new URLSearchParams({ csrf, email, password });
    const res = await this.#fetch('/signin', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    if (res.status !== 303 || !this.#cookies.size) throw new Error(`Sign-in failed: ${res.status}`);
  }

  async text(path: string): Promise<string> {
    return this.#follow(await this.#fetch(path, { method: 'GET' }));
  }

  async upload(
    path: string,
    fields: Record<string, string>,
    file: { name: string; bytes: Uint8Array },
  ): Promise<string> {
    const body = new FormData();
    for (const [k, v] of Object.entries(fields)) body.append(k, v);
    body.append('file', new Blob([new Uint8Array(file.bytes)]), file.name);
    return this.#follow(await this.#fetch(path, { method: 'POST', body }));
  }

  async #follow(res: Response): Promise<string> {
    for (let hops = 0; res.status === 303 && hops < 10; hops++) {
      await res.arrayBuffer();
      res = await this.#fetch(res.headers.get('location') ?? '/', { method: 'GET' });
    }
    // Locally the upload is checked before the redirect: the result page, not "being checked".
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${res.url} answered ${res.status}`);
    return text;
  }

  async #fetch(path: string, init: RequestInit): Promise<Response> {
    const cookie = [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(new URL(path, this.base), {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      if (attrs.some((a) => /max-age=0/i.test(a))) this.#cookies.delete(name);
      else this.#cookies.set(name, pair.slice(eq + 1).trim());
    }
    return res;
  }
}

function hiddenFields(html: string): Record<string, string> {
  const form = html.match(/<form method="post" action="[^"]*\/upload\?[^"]*"[\s\S]*?<\/form>/)?.[0] ?? '';
  return Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]),
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function listening(server: ChildProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    server.stderr?.on('data', (d) => {
      err += String(d);
    });
    server.stdout?.on('data', (d) => {
      out += String(d);
      const url = out.match(/Portal running at (http:\/\/127\.0\.0\.1:\d+)\//)?.[1];
      if (url) resolve(url);
    });
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}
