/**
 * The receipt e-mail (issue 13): after an upload is processed, its receipt goes to the person
 * who sent it (the UploaderRecord the portal wrote for the upload's batch), in the language
 * they used, with the receipt as the body and as an attached text file. Only that upload's
 * country's records are read, and only its uploader is written to.
 *
 * Sent once: a ReceiptMailRecord is written after sending (if-none-match), and a receipt
 * already recorded is not sent again (a repeated S3 event, a second local run). A mail that
 * fails is a result, not a fault: the upload and its records stand, the caller logs it.
 */
import {
  type Receipt,
  receiptFileName,
  receiptSubject,
  renderReceiptMail,
  renderReceiptText,
} from '../../core/cycle/receipt.js';
import {
  cycleKeys,
  type ReceiptMailRecord,
  receiptMailRecordSchema,
  type UploaderRecord,
} from '../../core/cycle/records.js';
import { type Clock, ObjectExistsError, type ObjectStore } from '../../core/ports.js';
import type { Mailer, OutgoingMail } from '../mail/ports.js';
import { encodeJson, RecordFormatError } from '../submissions-store.js';
import { readUploader } from './read.js';
import { buildReceipt, type ReceiptInput } from './receipt.js';

export interface SendReceiptDeps {
  mailer: Mailer;
  clock: Clock;
  /** Who sends (`system:ingest`, `system:portal`, `cli:<user>`): recorded. */
  actor: string;
  /** The portal's origin (`https://portal.example.org`): the mail links to the upload's page. */
  portalUrl?: string;
}

export type SendReceiptResult =
  | { status: 'sent'; to: string[]; messageId: string | null; record: ReceiptMailRecord }
  | {
      status: 'skipped';
      /** NO_RECORD: not processed (or not this country's); NO_UPLOADER: not a portal upload; ALREADY_SENT. */
      reason: 'NO_RECORD' | 'NO_UPLOADER' | 'ALREADY_SENT';
    }
  | { status: 'failed'; error: unknown };

/** Mails the upload's receipt to its uploader, once; never throws for a mail that fails. */
export async function sendReceipt(
  store: ObjectStore,
  input: ReceiptInput,
  deps: SendReceiptDeps,
): Promise<SendReceiptResult> {
  const { countryCode: country, year, uploadId } = input;
  const receipt = await buildReceipt(store, input, { clock: deps.clock });
  if (!receipt) return { status: 'skipped', reason: 'NO_RECORD' };
  const uploader = await uploaderOf(store, receipt);
  if (!uploader) return { status: 'skipped', reason: 'NO_UPLOADER' };
  if (await readReceiptMail(store, year, country, uploadId))
    return { status: 'skipped', reason: 'ALREADY_SENT' };

  const mail = receiptMail(receipt, uploader, deps.portalUrl);
  let messageId: string | null;
  try {
    ({ messageId } = await deps.mailer.send(mail));
  } catch (error) {
    return { status: 'failed', error };
  }
  const record: ReceiptMailRecord = {
    schemaVersion: 1,
    year,
    country,
    uploadId,
    to: mail.to,
    lang: uploader.lang,
    sentAt: deps.clock.now().toISOString(),
    messageId,
    by: deps.actor,
  };
  try {
    await store.put(cycleKeys.receiptMail(year, country, uploadId), encodeJson(record), {
      contentType: 'application/json',
      ifNoneMatch: true,
    });
  } catch (error) {
    // Another run sent it at the same moment and recorded first: both mails went, one record stands.
    if (!(error instanceof ObjectExistsError)) throw error;
  }
  return { status: 'sent', to: mail.to, messageId, record };
}

/** The e-mail of a receipt to its uploader, in their language. */
export function receiptMail(receipt: Receipt, uploader: UploaderRecord, portalUrl?: string): OutgoingMail {
  const lang = uploader.lang;
  const page = portalUrl
    ? `${portalUrl.replace(/\/$/, '')}/country/${receipt.country}/uploads/${receipt.uploadId}?year=${receipt.year}&lang=${lang}`
    : undefined;
  return {
    to: [uploader.email],
    subject: receiptSubject(receipt, lang),
    text: renderReceiptMail(receipt, lang, page),
    attachments: [
      {
        fileName: receiptFileName(receipt),
        contentType: 'text/plain; charset=utf-8',
        content: renderReceiptText(receipt, lang),
      },
    ],
  };
}

/** The uploader of the receipt's upload: the portal batch's record, of the same country and year only. */
async function uploaderOf(store: ObjectStore, receipt: Receipt): Promise<UploaderRecord | undefined> {
  if (!receipt.batch) return undefined;
  const uploader = await readUploader(store, receipt.year, receipt.country, receipt.batch);
  if (!uploader || uploader.country !== receipt.country || uploader.year !== receipt.year) return undefined;
  return uploader;
}

/** The record that the upload's receipt was mailed, or undefined. */
export async function readReceiptMail(
  store: ObjectStore,
  year: number,
  country: string,
  uploadId: string,
): Promise<ReceiptMailRecord | undefined> {
  const key = cycleKeys.receiptMail(year, country, uploadId);
  const bytes = await store.get(key);
  if (!bytes) return undefined;
  try {
    return receiptMailRecordSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
  } catch (error) {
    throw new RecordFormatError(key, { cause: error });
  }
}
