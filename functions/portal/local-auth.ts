/**
 * Sign-in for the local portal: users in `<store>/users.json` (scrypt hashes), a signed
 * session cookie (HMAC-SHA256 with a secret kept in the store, 0600), a CSRF token bound to
 * the session, and a sign-in rate limit per e-mail and per address (in memory).
 */
import { createHmac, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import * as z from 'zod';
import { AllianceError } from '../core/errors.js';
import { type Language, languages } from '../core/i18n/languages.js';
import type { Clock } from '../core/ports.js';
import type { Identity } from './types.js';

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

export const SESSION_COOKIE = 'ar_session';
export const PRESESSION_COOKIE = 'ar_pre';
const SESSION_HOURS = 8;

const userSchema = z.object({
  email: z.string(),
  role: z.enum(['contact', 'staff']),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  salt: z.string(),
  hash: z.string(),
  /** The language the person reads their e-mail in (reminders, receipts); English when absent. */
  lang: z.enum(languages).optional(),
});
const usersFileSchema = z.object({ users: z.array(userSchema) });
export type StoredUser = z.infer<typeof usersFileSchema>['users'][number];

export class UsersFileError extends AllianceError<'USERS_FILE'> {
  constructor(message: string, options?: ErrorOptions) {
    super('UsersFileError', 'USERS_FILE', message, options);
  }
}

export function usersFilePath(storeDir: string): string {
  return join(storeDir, 'users.json');
}

export async function readUsers(storeDir: string): Promise<StoredUser[]> {
  let text: string;
  try {
    text = await readFile(usersFilePath(storeDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new UsersFileError(`Could not read ${usersFilePath(storeDir)}`, { cause: error });
  }
  const parsed = usersFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new UsersFileError(`${usersFilePath(storeDir)} is not a users file`);
  return parsed.data.users;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Adds or replaces a user; the password is stored as a salted scrypt hash only. */
export async function addUser(
  storeDir: string,
  input: { email: string; password: string; role: 'contact' | 'staff'; country?: string; lang?: Language },
): Promise<{ replaced: boolean }> {
  const email = normalizeEmail(input.email);
  const salt = randomBytes(16);
  const hash = await scrypt(input.password, salt, 64);
  const users = await readUsers(storeDir);
  const user: StoredUser = {
    email,
    role: input.role,
    country: input.role === 'contact' ? (input.country ?? null) : null,
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
    ...(input.lang ? { lang: input.lang } : {}),
  };
  const index = users.findIndex((u) => u.email === email);
  if (index >= 0) users[index] = user;
  else users.push(user);
  const path = usersFilePath(storeDir);
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, `${JSON.stringify({ users }, null, 2)}\n`, { mode: 0o600 });
  await rename(tmp, path);
  return { replaced: index >= 0 };
}

/** The HMAC secret of the store, made once (0600) on first use. */
export async function loadOrCreateSecret(storeDir: string): Promise<Buffer> {
  const path = join(storeDir, 'session-secret');
  try {
    const existing = await readFile(path);
    if (existing.length >= 32) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(storeDir, { recursive: true });
  const secret = randomBytes(32);
  try {
    await writeFile(path, secret, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process made it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFile(path);
    throw error;
  }
  await chmod(path, 0o600);
  return secret;
}

export type SignInResult =
  | { ok: true; identity: Identity; cookie: string }
  | { ok: false; reason: 'invalid' | 'throttled' };

export interface LocalSession {
  identity: Identity;
  csrfToken: string;
}

/** Failed attempts within a window, per key: after `max` failures, refuse until the window passes. */
export class RateLimiter {
  private readonly failures = new Map<string, number[]>();
  constructor(
    private readonly clock: Clock,
    readonly max = 5,
    readonly windowMs = 15 * 60 * 1000,
  ) {}

  blocked(key: string): boolean {
    return this.recent(key).length >= this.max;
  }

  fail(key: string): void {
    const list = this.recent(key);
    list.push(this.clock.now().getTime());
    this.failures.set(key, list);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.clock.now().getTime() - this.windowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > since);
  }
}

export class LocalAuth {
  readonly limiter: RateLimiter;

  constructor(
    private readonly secret: Buffer,
    private readonly users: () => Promise<StoredUser[]>,
    private readonly clock: Clock,
    /** `; Secure` is added when the portal is served over HTTPS. */
    private readonly secureCookies = false,
  ) {
    this.limiter = new RateLimiter(clock);
  }

  private sign(text: string): string {
    return createHmac('sha256', this.secret).update(text).digest('base64url');
  }

  private cookie(name: string, value: string, maxAgeSeconds: number): string {
    return `${name}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${this.secureCookies ? '; Secure' : ''}`;
  }

  /** The session of a request, or undefined when the cookie is missing, forged, expired or its user gone. */
  async session(cookies: Record<string, string>): Promise<LocalSession | undefined> {
    const raw = cookies[SESSION_COOKIE];
    if (!raw) return undefined;
    const dot = raw.lastIndexOf('.');
    if (dot <= 0) return undefined;
    const payload = raw.slice(0, dot);
    if (!safeEqual(raw.slice(dot + 1), this.sign(`session:${payload}`))) return undefined;
    let data: unknown;
    try {
      data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return undefined;
    }
    const parsed = z.object({ e: z.string(), x: z.number(), n: z.string() }).safeParse(data);
    if (!parsed.success || parsed.data.x <= this.clock.now().getTime()) return undefined;
    // The role and country come from the users file now, not from the cookie: a changed user takes effect.
    const user = (await this.users()).find((u) => u.email === parsed.data.e);
    if (!user) return undefined;
    const identity = toIdentity(user);
    if (!identity) return undefined;
    return { identity, csrfToken: this.sign(`csrf:${parsed.data.n}`) };
  }

  /** The addresses of a country's users (its national contacts): shown to staff only. */
  async contactsOf(country: string): Promise<string[]> {
    return (await this.users())
      .filter((u) => u.role === 'contact' && u.country === country)
      .map((u) => u.email);
  }

  /** A token for the sign-in form, bound to a pre-session cookie (against login CSRF). */
  preSession(cookies: Record<string, string>): { csrfToken: string; cookie?: string } {
    const existing = cookies[PRESESSION_COOKIE];
    if (existing && /^[\w-]{22,}$/.test(existing)) return { csrfToken: this.sign(`pre:${existing}`) };
    const nonce = randomBytes(18).toString('base64url');
    return { csrfToken: this.sign(`pre:${nonce}`), cookie: this.cookie(PRESESSION_COOKIE, nonce, 3600) };
  }

  checkPreSession(cookies: Record<string, string>, token: string | undefined): boolean {
    const nonce = cookies[PRESESSION_COOKIE];
    return !!nonce && !!token && safeEqual(token, this.sign(`pre:${nonce}`));
  }

  async signIn(input: { email: string; password: string; ip: string }): Promise<SignInResult> {
    const email = normalizeEmail(input.email);
    const keys = [`email:${email}`, `ip:${input.ip}`];
    if (keys.some((k) => this.limiter.blocked(k))) return { ok: false, reason: 'throttled' };
    const user = (await this.users()).find((u) => u.email === email);
    // Hash even for an unknown e-mail, so the answer takes as long either way.
    const salt = user ? Buffer.from(user.salt, 'base64') : randomBytes(16);
    const hash = await scrypt(input.password, salt, 64);
    const identity = user ? toIdentity(user) : undefined;
    if (!user || !identity || !timingSafeEqual(hash, Buffer.from(user.hash, 'base64'))) {
      for (const k of keys) this.limiter.fail(k);
      return { ok: false, reason: 'invalid' };
    }
    this.limiter.clear(`email:${email}`);
    const payload = Buffer.from(
      JSON.stringify({
        e: email,
        x: this.clock.now().getTime() + SESSION_HOURS * 3600 * 1000,
        n: randomBytes(18).toString('base64url'),
      }),
    ).toString('base64url');
    const value = `${payload}.${this.sign(`session:${payload}`)}`;
    return { ok: true, identity, cookie: this.cookie(SESSION_COOKIE, value, SESSION_HOURS * 3600) };
  }

  signOutCookies(): string[] {
    return [this.cookie(SESSION_COOKIE, '', 0)];
  }
}

function toIdentity(user: StoredUser): Identity | undefined {
  if (user.role === 'staff') return { email: user.email, role: 'staff' };
  return user.country ? { email: user.email, role: 'contact', country: user.country } : undefined;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
