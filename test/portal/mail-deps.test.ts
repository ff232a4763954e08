/** The portal's mail wiring. On AWS: SES when the stack set SES_FROM, the Cognito groups. Locally: the users file as the directory, the outbox (or the SMTP server) as the mailer, none unless asked. */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CognitoDirectory } from '../../functions/adapters/mail/cognito-directory.js';
import { SesMailer } from '../../functions/adapters/mail/ses.js';
import { createAwsPortalDeps } from '../../functions/portal/aws-deps.js';
import { createLocalPortalDeps } from '../../functions/portal/local-deps.js';
import { type SmtpCapture, startSmtpCapture } from '../adapters/mail/smtp-capture.js';
import { portalEnv } from './fake-cognito.js';
import { makePortal } from './helpers.js';

describe('the local portal’s mailer and directory', () => {
  let store: string;
  let smtp: SmtpCapture;
  beforeAll(async () => {
    ({ store } = await makePortal());
    smtp = await startSmtpCapture();
  });
  afterAll(async () => {
    await smtp.close();
    await rm(store, { recursive: true, force: true });
  });

  it('knows the contacts of a country and the staff from the users file', async () => {
    const deps = await createLocalPortalDeps(store);
    expect(await deps.directory!.contacts('FR')).toEqual([{ email: 'fr@example.org', lang: 'en' }]);
    expect(await deps.directory!.contacts('IT')).toEqual([]);
    expect(await deps.directory!.staff()).toEqual([{ email: 'staff@example.org', lang: 'en' }]);
    expect(deps.mailer).toBeUndefined();
  });

  it('mails into <store>/outbox by default, or through the SMTP server given', async () => {
    const outbox = await createLocalPortalDeps(store, { mail: {} });
    await outbox.mailer!.send({ to: ['fr@example.org'], subject: 'Test', text: 'Hello.' });
    expect((await readdir(join(store, 'outbox'))).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
    const viaSmtp = await createLocalPortalDeps(store, { mail: { smtpUrl: smtp.url } });
    await viaSmtp.mailer!.send({ to: ['de@example.org'], subject: 'Test', text: 'Hallo.' });
    expect(smtp.received.map((m) => m.rcptTo)).toEqual([['de@example.org']]);
  });
});

describe('the AWS portal’s mailer and directory', () => {
  const env = { ...portalEnv, COGNITO_DOMAIN_URL: 'https://login.example.org' };
  it('sends through SES when the stack gave a mail identity, and knows the Cognito groups', () => {
    const deps = createAwsPortalDeps({ ...env, SES_FROM: 'Alliance <reports@example.org>' });
    expect(deps.mailer).toBeInstanceOf(SesMailer);
    expect(deps.directory).toBeInstanceOf(CognitoDirectory);
  });

  it('mails nothing without one', () => {
    expect(createAwsPortalDeps(env).mailer).toBeUndefined();
  });
});
