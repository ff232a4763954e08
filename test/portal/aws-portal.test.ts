/**
 * The portal as it runs on AWS, against s3rver: the upload form posts straight to the
 * uploads bucket at one exact key and comes back to the portal, the ingest use case
 * processes it, and downloads are presigned GET redirects.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfPrinter } from '../../functions/adapters/pdf-printer.js';
import { processUpload, readerOverStore } from '../../functions/app/process-upload.js';
import { createInProcessRenderer } from '../../functions/app/publish/in-process-renderer.js';
import { handlePortalRequest } from '../../functions/portal/app.js';
import { createAwsPortalDeps } from '../../functions/portal/aws-deps.js';
import type { Identity, PortalDeps, PortalRequest } from '../../functions/portal/types.js';
import { type S3rverHandle, startS3rver } from '../adapters/s3rver.js';

const fixture = fileURLToPath(new URL('../fixtures/ingest/workbook-full.xlsx', import.meta.url));
const fr: Identity = { email: 'fr@example.org', role: 'contact', country: 'FR' };

function request(path: string, identity: Identity, query: Record<string, string> = {}): PortalRequest {
  return {
    method: 'GET',
    path,
    query: { year: '2014', ...query },
    headers: {
      host: 'portal.example.org',
      'x-forwarded-proto': 'https',
      authorization: 'Bearer verified.jwt',
    },
    cookies: {},
    body: new Uint8Array(),
    verifiedIdentity: identity,
  };
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&#x3D;/g, '=')
    .replace(/&#x27;/g, "'")
    .replace(/&#x60;/g, '`')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('the portal on AWS (s3rver)', () => {
  let server: S3rverHandle;
  let deps: PortalDeps;
  const started: number[] = [];

  beforeAll(async () => {
    server = await startS3rver(['uploads', 'data']);
    deps = createAwsPortalDeps(
      { UPLOADS_BUCKET: 'uploads', DATA_BUCKET: 'data', PUBLISH_STATE_MACHINE_ARN: 'arn:aws:states:x' },
      {
        client: server.client,
        publish: {
          async start({ year }) {
            started.push(year);
            return { runId: 'run-1' };
          },
        },
      },
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  it('uploads straight to the bucket, comes back, and shows the result', async () => {
    const page = await handlePortalRequest(request('/country/FR', fr), deps);
    expect(page.status).toBe(200);
    const html = String(page.body);
    const action = unescapeHtml(html.match(/<form method="post" action="([^"]+)" enctype/)![1]!);
    expect(page.headers['content-security-policy']).toContain(`form-action 'self' ${new URL(action).origin}`);
    const form = html.slice(html.indexOf('enctype="multipart/form-data"'));
    const fields = [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)]
      .map((m) => [m[1]!, unescapeHtml(m[2]!)] as const)
      .filter(([name]) => name !== 'csrf');
    const key = fields.find(([n]) => n === 'key')?.[1];
    expect(key).toMatch(/^2014\/FR\/\d{8}T\d{6}Z-[0-9a-f]{6}-upload$/);

    const body = new FormData();
    for (const [name, value] of fields) body.append(name, value);
    body.append('file', new Blob([readFileSync(fixture)]), 'workbook-full.xlsx');
    const posted = await fetch(action, { method: 'POST', body, redirect: 'manual' });
    expect(posted.status).toBe(303);
    const back = new URL(posted.headers.get('location')!);
    expect(back.origin).toBe('https://portal.example.org');
    expect(back.pathname).toBe('/country/FR/uploaded');
    expect(await deps.uploads.head(key!)).toBeDefined();

    // Until the ingest has run, the page says it is checking.
    const query = Object.fromEntries(
      [...back.searchParams].filter(([k]) => !['bucket', 'key', 'etag'].includes(k)),
    );
    const pending = await handlePortalRequest(request('/country/FR/uploaded', fr, query), deps);
    expect(pending.status).toBe(200);
    expect(String(pending.body)).toContain('are checking it');

    // What the ingest Lambda does on the S3 event.
    const result = await processUpload(
      { key: key! },
      {
        uploads: readerOverStore(deps.uploads),
        data: deps.data,
        renderer: async () => createInProcessRenderer(createPdfPrinter()),
      },
    );
    expect(result.outcome).toBe('accepted');

    const done = await handlePortalRequest(request('/country/FR/uploaded', fr, query), deps);
    expect(done.status).toBe(303);
    const report = await handlePortalRequest(request(done.headers.location!.split('?')[0]!, fr), deps);
    expect(String(report.body)).toMatch(/<h2>Accepted/);

    // The draft: a presigned GET that the browser follows to the bucket.
    const draft = await handlePortalRequest(request('/country/FR/draft.pdf', fr), deps);
    expect(draft.status).toBe(303);
    const pdf = await fetch(draft.headers.location!);
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('does not give one country’s contact another country’s upload form or draft', async () => {
    const page = await handlePortalRequest(request('/country/DE', fr), deps);
    expect(page.status).toBe(403);
    expect(String(page.body)).not.toContain('X-Amz-Signature');
    expect((await handlePortalRequest(request('/country/DE/draft.pdf', fr), deps)).status).toBe(403);
  });

  it('starts the publication run for staff, with the CSRF token keyed by the verified token', async () => {
    const staff: Identity = { email: 'staff@example.org', role: 'staff' };
    const confirm = await handlePortalRequest(request('/staff/publish', staff), deps);
    const csrf = String(confirm.body).match(/name="csrf" value="([^"]+)"/)![1]!;
    const post = (token: string, authorization: string) =>
      handlePortalRequest(
        {
          ...request('/staff/publish', staff),
          method: 'POST',
          headers: { host: 'portal.example.org', authorization },
          body: Buffer.from(new URLSearchParams({ csrf: token, confirm: 'yes' }).toString()),
        },
        deps,
      );
    expect((await post(csrf, 'Bearer another.jwt')).status).toBe(403);
    expect(started).toEqual([]);
    const ok = await post(csrf, 'Bearer verified.jwt');
    expect(ok.status).toBe(200);
    expect(started).toEqual([2014]);
  });
});
