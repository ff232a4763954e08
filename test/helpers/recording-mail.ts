/**
 * A Mailer that keeps what it is given (the real code path up to the transport; the SES and
 * SMTP adapters are tested on their own against real servers) and a directory of fixed
 * people: FR has two contacts, one reading French and one German; DE one, reading German;
 * the staff one mailbox in English.
 */
import type {
  ContactDirectory,
  Mailer,
  OutgoingMail,
  Recipient,
  SentMail,
} from '../../functions/app/mail/ports.js';

export class RecordingMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  /** Addresses whose mail fails, as a transport refusing them would. */
  readonly failFor = new Set<string>();

  async send(mail: OutgoingMail): Promise<SentMail> {
    if (mail.to.some((a) => this.failFor.has(a))) throw new Error(`550 mailbox unavailable: ${mail.to}`);
    this.sent.push(mail);
    return { messageId: `<${this.sent.length}@recording.test>` };
  }

  to(address: string): OutgoingMail[] {
    return this.sent.filter((m) => m.to.includes(address));
  }
}

export const people: { contacts: Record<string, Recipient[]>; staff: Recipient[] } = {
  contacts: {
    FR: [
      { email: 'marie@interieur.example.fr', lang: 'fr' },
      { email: 'jonas@interieur.example.fr', lang: 'de' },
    ],
    DE: [{ email: 'anna@bmi.example.de', lang: 'de' }],
  },
  staff: [{ email: 'alliance-team@commission.example.eu', lang: 'en' }],
};

export class FixedDirectory implements ContactDirectory {
  readonly asked: string[] = [];

  async contacts(country: string): Promise<Recipient[]> {
    this.asked.push(country);
    return people.contacts[country] ?? [];
  }

  async staff(): Promise<Recipient[]> {
    this.asked.push('staff');
    return people.staff;
  }
}
