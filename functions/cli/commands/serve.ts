/**
 * `alliance-reports serve`: the portal on 127.0.0.1 over the folder store. Prints the URL,
 * stops cleanly on SIGINT and SIGTERM.
 */
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../../adapters/env.js';
import { openLocalStores } from '../../adapters/local-stores.js';
import { createLocalMailer } from '../../adapters/mail/local.js';
import type { Mailer } from '../../app/mail/ports.js';
import { defaultLimits } from '../../core/limits.js';
import { readUsers } from '../../portal/local-auth.js';
import { createLocalPortalDeps } from '../../portal/local-deps.js';
import { createPortalServer } from '../../portal/node-server.js';
import { EXIT_OK, UsageError } from '../main.js';

export interface ServeOptions {
  port: number;
  store: string;
  /** The year pages open on when the address names none (default: last calendar year). */
  year?: number;
  /** The SMTP server for the portal's mail (default SMTP_URL, else .eml files in <store>/outbox). */
  smtpUrl?: string;
}

export async function runServe(opts: ServeOptions): Promise<number> {
  const store = resolve(opts.store);
  let mail: ReturnType<typeof createLocalMailer>;
  try {
    mail = createLocalMailer(store, opts.smtpUrl ? { smtpUrl: opts.smtpUrl } : {});
  } catch (error) {
    if (error instanceof ConfigurationError) throw new UsageError(error.message);
    throw error;
  }
  // The portal's address is known once it listens; the receipt e-mails link to it.
  let origin: string | undefined;
  const { options, close } = await localUseCases(store, mail.mailer, () => origin);
  const deps = await createLocalPortalDeps(store, { ...options, mailer: mail.mailer });
  if (opts.year !== undefined) deps.currentYear = opts.year;
  const server = createPortalServer(deps, defaultLimits.maxFileBytes);
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new UsageError(`port ${opts.port} is already in use: choose another with --port`)
          : error,
      ),
    );
    server.listen(opts.port, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  deps.publicUrl ??= origin;
  const users = await readUsers(store);
  // Listening for Ctrl+C before saying where the portal is: a stop right after the first line is clean.
  const stopped = new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => close().then(done, done));
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stdout.write(`Portal running at ${origin}/ (store ${store}). Ctrl+C stops it.\n`);
  process.stdout.write(`Mail goes to: ${mail.description}.\n`);
  if (users.length === 0)
    process.stdout.write(
      'No users yet: add one with `alliance-reports users add --email you@example.org --staff --store ...`.\n',
    );
  await stopped;
  mail.close();
  process.stdout.write('Portal stopped.\n');
  return EXIT_OK;
}

/**
 * The real use cases: processing an upload (its receipt mailed to the uploader; the drafts
 * rendered afterwards on one render thread, so that the portal's thread answers the next
 * request meanwhile), the drafts after an invalidation (on that thread too), the publish run.
 */
async function localUseCases(
  store: string,
  mailer: Mailer,
  portalUrl: () => string | undefined,
): Promise<{
  options: Parameters<typeof createLocalPortalDeps>[1];
  close: () => Promise<void>;
}> {
  const { localProcessUpload, localPublishStarter } = await import('../../portal/local-use-cases.js');
  const { createWorkerRenderer } = await import('../run/worker-renderer.js');
  const { uploads, data } = openLocalStores(store);
  let thread: ReturnType<typeof createWorkerRenderer> | undefined;
  const renderer = async () => {
    thread ??= createWorkerRenderer(1);
    return thread;
  };
  const processUpload = localProcessUpload({ uploads, data }, { renderer, mailer, portalUrl });
  return {
    options: { processUpload, publish: localPublishStarter(data), draftRenderer: renderer },
    close: async () => {
      // A draft cut short is rendered again with the next accepted upload (its stamp is written last).
      await thread?.close();
    },
  };
}
