/**
 * The receipt e-mail through the real path: the upload processed on the folder store
 * (processUpload), the uploader the portal recorded, a Mailer that keeps what it is given.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLocalStores } from '../../../functions/adapters/local-stores.js';
import { readReceiptMail, sendReceipt } from '../../../functions/app/cycle/send-receipt.js';
import type { Mailer, OutgoingMail } from '../../../functions/app/mail/ports.js';
import { processUpload, readerOverStore } from '../../../functions/app/process-upload.js';
import { encodeJson } from '../../../functions/app/submissions-store.js';
import { cycleKeys, type UploaderRecord } from '../../../functions/core/cycle/records.js';
import { dataKeys } from '../../../functions/core/keys.js';

const BATCH = '20150301T100000Z-a1b2c3';
const clock = { now: () => new Date('2015-03-01T10:00:09Z') };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Keeps every mail it is given; fails when told to. */
class RecordingMailer implements Mailer {
  sent: OutgoingMail[] = [];
  failWith: Error | undefined;
  async send(mail: OutgoingMail) {
    if (this.failWith) throw this.failWith;
    this.sent.push(mail);
    return { messageId: `<${this.sent.length}@test>` };
  }
}

describe('sendReceipt', () => {
  let stores: ReturnType<typeof openLocalStores>;
  let mailer: RecordingMailer;

  beforeEach(async () => {
    stores = openLocalStores(await mkdtemp(join(tmpdir(), 'send-receipt-')));
    mailer = new RecordingMailer();
  });

  async function recordUploader(record: Partial<UploaderRecord> & { batch: string; country: string }) {
    const full: UploaderRecord = {
      schemaVersion: 1,
      year: 2014,
      email: 'fr@example.org',
      lang: 'fr',
      at: '2015-03-01T09:59:00Z',
      ...record,
    };
    await stores.data.put(cycleKeys.uploader(2014, record.country, record.batch), encodeJson(full));
  }

  /** A portal upload of FR, processed with the receipt e-mail on. */
  async function uploadFr(fixture: string, batch = BATCH) {
    const bytes = await readFile(join(import.meta.dirname, '../../fixtures/ingest', fixture));
    const key = `2014/FR/${batch}-rapport.csv`;
    await stores.uploads.put(key, bytes);
    const result = await processUpload(
      { key },
      {
        uploads: readerOverStore(stores.uploads),
        data: stores.data,
        receipt: { mailer, clock, actor: 'system:test', portalUrl: 'https://portal.example.org/' },
      },
    );
    if (result.outcome === 'ignored') throw new Error('not processed');
    return { bytes, result };
  }

  it('mails the receipt to the uploader, in their language, with the receipt attached, once', async () => {
    await recordUploader({ batch: BATCH, country: 'FR' });
    const { bytes, result } = await uploadFr('csv-utf8-comma-lf.csv');
    expect(result.receipt).toMatchObject({ status: 'sent', to: ['fr@example.org'], messageId: '<1@test>' });

    expect(mailer.sent).toHaveLength(1);
    const mail = mailer.sent[0]!;
    const reference = `FR-2014-${result.uploadId.slice(0, 8).toUpperCase()}`;
    expect(mail.to).toEqual(['fr@example.org']);
    expect(mail.subject).toBe(`Accusé de réception ${reference} : rapport.csv accepté`);
    expect(mail.text).toContain('Votre dépôt pour France, 2014, a été reçu et vérifié.');
    expect(mail.text).toContain(sha256(bytes));
    expect(mail.text).toContain(
      `https://portal.example.org/country/FR/uploads/${result.uploadId}?year=2014&lang=fr`,
    );
    expect(mail.attachments).toHaveLength(1);
    const attachment = mail.attachments![0]!;
    expect(attachment).toMatchObject({
      fileName: `receipt-${reference}.txt`,
      contentType: 'text/plain; charset=utf-8',
    });
    expect(String(attachment.content)).toContain(sha256(bytes));
    expect(String(attachment.content)).toContain('Accusé de réception d’un dépôt');
    expect(mail.text).not.toContain('Données d’exemple fictives');

    const recorded = await readReceiptMail(stores.data, 2014, 'FR', result.uploadId);
    expect(recorded).toMatchObject({
      to: ['fr@example.org'],
      lang: 'fr',
      messageId: '<1@test>',
      by: 'system:test',
    });

    // The same upload processed again (a repeated event) sends nothing new.
    const again = await sendReceipt(
      stores.data,
      { countryCode: 'FR', year: 2014, uploadId: result.uploadId },
      { mailer, clock, actor: 'system:test' },
    );
    expect(again).toEqual({ status: 'skipped', reason: 'ALREADY_SENT' });
    expect(mailer.sent).toHaveLength(1);
  });

  it('says "rejected" in the subject, in German for a German-speaking uploader', async () => {
    await recordUploader({ batch: BATCH, country: 'FR', email: 'other.fr@example.org', lang: 'de' });
    const { bytes, result } = await uploadFr('error-indicator-unknown.csv');
    expect(result.outcome).toBe('rejected');
    const mail = mailer.sent[0]!;
    expect(mail.to).toEqual(['other.fr@example.org']);
    expect(mail.subject).toMatch(/^Empfangsbestätigung FR-2014-[0-9A-F]{8}: rapport\.csv abgelehnt$/);
    expect(mail.text).toContain('Abgelehnt:');
    expect(mail.text).toContain(sha256(bytes));
  });

  it('marks the mail when the store is the fictitious sample', async () => {
    await stores.data.put(dataKeys.sampleMarker, new Uint8Array(0));
    await recordUploader({ batch: BATCH, country: 'FR', lang: 'en' });
    await uploadFr('csv-utf8-comma-lf.csv');
    const mail = mailer.sent[0]!;
    expect(mail.subject).toMatch(/^\[Fictitious sample data\] Receipt FR-2014-/);
    expect(mail.text).toContain(
      'Fictitious sample data: this receipt comes from the bundled demonstration store',
    );
  });

  it('sends nothing without a portal uploader, and never to another country’s contact', async () => {
    const { result } = await uploadFr('csv-utf8-comma-lf.csv');
    expect(result.receipt).toEqual({ status: 'skipped', reason: 'NO_UPLOADER' });

    // A record under FR's batch that names DE (a copy, a bug) is not FR's uploader.
    const other = '20150301T110000Z-0f0f0f';
    const copied: UploaderRecord = {
      schemaVersion: 1,
      year: 2014,
      country: 'DE',
      batch: other,
      email: 'de@example.org',
      lang: 'de',
      at: '2015-03-01T10:59:00Z',
    };
    await stores.data.put(cycleKeys.uploader(2014, 'FR', other), encodeJson(copied));
    const second = await uploadFr('csv-actions.csv', other);
    expect(second.result.receipt).toEqual({ status: 'skipped', reason: 'NO_UPLOADER' });

    // Asked for DE, FR's upload has no receipt at all.
    expect(
      await sendReceipt(
        stores.data,
        { countryCode: 'DE', year: 2014, uploadId: result.uploadId },
        { mailer, clock, actor: 'system:test' },
      ),
    ).toEqual({ status: 'skipped', reason: 'NO_RECORD' });
    expect(mailer.sent).toEqual([]);
  });

  it('keeps the upload and its records when the mail fails, and sends on the next run', async () => {
    await recordUploader({ batch: BATCH, country: 'FR' });
    mailer.failWith = new Error('connection refused');
    const { result } = await uploadFr('csv-utf8-comma-lf.csv');
    expect(result.outcome).toBe('accepted');
    expect(result.receipt).toMatchObject({ status: 'failed' });
    expect(await stores.data.get(dataKeys.validation(2014, 'FR', result.uploadId))).toBeDefined();
    expect(await stores.data.get(dataKeys.current(2014, 'FR', 'indicators'))).toBeDefined();
    expect(await readReceiptMail(stores.data, 2014, 'FR', result.uploadId)).toBeUndefined();

    mailer.failWith = undefined;
    const retry = await sendReceipt(
      stores.data,
      { countryCode: 'FR', year: 2014, uploadId: result.uploadId },
      { mailer, clock, actor: 'system:test' },
    );
    expect(retry).toMatchObject({ status: 'sent' });
    expect(mailer.sent).toHaveLength(1);
  });
});
