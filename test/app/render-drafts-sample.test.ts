import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FolderStore } from '../../functions/adapters/folder-store.js';
import { createPdfPrinter } from '../../functions/adapters/pdf-printer.js';
import { createInProcessRenderer } from '../../functions/app/publish/in-process-renderer.js';
import { renderDrafts } from '../../functions/app/render-drafts.js';
import { readerOverStore, storeUpload } from '../../functions/app/store-upload.js';
import { dataKeys } from '../../functions/core/keys.js';
import { extractPdfText } from '../helpers/pdf-text.js';

const fixture = fileURLToPath(new URL('../fixtures/ingest/workbook-full.xlsx', import.meta.url));
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** A store with France's 2014 workbook accepted, with or without the sample marker. */
async function storeWithFrance(sample: boolean) {
  const dir = await mkdtemp(join(tmpdir(), 'drafts-sample-'));
  dirs.push(dir);
  const uploads = new FolderStore(join(dir, 'uploads'));
  const data = new FolderStore(join(dir, 'data'));
  if (sample) await data.put(dataKeys.sampleMarker, new TextEncoder().encode('fictitious\n'));
  await uploads.put('2014/FR/workbook-full.xlsx', await readFile(fixture));
  const stored = await storeUpload(
    { key: '2014/FR/workbook-full.xlsx' },
    { uploads: readerOverStore(uploads), data },
  );
  expect(stored.outcome).toBe('accepted');
  const renderer = createInProcessRenderer(createPdfPrinter());
  await renderDrafts(2014, 'FR', { data, renderer: async () => renderer });
  const text = async (name: string) =>
    new TextDecoder().decode((await data.get(dataKeys.draft(2014, name)))!);
  return { data, text };
}

describe('drafts rendered from a store that holds the fictitious sample', () => {
  it('say "Fictitious sample data" on every page of the draft PDF and in the HTML', async () => {
    const { data, text } = await storeWithFrance(true);
    expect(await text('FR.html')).toContain('Fictitious sample data');
    expect(await text('consolidated.html')).toContain('Fictitious sample data');
    const pages = await extractPdfText((await data.get(dataKeys.draft(2014, 'FR.pdf')))!);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Fictitious sample data');
  });

  it('carry no sample mark when the store holds real submissions', async () => {
    const { text } = await storeWithFrance(false);
    expect(await text('FR.html')).not.toContain('Fictitious sample data');
    expect(await text('FR.html')).toContain('Draft');
  });
});
