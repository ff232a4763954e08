/**
 * The portal's dependencies on one machine: the folder store (`<store>/uploads` and
 * `<store>/data`), local users and sessions, multipart uploads processed in-process, bytes
 * streamed back, and the publication run in-process. The contacts are the users file's; mail
 * goes out when a mailer is given (`mailer`), or chosen by `mail` (an SMTP server, else .eml
 * files in `<store>/outbox`: adapters/mail/local.ts); otherwise nothing is mailed.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openLocalStores } from '../adapters/local-stores.js';
import { createLocalMailer, type LocalMailOptions } from '../adapters/mail/local.js';
import type { Mailer } from '../app/mail/ports.js';
import { dataKeys } from '../core/keys.js';
import { defaultLimits } from '../core/limits.js';
import type { Clock } from '../core/ports.js';
import { buildTemplate } from '../core/template.js';
import { LocalAuth, loadOrCreateSecret, readUsers } from './local-auth.js';
import { localDirectory } from './local-directory.js';
import type { PortalDeps, ProcessUpload, PublishStarter } from './types.js';

export interface LocalPortalOptions {
  clock?: Clock;
  processUpload?: ProcessUpload;
  publish?: PublishStarter;
  draftRenderer?: PortalDeps['draftRenderer'];
  /** The mailer to use (a test's). */
  mailer?: Mailer;
  /** Or how to choose one: `{}` is SMTP_URL, else the outbox (what `serve` passes). */
  mail?: LocalMailOptions;
}

export async function createLocalPortalDeps(
  storeDir: string,
  options: LocalPortalOptions = {},
): Promise<PortalDeps> {
  const clock = options.clock ?? { now: () => new Date() };
  const secret = await loadOrCreateSecret(storeDir);
  const { uploads, data } = openLocalStores(storeDir);
  const deps: PortalDeps = {
    uploads,
    data,
    identity: { kind: 'local', auth: new LocalAuth(secret, () => readUsers(storeDir), clock) },
    upload: { kind: 'multipart', maxBytes: defaultLimits.maxFileBytes },
    download: { kind: 'stream' },
    publish: options.publish ?? {
      async start() {
        return { runId: `local-${randomBytes(4).toString('hex')}` };
      },
    },
    clock,
    buildTemplate,
    sample: (await data.head(dataKeys.sampleMarker)) !== undefined,
  };
  if (options.processUpload) deps.processUpload = options.processUpload;
  if (options.draftRenderer) deps.draftRenderer = options.draftRenderer;
  deps.directory = localDirectory(storeDir);
  const mailer =
    options.mailer ??
    (options.mail ? createLocalMailer(storeDir, { clock, ...options.mail }).mailer : undefined);
  if (mailer) deps.mailer = mailer;
  return deps;
}
