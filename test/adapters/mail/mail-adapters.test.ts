/**
 * The mail adapters for real: SMTP through an SMTP server on loopback (what arrived is parsed:
 * recipients, subject, body, attachment), the outbox as .eml files a mail parser reads, SES v2
 * and the Cognito directory through their real SDK clients against a loopback endpoint that
 * answers as the service does (the request is checked as the service would receive it).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CognitoDirectory } from '../../../functions/adapters/mail/cognito-directory.js';
import { MailSendError } from '../../../functions/adapters/mail/errors.js';
import { createLocalMailer } from '../../../functions/adapters/mail/local.js';
import { OutboxMailer } from '../../../functions/adapters/mail/outbox.js';
import { SesMailer, sesMailerFromEnv } from '../../../functions/adapters/mail/ses.js';
import { SmtpMailer } from '../../../functions/adapters/mail/smtp.js';
import type { OutgoingMail } from '../../../functions/app/mail/ports.js';
import { type SmtpCapture, startSmtpCapture } from './smtp-capture.js';

const receipt = Buffer.from('{"reference":"R-2026-FR-0001","sha256":"abc"}\n');
const receiptSha = createHash('sha256').update(receipt).digest('hex');

const mail: OutgoingMail = {
  to: ['contact.fr@example.org'],
  subject: 'Reçu : votre dépôt 2026 pour la France',
  text: `Votre fichier a été reçu.\nSHA-256 : ${receiptSha}\n`,
  html: '<p>Votre fichier a été reçu.</p>',
  attachments: [
    { fileName: 'receipt-R-2026-FR-0001.json', contentType: 'application/json', content: receipt },
  ],
};

describe('SMTP, through a real server on loopback', () => {
  let smtp: SmtpCapture;
  beforeAll(async () => {
    smtp = await startSmtpCapture({ reject: ['gone@example.org'] });
  });
  afterAll(() => smtp.close());

  it('delivers to the recipients, with the subject, both bodies and the attachment intact', async () => {
    const mailer = new SmtpMailer(smtp.url, 'Alliance reports <reports@example.org>');
    const sent = await mailer.send(mail);
    mailer.close();
    expect(smtp.received).toHaveLength(1);
    const got = smtp.received[0]!;
    expect(got.rcptTo).toEqual(['contact.fr@example.org']);
    expect(got.mailFrom).toBe('reports@example.org');
    expect(got.parsed.subject).toBe(mail.subject);
    expect(got.parsed.text).toContain(receiptSha);
    expect(got.parsed.html).toContain('Votre fichier a été reçu.');
    expect(got.parsed.messageId).toBe(sent.messageId);
    expect(got.parsed.attachments).toHaveLength(1);
    const att = got.parsed.attachments[0]!;
    expect(att.filename).toBe('receipt-R-2026-FR-0001.json');
    expect(att.contentType).toBe('application/json');
    expect(createHash('sha256').update(att.content).digest('hex')).toBe(receiptSha);
  });

  it('fails with a retryable MailSendError, without the password, when the server refuses', async () => {
    const url = smtp.url.replace('smtp://', 'smtp://user:secret-pw@');
    const mailer = new SmtpMailer(url);
    const error = await mailer.send({ ...mail, to: ['gone@example.org'] }).catch((e: unknown) => e);
    mailer.close();
    expect(error).toBeInstanceOf(MailSendError);
    expect((error as MailSendError).retryable).toBe(true);
    expect((error as Error).message).not.toContain('secret-pw');
  });

  it('is what the local selection picks for --smtp-url or SMTP_URL, else the outbox', async () => {
    const store = await mkdtemp(join(tmpdir(), 'mail-select-'));
    try {
      expect(createLocalMailer(store, { smtpUrl: smtp.url }, {}).description).toBe(`SMTP ${smtp.url}`);
      expect(createLocalMailer(store, {}, { SMTP_URL: smtp.url }).mailer).toBeInstanceOf(SmtpMailer);
      const outbox = createLocalMailer(store, {}, {});
      expect(outbox.mailer).toBeInstanceOf(OutboxMailer);
      expect(outbox.description).toBe(`outbox ${join(store, 'outbox')}`);
      expect(createLocalMailer(store, {}, { MAIL_OUTBOX: join(store, 'elsewhere') }).description).toBe(
        `outbox ${join(store, 'elsewhere')}`,
      );
      expect(() => createLocalMailer(store, { smtpUrl: 'http://example.org' }, {})).toThrow(
        /not an SMTP URL.*smtp:\/\/host:port/,
      );
    } finally {
      await rm(store, { recursive: true, force: true });
    }
  });
});

describe('the outbox', () => {
  it('writes each mail as an .eml file (0600) that a mail parser reads back whole', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'outbox-')), 'outbox');
    try {
      const mailer = new OutboxMailer(dir, 'Alliance reports <reports@example.org>');
      const sent = await mailer.send(mail);
      await mailer.send({ to: ['b@example.org', 'c@example.org'], subject: 'Second', text: 'Two.' });
      const files = (await readdir(dir)).sort();
      expect(files).toHaveLength(2);
      expect(files.every((f) => /^\d{8}T\d{9}Z-[0-9a-f]{8}\.eml$/.test(f))).toBe(true);
      expect(join(dir, files[0]!) === sent.file || join(dir, files[1]!) === sent.file).toBe(true);
      expect((await stat(sent.file)).mode & 0o777).toBe(0o600);
      const parsed = await simpleParser(await readFile(sent.file));
      expect(parsed.subject).toBe(mail.subject);
      expect(parsed.messageId).toBe(sent.messageId);
      expect(JSON.stringify(parsed.to)).toContain('contact.fr@example.org');
      expect(parsed.from?.text).toContain('reports@example.org');
      expect(parsed.text).toContain(receiptSha);
      expect(createHash('sha256').update(parsed.attachments[0]!.content).digest('hex')).toBe(receiptSha);
    } finally {
      await rm(join(dir, '..'), { recursive: true, force: true });
    }
  });
});

/** A loopback HTTP endpoint that answers one AWS JSON API the way the service does, keeping each request. */
async function awsEndpoint(
  answer: (req: IncomingMessage, body: string) => { status: number; json: unknown },
): Promise<{
  url: string;
  requests: Array<{ path: string; headers: IncomingMessage['headers']; body: string }>;
  server: Server;
}> {
  const requests: Array<{ path: string; headers: IncomingMessage['headers']; body: string }> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ path: req.url ?? '', headers: req.headers, body });
      const { status, json } = answer(req, body);
      res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-requestid': 'test' });
      res.end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server };
}

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };

