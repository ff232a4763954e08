/**
 * Mail on AWS: Amazon SES v2 SendEmail, simple content (subject, text, optional HTML,
 * attachments), from the stack's verified identity. The role may send from that identity
 * only (infra/constructs/mail.ts). The client is handed in (tests point it at a loopback
 * endpoint); by default one is built, traced.
 */
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Mailer, OutgoingMail, SentMail } from '../../app/mail/ports.js';
import { requireEnv } from '../env.js';
import { traced } from '../tracing.js';
import { MailSendError } from './errors.js';

export interface SesMailerOptions {
  /** The From address, on the stack's identity (`Global Alliance reports <reports@example.org>`). */
  from: string;
  /** The identity's ARN: SES checks the sending permission on it (`FromEmailAddressIdentityArn`). */
  identityArn?: string;
  client?: SESv2Client;
}

export class SesMailer implements Mailer {
  private client: SESv2Client | undefined;

  constructor(private readonly options: SesMailerOptions) {
    this.client = options.client;
  }

  async send(mail: OutgoingMail): Promise<SentMail> {
    if (mail.to.length === 0) throw new RangeError('A mail needs at least one recipient');
    this.client ??= traced(new SESv2Client({}));
    const utf8 = (data: string) => ({ Data: data, Charset: 'UTF-8' });
    const encoder = new TextEncoder();
    try {
      const out = await this.client.send(
        new SendEmailCommand({
          FromEmailAddress: this.options.from,
          ...(this.options.identityArn ? { FromEmailAddressIdentityArn: this.options.identityArn } : {}),
          Destination: { ToAddresses: mail.to },
          Content: {
            Simple: {
              Subject: utf8(mail.subject),
              Body: { Text: utf8(mail.text), ...(mail.html !== undefined ? { Html: utf8(mail.html) } : {}) },
              ...(mail.attachments?.length
                ? {
                    Attachments: mail.attachments.map((a) => ({
                      FileName: a.fileName,
                      ContentType: a.contentType,
                      ContentDisposition: 'ATTACHMENT' as const,
                      ContentTransferEncoding: 'BASE64' as const,
                      RawContent: typeof a.content === 'string' ? encoder.encode(a.content) : a.content,
                    })),
                  }
                : {}),
            },
          },
        }),
      );
      return { messageId: out.MessageId ?? null };
    } catch (error) {
      throw new MailSendError('Amazon SES did not take the mail', { cause: error });
    }
  }
}

/** The SES mailer of a Lambda: SES_FROM (required) and SES_IDENTITY_ARN (optional) from the environment. */
export function sesMailerFromEnv(env: NodeJS.ProcessEnv = process.env, client?: SESv2Client): SesMailer {
  const { SES_FROM } = requireEnv(['SES_FROM'], env);
  const identityArn = env.SES_IDENTITY_ARN?.trim();
  return new SesMailer({
    from: SES_FROM,
    ...(identityArn ? { identityArn } : {}),
    ...(client ? { client } : {}),
  });
}
