/** The faults of the mail adapters (no transport imported here: the SES bundle stays free of nodemailer). */
import { AllianceError } from '../../core/errors.js';

/** The transport refused the message or could not be reached: a later try may work. */
export class MailSendError extends AllianceError<'MAIL_SEND'> {
  constructor(message: string, options?: { cause?: unknown }) {
    super('MailSendError', 'MAIL_SEND', message, { ...options, retryable: true });
  }
}
