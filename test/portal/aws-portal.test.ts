/**
 * The portal as it runs on AWS, against s3rver and the fake Cognito, through the Lambda
 * handler: a French contact signs in, gets a form that posts the file straight to the
 * uploads bucket under 2014/FR/<batch>- with the file's own name and comes back to the
 * portal; the ingest use case processes it; downloads are presigned GET redirects.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfPrinter } from '../../functions/adapters/pdf-printer.js';
import { processUpload, readerOverStore } from '../../functions/app/process-upload.js';
import { createInProcessRenderer } from '../../functions/app/publish/in-process-renderer.js';
import { createPortalHandler } from '../../functions/handlers/portal.js';
import type { PortalDeps } from '../../functions/portal/types.js';
import { type S3rverHandle, startS3rver } from '../adapters/s3rver.js';
import { Browser, FakeCognito, fakeAwsDeps, PORTAL_URL } from './fake-cognito.js';
import { decodePolicy, keyAsS3Makes, policyAllows } from './s3-post-policy.js';

const fixture = fileURLToPath(new URL('../fixtures/ingest/workbook-full.xlsx', import.meta.url));
const fr = { email: 'fr@example.org', groups: ['country-FR'] };

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

/** The upload form of a country page: where it posts and its hidden fields (without the portal's csrf). */
function uploadForm(html: string): { action: string; fields: Record<string, string> } {
  const action = unescapeHtml(html.match(/<form method="post" action="([^"]+)" enctype/)![1]!);
  const form = html.slice(html.indexOf('enctype="multipart/form-data"'));
  const fields = Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)]
      .map((m) => [m[1]!, unescapeHtml(m[2]!)] as const)
      .filter(([name]) => name !== 'csrf'),
  );
  return { action, fields };
}

describe('the portal on AWS (s3rver, fake Cognito)', () => {
  let server: S3rverHandle;
  let cognito: FakeCognito;
  let deps: PortalDeps;
  let browser: Browser;

  beforeAll(async () => {
    server = await startS3rver(['uploads', 'data']);
    cognito = new FakeCognito();
    await cognito.start();
    deps = fakeAwsDeps(cognito, {
      client: server.client,
      publish: { start: async () => ({ runId: 'run-1' }) },
    });
    browser = new Browser(createPortalHandler(() => deps));
    await browser.signIn(cognito, fr);
  });
  afterAll(async () => {
    await server?.close();
    await cognito?.close();
  });

  it('signs a form that can write only under 2014/FR/<batch>-, keeps the file’s name, and comes back to the portal', async () => {
    const page = await browser.request('GET', '/country/FR?year=2014');
    expect(page.status).toBe(200);
    const { action, fields } = uploadForm(page.text);
    expect(action).toMatch(/\/uploads\/?$/);
    const key = fields.key!;
    const batch = key.match(/^2014\/FR\/(\d{8}T\d{6}Z-[0-9a-f]{6})-\$\{filename\}$/)?.[1];
    expect(batch, key).toBeDefined();
    const redirect = `${PORTAL_URL}/country/FR/uploaded?year=2014&batch=${batch}`;
    expect(fields.success_action_redirect).toBe(redirect);

    const policy = decodePolicy(fields);
    expect(policy.conditions).toContainEqual(['starts-with', '$key', `2014/FR/${batch}-`]);
    expect(policy.conditions).toContainEqual(['content-length-range', 1, 10 * 1024 * 1024]);
    expect(policy.conditions).toContainEqual({ success_action_redirect: redirect });
    expect(policy.conditions).not.toContainEqual({ key });
    const lifetime = new Date(policy.expiration).getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(0);
    expect(lifetime).toBeLessThanOrEqual(15 * 60 * 1000);

    // What S3 would accept from this form, and what it would refuse.
    const posted = (over: Record<string, string>, size = 1000) =>
      policyAllows(policy, { ...fields, ...over }, size);
    expect(posted({ key: keyAsS3Makes(key, 'Rapport 2014 (final).xlsx') })).toBe(true);
    expect(posted({ key: `2014/DE/${batch}-report.xlsx` })).toBe(false);
    expect(posted({ key: `2015/FR/${batch}-report.xlsx` })).toBe(false);
    expect(posted({ key: '2014/FR/report.xlsx' })).toBe(false);
    expect(posted({ key: `../2014/FR/${batch}-report.xlsx` })).toBe(false);
    expect(
      posted({ key: keyAsS3Makes(key, 'a.xlsx'), success_action_redirect: 'https://evil.example/' }),
    ).toBe(false);
    expect(posted({ key: keyAsS3Makes(key, 'a.xlsx'), acl: 'public-read' })).toBe(false);
    expect(posted({ key: keyAsS3Makes(key, 'a.xlsx') }, 10 * 1024 * 1024 + 1)).toBe(false);
    expect(posted({ key: keyAsS3Makes(key, 'a.xlsx') }, 0)).toBe(false);

    // The browser posts the form; S3 puts the file's name in the key (s3rver does not, so the
    // key is filled in as S3 would, and checked against the policy above).
    expect(page.text).toContain('name="file"');
    const stored = keyAsS3Makes(key, 'workbook-full.xlsx');
    expect(posted({ key: stored })).toBe(true);
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, name === 'key' ? stored : value);
    body.append('file', new Blob([readFileSync(fixture)]), 'workbook-full.xlsx');
    const response = await fetch(action, { method: 'POST', body, redirect: 'manual' });
    expect(response.status).toBe(303);
    const back = new URL(response.headers.get('location')!);
    expect(back.origin).toBe(PORTAL_URL);
    expect(back.pathname).toBe('/country/FR/uploaded');
    expect(await deps.uploads.head(`2014/FR/${batch}-workbook-full.xlsx`)).toBeDefined();

    // Until the ingest has run, the page names the file and says it is being checked.
    const resultPath = `${back.pathname}?year=2014&batch=${batch}`;
    const pending = await browser.request('GET', resultPath);
    expect(pending.status).toBe(200);
    expect(pending.text).toContain('are checking it');
    expect(pending.text).toContain('workbook-full.xlsx');

    // What the ingest Lambda does on the S3 event.
    const result = await processUpload(
      { key: stored },
      {
        uploads: readerOverStore(deps.uploads),
        data: deps.data,
        renderer: async () => createInProcessRenderer(createPdfPrinter()),
      },
    );
    expect(result.outcome).toBe('accepted');

    const done = await browser.request('GET', resultPath);
    expect(done.status).toBe(303);
    const report = await browser.request('GET', done.location);
    expect(report.text).toMatch(/<h2>Accepted/);
    expect(report.text).toContain('workbook-full.xlsx');

    // The draft: a presigned GET that the browser follows to the bucket.
    const draft = await browser.request('GET', '/country/FR/draft.pdf?year=2014');
    expect(draft.status).toBe(303);
    const pdf = await fetch(draft.location);
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('does not give one country’s contact another country’s upload form or draft', async () => {
    const page = await browser.request('GET', '/country/DE?year=2014');
    expect(page.status).toBe(403);
    expect(page.text).not.toContain('X-Amz-Signature');
    expect((await browser.request('GET', '/country/DE/draft.pdf?year=2014')).status).toBe(403);
  });

  it('gives staff no upload form: they follow, they do not submit', async () => {
    const staff = new Browser(createPortalHandler(() => deps));
    await staff.signIn(cognito, { email: 'staff@example.org', groups: ['staff'] });
    const page = await staff.request('GET', '/country/FR?year=2014');
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('X-Amz-Signature');
  });
});
