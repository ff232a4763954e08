/**
 * The reporting cycle's records (issue 13), one schema each, parsed (zod) whenever read:
 *
 * data bucket / store `data/`
 *   control/<year>/period.json                         Period: opens, deadline, closes (staff set it; ifMatch on change)
 *   control/<year>/<CC>/review/<nnnnnn>.json            ReviewEvent: "accepted by the Commission" / "correction requested"
 *   control/<year>/<CC>/messages/<nnnnnn>.json          ThreadMessage: one thread per country and year, both ways
 *   control/<year>/<CC>/reminders/<kind>.json           ReminderRecord: a reminder sent (written with ifNoneMatch: once)
 *   control/<year>/<CC>/uploaders/<batch>.json          UploaderRecord: who sent the upload of a portal batch (for the receipt e-mail)
 *   uploads/<year>/<CC>/<uploadId>/invalidation.json   Invalidation: staff invalidated an accepted upload (ifNoneMatch)
 *   uploads/<year>/<CC>/<uploadId>/receipt-mail.json   ReceiptMailRecord: the receipt e-mail went to the uploader (ifNoneMatch: once)
 *   control/<year>/revalidations/<stamp>.json          RevalidationRecord: a re-validation applied, what changed
 *
 * Nothing here is ever deleted. Numbered records (`<nnnnnn>`, from 000001) are written with
 * ifNoneMatch, so two writers cannot take the same number: the loser reads again and takes
 * the next (appendNumbered in app/cycle/append.ts). Every record says who wrote it and when.
 *
 * These records carry contacts' e-mail addresses (personal data): they are shown to staff
 * only, never printed in a report or the open data, and a contact sees only their country's.
 */
import * as z from 'zod';

/** A calendar date `YYYY-MM-DD` (the day, in UTC, as staff type it). */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** An instant, ISO 8601 with time zone (`toISOString()`). */
export const instantSchema = z.string().datetime({ offset: true });

/** Who did it: the signed-in person's e-mail, or `cli:<user>` / `system:<job>` off the portal. */
export const actorSchema = z.string().min(1).max(320);

export const periodSchema = z.object({
  schemaVersion: z.literal(1),
  year: z.number().int(),
  /** First day uploads are taken. */
  opens: isoDateSchema,
  /** Last day an upload is on time (inclusive); after it, accepted and marked late. */
  deadline: isoDateSchema,
  /** Last day uploads are taken (inclusive). opens <= deadline <= closes. */
  closes: isoDateSchema,
  setBy: actorSchema,
  setAt: instantSchema,
  /** Earlier settings of the same year, oldest first (a change keeps what it replaced). */
  history: z
    .array(
      z.object({
        opens: isoDateSchema,
        deadline: isoDateSchema,
        closes: isoDateSchema,
        setBy: actorSchema,
        setAt: instantSchema,
      }),
    )
    .default([]),
});
export type Period = z.infer<typeof periodSchema>;

export const reviewStates = ['accepted', 'correction-requested'] as const;
export type ReviewState = (typeof reviewStates)[number];

export const reviewEventSchema = z.object({
  schemaVersion: z.literal(1),
  year: z.number().int(),
  country: z.string().regex(/^[A-Z]{2}$/),
  /** The record's number in the country's review log (1, 2, ...): the highest is the state. */
  seq: z.number().int().positive(),
  state: z.enum(reviewStates),
  /** Staff's message to the country (required for a correction request). */
  message: z.string().max(5000),
  /** The upload that counted when staff reviewed (its uploadId), if any. */
  uploadId: z.string().nullable(),
  by: actorSchema,
  at: instantSchema,
});
export type ReviewEvent = z.infer<typeof reviewEventSchema>;

export const threadMessageSchema = z.object({
  schemaVersion: z.literal(1),
  year: z.number().int(),
  country: z.string().regex(/^[A-Z]{2}$/),
  seq: z.number().int().positive(),
  /** Which side wrote it. */
  from: z.enum(['country', 'staff']),
  by: actorSchema,
  at: instantSchema,
  text: z.string().min(1).max(5000),
  /** The upload the message is about, if any. */
  uploadId: z.string().nullable(),
});
export type ThreadMessage = z.infer<typeof threadMessageSchema>;

/** Reminder kinds: `before-21`, `before-7`, `before-1` (days before the deadline), `after-7`, `after-14`, ... (days after). */
export const reminderKindSchema = z.string().regex(/^(before|after)-\d{1,3}$/);

export const reminderRecordSchema = z.object({
  schemaVersion: z.literal(1),
  year: z.number().int(),
  country: z.string().regex(/^[A-Z]{2}$/),
  kind: reminderKindSchema,
  /** The day the reminder was due and sent for (YYYY-MM-DD). */
  day: isoDateSchema,
  sentAt: instantSchema,
  /** Addresses it went to (personal data: staff only). */
  to: z.array(z.string()),
  /** The mail's Message-ID as the transport gave it, when it gave one. */
  messageId: z.string().nullable(),
  by: actorSchema,
});
export type ReminderRecord = z.infer<typeof reminderRecordSchema>;

export const uploaderRecordSchema = z.object({
  schemaVersion: z.literal(1),
  year: z.number().int(),
  country: z.string().regex(/^[A-Z]{2}$/),
  batch: z.string(),
  email: z.string(),
  /** The portal language the contact used: the receipt e-mail is in it. */
  lang: z.enum(['en', 'fr', 'de', 'es']),
  at: instantSchema,
});
export type UploaderRecord = z.infer<typeof uploaderRecordSchema>;

