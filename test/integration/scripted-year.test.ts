/**
 * One reporting year run end to end, the way staff and three national contacts live it, on the
 * folder store and on S3 (s3rver on loopback, through the AWS SDK), with real mail through an
 * SMTP server on loopback (smtp-server + mailparser).
 *
 * Each file "arrives" on its scripted day: its modification time is set to that day (the file
 * in the uploads folder; the object's file behind s3rver, which answers it as LastModified),
 * which is what the pipeline reads as the day it was received. The reminder job runs every day of the script at 06:00 UTC, as the
 * daily rule does on AWS. Nothing is mocked: every step is the use case the portal, the ingest
 * and the jobs call.
 *
 *   2014-12-01  staff set the period: opens 2015-01-15, deadline 2015-03-31, closes 2015-04-30
 *   2015-01-05  France uploads too early: refused with the dates, nothing counts; receipt mailed
 *   2015-02-10  France uploads in time: accepted; the receipt carries the file's SHA-256
 *   2015-03-10… Germany and Italy, without an accepted upload, get the 21/7/1-day reminders
 *   2015-04-03  Germany uploads late: accepted, marked late
 *   2015-04-04  staff request a correction from Germany (mailed, and on Germany's page only);
 *               04-06 Germany answers (mailed to staff)
 *   2015-04-08  Germany uploads the corrected file; 04-09 staff accept it (mailed)
 *   2015-04-15  staff publish edition 1
 *   2015-04-20  France sends a correction: "changed since edition 1" on the staff table
 *   2015-04-22  staff invalidate it: France's earlier upload counts again, as in edition 1
 *   2015-05-03  France uploads after closing: refused, nothing changes
 *   Italy never reports: each reminder once, before and after the deadline, until it closes.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../functions/adapters/clock.js';
import { openLocalStores } from '../../functions/adapters/local-stores.js';
import { SmtpMailer } from '../../functions/adapters/mail/smtp.js';
import { S3Store } from '../../functions/adapters/s3-store.js';
import { changedSinceEdition } from '../../functions/app/cycle/changes.js';
import { invalidateUpload } from '../../functions/app/cycle/invalidate.js';
import { setPeriod } from '../../functions/app/cycle/periods.js';
import { readReminders, readReviewLog, readThread } from '../../functions/app/cycle/read.js';
import { remind } from '../../functions/app/cycle/remind.js';
import { setReview } from '../../functions/app/cycle/review.js';
import { postMessage } from '../../functions/app/cycle/thread.js';
import { processUpload, readerOverStore } from '../../functions/app/process-upload.js';
import { encodeJson, readCurrent } from '../../functions/app/submissions-store.js';
import { cycleKeys, type UploaderRecord } from '../../functions/core/cycle/records.js';
import { addDays } from '../../functions/core/cycle/reminders.js';
import { dataKeys, uploadKey } from '../../functions/core/keys.js';
import type { ObjectStore } from '../../functions/core/ports.js';
import { addUser } from '../../functions/portal/local-auth.js';
import { createLocalPortalDeps } from '../../functions/portal/local-deps.js';
import { localDirectory } from '../../functions/portal/local-directory.js';
import { localPublishStarter } from '../../functions/portal/local-use-cases.js';
import { type ReceivedMail, type SmtpCapture, startSmtpCapture } from '../adapters/mail/smtp-capture.js';
import { type S3rverHandle, startS3rver } from '../adapters/s3rver.js';
import { Client } from '../portal/helpers.js';

const YEAR = 2014;
const FROM = 'Alliance reports <reports@example.org>';
const PORTAL = 'http://127.0.0.1:8080';
const fixture = (name: string) => join(import.meta.dirname, '../fixtures/ingest', name);

interface Stores {
  uploads: ObjectStore;
  data: ObjectStore;
  /** Makes the upload at `key` look received at `when`. */
  arrivedAt(key: string, when: Date): Promise<void>;
  close(): Promise<void>;
}

const variants: Array<{ name: string; open: (dir: string) => Promise<Stores> }> = [
  {
    name: 'the folder store',
    open: async (dir) => {
      const { uploads, data } = openLocalStores(dir);
      return {
        uploads,
        data,
        arrivedAt: (key, when) => utimes(join(uploads.root, ...key.split('/')), when, when),
        close: async () => {},
      };
    },
  },
  {
    name: 'S3 (s3rver)',
    open: async () => {
      const s3: S3rverHandle = await startS3rver(['uploads', 'data']);
      return {
        uploads: new S3Store({ bucket: 'uploads', client: s3.client }),
        data: new S3Store({ bucket: 'data', client: s3.client }),
        arrivedAt: (key, when) => s3.setModified('uploads', key, when),
        close: () => s3.close(),
      };
    },
  },
];

