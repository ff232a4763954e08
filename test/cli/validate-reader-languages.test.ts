/**
 * `validate --lang` on files the readers refuse before any table is read: the message and
 * hint of the readers' codes (FILE_*, CSV_*...) come in the contact's language too, the
 * code and the place unchanged.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

interface JsonReport {
  accepted: boolean;
  issues: Array<{ code: string; severity: string; message: string; hint: string }>;
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'validate-reader-lang-'));
  await writeFile(
    join(dir, 'report.xlsx'),
    Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n', 'latin1'),
  );
  // A zip's first local header and nothing after it: cut short, no central directory.
  await writeFile(join(dir, 'cut.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]));
  await writeFile(join(dir, 'empty.csv'), '');
});

async function validateJson(file: string, lang: string): Promise<JsonReport> {
  const run = await runCli([
    'validate',
    join(dir, file),
    '--country',
    'FR',
    '--year',
    '2014',
    '--lang',
    lang,
    '--format',
    'json',
  ]);
  expect(run.code).toBe(1);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonReport;
}

describe('validate --lang on a file that cannot be read', () => {
  it('says in French that a PDF is not a workbook, and what to upload instead', async () => {
    const report = await validateJson('report.xlsx', 'fr');
    expect(report.accepted).toBe(false);
    expect(report.issues).toEqual([
      {
        code: 'FILE_UNSUPPORTED',
        severity: 'error',
        sheet: null,
        row: null,
        column: null,
        value: null,
        message: 'Le fichier est un document PDF, et non un classeur.',
        hint: 'Envoyez le rapport sous forme de classeur Excel (.xlsx), de feuille de calcul OpenDocument (.ods) ou de fichier CSV.',
      },
    ]);
  });

  it('words a damaged archive in French, its reason included', async () => {
    const [issue] = (await validateJson('cut.xlsx', 'fr')).issues;
    expect(issue?.code).toBe('FILE_CORRUPT');
    expect(issue?.message).toMatch(
      /^Le fichier n’a pas pu être lu : il semble endommagé ou incomplet \(.+\)\.$/,
    );
    expect(issue?.message).not.toMatch(/the file|zip archive is missing/);
    expect(issue?.hint).toContain('au format Classeur Excel (.xlsx)');
  });

  it('words an empty file in German and in Spanish, and in English by default', async () => {
    const de = (await validateJson('empty.csv', 'de')).issues[0];
    expect(de?.message).toBe('Die Datei ist leer (0 Byte).');
    expect(de?.hint).toMatch(/^Prüfen Sie, ob Sie die richtige Datei ausgewählt haben/);
    const es = (await validateJson('empty.csv', 'es')).issues[0];
    expect(es?.message).toBe('El archivo está vacío (0 bytes).');
    const en = (await validateJson('empty.csv', 'en')).issues[0];
    expect(en?.message).toBe('The file is empty (0 bytes).');
  });
});
