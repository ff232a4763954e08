import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createBrowserUploadPresigner,
  createUploadPresigner,
  presignDownload,
  safeFileName,
} from '../../functions/adapters/s3-presign.js';
import { S3Store } from '../../functions/adapters/s3-store.js';
import { decodePolicy, keyAsS3Makes, policyAllows } from '../portal/s3-post-policy.js';
import { type S3rverHandle, startS3rver } from './s3rver.js';

describe('presigned uploads and downloads (s3rver)', () => {
  let server: S3rverHandle;
  beforeAll(async () => {
    server = await startS3rver(['presign-uploads']);
  });
  afterAll(async () => {
    await server?.close();
  });

  const policyOf = (fields: Record<string, string>) =>
    JSON.parse(Buffer.from(fields.Policy ?? fields.policy ?? '', 'base64').toString('utf8')) as {
      expiration: string;
      conditions: unknown[];
    };

  it('gives a form that uploads one file to its exact key under the caller’s country and year', async () => {
    const now = new Date();
    const presigner = createUploadPresigner({
      client: server.client,
      bucket: 'presign-uploads',
      now: () => now,
    });
    const form = await presigner.presignUpload({
      country: 'FR',
      year: 2014,
      fileName: 'rapport annuel.xlsx',
    });
    expect(form.key).toBe('2014/FR/rapport annuel.xlsx');
    expect(form.fields.key).toBe('2014/FR/rapport annuel.xlsx');
    const policy = policyOf(form.fields);
    expect(policy.conditions).toContainEqual(['content-length-range', 1, 10 * 1024 * 1024]);
    expect(policy.conditions).toContainEqual(['eq', '$key', '2014/FR/rapport annuel.xlsx']);
    const lifetime = new Date(policy.expiration).getTime() - now.getTime();
    expect(lifetime).toBeGreaterThan(0);
    expect(lifetime).toBeLessThanOrEqual(15 * 60 * 1000 + 2000);

    const body = new FormData();
    for (const [name, value] of Object.entries(form.fields)) body.append(name, value);
    body.append('file', new Blob([new Uint8Array([1, 2, 3, 4])]), 'rapport annuel.xlsx');
    const response = await fetch(form.url, { method: 'POST', body });
    expect(response.status).toBeLessThan(300);
    const stored = await new S3Store({ bucket: 'presign-uploads', client: server.client }).get(form.key);
    expect(stored && [...stored]).toEqual([1, 2, 3, 4]);
  });

  it('never lets a form live longer than 15 minutes, and caps the size at the upload limit', async () => {
    const presigner = createUploadPresigner({
      client: server.client,
      bucket: 'presign-uploads',
      expiresSeconds: 7 * 24 * 3600,
      limits: { maxFileBytes: 1000 },
    });
    const form = await presigner.presignUpload({ country: 'DE', year: 2014, fileName: 'x.csv' });
    const policy = policyOf(form.fields);
    expect(new Date(policy.expiration).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000 + 2000);
    expect(policy.conditions).toContainEqual(['content-length-range', 1, 1000]);
    expect(form.maxBytes).toBe(1000);
  });

  it('refuses a country that is not a code and file names that would leave the country’s folder', async () => {
    const presigner = createUploadPresigner({ client: server.client, bucket: 'presign-uploads' });
    await expect(
      presigner.presignUpload({ country: 'FR/..', year: 2014, fileName: 'a.csv' }),
    ).rejects.toThrow(RangeError);
    const form = await presigner.presignUpload({ country: 'FR', year: 2014, fileName: '../../DE/evil.csv' });
    expect(form.key).toBe('2014/FR/evil.csv');
    expect(safeFileName('C:\\Users\\me\\.hidden.xlsx')).toBe('hidden.xlsx');
    expect(() => safeFileName('...')).toThrow(RangeError);
  });

  it('gives a form without script a batch prefix under the country and year, the file’s own name, and a fixed way back', async () => {
    const presigner = createBrowserUploadPresigner({
      client: server.client,
      bucket: 'presign-uploads',
      expiresSeconds: 3600,
      limits: { maxFileBytes: 5000 },
    });
    const redirectUrl =
      'https://portal.example.org/country/FR/uploaded?year=2014&batch=20150310T120000Z-a1b2c3';
    const form = await presigner.presignBrowserUpload({
      country: 'FR',
      year: 2014,
      batch: '20150310T120000Z-a1b2c3',
      redirectUrl,
    });
    expect(form.keyPrefix).toBe('2014/FR/20150310T120000Z-a1b2c3-');
    expect(form.fields.key).toBe(`${form.keyPrefix}\${filename}`);
    expect(form.fields.success_action_redirect).toBe(redirectUrl);
    const policy = decodePolicy(form.fields);
    expect(policy.conditions).toContainEqual(['starts-with', '$key', form.keyPrefix]);
    expect(policy.conditions).toContainEqual(['content-length-range', 1, 5000]);
    expect(policy.conditions).toContainEqual({ success_action_redirect: redirectUrl });
    // Asked for an hour, given 15 minutes at most.
    expect(new Date(policy.expiration).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000);

    const allows = (key: string, extra: Record<string, string> = {}, size = 100) =>
      policyAllows(policy, { ...form.fields, key, ...extra }, size);
    expect(allows(keyAsS3Makes(form.fields.key!, 'Rapport annuel.xlsx'))).toBe(true);
    for (const other of [
      '2014/DE/20150310T120000Z-a1b2c3-r.xlsx',
      '2015/FR/20150310T120000Z-a1b2c3-r.xlsx',
      '2014/FR/r.xlsx',
      '2014/FR/20150310T120000Z-ffffff-r.xlsx',
    ])
      expect(allows(other), other).toBe(false);
    expect(
      allows(keyAsS3Makes(form.fields.key!, 'r.xlsx'), { success_action_redirect: 'https://evil.example/' }),
    ).toBe(false);
    expect(allows(keyAsS3Makes(form.fields.key!, 'r.xlsx'), {}, 5001)).toBe(false);

    // S3 redirects to the signed address after the upload (s3rver too).
    const body = new FormData();
    for (const [name, value] of Object.entries(form.fields))
      body.append(name, name === 'key' ? keyAsS3Makes(value, 'r.xlsx') : value);
    body.append('file', new Blob([new Uint8Array([1, 2, 3])]), 'r.xlsx');
    const response = await fetch(form.url, { method: 'POST', body, redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(
      /^https:\/\/portal\.example\.org\/country\/FR\/uploaded\?/,
    );
  });

  it('refuses to sign a browser form for a country that is not a code, a bad year or batch, or a relative way back', async () => {
    const presigner = createBrowserUploadPresigner({ client: server.client, bucket: 'presign-uploads' });
    const ok = { country: 'FR', year: 2014, batch: 'b-1', redirectUrl: 'https://portal.example.org/x' };
    await expect(presigner.presignBrowserUpload({ ...ok, country: 'FR/..' })).rejects.toThrow(RangeError);
    await expect(presigner.presignBrowserUpload({ ...ok, country: 'fr' })).rejects.toThrow(RangeError);
    await expect(presigner.presignBrowserUpload({ ...ok, year: 14 })).rejects.toThrow(RangeError);
    await expect(presigner.presignBrowserUpload({ ...ok, batch: '../DE/x' })).rejects.toThrow(RangeError);
    await expect(presigner.presignBrowserUpload({ ...ok, redirectUrl: '//evil.example/' })).rejects.toThrow(
      RangeError,
    );
  });

  it('gives a short-lived download link that serves the object as an attachment', async () => {
    const store = new S3Store({ bucket: 'presign-uploads', client: server.client });
    await store.put('2014/FR/Österreich.pdf', new TextEncoder().encode('%PDF-1.7'));
    const url = await presignDownload(server.client, {
      bucket: 'presign-uploads',
      key: '2014/FR/Österreich.pdf',
      fileName: 'Österreich 2014.pdf',
      contentType: 'application/pdf',
    });
    expect(new URL(url).searchParams.get('X-Amz-Expires')).toBe('300');
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('%PDF-1.7');
    expect(response.headers.get('content-disposition')).toContain('attachment');
  });
});
