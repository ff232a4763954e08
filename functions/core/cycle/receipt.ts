/**
 * The receipt of a processed upload (issue 13): what was received (reference, file name,
 * SHA-256, size, when), what the check found, and what counts for the report now. One view
 * model feeds the printable page, the downloadable text file and the e-mail, so the three
 * always say the same thing; every word comes from the catalogue in the reader's language.
 *
 * Pure: the app layer (app/cycle/receipt.ts) reads the records and hands the Receipt in.
 */
import { countryNameIn } from '../i18n/issues.js';
import type { Language } from '../i18n/languages.js';
import { formatDay, type MessageKey, type MessageParams, translate } from '../i18n/translate.js';
import type { Table } from '../keys.js';

export type ReceiptOutcome = 'accepted' | 'accepted-with-warnings' | 'rejected';

/** What counts for one table now. */
export interface ReceiptCount {
  table: Table;
  /** The upload that counts for the table, or null when none does yet. */
  upload: { uploadId: string; reference: string; fileName: string; receivedAt: string } | null;
  /** The upload that counts is this receipt's. */
  thisUpload: boolean;
}

export interface Receipt {
  /** Short and stable: `FR-2014-1A2B3C4D` (country, year, the upload id's first eight digits). */
  reference: string;
  uploadId: string;
  country: string;
  year: number;
  /** The name the person gave the file (without the portal's batch prefix). */
  fileName: string;
  /** SHA-256 of the original bytes, as received (hex). */
  sha256: string;
  size: number;
  /** When the file was received (the stored object's time), ISO 8601. */
  receivedAt: string;
  outcome: ReceiptOutcome;
  errors: number;
  warnings: number;
  counts: ReceiptCount[];
  /** Staff invalidated this upload afterwards: it no longer counts. */
  invalidated: { at: string; reason: string } | null;
  /** The store holds the bundled fictitious sample. */
  sample: boolean;
  /** When this receipt was made (what counts is as of then), or null when no clock was given. */
  issuedAt: string | null;
  /** The portal batch the file came in (whose UploaderRecord says who sent it), or null (command line, bucket). */
  batch: string | null;
}

/** The short reference of an upload: `FR-2014-1A2B3C4D`. */
export function receiptReference(country: string, year: number, uploadId: string): string {
  return `${country}-${year}-${uploadId.slice(0, 8).toUpperCase()}`;
}

/** The outcome from the validation record's verdict and counts. */
export function receiptOutcome(accepted: boolean, warnings: number): ReceiptOutcome {
  if (!accepted) return 'rejected';
  return warnings > 0 ? 'accepted-with-warnings' : 'accepted';
}

const PORTAL_BATCH = /^(\d{8}T\d{6}Z-[0-9a-f]{6})-(.+)$/;

/**
 * A portal upload's stored file name is `<batch>-<name>` (the batch is when the form was
 * made and a random part): the batch, if any, and the name the person gave.
 */
export function splitPortalFileName(fileName: string): { batch: string | undefined; name: string } {
  const match = fileName.match(PORTAL_BATCH);
  return match ? { batch: match[1]!, name: match[2]! } : { batch: undefined, name: fileName };
}

/** The downloadable file's name: `receipt-FR-2014-1A2B3C4D.txt`. */
export function receiptFileName(receipt: Receipt): string {
  return `receipt-${receipt.reference}.txt`;
}

/** One labelled line of a receipt. */
export interface ReceiptField {
  label: string;
  value: string;
  /** A value to show as code (the SHA-256, the identifier). */
  code?: boolean;
}

/** The receipt in words, in one language: what the page, the text file and the e-mail show. */
export interface ReceiptView {
  title: string;
  /** The sample-data mark, when the store is the fictitious sample. */
  sampleNote: string | undefined;
  fields: ReceiptField[];
  countsHeading: string;
  counts: ReceiptField[];
  /** What the outcome means for the report (a rejected upload does not count). */
  note: string | undefined;
  footer: string;
}

/** An instant as "3 March 2025, 10:15 UTC" in the language. */
export function formatInstant(lang: Language, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hh = String(date.getUTCHours()).padStart(2, '0');
  const mm = String(date.getUTCMinutes()).padStart(2, '0');
  return translate(lang, 'portal.dateTime', {
    date: formatDay(lang, date.toISOString().slice(0, 10)),
    time: `${hh}:${mm}`,
  });
}