describe.each(variants)(
  'a reporting year on $name, scripted from the period to the corrections after edition 1',
  (variant) => {
    let dir: string;
    let stores: Stores;
    let uploads: ObjectStore;
    let data: ObjectStore;
    let smtp: SmtpCapture;
    let mailer: SmtpMailer;
    let good: Buffer;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'scripted-year-'));
      stores = await variant.open(dir);
      ({ uploads, data } = stores);
      smtp = await startSmtpCapture();
      mailer = new SmtpMailer(smtp.url, FROM);
      good = await readFile(fixture('csv-utf8-comma-lf.csv'));
      for (const [email, role, country, lang] of [
        ['fr@example.org', 'contact', 'FR', 'fr'],
        ['de@example.org', 'contact', 'DE', 'de'],
        ['it@example.org', 'contact', 'IT', 'en'],
        ['staff@example.org', 'staff', undefined, undefined],
      ] as const)
        await addUser(dir, {
          email,
          password: 'a long enough password',
          role,
          ...(country ? { country } : {}),
          ...(lang ? { lang } : {}),
        });
    });
    afterAll(async () => {
      mailer.close();
      await smtp.close();
      await stores.close();
      await rm(dir, { recursive: true, force: true });
    });

    /** A file a contact sends on `at` through the portal: the uploader recorded, the file stored, then processed. */
    async function arrives(country: string, at: string, name: string, bytes: Buffer, email: string) {
      const when = new Date(at);
      const batch = `${at.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${createHash('sha256')
        .update(name + at)
        .digest('hex')
        .slice(0, 6)}`;
      const uploader: UploaderRecord = {
        schemaVersion: 1,
        year: YEAR,
        country,
        batch,
        email,
        lang: country === 'FR' ? 'fr' : country === 'DE' ? 'de' : 'en',
        at: when.toISOString(),
      };
      await data.put(cycleKeys.uploader(YEAR, country, batch), encodeJson(uploader), { ifNoneMatch: true });
      const key = uploadKey(YEAR, country, `${batch}-${name}`);
      await uploads.put(key, bytes, { contentType: 'text/csv' });
      // The day it reached the store: what the pipeline reads as "received".
      await stores.arrivedAt(key, when);
      const mailsBefore = smtp.received.length;
      const result = await processUpload(
        { key },
        {
          uploads: readerOverStore(uploads),
          data,
          receipt: { mailer, clock: fixedClock(at), actor: 'system:portal', portalUrl: PORTAL },
        },
      );
      if (result.outcome === 'ignored') throw new Error(`not processed: ${key}`);
      const receipts = smtp.received.slice(mailsBefore).filter((m) => m.rcptTo.includes(email));
      expect(receipts, `one receipt for ${name}`).toHaveLength(1);
      return { result, receipt: receipts[0]!, sha256: createHash('sha256').update(bytes).digest('hex') };
    }

    /** The reminder job of every day from `from` up to the day before `to`, at 06:00 UTC. */
    async function remindDays(from: string, to: string) {
      const directory = localDirectory(dir);
      for (let day = from; day < to; day = addDays(day, 1))
        await remind(data, {
          year: YEAR,
          today: day,
          mailer,
          directory,
          actor: 'system:remind',
          clock: fixedClock(`${day}T06:00:00Z`),
          portalUrl: PORTAL,
        });
    }

    /** The portal at `at`, over the year's stores (on AWS, the same pages read the buckets). */
    async function portalAt(at: string) {
      const deps = await createLocalPortalDeps(dir, { clock: fixedClock(at) });
      deps.uploads = uploads;
      deps.data = data;
      return deps;
    }

    const notify = () => ({ mailer, directory: localDirectory(dir), baseUrl: PORTAL });
    const mailsTo = (email: string, since = 0): ReceivedMail[] =>
      smtp.received.slice(since).filter((m) => m.rcptTo.includes(email));

    it('runs the year: periods, receipts, late, review and messages, reminders, publication, changes, invalidation', async () => {
      // Staff set the year's period.
      const set = await setPeriod(data, {
        year: YEAR,
        opens: '2015-01-15',
        deadline: '2015-03-31',
        closes: '2015-04-30',
        actor: 'staff@example.org',
        at: new Date('2014-12-01T09:00:00Z'),
      });
      expect(set.outcome).toBe('set');
      await remindDays('2014-12-01', '2015-01-05');
      expect(smtp.received).toHaveLength(0);

      // France, too early: refused with the dates and whom to ask; nothing counts; a receipt says so.
      const early = await arrives('FR', '2015-01-05T10:00:00Z', 'indicators.csv', good, 'fr@example.org');
      expect(early.result.outcome).toBe('rejected');
      const earlyRecord = JSON.parse(
        Buffer.from((await data.get(dataKeys.validation(YEAR, 'FR', early.result.uploadId)))!).toString(
          'utf8',
        ),
      );
      expect(earlyRecord.issues.map((i: { code: string }) => i.code)).toEqual(['UPLOAD_NOT_OPEN']);
      expect(earlyRecord.issues[0].message).toContain('15 January 2015');
      expect(earlyRecord.issues[0].hint).toContain('Commission staff');
      expect(await readCurrent(data, YEAR, 'FR')).toEqual({});
      expect(early.receipt.parsed.subject).toMatch(/rejected|refusé|rejeté/i);

      // France in time: accepted, and the receipt carries the file's SHA-256 and links the report.
      await remindDays('2015-01-05', '2015-02-10');
      const fr1 = await arrives('FR', '2015-02-10T10:00:00Z', 'indicators.csv', good, 'fr@example.org');
      expect(fr1.result).toMatchObject({ outcome: 'accepted', country: 'FR' });
      expect(fr1.result.outcome === 'accepted' && fr1.result.late).toBeFalsy();
      expect(fr1.receipt.parsed.text).toContain(fr1.sha256);
      expect(fr1.receipt.parsed.text).toContain(
        `${PORTAL}/country/FR/uploads/${fr1.result.uploadId}?year=${YEAR}`,
      );
      expect(fr1.receipt.parsed.attachments.map((a) => a.filename)).toEqual([
        expect.stringMatching(/^receipt-.+\.txt$/),
      ]);
      expect((await readCurrent(data, YEAR, 'FR')).indicators?.uploadId).toBe(fr1.result.uploadId);

      // Up to the deadline, Germany and Italy (no accepted upload) are reminded; France is not.
      await remindDays('2015-02-10', '2015-04-03');

      // Germany, late: accepted and marked late.
      const de1 = await arrives('DE', '2015-04-03T08:00:00Z', 'indikatoren.csv', good, 'de@example.org');
      expect(de1.result).toMatchObject({ outcome: 'accepted', late: true });

      // Staff ask Germany for a correction: Germany's contact is told, in German.
      let since = smtp.received.length;
      await setReview(
        data,
        {
          countryCode: 'DE',
          year: YEAR,
          state: 'correction-requested',
          message: 'T1.2 seems to count cases twice; please check it and upload again.',
          actor: 'staff@example.org',
          at: '2015-04-04T09:00:00Z',
        },
        notify(),
      );
      const asked = mailsTo('de@example.org', since);
      expect(asked).toHaveLength(1);
      expect(asked[0]!.parsed.text).toContain('T1.2 seems to count cases twice');
      expect(mailsTo('fr@example.org', since)).toHaveLength(0);
      // ...and sees it on its year page; France does not.
      const de = new Client(await portalAt('2015-04-04T10:00:00Z'));
      expect((await de.signIn('de@example.org')).status).toBe(303);
      const dePage = await de.get(`/country/DE?year=${YEAR}&lang=en`);
      expect(dePage.text).toContain('T1.2 seems to count cases twice');
      expect(dePage.text).toContain('Correction requested');
      const fr = new Client(await portalAt('2015-04-04T10:00:00Z'));
      expect((await fr.signIn('fr@example.org')).status).toBe(303);
      expect((await fr.get(`/country/FR?year=${YEAR}&lang=en`)).text).not.toContain('T1.2 seems to count');

      // Germany answers in the thread: staff are told.
      since = smtp.received.length;
      await postMessage(
        data,
        {
          countryCode: 'DE',
          year: YEAR,
          from: 'country',
          actor: 'de@example.org',
          text: 'Corrected: T1.2 now counts each case once. The new file follows.',
          at: '2015-04-06T11:00:00Z',
        },
        notify(),
      );
      const answered = mailsTo('staff@example.org', since);
      expect(answered).toHaveLength(1);
      expect(answered[0]!.parsed.subject).toBe('Germany, 2014: a message from the national contact');

      // The corrected file, then staff accept.
      const corrected = Buffer.from(good.toString('utf8').replace('T1.2,120,', 'T1.2,118,'));
      const de2 = await arrives(
        'DE',
        '2015-04-08T08:00:00Z',
        'indikatoren-korrigiert.csv',
        corrected,
        'de@example.org',
      );
      expect(de2.result).toMatchObject({ outcome: 'accepted', late: true });
      expect((await readCurrent(data, YEAR, 'DE')).indicators?.uploadId).toBe(de2.result.uploadId);
      since = smtp.received.length;
      await setReview(
        data,
        {
          countryCode: 'DE',
          year: YEAR,
          state: 'accepted',
          actor: 'staff@example.org',
          at: '2015-04-09T09:00:00Z',
        },
        notify(),
      );
      expect(mailsTo('de@example.org', since)).toHaveLength(1);
      expect((await readReviewLog(data, YEAR, 'DE')).map((r) => r.state)).toEqual([
        'correction-requested',
        'accepted',
      ]);
      expect((await readThread(data, YEAR, 'DE')).map((m) => m.from)).toEqual(['staff', 'country']);

      // Reminders through the deadline and after: Italy only now (Germany counts since 04-03).
      await remindDays('2015-04-03', '2015-04-15');

      // Edition 1.
      const publisher = localPublishStarter(data, fixedClock('2015-04-15T12:00:00Z'));
      await publisher.start({ year: YEAR, requestedBy: 'staff@example.org' });
      await publisher.idle();
      const afterPublish = await changedSinceEdition(data, YEAR);
      expect(afterPublish).toMatchObject({ edition: 1, changed: [] });
      expect(afterPublish!.missing).toContain('IT');
      expect(afterPublish!.missing).not.toContain('FR');
      expect(afterPublish!.missing).not.toContain('DE');

      // France corrects after edition 1 (late): the staff table says "changed since edition 1".
      await remindDays('2015-04-15', '2015-04-20');
      const frFix = Buffer.from(good.toString('utf8').replace('T1.2,120,', 'T1.2,125,'));
      const fr2 = await arrives('FR', '2015-04-20T10:00:00Z', 'indicators-v2.csv', frFix, 'fr@example.org');
      expect(fr2.result).toMatchObject({ outcome: 'accepted', late: true });
      expect(await changedSinceEdition(data, YEAR)).toMatchObject({ edition: 1, changed: ['FR'] });
      const staff = new Client(await portalAt('2015-04-21T09:00:00Z'));
      expect((await staff.signIn('staff@example.org')).status).toBe(303);
      const table = await staff.get(`/staff?year=${YEAR}&lang=en`);
      expect(table.status).toBe(200);
      const franceRow = table.text.match(
        /<tr[^>]*>(?:(?!<\/tr>)[\s\S])*France(?:(?!<\/tr>)[\s\S])*<\/tr>/,
      )?.[0];
      expect(franceRow).toContain('Changed since edition 1');
      const germanyRow = table.text.match(
        /<tr[^>]*>(?:(?!<\/tr>)[\s\S])*Germany(?:(?!<\/tr>)[\s\S])*<\/tr>/,
      )?.[0];
      expect(germanyRow).not.toContain('Changed since edition 1');

      // Staff invalidate France's correction: the earlier upload counts again, as in edition 1.
      const invalidated = await invalidateUpload(data, {
        countryCode: 'FR',
        year: YEAR,
        uploadId: fr2.result.uploadId,
        reason: 'Sent by mistake: the figures are those of another year.',
        actor: 'staff@example.org',
        at: new Date('2015-04-22T09:00:00Z'),
      });
      expect(invalidated.current.length).toBeGreaterThan(0);
      expect((await readCurrent(data, YEAR, 'FR')).indicators?.uploadId).toBe(fr1.result.uploadId);
      expect(await changedSinceEdition(data, YEAR)).toMatchObject({ edition: 1, changed: [] });

      // After closing: refused, nothing changes.
      await remindDays('2015-04-20', '2015-05-03');
      const late = await arrives('FR', '2015-05-03T10:00:00Z', 'indicators-v3.csv', frFix, 'fr@example.org');
      expect(late.result.outcome).toBe('rejected');
      const closedRecord = JSON.parse(
        Buffer.from((await data.get(dataKeys.validation(YEAR, 'FR', late.result.uploadId)))!).toString(
          'utf8',
        ),
      );
      expect(closedRecord.issues.map((i: { code: string }) => i.code)).toEqual(['UPLOAD_CLOSED']);
      expect((await readCurrent(data, YEAR, 'FR')).indicators?.uploadId).toBe(fr1.result.uploadId);
      await remindDays('2015-05-03', '2015-05-15');

      // Each reminder once: Italy before and after the deadline until it closed; Germany before only.
      const sent = (await readReminders(data, YEAR)).map((r) => `${r.country} ${r.kind} ${r.day}`).sort();
      expect(sent).toEqual([
        'DE before-1 2015-03-30',
        'DE before-21 2015-03-10',
        'DE before-7 2015-03-24',
        'IT after-14 2015-04-14',
        'IT after-21 2015-04-21',
        'IT after-28 2015-04-28',
        'IT after-7 2015-04-07',
        'IT before-1 2015-03-30',
        'IT before-21 2015-03-10',
        'IT before-7 2015-03-24',
      ]);
      expect(mailsTo('it@example.org')).toHaveLength(7);
      // France got its four receipts and nothing else; no mail ever named another member's contact.
      expect(mailsTo('fr@example.org')).toHaveLength(4);
      for (const m of smtp.received) expect(m.rcptTo).toHaveLength(1);
    }, 300_000);
  },
);
