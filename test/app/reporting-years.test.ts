/**
 * One reporting-year range (core/limits.ts): an upload for a year outside it is refused
 * where it is checked (the ingest behind `validate`, the presigned upload form, and the
 * publish run on AWS, locally and in the portal), each time with the same words. Before,
 * the ingest and the presigner took 2000-2100 and the publish side 2012-2100, so an upload
 * for 2005 was accepted and could never be published.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../functions/adapters/clock.js';
import { FolderStore } from '../../functions/adapters/folder-store.js';
import { createBrowserUploadPresigner } from '../../functions/adapters/s3-presign.js';
import { reserveEdition } from '../../functions/app/publish/editions.js';
import { StoredSubmissionSource } from '../../functions/app/submissions-store.js';
import { ingestUpload } from '../../functions/core/ingest/index.js';
import { notAReportingYearMessage, reportingYears } from '../../functions/core/limits.js';
import { planPublishRun } from '../../functions/handlers/publish-plan.js';
import { localPublishStarter } from '../../functions/portal/local-use-cases.js';
import { ingestFixture, runCli } from '../cli/run-cli.js';
import { Client, makePortal } from '../portal/helpers.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
async function dataStore(): Promise<FolderStore> {
  const dir = await mkdtemp(join(tmpdir(), 'years-'));
  dirs.push(dir);
  return new FolderStore(dir);
}

const clock = fixedClock('2015-06-01T00:00:00Z');
const message = notAReportingYearMessage(2005);

describe('the one reporting-year range', () => {
  it('is 2012 to 2100, and its message names the year and the range', () => {
    expect(reportingYears).toEqual({ first: 2012, last: 2100 });
    expect(message).toBe(
      '"2005" is not a reporting year: a reporting year is a four-digit year from 2012 to 2100.',
    );
  });

  it('refuses an upload for 2005 at validate (the ingest and the command line)', async () => {
    const result = await ingestUpload({
      bytes: await readFile(ingestFixture('workbook-full.xlsx')),
      fileName: 'workbook-full.xlsx',
      country: 'FR',
      year: 2005,
      previous: null,
    });
    expect(result.accepted).toBe(false);
    const refusal = result.issues.find((i) => i.code === 'YEAR_INVALID');
    expect(refusal?.message).toBe(message);

    const cli = await runCli([
      'validate',
      ingestFixture('workbook-full.xlsx'),
      '--country',
      'FR',
      '--year',
      '2005',
    ]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(message);
  });

  it('refuses to sign an upload form for 2005 (the presigner)', async () => {
    const presigner = createBrowserUploadPresigner({
      client: new S3Client({ region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } }),
      bucket: 'uploads',
    });
    await expect(
      presigner.presignBrowserUpload({
        country: 'FR',
        year: 2005,
        batch: '20150310T120000Z-a1b2c3',
        redirectUrl: 'https://portal.example.org/country/FR/uploaded',
      }),
    ).rejects.toThrow(message);
    // The edges of the range are reporting years.
    for (const year of [reportingYears.first, reportingYears.last])
      await expect(
        presigner.presignBrowserUpload({
          country: 'FR',
          year,
          batch: '20150310T120000Z-a1b2c3',
          redirectUrl: 'https://portal.example.org/country/FR/uploaded',
        }),
      ).resolves.toHaveProperty('url');
  });

  it('refuses to publish 2005: the Step Functions plan task, the local publish and the portal', async () => {
    const data = await dataStore();
    await expect(
      planPublishRun({ year: 2005 }, { data, source: new StoredSubmissionSource(data) }, clock),
    ).rejects.toThrow(message);
    await expect(reserveEdition(data, 2005, clock)).rejects.toThrow(message);
    await expect(
      localPublishStarter(data, clock).start({ year: 2005, requestedBy: 's@example.org' }),
    ).rejects.toThrow(message);
    // Nothing was reserved.
    expect(await data.list('published/')).toEqual([]);

    const { store, deps } = await makePortal();
    dirs.push(store);
    const staff = new Client(deps);
    await staff.signIn('staff@example.org');
    const page = await staff.get('/staff/publish?year=2005');
    expect(page.status).toBe(400);
    // The page's text, its HTML quotes read as quotes: the same words as everywhere else.
    expect(page.text.replaceAll('&quot;', '"')).toContain(message);
  });
});
