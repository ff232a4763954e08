/**
 * Review and messages through the portal (handlePortalRequest on the folder store): staff
 * request a correction, the country sees it on its year page and answers, staff accept;
 * each side is told by e-mail (a recording mailer); a refused form shows the page again
 * with the problem and what was typed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readReviewLog, readThread } from '../../functions/app/cycle/read.js';
import { readerOverStore, storeUpload } from '../../functions/app/store-upload.js';
import type { PortalDeps } from '../../functions/portal/types.js';
import { FixedDirectory, RecordingMailer } from '../helpers/recording-mail.js';
import { Client, makePortal } from './helpers.js';

const YEAR = 2014;
const NOW = new Date('2015-03-02T09:30:00Z');

let deps: PortalDeps;
let mailer: RecordingMailer;
let staff: Client;
let de: Client;

async function acceptedUpload(country: string): Promise<void> {
  const key = `${YEAR}/${country}/20150301T100000Z-abcdef-report.csv`;
  await deps.uploads.put(
    key,
    new TextEncoder().encode('Indicator,Value\r\nT1.2,100\r\nT2.3,80\r\nT2.4,65\r\n'),
  );
  const result = await storeUpload({ key }, { uploads: readerOverStore(deps.uploads), data: deps.data });
  expect(result.outcome).toBe('accepted');
}

beforeEach(async () => {
  ({ deps } = await makePortal({ clock: { now: () => NOW } }));
  mailer = new RecordingMailer();
  deps.mailer = mailer;
  deps.directory = new FixedDirectory();
  deps.publicUrl = 'https://portal.example.org';
  staff = new Client(deps);
  de = new Client(deps);
  expect((await staff.signIn('staff@example.org')).status).toBe(303);
  expect((await de.signIn('de@example.org')).status).toBe(303);
});

const page = (c: Client, cc: string) => c.get(`/country/${cc}?year=${YEAR}`);
const post = async (c: Client, path: string, fields: Record<string, string>) =>
  c.request('POST', `${path}?year=${YEAR}`, {
    csrf: await c.csrfFrom(`/country/${path.split('/')[2]}?year=${YEAR}`),
    ...fields,
  });

describe('review and messages in the portal', () => {
  it('runs a correction round: request, answer, accept, each side told', async () => {
    await acceptedUpload('DE');
    expect((await page(de, 'DE')).text).toContain('The Commission has not reviewed the 2014 report yet.');

    const requested = await post(staff, '/country/DE/review', {
      state: 'correction-requested',
      message: 'Table T2: the total <b>is</b> missing.\r\nPlease add it.',
    });
    expect(requested.status).toBe(303);
    expect(requested.headers.location).toBe(`/country/DE?year=${YEAR}#thread`);
    expect((await readReviewLog(deps.data, YEAR, 'DE')).map((r) => [r.state, r.by])).toEqual([
      ['correction-requested', 'staff@example.org'],
    ]);

    // DE's contact reads it on the year page: the state, the message (escaped, its lines kept), from "Commission staff".
    const seen = (await page(de, 'DE')).text;
    expect(seen).toContain('Review: Correction requested, 2 March 2015, 09:30 UTC.');
    expect(seen).toContain('Table T2: the total &lt;b&gt;is&lt;/b&gt; missing.<br>Please add it.');
    expect(seen).toContain('<strong>Commission staff</strong>');
    expect(seen).not.toContain('staff@example.org');
    expect(seen).not.toContain('action="/country/DE/review');
    expect(seen).toContain('Write to the Commission');

    // And by e-mail, in German, with the link to the page.
    expect(mailer.to('anna@bmi.example.de').map((m) => m.subject)).toEqual([
      'Deutschland, 2014: Korrektur erbeten',
    ]);
    expect(mailer.sent[0]?.text).toContain('https://portal.example.org/country/DE?year=2014#thread');

    const answered = await post(de, '/country/DE/messages', { text: 'Wir korrigieren die Tabelle T2.' });
    expect(answered.status).toBe(303);
    expect(answered.headers.location).toBe(`/country/DE?year=${YEAR}#thread`);
    const toStaff = mailer.to('alliance-team@commission.example.eu');
    expect(toStaff.map((m) => m.subject)).toEqual(['Germany, 2014: a message from the national contact']);
    expect(toStaff[0]?.text).toContain('de@example.org (Germany) has written');

    // Staff see who wrote, with the addresses, and the review form.
    const staffPage = (await page(staff, 'DE')).text;
    expect(staffPage).toContain('Germany, de@example.org');
    expect(staffPage).toContain('Commission staff, staff@example.org');
    expect(staffPage).toContain(`action="/country/DE/review?year&#x3D;${YEAR}"`);
    // The contact sees their own message marked as theirs; the decision and its message are one entry.
    const after = (await page(de, 'DE')).text;
    expect(after).toContain('Germany (you)');
    expect(after.match(/<li class="thread-message/g)).toHaveLength(2);
    expect(after.match(/Review set to “Correction requested”/g)).toHaveLength(1);

    expect((await post(staff, '/country/DE/review', { state: 'accepted', message: '' })).status).toBe(303);
    expect((await page(de, 'DE')).text).toContain(
      'Review: Accepted by the Commission, 2 March 2015, 09:30 UTC.',
    );
    expect(mailer.to('anna@bmi.example.de').map((m) => m.subject)).toEqual([
      'Deutschland, 2014: Korrektur erbeten',
      'Deutschland, 2014: von der Kommission angenommen',
    ]);
    const thread = await readThread(deps.data, YEAR, 'DE');
    expect(thread.map((m) => [m.from, m.by])).toEqual([
      ['staff', 'staff@example.org'],
      ['country', 'de@example.org'],
    ]);
  });

  it('shows a correction request without a message again, with the problem at the field', async () => {
    const res = await post(staff, '/country/DE/review', { state: 'correction-requested', message: '' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('<title>Error: Germany, 2014');
    expect(res.text).toContain('Write a message saying what Germany should correct');
    expect(res.text).toContain('id="review-message-error"');
    expect(res.text).toMatch(/id="review-state-correction"[^>]*checked/);
    expect(await readReviewLog(deps.data, YEAR, 'DE')).toEqual([]);
    expect(mailer.sent).toEqual([]);
  });

  it('asks for a decision when none is chosen', async () => {
    const res = await post(staff, '/country/DE/review', { message: 'Bitte prüfen.' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Choose “Accepted by the Commission” or “Correction requested”.');
    expect(res.text).toContain('id="review-state-error"');
    expect(res.text).toContain('href="#review-state-accepted"');
    expect(res.text).toContain('>Bitte prüfen.</textarea>');
  });

  it('refuses to accept when nothing was accepted, keeping the message typed', async () => {
    const res = await post(staff, '/country/DE/review', { state: 'accepted', message: 'Merci & bravo' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Germany has no accepted upload for 2014, so there is nothing to accept yet.');
    expect(res.text).toContain('>Merci &amp; bravo</textarea>');
    expect(await readReviewLog(deps.data, YEAR, 'DE')).toEqual([]);
  });

  it('keeps a too long message in the form, saying so in the reader’s language', async () => {
    const long = 'x'.repeat(5001);
    const res = await de.request('POST', `/country/DE/messages?year=${YEAR}&lang=de`, {
      csrf: await de.csrfFrom(`/country/DE?year=${YEAR}`),
      text: long,
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Die Nachricht hat 5.001 Zeichen; höchstens 5.000 sind möglich.');
    expect(res.text).toContain(`>${long}</textarea>`);
    expect(res.text).toContain('id="thread-text-error"');
    // The language switch of that page leads back to the year page, not to the form's address.
    expect(res.text).toContain('href="/country/DE?year&#x3D;2014&amp;lang&#x3D;fr"');
    expect(await readThread(deps.data, YEAR, 'DE')).toEqual([]);
  });

  it('stores the message even when every e-mail fails', async () => {
    mailer.failFor.add('alliance-team@commission.example.eu');
    const res = await post(de, '/country/DE/messages', { text: 'Bitte um Rückruf.' });
    expect(res.status).toBe(303);
    expect((await readThread(deps.data, YEAR, 'DE')).map((m) => m.text)).toEqual(['Bitte um Rückruf.']);
    expect((await page(staff, 'DE')).text).toContain('Bitte um Rückruf.');
  });

  it('stores a message sent twice from the same form once, and refuses a forged form token', async () => {
    const form = (await page(de, 'DE')).text;
    const csrf = form.match(/name="csrf" value="([^"]+)"/)![1]!;
    const once = form.match(/action="\/country\/DE\/messages[^"]*"[\s\S]*?name="once" value="([^"]+)"/)![1]!;
    const send = (token: string) =>
      de.request('POST', `/country/DE/messages?year=${YEAR}`, {
        csrf,
        once: token,
        text: 'Zweimal geklickt.',
      });
    expect((await send(once)).status).toBe(303);
    const again = await send(once);
    expect(again.status).toBe(303);
    expect(again.headers.location).toBe(`/country/DE?year=${YEAR}#thread`);
    expect((await readThread(deps.data, YEAR, 'DE')).map((m) => m.text)).toEqual(['Zweimal geklickt.']);
    expect(mailer.sent).toHaveLength(1);
    expect((await send(`${'0'.repeat(24)}.${'0'.repeat(64)}`)).status).toBe(403);
    expect(await readThread(deps.data, YEAR, 'DE')).toHaveLength(1);
  });

  it('works without a mailer: the message is stored and shown, nobody mailed', async () => {
    delete deps.mailer;
    expect((await post(de, '/country/DE/messages', { text: 'Hallo.' })).status).toBe(303);
    expect((await page(staff, 'DE')).text).toContain('Hallo.');
    expect(mailer.sent).toEqual([]);
  });

  it('links a message to the upload it is about, and refuses another country’s upload', async () => {
    await acceptedUpload('DE');
    await acceptedUpload('FR');
    const form = (await page(de, 'DE')).text;
    const option = form.match(/<option value="([\w-]+)">report\.csv, /);
    expect(option, 'the upload is offered in the form').not.toBeNull();
    const deUpload = option![1]!;
    expect(
      (await post(de, '/country/DE/messages', { text: 'Siehe diese Datei.', upload: deUpload })).status,
    ).toBe(303);
    const seen = (await page(staff, 'DE')).text;
    expect(seen).toContain(
      `<a href="/country/DE/uploads/${deUpload}?year&#x3D;2014">About the upload report.csv</a>`,
    );

    // FR's upload ids are FR's: posting one to DE's thread is refused, the text kept.
    const frUpload = (await page(staff, 'FR')).text.match(/<option value="([\w-]+)">report\.csv/)![1]!;
    const refused = await post(de, '/country/DE/messages', { text: 'Und diese?', upload: frUpload });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('id="thread-upload-error"');
    expect(refused.text).toContain('>Und diese?</textarea>');
    expect((await readThread(deps.data, YEAR, 'DE')).map((m) => m.uploadId)).toEqual([deUpload]);
  });

  it('shows the rest of the year page when a thread record cannot be read', async () => {
    await deps.data.put(
      'control/2014/DE/messages/000001.json',
      new TextEncoder().encode('{"not": "a message"}'),
    );
    const res = await page(de, 'DE');
    expect(res.status).toBe(200);
    expect(res.text).toContain('The review and the messages cannot be shown just now.');
    expect(res.text).toContain('Upload and check');
  });

  it('answers a GET of the form addresses with 405', async () => {
    expect((await staff.get(`/country/DE/review?year=${YEAR}`)).status).toBe(405);
    expect((await de.get(`/country/DE/messages?year=${YEAR}`)).status).toBe(405);
  });
});
