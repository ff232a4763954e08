/**
 * `alliance-reports users add`: adds or updates a local portal user. The password comes from
 * ALLIANCE_PASSWORD or is asked on the terminal (not echoed); only a scrypt hash is kept.
 */
import type { Language } from '../../core/i18n/languages.js';
import { resolveMember } from '../../core/members.js';
import { addUser, normalizeEmail } from '../../portal/local-auth.js';
import { EXIT_OK, UsageError } from '../main.js';

export interface UsersAddOptions {
  email: string;
  country?: string;
  staff?: boolean;
  store: string;
  /** The language the user reads e-mail in. */
  lang?: Language;
}

export async function runUsersAdd(opts: UsersAddOptions): Promise<number> {
  const email = normalizeEmail(opts.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new UsageError(`not an e-mail address: ${opts.email}`);
  if (!!opts.staff === !!opts.country)
    throw new UsageError('give either --country CODE (a national contact) or --staff');
  let country: string | undefined;
  if (opts.country) {
    const member = resolveMember(opts.country);
    if (!member) throw new UsageError(`not a member country: ${opts.country}`);
    country = member.code;
  }
  const password = process.env.ALLIANCE_PASSWORD ?? (await askPassword(`Password for ${email}: `));
  if (password.length < 12) throw new UsageError('the password must have at least 12 characters');
  const input: Parameters<typeof addUser>[1] = { email, password, role: opts.staff ? 'staff' : 'contact' };
  if (country) input.country = country;
  if (opts.lang) input.lang = opts.lang;
  const { replaced } = await addUser(opts.store, input);
  process.stdout.write(
    `${replaced ? 'Updated' : 'Added'} ${email}: ${country ? `national contact for ${country}` : 'staff'} (in ${opts.store}/users.json).\n`,
  );
  return EXIT_OK;
}

async function askPassword(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) throw new UsageError('no terminal to ask the password on: set ALLIANCE_PASSWORD');
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new UsageError('cancelled'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}
