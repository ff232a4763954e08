/**
 * Saves files through real LibreOffice (Debian's libreoffice-calc-nogui, headless), so
 * fixtures and samples are what a person's spreadsheet program writes, not what our own
 * writer thinks it writes. Each call gets its own profile: concurrent calls do not clash.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class LibreOfficeMissingError extends Error {
  readonly code = 'LIBREOFFICE_MISSING';
  constructor(options?: ErrorOptions) {
    super(
      'LibreOffice (soffice) is not installed. Run: apt-get update && apt-get install -y --no-install-recommends libreoffice-calc-nogui',
      options,
    );
    this.name = 'LibreOfficeMissingError';
  }
}

/**
 * Opens `input` in LibreOffice and saves it into `outDir` as `format`, e.g. `xlsx`, `ods`,
 * `xls`, or `csv:Text - txt - csv (StarCalc):59,34,76,1` (separator 59 = `;`, quote 34,
 * charset 76 = UTF-8, first line 1). Returns the written file's path.
 */
export async function convertWithLibreOffice(input: string, format: string, outDir: string): Promise<string> {
  await convertManyWithLibreOffice([input], format, outDir);
  const ext = format.split(':')[0] ?? format;
  const expected = `${basename(input, extname(input))}.${ext}`;
  const files = await readdir(outDir);
  if (!files.includes(expected)) throw new Error(`LibreOffice did not write ${expected} for ${input}`);
  return join(outDir, expected);
}

/** Saves every file of `inputs` as `format` into `outDir` with one LibreOffice start (it takes ~1.2 s to start). */
export async function convertManyWithLibreOffice(
  inputs: string[],
  format: string,
  outDir: string,
): Promise<void> {
  if (inputs.length === 0) return;
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        format,
        '--outdir',
        outDir,
        ...inputs,
      ],
      { timeout: 120_000 + inputs.length * 5_000 },
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new LibreOfficeMissingError({ cause: error });
    throw error;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
