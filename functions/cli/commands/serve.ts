/**
 * `alliance-reports serve`: the portal on 127.0.0.1 over the folder store. Prints the URL,
 * stops cleanly on SIGINT and SIGTERM.
 */
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { openLocalStores } from '../../adapters/local-stores.js';
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
}

export async function runServe(opts: ServeOptions): Promise<number> {
  const store = resolve(opts.store);
  const { options, close } = await localUseCases(store);
  const deps = await createLocalPortalDeps(store, options);
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
  const users = await readUsers(store);
  process.stdout.write(`Portal running at http://127.0.0.1:${port}/ (store ${store}). Ctrl+C stops it.\n`);
  if (users.length === 0)
    process.stdout.write(
      'No users yet: add one with `alliance-reports users add --email you@example.org --staff --store ...`.\n',
    );
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => close().then(done, done));
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stdout.write('Portal stopped.\n');
  return EXIT_OK;
}

/**
 * The real use cases: processing an upload (the drafts rendered afterwards on one render
 * thread, so that the portal's thread answers the next request meanwhile), the publish run.
 */
async function localUseCases(store: string): Promise<{
  options: Parameters<typeof createLocalPortalDeps>[1];
  close: () => Promise<void>;
}> {
  const { localProcessUpload, localPublishStarter } = await import('../../portal/local-use-cases.js');
  const { createWorkerRenderer } = await import('../run/worker-renderer.js');
  const { uploads, data } = openLocalStores(store);
  let thread: ReturnType<typeof createWorkerRenderer> | undefined;
  const processUpload = localProcessUpload(
    { uploads, data },
    {
      renderer: async () => {
        thread ??= createWorkerRenderer(1);
        return thread;
      },
    },
  );
  return {
    options: { processUpload, publish: localPublishStarter(data) },
    close: async () => {
      // A draft cut short is rendered again with the next accepted upload (its stamp is written last).
      await thread?.close();
    },
  };
}
