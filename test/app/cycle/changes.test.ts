/**
 * "Changed since edition N" on the folder store: an edition is published through the publish
 * use case (startEdition: reservation, plan, the steps, the manifest); a member that uploads
 * again afterwards is flagged, the members the edition lacks are listed, and an edition made
 * before manifests recorded their uploads is still compared (through its validation files).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../functions/adapters/clock.js';
import { FolderStore } from '../../../functions/adapters/folder-store.js';
import {
  changedSinceEdition,
  compareEditions,
  readPublishedEdition,
} from '../../../functions/app/cycle/changes.js';
import type { ReportRenderer } from '../../../functions/app/publish/ports.js';
import { startEdition } from '../../../functions/app/publish/sequence.js';
import { readerOverStore, storeUpload } from '../../../functions/app/store-upload.js';
import { StoredSubmissionSource } from '../../../functions/app/submissions-store.js';
import { dataKeys, outputNames } from '../../../functions/core/keys.js';
import { membersInYear } from '../../../functions/core/members.js';

const fixtures = fileURLToPath(new URL('../../fixtures/ingest/', import.meta.url));
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** Renders the report models as JSON: the publish steps run for real, without pdfmake's cost. */
const jsonRenderer: ReportRenderer = {
  async renderCountry(model) {
    const bytes = new TextEncoder().encode(JSON.stringify(model));
    return { pdf: bytes, html: bytes };
  },
  async renderConsolidated(model) {
    const bytes = new TextEncoder().encode(JSON.stringify(model));
    return { pdf: bytes, html: bytes };
  },
  async close() {},
};

async function stores() {
  const dir = await mkdtemp(join(tmpdir(), 'changes-'));
  dirs.push(dir);
  return { uploads: new FolderStore(join(dir, 'uploads')), data: new FolderStore(join(dir, 'data')) };
}

async function upload(
  s: Awaited<ReturnType<typeof stores>>,
  country: string,
  fixture: string,
  name = fixture,
) {
  const key = `2014/${country}/${name}`;
  await s.uploads.put(key, await readFile(join(fixtures, fixture)));
  const stored = await storeUpload({ key }, { uploads: readerOverStore(s.uploads), data: s.data });
  return stored.outcome;
}

async function publish(s: Awaited<ReturnType<typeof stores>>, at: string) {
  const { done } = await startEdition(
    2014,
    {
      data: s.data,
      source: new StoredSubmissionSource(s.data),
      renderer: jsonRenderer,
      clock: fixedClock(at),
    },
    { requestedBy: 'staff@example.org' },
  );
  return done;
}

describe('changedSinceEdition', () => {
  it('is undefined while nothing is published for the year', async () => {
    const s = await stores();
    expect(await upload(s, 'FR', 'workbook-full.xlsx')).toBe('accepted');
    expect(await changedSinceEdition(s.data, 2014)).toBeUndefined();
  });

  it('flags a member that uploads again after the edition, and lists the members it lacks', async () => {
    const s = await stores();
    expect(await upload(s, 'FR', 'workbook-full.xlsx')).toBe('accepted');
    const manifest = await publish(s, '2015-06-30T09:00:00Z');
    expect(Object.keys(manifest.counted ?? {})).toEqual(['FR']);

    const right = await changedSinceEdition(s.data, 2014);
    expect(right?.edition).toBe(1);
    expect(right?.published).toBe('2015-06-30');
    expect(right?.changed).toEqual([]);
    const others = membersInYear(2014)
      .map((m) => m.code)
      .filter((c) => c !== 'FR');
    expect(right?.missing).toEqual(others);
    expect(right?.missing).not.toContain('FR');

    // A new accepted upload after edition 1: its data now differ from the edition's.
    expect(await upload(s, 'FR', 'workbook-full.ods')).toBe('accepted');
    expect((await changedSinceEdition(s.data, 2014))?.changed).toEqual(['FR']);

    // A member missing from edition 1 that reports now is changed too (and still missing from it).
    expect(await upload(s, 'GR', 'workbook-greece-el.xlsx')).toBe('accepted');
    const after = await changedSinceEdition(s.data, 2014);
    expect(after?.changed).toEqual(['FR', 'GR']);
    expect(after?.missing).toContain('GR');

    // A rejected upload changes nothing that counts.
    expect(await upload(s, 'FR', 'error-values.xlsx')).toBe('rejected');
    expect((await changedSinceEdition(s.data, 2014))?.changed).toEqual(['FR', 'GR']);

    // Edition 2 takes them in: nothing differs from the latest edition any more.
    await publish(s, '2015-07-02T09:00:00Z');
    const latest = await changedSinceEdition(s.data, 2014);
    expect(latest?.edition).toBe(2);
    expect(latest?.changed).toEqual([]);
    expect(latest?.missing).not.toContain('GR');

    const one = (await readPublishedEdition(s.data, 2014, 1))!;
    const two = (await readPublishedEdition(s.data, 2014, 2))!;
    expect(two.requestedBy).toBe('staff@example.org');
    const comparison = compareEditions(one, two);
    expect(comparison.added).toEqual(['GR']);
    expect(comparison.updated).toEqual(['FR']);
    expect(comparison.removed).toEqual([]);
    expect(comparison.files.added).toEqual(
      expect.arrayContaining([outputNames.countryPdf('GR'), outputNames.validation('GR')]),
    );
    expect(comparison.files.changed).toContain(outputNames.countryPdf('FR'));
  });

  it('reads an edition whose manifest predates `counted` through its validation files', async () => {
    const s = await stores();
    expect(await upload(s, 'FR', 'workbook-full.xlsx')).toBe('accepted');
    await publish(s, '2015-06-30T09:00:00Z');
    // The same edition as an older run wrote it: the manifest without `counted`.
    const key = dataKeys.edition(2014, 1, outputNames.manifest);
    const { counted: _dropped, ...older } = JSON.parse(new TextDecoder().decode((await s.data.get(key))!));
    const legacy = await stores();
    for (const o of await s.data.list('')) {
      const bytes = (await s.data.get(o.key))!;
      await legacy.data.put(o.key, o.key === key ? new TextEncoder().encode(JSON.stringify(older)) : bytes);
    }
    expect((await changedSinceEdition(legacy.data, 2014))?.changed).toEqual([]);
    legacy.uploads = s.uploads;
    expect(await upload(legacy, 'FR', 'workbook-full.ods')).toBe('accepted');
    expect((await changedSinceEdition(legacy.data, 2014))?.changed).toEqual(['FR']);
  });
});
