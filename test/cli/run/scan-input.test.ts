import { mkdir, mkdtemp, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanInput } from '../../../functions/cli/run/scan-input.js';

async function file(root: string, rel: string, seconds: number): Promise<void> {
  const path = join(root, rel);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, 'x');
  const when = new Date(seconds * 1000);
  await utimes(path, when, when);
}

describe('scanning the input folder', () => {
  it('orders uploads by modification time, then by name when the times tie to the second', async () => {
    const root = await mkdtemp(join(tmpdir(), 'scan-'));
    const t = Date.UTC(2015, 2, 1) / 1000;
    await file(root, '2014/FR/b-second.xlsx', t + 60);
    await file(root, '2014/FR/z-first.xlsx', t);
    // Checked out together (same second): the name decides.
    await file(root, '2014/DE/02-corrected.xlsx', t + 0.4);
    await file(root, '2014/DE/01-first.xlsx', t + 0.7);
    const scanned = await scanInput(root);
    expect(scanned.files.map((f) => `${f.country}/${f.name}`)).toEqual([
      'DE/01-first.xlsx',
      'DE/02-corrected.xlsx',
      'FR/z-first.xlsx',
      'FR/b-second.xlsx',
    ]);
  });

  it('reports folders that are not member codes and files of other types, and goes on', async () => {
    const root = await mkdtemp(join(tmpdir(), 'scan-'));
    await file(root, '2013/FR/report.ods', 1);
    await file(root, '2013/XX/report.xlsx', 1);
    await file(root, '2013/FR/notes.docx', 1);
    await file(root, '2013/loose.csv', 1);
    await file(root, '2014/el/report.csv', 1);
    await file(root, 'drafts/2014/FR/report.xlsx', 1);
    await file(root, 'README.md', 1);
    const scanned = await scanInput(root);
    expect(scanned.years).toEqual([2013, 2014]);
    expect(scanned.sample).toBe(false);
    expect(scanned.files.map((f) => `${f.year}/${f.country}/${f.name}`)).toEqual([
      '2013/FR/report.ods',
      '2014/GR/report.csv',
    ]);
    expect(scanned.problems.map((p) => p.path).sort()).toEqual([
      '2013/FR/notes.docx',
      '2013/XX',
      '2013/loose.csv',
      'drafts',
    ]);
    expect(scanned.problems.find((p) => p.path === '2013/XX')?.message).toMatch(/not the code of a member/);
  });

  it('recognises the bundled sample by its marker file', async () => {
    const root = await mkdtemp(join(tmpdir(), 'scan-'));
    await file(root, 'FICTITIOUS-SAMPLE-DATA', 1);
    await file(root, '2013/FR/a.csv', 1);
    expect((await scanInput(root)).sample).toBe(true);
  });
});