/**
 * The receipt e-mail of an upload was sent (written after sending, with ifNoneMatch): a
 * repeated delivery of the upload's event, or a second run, sends nothing new. Kept beside
 * the upload's validation record, where the ingest already writes.
 */
export const receiptMailRecordSchema = z.object({
  schemaVersion: z.literal(1),
  year: z.number().int(),
  country: z.string().regex(/^[A-Z]{2}$/),
  uploadId: z.string(),
  /** Addresses it went to (personal data: staff only). */
  to: z.array(z.string()),
  lang: z.enum(['en', 'fr', 'de', 'es']),
  sentAt: instantSchema,
  /** The mail's Message-ID as the transport gave it, when it gave one. */
  messageId: z.string().nullable(),
  by: actorSchema,
});
export type ReceiptMailRecord = z.infer<typeof receiptMailRecordSchema>;

export const invalidationSchema = z.object({
  schemaVersion: z.literal(1),
  year: z.number().int(),
  country: z.string().regex(/^[A-Z]{2}$/),
  uploadId: z.string(),
  reason: z.string().min(1).max(2000),
  by: actorSchema,
  at: instantSchema,
  /** Set when a re-validation wrote it (the upload fails the current rules): that record's stamp. */
  revalidation: z.string().optional(),
});
export type Invalidation = z.infer<typeof invalidationSchema>;

/** An upload's outcome as the portal names it: accepted, accepted with warnings, or rejected. */
export const uploadOutcomes = ['accepted', 'accepted-with-warnings', 'rejected'] as const;
export type UploadOutcome = (typeof uploadOutcomes)[number];

/**
 * What a re-validation did to one upload: `stopped-counting` (it passed before, fails now:
 * invalidated, the pointers moved), `passes-now` (it failed before, passes now: recorded
 * only, it does not start counting; the country uploads again), `unchanged` (same outcome,
 * maybe other counts), `already-invalidated`, `original-missing` (the file is not in the
 * uploads store: nothing could be checked).
 */
export const revalidationActions = [
  'unchanged',
  'stopped-counting',
  'passes-now',
  'already-invalidated',
  'original-missing',
] as const;
export type RevalidationAction = (typeof revalidationActions)[number];

export const revalidationRecordSchema = z.object({
  schemaVersion: z.literal(1),
  year: z.number().int(),
  /** The record's name under control/<year>/revalidations/ (`YYYYMMDDTHHMMSSZ-<hex>`). */
  stamp: z.string().regex(/^\d{8}T\d{6}Z-[0-9a-f]{6}$/),
  by: actorSchema,
  at: instantSchema,
  uploads: z.array(
    z.object({
      uploadId: z.string(),
      country: z.string().regex(/^[A-Z]{2}$/),
      fileName: z.string(),
      before: z.enum(uploadOutcomes),
      /** Null when the original could not be read. */
      after: z.enum(uploadOutcomes).nullable(),
      errorsBefore: z.number().int().nonnegative(),
      warningsBefore: z.number().int().nonnegative(),
      errorsAfter: z.number().int().nonnegative().nullable(),
      warningsAfter: z.number().int().nonnegative().nullable(),
      /** Issue codes found now and not before, and before and not now. */
      codesAdded: z.array(z.string()),
      codesRemoved: z.array(z.string()),
      action: z.enum(revalidationActions),
    }),
  ),
  /** The pointers it moved: per country and table, the upload that counted before and after (null: none). */
  current: z.array(
    z.object({
      country: z.string().regex(/^[A-Z]{2}$/),
      table: z.enum(['indicators', 'actions']),
      from: z.string().nullable(),
      to: z.string().nullable(),
    }),
  ),
});
export type RevalidationRecord = z.infer<typeof revalidationRecordSchema>;

/** The keys of the records above (data store). Numbers are zero-padded to six digits, so key order is number order. */
export const cycleKeys = {
  period: (year: number) => `control/${year}/period.json`,
  reviewPrefix: (year: number, country: string) => `control/${year}/${country}/review/`,
  review: (year: number, country: string, seq: number) =>
    `control/${year}/${country}/review/${String(seq).padStart(6, '0')}.json`,
  messagesPrefix: (year: number, country: string) => `control/${year}/${country}/messages/`,
  message: (year: number, country: string, seq: number) =>
    `control/${year}/${country}/messages/${String(seq).padStart(6, '0')}.json`,
  remindersPrefix: (year: number, country?: string) =>
    country ? `control/${year}/${country}/reminders/` : `control/${year}/`,
  reminder: (year: number, country: string, kind: string) =>
    `control/${year}/${country}/reminders/${kind}.json`,
  uploader: (year: number, country: string, batch: string) =>
    `control/${year}/${country}/uploaders/${batch}.json`,
  invalidation: (year: number, country: string, uploadId: string) =>
    `uploads/${year}/${country}/${uploadId}/invalidation.json`,
  receiptMail: (year: number, country: string, uploadId: string) =>
    `uploads/${year}/${country}/${uploadId}/receipt-mail.json`,
  /** A used one-time form token (review and message forms), written create-only. */
  formToken: (year: number, country: string, nonce: string) =>
    `control/${year}/${country}/form-tokens/${nonce}.json`,
  revalidationsPrefix: (year: number) => `control/${year}/revalidations/`,
  revalidation: (year: number, stamp: string) => `control/${year}/revalidations/${stamp}.json`,
};
