/**
 * The receipt of one processed upload, read from the data store: its validation record (file
 * name, SHA-256 of the original, size, when received, the verdict), the current pointers
 * (what counts for each table now), an invalidation if staff made one, and the sample mark.
 * The portal's pages, the download and the receipt e-mail all build it here.
 */
import {
  type Receipt,
  type ReceiptCount,
  receiptOutcome,
  receiptReference,
  splitPortalFileName,
} from '../../core/cycle/receipt.js';
import { dataKeys } from '../../core/keys.js';
import type { Clock, ObjectStore } from '../../core/ports.js';
import { readCurrent, readUploadRecord, tables } from '../submissions-store.js';
import { readInvalidation } from './read.js';

export interface ReceiptInput {
  countryCode: string;
  year: number;
  uploadId: string;
}

/**
 * The receipt of the upload, or undefined when the store has no validation record for it
 * (not processed yet, or not this country's). A record that does not parse is a fault
 * (RecordFormatError). With a clock, the receipt says when it was issued.
 */
export async function buildReceipt(
  store: ObjectStore,
  input: ReceiptInput,
  options: { clock?: Clock } = {},
): Promise<Receipt | undefined> {
  const { countryCode: country, year, uploadId } = input;
  if (!/^[A-Z]{2}$/.test(country) || !/^[\w-]{1,64}$/.test(uploadId)) return undefined;
  const record = await readUploadRecord(store, dataKeys.validation(year, country, uploadId));
  // The key names the country and year; the record must say the same (a copied record would not).
  if (!record || record.country !== country || record.year !== year) return undefined;

  const errors = record.issues.filter((i) => i.severity === 'error').length;
  const warnings = record.issues.filter((i) => i.severity === 'warning').length;
  const pointers = await readCurrent(store, year, country);
  const counts: ReceiptCount[] = [];
  for (const table of tables) {
    const pointer = pointers[table];
    if (!pointer) {
      counts.push({ table, upload: null, thisUpload: false });
      continue;
    }
    const counted =
      pointer.uploadId === uploadId
        ? record
        : await readUploadRecord(store, dataKeys.validation(year, country, pointer.uploadId));
    counts.push({
      table,
      upload: {
        uploadId: pointer.uploadId,
        reference: receiptReference(country, year, pointer.uploadId),
        fileName: splitPortalFileName(counted?.fileName ?? pointer.key.split('/').at(-1) ?? pointer.key).name,
        receivedAt: counted?.uploadedAt ?? pointer.uploadedAt,
      },
      thisUpload: pointer.uploadId === uploadId,
    });
  }
  const invalidation = await readInvalidation(store, year, country, uploadId);
  return {
    reference: receiptReference(country, year, uploadId),
    uploadId,
    country,
    year,
    fileName: splitPortalFileName(record.fileName).name,
    sha256: record.sha256,
    size: record.size,
    receivedAt: record.uploadedAt,
    outcome: receiptOutcome(record.accepted, warnings),
    errors,
    warnings,
    counts,
    invalidated: invalidation ? { at: invalidation.at, reason: invalidation.reason } : null,
    sample: (await store.head(dataKeys.sampleMarker)) !== undefined,
    issuedAt: options.clock ? options.clock.now().toISOString() : null,
    batch: splitPortalFileName(record.fileName).batch ?? null,
  };
}
