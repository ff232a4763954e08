/**
 * `alliance-reports reconcile --year 2014 [--store DIR] [--replay]`: lists the uploads of the
 * year in the folder store that were never processed (no validation record), and with
 * --replay processes them as the portal would (validation record, submission, drafts).
 * Exit 0 when nothing is missing or everything missing was replayed; 1 when something is
 * missing and was not replayed (or its replay hit a fault); 2 bad usage.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openLocalStores } from '../../adapters/local-stores.js';
import { processUpload, readerOverStore } from '../../app/process-upload.js';
import type { ReportRenderer } from '../../app/publish/ports.js';
import { inventoryOverStore, reconciled, reconcileYear } from '../../app/reconcile.js';
import { localStoreFolders } from '../../core/keys.js';
import { EXIT_OK, EXIT_REJECTED, UsageError } from '../main.js';

export interface ReconcileOptions {
  year: number;
  store?: string;
  replay?: boolean;
}

export async function runReconcile(opts: ReconcileOptions): Promise<number> {
  const store = opts.store ?? '.alliance-store';
  if (!existsSync(join(store, localStoreFolders.uploads)))
    throw new UsageError(`${store} is not a store folder: it has no ${localStoreFolders.uploads}/ folder.`);
  const { uploads, data } = openLocalStores(store);
  let renderer: Promise<ReportRenderer> | undefined;
  const result = await reconcileYear(
    opts.year,
    {
      uploads: inventoryOverStore(uploads),
      data,
      process: (input) =>
        processUpload(input, {
          uploads: readerOverStore(uploads),
          data,
          renderer: () => {
            renderer ??= import('../../adapters/report-renderer.js').then((m) => m.processReportRenderer());
            return renderer;
          },
        }),
    },
    { replay: opts.replay === true },
  );

  const out: string[] = [];
  out.push(
    `${opts.year}: ${result.uploads} upload${result.uploads === 1 ? '' : 's'}, ${result.processed} processed, ${result.missing.length} never processed.`,
  );
  result.missing.forEach((m, i) => {
    const replay = result.replayed?.[i];
    const what = replay
      ? replay.outcome === 'failed'
        ? `replay failed (${replay.fault})`
        : `replayed: ${replay.outcome}`
      : 'not processed';
    out.push(`  ${m.key}  ${what}`);
  });
  if (result.missing.length > 0 && !opts.replay) out.push('Run again with --replay to process them.');
  process.stdout.write(`${out.join('\n')}\n`);
  return reconciled(result) ? EXIT_OK : EXIT_REJECTED;
}
