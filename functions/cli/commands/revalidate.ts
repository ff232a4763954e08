/**
 * `alliance-reports revalidate --year 2014 [--apply] [--store DIR]`: runs every stored upload
 * of the year (the original files) through the current validation rules and prints, per
 * upload, what would change: its outcome before and after, its error and warning counts, and
 * what would stop counting. Without --apply nothing is written. With --apply it records the
 * re-validation (control/<year>/revalidations/<stamp>.json), invalidates the uploads that fail
 * now (the latest upload that still passes counts again) and renders the drafts again. An
 * upload that failed before and passes now is reported only: the country uploads it again.
 * Exit 0 (whatever was found); 2 bad usage.
 */
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { openLocalStores } from '../../adapters/local-stores.js';
import { type RevalidationReport, revalidateYear } from '../../app/cycle/revalidate.js';
import type { ReportRenderer } from '../../app/publish/ports.js';
import { readerOverStore } from '../../app/store-upload.js';
import { localStoreFolders } from '../../core/keys.js';
import { displayName } from '../../portal/data.js';
import { EXIT_OK, UsageError } from '../main.js';

export interface RevalidateCommandOptions {
  year: number;
  store?: string;
  apply?: boolean;
}

export async function runRevalidate(opts: RevalidateCommandOptions, now: () => Date = () => new Date()) {
  const store = opts.store ?? '.alliance-store';
  if (!existsSync(join(store, localStoreFolders.data)))
    throw new UsageError(`${store} is not a store folder: it has no ${localStoreFolders.data}/ folder.`);
  const { uploads, data } = openLocalStores(store);
  let renderer: Promise<ReportRenderer> | undefined;
  const report = await revalidateYear(
    {
      uploads: readerOverStore(uploads),
      data,
      renderer: () => {
        renderer ??= import('../../adapters/report-renderer.js').then((m) => m.processReportRenderer());
        return renderer;
      },
    },
    { year: opts.year, apply: opts.apply === true, actor: `cli:${userInfo().username}`, at: now() },
  );
  process.stdout.write(`${formatReport(report).join('\n')}\n`);
  return EXIT_OK;
}

const outcomeText = {
  accepted: 'accepted',
  'accepted-with-warnings': 'accepted with warnings',
  rejected: 'rejected',
} as const;

/** The report as lines for the terminal. */
export function formatReport(report: RevalidationReport): string[] {
  const { year, uploads } = report;
  const out: string[] = [];
  const countries = new Set(uploads.map((u) => u.country)).size;
  out.push(
    `${year}: ${uploads.length} upload${uploads.length === 1 ? '' : 's'} of ${countries} countr${countries === 1 ? 'y' : 'ies'} checked again under the current rules.`,
  );
  if (uploads.length === 0) out.push('Nothing to check: no upload of that year is in the store.');
  const names = new Map(uploads.map((u) => [u.uploadId, displayName(u.fileName)]));
  for (const u of uploads) {
    const after = u.after ? outcomeText[u.after] : 'not checked';
    const counts =
      u.errorsAfter === null
        ? `errors ${u.errorsBefore}, warnings ${u.warningsBefore}`
        : `errors ${u.errorsBefore} -> ${u.errorsAfter}, warnings ${u.warningsBefore} -> ${u.warningsAfter}`;
    const codes = [
      ...(u.codesAdded.length ? [`new: ${u.codesAdded.join(', ')}`] : []),
      ...(u.codesRemoved.length ? [`gone: ${u.codesRemoved.join(', ')}`] : []),
    ];
    out.push(
      `  ${u.country}  ${displayName(u.fileName)} (${u.uploadId})  ${outcomeText[u.before]} -> ${after}  ${counts}  ${actionText(u.action, report.applied, u.counts.length > 0)}${codes.length ? `  [${codes.join('; ')}]` : ''}`,
    );
  }
  if (report.current.length) {
    out.push(report.applied ? 'What counts now:' : 'What would count:');
    for (const c of report.current)
      out.push(
        `  ${c.country} ${c.table}: ${c.from ? (names.get(c.from) ?? c.from) : 'nothing'} -> ${c.to ? (names.get(c.to) ?? c.to) : 'nothing'}`,
      );
  }
  if (report.applied && report.record) out.push(`Recorded as ${report.record.key} in the data store.`);
  else if (uploads.some((u) => u.action === 'stopped-counting'))
    out.push(
      'Dry run: nothing was written. Run again with --apply to record it and stop counting what fails now.',
    );
  else out.push('Dry run: nothing was written. Nothing would stop counting.');
  return out;
}

function actionText(
  action: RevalidationReport['uploads'][number]['action'],
  applied: boolean,
  counts: boolean,
) {
  switch (action) {
    case 'stopped-counting':
      return applied
        ? 'invalidated: fails the current rules'
        : 'would be invalidated: fails the current rules';
    case 'passes-now':
      return 'passes now, does not count until uploaded again';
    case 'already-invalidated':
      return 'invalidated before';
    case 'original-missing':
      return 'original file not found in the uploads store: not checked';
    case 'unchanged':
      return counts ? 'unchanged (counts)' : 'unchanged';
  }
}
