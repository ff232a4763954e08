/**
 * The receipt in the portal: the section of the result page, the printable page and the text
 * download, for the country's contact and staff only; and the receipt e-mail the local
 * processing sends to the contact who uploaded, in the language they used.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openLocalStores } from '../../functions/adapters/local-stores.js';
import { readUploader } from '../../functions/app/cycle/read.js';
import type { Mailer, OutgoingMail } from '../../functions/app/mail/ports.js';
import { localProcessUpload } from '../../functions/portal/local-use-cases.js';
import type { PortalDeps } from '../../functions/portal/types.js';
import { Client, makePortal, multipart } from './helpers.js';

const YEAR = 2014;

class RecordingMailer implements Mailer {
  sent: OutgoingMail[] = [];
  async send(mail: OutgoingMail) {
    this.sent.push(mail);
    return { messageId: null };
  }
}

describe('the receipt in the portal', () => {
  const mailer = new RecordingMailer();
  let deps: PortalDeps;
  let store: string;
  let fr: Client;
  let bytes: Buffer;
  let uploadPath: string;
  let uploadId: string;

  beforeAll(async () => {
    // The local processing the `serve` command runs, with a mailer.
    let processUpload: PortalDeps['processUpload'];
    ({ deps, store } = await makePortal({
      processUpload: (input) => processUpload!(input),
      clock: { now: () => new Date('2015-03-01T10:00:00Z') },
    }));
    processUpload = localProcessUpload(openLocalStores(store), {
      mailer,
      portalUrl: 'https://portal.example.org',
      clock: deps.clock,
    });
    bytes = await readFile(join(import.meta.dirname, '../fixtures/ingest/error-indicator-unknown.csv'));
    fr = new Client(deps);
    expect((await fr.signIn('fr@example.org')).status).toBe(303);
    // The contact works in French.
    expect((await fr.get(`/country/FR?year=${YEAR}&lang=fr`)).status).toBe(200);
    const csrf = await fr.csrfFrom(`/country/FR?year=${YEAR}`);
    const sent = await fr.request(
      'POST',
      `/country/FR/upload?year=${YEAR}`,
      multipart({ csrf }, { name: 'rapport-mars.csv', bytes }),
    );
    expect(sent.status).toBe(303);
    const landed = await fr.get(sent.headers.location!);
    expect(landed.status).toBe(303);
    uploadPath = landed.headers.location!.split('?')[0]!;
    uploadId = uploadPath.split('/').at(-1)!;
  });

  const sha = () => createHash('sha256').update(bytes).digest('hex');
  const reference = () => `FR-${YEAR}-${uploadId.slice(0, 8).toUpperCase()}`;

  it('shows the receipt on the result page, with links to the printable page and the file', async () => {
    const page = await fr.get(`${uploadPath}?year=${YEAR}`);
    expect(page.status).toBe(200);
    const text = page.text;
    expect(text).toContain('<h2 id="receipt-heading">Accusé de réception</h2>');
    expect(text).toContain(`<code>${sha()}</code>`);
    expect(text).toContain(reference());
    expect(text).toContain('rapport-mars.csv');
    // (handlebars writes = as &#x3D; in attributes)
    expect(text).toContain(`href="${uploadPath}/receipt?year&#x3D;${YEAR}&amp;lang&#x3D;fr"`);
    expect(text).toContain(`href="${uploadPath}/receipt.txt?year&#x3D;${YEAR}&amp;lang&#x3D;fr"`);
  });

  it('gives the printable receipt page, which prints without the navigation', async () => {
    const page = await fr.get(`${uploadPath}/receipt?year=${YEAR}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const text = page.text;
    expect(text).toContain(
      `<h1 id="receipt-title">Accusé de réception d’un dépôt pour les rapports de l’Alliance</h1>`,
    );
    expect(text).toContain(`<code>${sha()}</code>`);
    expect(text).toMatch(/<dt>Résultat<\/dt><dd>Refusé : \d+ erreurs?/);
    expect(text).toContain('Ce qui compte désormais pour 2014');
    expect(text).toContain('class="no-print"');
    const css = await fr.get('/static/portal.css');
    expect(css.text).toMatch(/@media print \{[^}]*\.no-print[^}]*display: none/);
  });

  it('gives the receipt as a text file to download', async () => {
    const file = await fr.get(`${uploadPath}/receipt.txt?year=${YEAR}`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="receipt-${reference()}.txt"`);
    const text = Buffer.from(file.body as Uint8Array).toString('utf8');
    expect(text).toContain('Accusé de réception');
    expect(text).toMatch(new RegExp(`SHA-256 : +${sha()}\\n`));
    expect(text).toMatch(/Fichier : +rapport-mars\.csv\n/);
    expect(text).not.toContain('<');
  });

  it('lets staff see it, another country’s contact not, and sends the signed-out to sign in', async () => {
    const staff = new Client(deps);
    expect((await staff.signIn('staff@example.org')).status).toBe(303);
    expect((await staff.get(`${uploadPath}/receipt?year=${YEAR}`)).status).toBe(200);
    expect((await staff.get(`${uploadPath}/receipt.txt?year=${YEAR}`)).status).toBe(200);

    const de = new Client(deps);
    expect((await de.signIn('de@example.org')).status).toBe(303);
    for (const path of [`${uploadPath}/receipt`, `${uploadPath}/receipt.txt`, uploadPath]) {
      const res = await de.get(`${path}?year=${YEAR}`);
      expect(res.status).toBe(403);
      expect(res.text).not.toContain(sha());
    }
    // DE's own address with FR's upload id: nothing there.
    const asDe = await de.get(`/country/DE/uploads/${uploadId}/receipt.txt?year=${YEAR}`);
    expect(asDe.status).toBe(404);
    expect(asDe.text).not.toContain(sha());

    const out = new Client(deps);
    const page = await out.get(`${uploadPath}/receipt?year=${YEAR}`);
    expect(page.status).toBe(303);
    expect(page.headers.location).toMatch(/^\/signin\?next=/);
    const file = await out.get(`${uploadPath}/receipt.txt?year=${YEAR}`);
    expect(file.status).toBe(401);
    expect(file.text).not.toContain(sha());
  });

  it('answers 404 for an upload that has no receipt', async () => {
    expect((await fr.get(`/country/FR/uploads/${'0'.repeat(24)}/receipt?year=${YEAR}`)).status).toBe(404);
    expect((await fr.get(`/country/FR/uploads/${'0'.repeat(24)}/receipt.txt?year=${YEAR}`)).status).toBe(404);
  });

  it('recorded the uploader at upload, and mailed them the receipt in French', async () => {
    const batch = (await deps.uploads.list(`${YEAR}/FR/`))[0]!.key.match(
      /FR\/(\d{8}T\d{6}Z-[0-9a-f]{6})-/,
    )![1]!;
    expect(await readUploader(deps.data, YEAR, 'FR', batch)).toMatchObject({
      email: 'fr@example.org',
      lang: 'fr',
      country: 'FR',
      year: YEAR,
    });
    expect(mailer.sent).toHaveLength(1);
    const mail = mailer.sent[0]!;
    expect(mail.to).toEqual(['fr@example.org']);
    expect(mail.subject).toBe(`Accusé de réception ${reference()} : rapport-mars.csv refusé`);
    expect(mail.text).toContain(sha());
    expect(mail.text).toContain(`https://portal.example.org${uploadPath}?year=${YEAR}&lang=fr`);
    expect(mail.attachments?.[0]?.fileName).toBe(`receipt-${reference()}.txt`);
    expect(String(mail.attachments?.[0]?.content)).toContain(sha());
    expect(JSON.stringify(mail)).not.toContain('de@example.org');
  });
});

describe('the uploader of a presigned upload', () => {
  it('is recorded when the country page makes the form (the file then goes straight to the bucket)', async () => {
    const { deps } = await makePortal({ clock: { now: () => new Date('2015-03-01T10:00:00Z') } });
    const forms: { batch: string; country: string }[] = [];
    deps.upload = {
      kind: 'presigned-post',
      async createForm(input) {
        forms.push({ batch: input.batch, country: input.country });
        return {
          url: 'https://uploads.example.org/',
          fields: { key: `${input.year}/${input.country}/${input.batch}-\${filename}` },
        };
      },
    };
    const de = new Client(deps);
    await de.signIn('de@example.org');
    expect((await de.get(`/country/DE?year=${YEAR}&lang=de`)).status).toBe(200);
    expect(forms).toHaveLength(1);
    expect(await readUploader(deps.data, YEAR, 'DE', forms[0]!.batch)).toMatchObject({
      email: 'de@example.org',
      lang: 'de',
      country: 'DE',
      batch: forms[0]!.batch,
    });
    // Staff make no upload form, so nothing is recorded for them.
    const staff = new Client(deps);
    await staff.signIn('staff@example.org');
    expect((await staff.get(`/country/DE?year=${YEAR}`)).status).toBe(200);
    expect(forms).toHaveLength(1);
    expect(await deps.data.list('control/2014/DE/uploaders/')).toHaveLength(1);
  });
});
