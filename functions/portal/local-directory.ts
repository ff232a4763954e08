/**
 * The contacts and staff on one machine: the local portal's users file (`<store>/users.json`,
 * local-auth.ts), read afresh on each call so that a user added while the portal runs gets the
 * next mail. A user's language is their `lang` (`users add --lang`), else English.
 */
import type { ContactDirectory, Recipient } from '../app/mail/ports.js';
import { readUsers, type StoredUser } from './local-auth.js';

export class LocalDirectory implements ContactDirectory {
  constructor(private readonly users: () => Promise<StoredUser[]>) {}

  async contacts(country: string): Promise<Recipient[]> {
    return toRecipients((await this.users()).filter((u) => u.role === 'contact' && u.country === country));
  }

  async staff(): Promise<Recipient[]> {
    return toRecipients((await this.users()).filter((u) => u.role === 'staff'));
  }
}

/** The directory of a folder store's users file. */
export function localDirectory(storeDir: string): LocalDirectory {
  return new LocalDirectory(() => readUsers(storeDir));
}

function toRecipients(users: StoredUser[]): Recipient[] {
  return users
    .map((u) => ({ email: u.email, lang: u.lang ?? 'en' }))
    .sort((a, b) => (a.email < b.email ? -1 : 1));
}
