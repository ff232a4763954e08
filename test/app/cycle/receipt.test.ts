/**
 * The receipt of a processed upload, built from the records the real processing writes on
 * the folder store: what was received (its real SHA-256), the outcome, and what counts now.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLocalStores } from '../../../functions/adapters/local-stores.js';
import { buildReceipt } from '../../../functions/app/cycle/receipt.js';
import { readerOverStore, storeUpload } from '../../../functions/app/store-upload.js';
import { encodeJson } from '../../../functions/app/submissions-store.js';
import { receiptFileName, renderReceiptText } from '../../../functions/core/cycle/receipt.js';
import { cycleKeys, type Invalidation } from '../../../functions/core/cycle/records.js';
import { dataKeys } from '../../../functions/core/keys.js';

const fixture = (name: string) => readFile(join(import.meta.dirname, '../../fixtures/ingest', name));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('buildReceipt on the folder store', () => {
  let stores: ReturnType<typeof openLocalStores>;

  beforeEach(async () => {
    stores = openLocalStores(await mkdtemp(join(tmpdir(), 'receipt-')));
  });

  /** Puts the file in the uploads store as the portal names it, and processes it as every path does. */
  async function upload(fileName: string, storedName: string) {
    const bytes = await fixture(fileName);
    const key = `2014/FR/${storedName}`;
    await stores.uploads.put(key, bytes);
    const result = await storeUpload(
      { key },
      { uploads: readerOverStore(stores.uploads), data: stores.data },
    );
    if (result.outcome === 'ignored') throw new Error(`not processed: ${result.reason}`);
    return { bytes, result };
  }

  it('gives an accepted upload’s reference, name, real SHA-256, size, outcome and what counts', async () => {
    const { bytes, result } = await upload('csv-utf8-comma-lf.csv', '20150301T100000Z-a1b2c3-figures.csv');
    const receipt = await buildReceipt(
      stores.data,
      { countryCode: 'FR', year: 2014, uploadId: result.uploadId },
      { clock: { now: () => new Date('2015-03-01T10:00:07Z') } },
    );
    expect(receipt).toMatchObject({
      reference: `FR-2014-${result.uploadId.slice(0, 8).toUpperCase()}`,
      uploadId: result.uploadId,
      country: 'FR',
      year: 2014,
      fileName: 'figures.csv',
      sha256: sha256(bytes),
      size: bytes.byteLength,
      outcome: 'accepted',
      errors: 0,
      warnings: 0,
      batch: '20150301T100000Z-a1b2c3',
      sample: false,
      invalidated: null,
      issuedAt: '2015-03-01T10:00:07.000Z',
    });
    expect(receipt!.counts).toEqual([
      {
        table: 'indicators',
        upload: expect.objectContaining({ uploadId: result.uploadId }),
        thisUpload: true,
      },
      { table: 'actions', upload: null, thisUpload: false },
    ]);
    const head = await stores.uploads.head('2014/FR/20150301T100000Z-a1b2c3-figures.csv');
    expect(receipt!.receivedAt).toBe(head!.modified.toISOString());

    const text = renderReceiptText(receipt!, 'en');
    expect(text).toContain(`SHA-256:`);
    expect(text).toContain(sha256(bytes));
    expect(text).toMatch(/Outcome: +Accepted\n/);
    expect(text).toMatch(/Indicators: +this upload\n/);
    expect(text).toMatch(/Actions: +nothing yet\n/);
    expect(text).not.toContain('Fictitious');
    expect(receiptFileName(receipt!)).toBe(`receipt-${receipt!.reference}.txt`);
  });

  it('gives a rejected upload its errors, and says what still counts instead', async () => {
    const first = await upload('csv-utf8-comma-lf.csv', '20150301T100000Z-a1b2c3-figures.csv');
    const { bytes, result } = await upload(
      'error-indicator-unknown.csv',
      '20150302T090000Z-d4e5f6-corrected.csv',
    );
    expect(result.outcome).toBe('rejected');
    const receipt = await buildReceipt(stores.data, {
      countryCode: 'FR',
      year: 2014,
      uploadId: result.uploadId,
    });
    expect(receipt).toMatchObject({
      fileName: 'corrected.csv',
      sha256: sha256(bytes),
      outcome: 'rejected',
      errors: result.errors,
      warnings: result.warnings,
      issuedAt: null,
    });
    expect(result.errors).toBeGreaterThan(0);
    expect(receipt!.counts[0]).toMatchObject({
      table: 'indicators',
      thisUpload: false,
      upload: { uploadId: first.result.uploadId, fileName: 'figures.csv' },
    });

    const fr = renderReceiptText(receipt!, 'fr');
    expect(fr).toContain('Accusé de réception');
    expect(fr).toMatch(
      result.warnings > 0
        ? /Résultat : +Refusé : \d+ erreurs? et \d+ avertissements?\n/
        : /Résultat : +Refusé : \d+ erreurs?\n/,
    );
    expect(fr).toContain(`figures.csv, reçu le`);
    expect(fr).toContain('Ce fichier ne compte pas pour le rapport.');
    expect(fr).toContain(sha256(bytes));
  });

  it('says when staff invalidated the upload, and marks the fictitious sample', async () => {
    const { result } = await upload('csv-utf8-comma-lf.csv', 'figures.csv');
    const invalidation: Invalidation = {
      schemaVersion: 1,
      year: 2014,
      country: 'FR',
      uploadId: result.uploadId,
      reason: 'Figures of the wrong year',
      by: 'staff@example.org',
      at: '2015-04-01T09:00:00Z',
    };
    await stores.data.put(cycleKeys.invalidation(2014, 'FR', result.uploadId), encodeJson(invalidation));
    await stores.data.put(dataKeys.sampleMarker, new Uint8Array(0));
    const receipt = await buildReceipt(stores.data, {
      countryCode: 'FR',
      year: 2014,
      uploadId: result.uploadId,
    });
    expect(receipt).toMatchObject({
      fileName: 'figures.csv',
      batch: null,
      sample: true,
      invalidated: { at: '2015-04-01T09:00:00Z', reason: 'Figures of the wrong year' },
    });
    const de = renderReceiptText(receipt!, 'de');
    expect(de).toContain('Fiktive Beispieldaten');
    expect(de).toContain('von der Kommission am 1. April 2015, 09:00 UTC: Figures of the wrong year');
  });

  it('gives no receipt for another country’s upload id, or an id that was never processed', async () => {
    const { result } = await upload('csv-utf8-comma-lf.csv', 'figures.csv');
    const input = { year: 2014, uploadId: result.uploadId };
    expect(await buildReceipt(stores.data, { ...input, countryCode: 'DE' })).toBeUndefined();
    expect(await buildReceipt(stores.data, { ...input, countryCode: 'FR', year: 2015 })).toBeUndefined();
    expect(
      await buildReceipt(stores.data, { ...input, countryCode: 'FR', uploadId: 'f'.repeat(24) }),
    ).toBeUndefined();
    expect(
      await buildReceipt(stores.data, { ...input, countryCode: 'FR', uploadId: '../FR' }),
    ).toBeUndefined();
  });
});