describe('SES v2', () => {
  it('sends simple content from the configured identity, the attachment base64 as SES takes it', async () => {
    const ses = await awsEndpoint(() => ({ status: 200, json: { MessageId: '0102-ses-message-id' } }));
    try {
      const client = new SESv2Client({ region: 'eu-west-1', endpoint: ses.url, credentials });
      const mailer = sesMailerFromEnv(
        {
          SES_FROM: 'Alliance reports <reports@example.org>',
          SES_IDENTITY_ARN: 'arn:aws:ses:eu-west-1:123456789012:identity/example.org',
        },
        client,
      );
      expect(await mailer.send(mail)).toEqual({ messageId: '0102-ses-message-id' });
      expect(ses.requests).toHaveLength(1);
      const req = ses.requests[0]!;
      expect(req.path).toBe('/v2/email/outbound-emails');
      expect(req.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 .*\/ses\/aws4_request/);
      const body = JSON.parse(req.body);
      expect(body.FromEmailAddress).toBe('Alliance reports <reports@example.org>');
      expect(body.FromEmailAddressIdentityArn).toBe(
        'arn:aws:ses:eu-west-1:123456789012:identity/example.org',
      );
      expect(body.Destination).toEqual({ ToAddresses: ['contact.fr@example.org'] });
      expect(body.Content.Simple.Subject).toEqual({ Data: mail.subject, Charset: 'UTF-8' });
      expect(body.Content.Simple.Body.Text.Data).toContain(receiptSha);
      const att = body.Content.Simple.Attachments[0];
      expect(att.FileName).toBe('receipt-R-2026-FR-0001.json');
      expect(att.ContentType).toBe('application/json');
      expect(Buffer.from(att.RawContent, 'base64').equals(receipt)).toBe(true);
    } finally {
      ses.server.close();
    }
  });

  it('turns a refusal (unverified identity) into a retryable MailSendError, and needs SES_FROM', async () => {
    const ses = await awsEndpoint(() => ({
      status: 400,
      json: { __type: 'MessageRejected', message: 'Email address is not verified.' },
    }));
    try {
      const client = new SESv2Client({ region: 'eu-west-1', endpoint: ses.url, credentials, maxAttempts: 1 });
      const error = await new SesMailer({ from: 'x@example.org', client })
        .send(mail)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MailSendError);
      expect(() => sesMailerFromEnv({})).toThrow(/Missing environment variable: SES_FROM/);
    } finally {
      ses.server.close();
    }
  });
});

describe('the Cognito directory', () => {
  it('lists the country group and the staff group, every page, enabled users, their locale', async () => {
    const groups: Record<string, unknown[][]> = {
      'country-FR': [
        [user('Marie.Curie@Example.org', 'fr'), { ...user('disabled@example.org', 'fr'), Enabled: false }],
        [user('paul@example.org', 'pt-BR'), user('anne@example.org', 'de-AT')],
      ],
      staff: [[user('staff@commission.example', undefined)]],
    };
    const cognito = await awsEndpoint((req, body) => {
      expect(req.headers['x-amz-target']).toBe('AWSCognitoIdentityProviderService.ListUsersInGroup');
      const input = JSON.parse(body) as { UserPoolId: string; GroupName: string; NextToken?: string };
      expect(input.UserPoolId).toBe('eu-west-1_pool');
      const pages = groups[input.GroupName] ?? [[]];
      const index = input.NextToken ? Number(input.NextToken) : 0;
      return {
        status: 200,
        json: { Users: pages[index], ...(index + 1 < pages.length ? { NextToken: String(index + 1) } : {}) },
      };
    });
    try {
      const client = new CognitoIdentityProviderClient({
        region: 'eu-west-1',
        endpoint: cognito.url,
        credentials,
      });
      const directory = new CognitoDirectory('eu-west-1_pool', client);
      expect(await directory.contacts('FR')).toEqual([
        { email: 'anne@example.org', lang: 'de' },
        { email: 'marie.curie@example.org', lang: 'fr' },
        { email: 'paul@example.org', lang: 'en' },
      ]);
      expect(await directory.staff()).toEqual([{ email: 'staff@commission.example', lang: 'en' }]);
      expect(await directory.contacts('DE')).toEqual([]);
      expect(cognito.requests.map((r) => JSON.parse(r.body).GroupName)).toEqual([
        'country-FR',
        'country-FR',
        'staff',
        'country-DE',
      ]);
    } finally {
      cognito.server.close();
    }
  });
});

function user(email: string, locale: string | undefined) {
  return {
    Username: email,
    Enabled: true,
    UserStatus: 'CONFIRMED',
    Attributes: [{ Name: 'email', Value: email }, ...(locale ? [{ Name: 'locale', Value: locale }] : [])],
  };
}
