/**
 * A file over the upload cap, sent to the local portal (node:http, `serve`): the body is not
 * kept, and a signed-in contact gets the year's page again with the limit at the file field,
 * not a bare text; nothing is stored. Signed out, the form leads to sign-in like every form.
 */

import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits } from '../../functions/core/limits.js';
import { createPortalServer } from '../../functions/portal/node-server.js';
import type { PortalDeps } from '../../functions/portal/types.js';
import { Client, makePortal, multipart } from './helpers.js';

const YEAR = 2014;

describe('a file over the cap on the local portal', () => {
  let store: string;
  let deps: PortalDeps;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    ({ store, deps } = await makePortal());
    server = createPortalServer(deps, defaultLimits.maxFileBytes);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
    await rm(store, { recursive: true, force: true });
  });

  const tooBig = (fields: Record<string, string> = {}) =>
    multipart(fields, { name: 'big.xlsx', bytes: new Uint8Array(defaultLimits.maxFileBytes + 512 * 1024) });

  it('answers the signed-in contact with the year page and the limit, storing nothing', async () => {
    const fr = new Client(deps);
    expect((await fr.signIn('fr@example.org')).status).toBe(303);
    const csrf = await fr.csrfFrom(`/country/FR?year=${YEAR}`);
    const { raw, contentType } = tooBig({ csrf });
    const res = await fetch(`${base}/country/FR/upload?year=${YEAR}`, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        cookie: Object.entries(fr.cookies)
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
      },
      body: Buffer.from(raw),
      redirect: 'manual',
    });
    expect(res.status).toBe(413);
    const page = await res.text();
    expect(page).toContain('<h1');
    expect(page).toContain('The file is larger than 10 MB');
    expect(page).toContain('Signed in as fr@example.org');
    expect(await deps.uploads.list(`${YEAR}/FR/`)).toEqual([]);
    // The server still answers.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('sends a signed-out sender to sign-in, like any form', async () => {
    const { raw, contentType } = tooBig();
    const res = await fetch(`${base}/country/FR/upload?year=${YEAR}`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: Buffer.from(raw),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/signin\?expired=1/);
  });
});
