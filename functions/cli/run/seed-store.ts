/**
 * Loads a folder of uploads (the `run --input` layout, e.g. the bundled samples) into a
 * portal store as if each had been uploaded in turn: originals into `<store>/uploads`,
 * validation records, submissions and `current/` pointers into `<store>/data`, then the
 * drafts of the years asked for. The demo uses it so the portal opens on real-looking data.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openLocalStores } from '../../adapters/local-stores.js';
import type { ReportRenderer } from '../../app/publish/ports.js';
import { renderConsolidatedDraft, renderCountryDraft } from '../../app/render-drafts.js';
import { readerOverStore, storeUpload } from '../../app/store-upload.js';
import { dataKeys, uploadKey } from '../../core/keys.js';
import { scanInput } from './scan-input.js';

export interface SeedResult {
  uploads: number;
  accepted: number;
  rejected: number;
  draftYears: number[];
}

/** Seeds `<storeDir>` from `<inputDir>`; renders drafts for `draftYears` (all countries of each). */
export async function seedStore(
  inputDir: string,
  storeDir: string,
  options: { renderer: ReportRenderer; draftYears: number[] },
): Promise<SeedResult> {
  const scanned = await scanInput(inputDir);
  const { uploads, data } = openLocalStores(storeDir);
  if (scanned.sample)
    await data.put(dataKeys.sampleMarker, new TextEncoder().encode('fictitious sample data\n'));

  const result: SeedResult = { uploads: 0, accepted: 0, rejected: 0, draftYears: [] };
  // Years ascending and uploads in their order: each year's change warnings see the last.
  for (const file of scanned.files) {
    const key = uploadKey(file.year, file.country, file.name);
    if (!(await uploads.head(key))) await uploads.put(key, await readFile(file.path));
    const stored = await storeUpload({ key }, { uploads: readerOverStore(uploads), data });
    result.uploads += 1;
    if (stored.outcome === 'accepted') result.accepted += 1;
    else if (stored.outcome === 'rejected') result.rejected += 1;
  }

  const deps = { data, renderer: async () => options.renderer };
  for (const year of options.draftYears.filter((y) => scanned.years.includes(y))) {
    const countries = [...new Set(scanned.files.filter((f) => f.year === year).map((f) => f.country))];
    // The renderer spreads the countries over its worker threads.
    await Promise.all(countries.map((country) => renderCountryDraft(year, country, deps)));
    await renderConsolidatedDraft(year, deps);
    result.draftYears.push(year);
  }
  return result;
}
