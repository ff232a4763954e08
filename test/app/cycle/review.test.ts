/**
 * Staff's review and the message thread on the folder store: what is stored, what is
 * refused (nothing stored then), that nothing is rewritten, and who is told by e-mail.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { FolderStore } from '../../../functions/adapters/folder-store.js';
import { readReview, readReviewLog, readThread } from '../../../functions/app/cycle/read.js';
import { setReview } from '../../../functions/app/cycle/review.js';
import { postMessage } from '../../../functions/app/cycle/thread.js';
import { readerOverStore, storeUpload } from '../../../functions/app/store-upload.js';
import { ReviewInputError } from '../../../functions/core/cycle/review.js';
import { FixedDirectory, people, RecordingMailer } from '../../helpers/recording-mail.js';

const YEAR = 2014;
const AT = new Date('2015-03-02T09:30:00Z');
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

let dir: string;
let uploads: FolderStore;
let data: FolderStore;
let mailer: RecordingMailer;
let directory: FixedDirectory;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'review-'));
  dirs.push(dir);
  uploads = new FolderStore(join(dir, 'uploads'));
  data = new FolderStore(join(dir, 'data'));
  mailer = new RecordingMailer();
  directory = new FixedDirectory();
});

async function acceptedUpload(country: string): Promise<string> {
  const key = `${YEAR}/${country}/20150301T100000Z-abcdef-report.csv`;
  await uploads.put(key, new TextEncoder().encode('Indicator,Value\r\nT1.2,100\r\nT2.3,80\r\nT2.4,65\r\n'));
  const result = await storeUpload({ key }, { uploads: readerOverStore(uploads), data });
  if (result.outcome !== 'accepted') throw new Error(`seed upload not accepted: ${result.outcome}`);
  return result.uploadId;
}

async function refusal(run: Promise<unknown>): Promise<ReviewInputError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReviewInputError);
  return error as ReviewInputError;
}

async function filesUnder(sub: string): Promise<string[]> {
  return readdir(join(dir, 'data', sub)).catch(() => []);
}

describe('setReview', () => {
  it('refuses a correction request without a message, and stores nothing', async () => {
    const error = await refusal(
      setReview(data, {
        countryCode: 'DE',
        year: YEAR,
        state: 'correction-requested',
        message: '  \r\n ',
        actor: 'staff@example.org',
        at: AT,
      }),
    );
    expect(error.code).toBe('REVIEW_MESSAGE_REQUIRED');
    expect(error.field).toBe('message');
    expect(error.textIn('de', () => 'Deutschland')).toBe(
      'Schreiben Sie eine Nachricht, was Deutschland korrigieren soll: Sie wird mit der Anfrage verschickt.',
    );
    expect(await readReviewLog(data, YEAR, 'DE')).toEqual([]);
    expect(await readThread(data, YEAR, 'DE')).toEqual([]);
  });

  it('refuses to accept a country that has no accepted upload for the year', async () => {
    const error = await refusal(
      setReview(data, {
        countryCode: 'DE',
        year: YEAR,
        state: 'accepted',
        actor: 'staff@example.org',
        at: AT,
      }),
    );
    expect(error.code).toBe('REVIEW_NOTHING_TO_ACCEPT');
    expect(error.message).toContain('DE has no accepted upload for 2014');
    expect(await filesUnder(`control/${YEAR}/DE/review`)).toEqual([]);
  });

  it('refuses a message longer than 5000 characters, saying how long it is', async () => {
    await acceptedUpload('FR');
    const error = await refusal(
      setReview(data, {
        countryCode: 'FR',
        year: YEAR,
        state: 'accepted',
        message: 'x'.repeat(5001),
        actor: 'staff@example.org',
        at: AT,
      }),
    );
    expect(error.code).toBe('MESSAGE_TOO_LONG');
    expect(error.textIn('fr')).toContain('5\u202f001 caractères');
    expect(await readReviewLog(data, YEAR, 'FR')).toEqual([]);
  });

  it('refuses a state that is neither of the two and a code that is not a member', async () => {
    expect(
      (
        await refusal(
          setReview(data, { countryCode: 'FR', year: YEAR, state: 'approved' as never, actor: 's', at: AT }),
        )
      ).code,
    ).toBe('REVIEW_STATE_UNKNOWN');
    expect(
      (
        await refusal(
          setReview(data, { countryCode: 'XX', year: YEAR, state: 'accepted', actor: 's', at: AT }),
        )
      ).code,
    ).toBe('COUNTRY_UNKNOWN');
  });

  it('accepts the submission that counts, naming its upload and who did it', async () => {
    const uploadId = await acceptedUpload('FR');
    const { review, message } = await setReview(data, {
      countryCode: 'FR',
      year: YEAR,
      state: 'accepted',
      actor: 'staff@example.org',
      at: AT,
    });
    expect(review).toEqual({
      schemaVersion: 1,
      year: YEAR,
      country: 'FR',
      seq: 1,
      state: 'accepted',
      message: '',
      uploadId,
      by: 'staff@example.org',
      at: '2015-03-02T09:30:00.000Z',
    });
    expect(message).toBeUndefined();
    expect(await readReview(data, YEAR, 'FR')).toEqual(review);
    expect(
      JSON.parse(await readFile(join(dir, 'data', `control/${YEAR}/FR/review/000001.json`), 'utf8')),
    ).toEqual(review);
    expect(await readThread(data, YEAR, 'FR')).toEqual([]);
  });

  it('keeps every decision: a later one is a new record, the latest is the state', async () => {
    await acceptedUpload('DE');
    await setReview(data, {
      countryCode: 'DE',
      year: YEAR,
      state: 'correction-requested',
      message: 'Table T2: the total is missing.\r\nPlease add it.',
      actor: 'staff@example.org',
      at: AT,
    });
    const first = await readFile(join(dir, 'data', `control/${YEAR}/DE/review/000001.json`), 'utf8');
    await setReview(data, {
      countryCode: 'DE',
      year: YEAR,
      state: 'accepted',
      actor: 'other-staff@example.org',
      at: new Date('2015-03-09T08:00:00Z'),
    });

    const log = await readReviewLog(data, YEAR, 'DE');
    expect(log.map((r) => [r.seq, r.state, r.by])).toEqual([
      [1, 'correction-requested', 'staff@example.org'],
      [2, 'accepted', 'other-staff@example.org'],
    ]);
    expect((await readReview(data, YEAR, 'DE'))?.state).toBe('accepted');
    // The first record is untouched.
    expect(await readFile(join(dir, 'data', `control/${YEAR}/DE/review/000001.json`), 'utf8')).toBe(first);
    // The message went into the thread as staff's, line ends made \n.
    const thread = await readThread(data, YEAR, 'DE');
    expect(thread).toHaveLength(1);
    expect(thread[0]).toMatchObject({
      seq: 1,
      from: 'staff',
      by: 'staff@example.org',
      text: 'Table T2: the total is missing.\nPlease add it.',
    });
  });

  it('tells each contact of the country, in their language, with the message and a link', async () => {
    await acceptedUpload('FR');
    const { notified } = await setReview(
      data,
      {
        countryCode: 'FR',
        year: YEAR,
        state: 'correction-requested',
        message: 'Le tableau T2 est incomplet.',
        actor: 'staff@example.org',
        at: AT,
      },
      { mailer, directory, baseUrl: 'https://portal.example.org/' },
    );
    expect(notified).toEqual({ sent: 2, failed: 0, skipped: null });
    expect(directory.asked).toEqual(['FR']);
    expect(mailer.sent.map((m) => m.to)).toEqual([
      ['marie@interieur.example.fr'],
      ['jonas@interieur.example.fr'],
    ]);
    const [fr, de] = mailer.sent;
    expect(fr?.subject).toBe('France, 2014 : correction demandée');
    expect(fr?.text).toContain('> Le tableau T2 est incomplet.');
    expect(fr?.text).toContain('https://portal.example.org/country/FR?year=2014#thread');
    expect(de?.subject).toBe('Frankreich, 2014: Korrektur erbeten');
    expect(de?.text).toContain('Die Nachricht der Kommission:');
    // A country's e-mail names no staff member and no other country.
    for (const m of mailer.sent) {
      expect(m.text).not.toContain('staff@example.org');
      expect(m.text).not.toMatch(/Deutschland|Germany|Allemagne/);
      expect(m.subject).not.toMatch(/fictitious|fictives|Fiktive/i);
    }
  });
});

describe('postMessage', () => {
  it('appends the country’s message and tells the staff, naming the contact to them', async () => {
    const { message, notified } = await postMessage(
      data,
      {
        countryCode: 'DE',
        year: YEAR,
        from: 'country',
        actor: 'de@example.org',
        text: 'Wir laden heute eine korrigierte Datei hoch.',
        at: AT,
      },
      { mailer, directory },
    );
    expect(message).toMatchObject({
      seq: 1,
      country: 'DE',
      from: 'country',
      by: 'de@example.org',
      uploadId: null,
    });
    expect(notified.sent).toBe(1);
    expect(directory.asked).toEqual(['staff']);
    const [mail] = mailer.sent;
    expect(mail?.to).toEqual([people.staff[0]?.email]);
    expect(mail?.subject).toBe('Germany, 2014: a message from the national contact');
    expect(mail?.text).toContain('de@example.org (Germany) has written about the 2014 report:');
    expect(mail?.text).toContain('> Wir laden heute eine korrigierte Datei hoch.');
    // Without a portal address the e-mail says where to look instead of giving a link.
    expect(mail?.text).toContain('on the page of Germany for 2014');
  });

  it('staff’s message goes to the country’s contacts only', async () => {
    await postMessage(
      data,
      {
        countryCode: 'DE',
        year: YEAR,
        from: 'staff',
        actor: 'staff@example.org',
        text: 'Thank you.',
        at: AT,
      },
      { mailer, directory },
    );
    expect(mailer.sent.map((m) => m.to[0])).toEqual(['anna@bmi.example.de']);
    expect(mailer.sent[0]?.subject).toBe('Deutschland, 2014: eine Nachricht der Kommission');
  });

  it('refuses an empty or too long message and stores nothing', async () => {
    expect(
      (
        await refusal(
          postMessage(data, {
            countryCode: 'FR',
            year: YEAR,
            from: 'country',
            actor: 'fr@example.org',
            text: ' \n ',
            at: AT,
          }),
        )
      ).code,
    ).toBe('MESSAGE_EMPTY');
    expect(
      (
        await refusal(
          postMessage(data, {
            countryCode: 'FR',
            year: YEAR,
            from: 'country',
            actor: 'fr@example.org',
            text: 'é'.repeat(5001),
            at: AT,
          }),
        )
      ).code,
    ).toBe('MESSAGE_TOO_LONG');
    expect(await filesUnder(`control/${YEAR}/FR/messages`)).toEqual([]);
    expect(mailer.sent).toEqual([]);
  });

  it('keeps the upload a message is about, and refuses one that is not the country’s', async () => {
    const frUpload = await acceptedUpload('FR');
    const { message } = await postMessage(data, {
      countryCode: 'FR',
      year: YEAR,
      from: 'country',
      actor: 'fr@example.org',
      text: 'Voici notre envoi.',
      uploadId: frUpload,
      at: AT,
    });
    expect(message.uploadId).toBe(frUpload);
    // The same id is not an upload of DE, nor of FR another year.
    for (const [countryCode, year] of [
      ['DE', YEAR],
      ['FR', YEAR + 1],
    ] as const) {
      const error = await refusal(
        postMessage(data, {
          countryCode,
          year,
          from: 'country',
          actor: 'x@example.org',
          text: 'Hallo.',
          uploadId: frUpload,
          at: AT,
        }),
      );
      expect(error.code).toBe('UPLOAD_UNKNOWN');
      expect(error.field).toBe('upload');
    }
    expect(
      (
        await refusal(
          postMessage(data, {
            countryCode: 'FR',
            year: YEAR,
            from: 'country',
            actor: 'x',
            text: 'a',
            uploadId: '../../DE',
            at: AT,
          }),
        )
      ).code,
    ).toBe('UPLOAD_UNKNOWN');
    expect(await readThread(data, YEAR, 'DE')).toEqual([]);
    expect(await readThread(data, YEAR, 'FR')).toHaveLength(1);
  });

  it('gives two messages written at the same moment two numbers, losing neither', async () => {
    const write = (n: number) =>
      postMessage(data, {
        countryCode: 'FR',
        year: YEAR,
        from: n % 2 ? 'staff' : 'country',
        actor: `p${n}@example.org`,
        text: `message ${n}`,
        at: AT,
      });
    await Promise.all([1, 2, 3, 4].map(write));
    const thread = await readThread(data, YEAR, 'FR');
    expect(thread.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(thread.map((m) => m.text).sort()).toEqual(['message 1', 'message 2', 'message 3', 'message 4']);
  });

  it('keeps the message when the mail fails, and says so', async () => {
    mailer.failFor.add('marie@interieur.example.fr');
    const logged: string[] = [];
    const { notified } = await postMessage(
      data,
      {
        countryCode: 'FR',
        year: YEAR,
        from: 'staff',
        actor: 'staff@example.org',
        text: 'Please check T1.2.',
        at: AT,
      },
      { mailer, directory, log: { info: () => {}, error: (m) => logged.push(m) } },
    );
    expect(notified).toEqual({ sent: 1, failed: 1, skipped: null });
    expect(logged).toEqual(['A notification could not be sent; the record is kept']);
    expect((await readThread(data, YEAR, 'FR')).map((m) => m.text)).toEqual(['Please check T1.2.']);
  });

  it('keeps the message when the directory cannot be read', async () => {
    const broken = {
      contacts: () => Promise.reject(new Error('Cognito unavailable')),
      staff: () => Promise.reject(new Error('Cognito unavailable')),
    };
    const { notified } = await postMessage(
      data,
      { countryCode: 'FR', year: YEAR, from: 'country', actor: 'fr@example.org', text: 'Bonjour.', at: AT },
      { mailer, directory: broken },
    );
    expect(notified.skipped).toBe('directory-failed');
    expect(await readThread(data, YEAR, 'FR')).toHaveLength(1);
  });

  it('sends nothing, and stores the message, when no mailer is configured', async () => {
    const infos: string[] = [];
    const { notified } = await postMessage(
      data,
      { countryCode: 'FR', year: YEAR, from: 'country', actor: 'fr@example.org', text: 'Bonjour.', at: AT },
      { directory, log: { info: (m) => infos.push(m), error: () => {} } },
    );
    expect(notified).toEqual({ sent: 0, failed: 0, skipped: 'not-configured' });
    expect(infos).toEqual(['No mailer or directory configured: nobody is notified']);
    expect(directory.asked).toEqual([]);
    expect(await readThread(data, YEAR, 'FR')).toHaveLength(1);
  });

  it('marks every e-mail from the sample store as fictitious, in the reader’s language', async () => {
    await data.put('control/fictitious-sample-data', new TextEncoder().encode('fictitious sample data\n'));
    await postMessage(
      data,
      { countryCode: 'FR', year: YEAR, from: 'staff', actor: 'staff@example.org', text: 'Merci.', at: AT },
      { mailer, directory },
    );
    const [fr, de] = mailer.sent;
    expect(fr?.subject).toBe('[Données d’exemple fictives] France, 2014 : un message de la Commission');
    expect(fr?.text.startsWith('Données d’exemple fictives : ')).toBe(true);
    expect(de?.subject.startsWith('[Fiktive Beispieldaten] ')).toBe(true);
  });
});