/** The outcome in words: "Accepted, with 2 warnings", "Rejected: 3 errors and 1 warning". */
export function outcomeText(receipt: Receipt, lang: Language): string {
  const t = (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
  if (receipt.outcome === 'accepted') return t('receipt.outcome.accepted');
  if (receipt.outcome === 'accepted-with-warnings')
    return t('receipt.outcome.acceptedWithWarnings', { warnings: receipt.warnings });
  return receipt.warnings > 0
    ? t('receipt.outcome.rejectedWithWarnings', { errors: receipt.errors, warnings: receipt.warnings })
    : t('receipt.outcome.rejected', { errors: receipt.errors });
}

/** The receipt's view model in `lang`. */
export function receiptView(receipt: Receipt, lang: Language): ReceiptView {
  const t = (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
  const fields: ReceiptField[] = [
    { label: t('receipt.reference'), value: receipt.reference },
    { label: t('receipt.country'), value: countryNameIn(lang, receipt.country) },
    { label: t('receipt.year'), value: String(receipt.year) },
    { label: t('receipt.file'), value: receipt.fileName },
    { label: t('receipt.size'), value: t('receipt.sizeBytes', { bytes: receipt.size }) },
    { label: t('receipt.sha256'), value: receipt.sha256, code: true },
    { label: t('receipt.receivedAt'), value: formatInstant(lang, receipt.receivedAt) },
    { label: t('receipt.outcome'), value: outcomeText(receipt, lang) },
  ];
  if (receipt.invalidated)
    fields.push({
      label: t('receipt.invalidated'),
      value: t('receipt.invalidatedText', {
        date: formatInstant(lang, receipt.invalidated.at),
        reason: receipt.invalidated.reason,
      }),
    });
  fields.push({ label: t('receipt.uploadId'), value: receipt.uploadId, code: true });
  if (receipt.issuedAt)
    fields.push({ label: t('receipt.issuedAt'), value: formatInstant(lang, receipt.issuedAt) });

  const counts = receipt.counts.map((c) => ({
    label: t(c.table === 'indicators' ? 'term.table.indicators' : 'term.table.actions'),
    value: !c.upload
      ? t('receipt.countsNone')
      : c.thisUpload
        ? t('receipt.countsThis')
        : t('receipt.countsOther', {
            file: c.upload.fileName,
            date: formatInstant(lang, c.upload.receivedAt),
            reference: c.upload.reference,
          }),
  }));

  let note: string | undefined;
  if (receipt.invalidated) note = t('receipt.noteInvalidated');
  else if (receipt.outcome === 'rejected') note = t('receipt.noteRejected');
  else if (!receipt.counts.some((c) => c.thisUpload)) note = t('receipt.noteSuperseded');

  return {
    title: t('receipt.title'),
    sampleNote: receipt.sample ? t('receipt.sample') : undefined,
    fields,
    countsHeading: t('receipt.countsHeading', { year: receipt.year }),
    counts,
    note,
    footer: t('receipt.footer'),
  };
}

/** The receipt as plain text: the downloadable file and the e-mail body. */
export function renderReceiptText(receipt: Receipt, lang: Language): string {
  const view = receiptView(receipt, lang);
  const lines: string[] = [view.title, '='.repeat(view.title.length), ''];
  if (view.sampleNote) lines.push(`*** ${view.sampleNote} ***`, '');
  lines.push(...aligned(view.fields, lang), '', view.countsHeading, '-'.repeat(view.countsHeading.length));
  lines.push(...aligned(view.counts, lang));
  if (view.note) lines.push('', view.note);
  lines.push('', view.footer, '');
  return lines.join('\n');
}

/** `Label:  value` lines, the values lined up (French puts a space before the colon). */
function aligned(fields: readonly ReceiptField[], lang: Language): string[] {
  const labels = fields.map((f) => translate(lang, 'receipt.label', { label: f.label }));
  const width = Math.max(0, ...labels.map((l) => [...l].length));
  return fields.map((f, i) => `${labels[i]}${' '.repeat(width - [...labels[i]!].length + 1)}${f.value}`);
}

/** The receipt e-mail's subject: the reference, the file name and the outcome (sample-marked when so). */
export function receiptSubject(receipt: Receipt, lang: Language): string {
  const key: MessageKey =
    receipt.outcome === 'accepted'
      ? 'receipt.subject.accepted'
      : receipt.outcome === 'accepted-with-warnings'
        ? 'receipt.subject.acceptedWithWarnings'
        : 'receipt.subject.rejected';
  const subject = translate(lang, key, { reference: receipt.reference, file: receipt.fileName });
  return receipt.sample ? translate(lang, 'receipt.subject.sample', { subject }) : subject;
}

/** The receipt e-mail's body: a short introduction, the receipt, and the link to the portal when known. */
export function renderReceiptMail(receipt: Receipt, lang: Language, portalUrl?: string): string {
  const intro = translate(lang, 'receipt.mail.intro', {
    country: countryNameIn(lang, receipt.country),
    year: receipt.year,
  });
  const parts = [intro, '', renderReceiptText(receipt, lang)];
  if (portalUrl) parts.push(translate(lang, 'receipt.mail.link', { url: portalUrl }), '');
  return parts.join('\n');
}
