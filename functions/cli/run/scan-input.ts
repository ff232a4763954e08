/**
 * Finds the uploads in the command line's input folder, laid out as the uploads bucket is:
 * `<dir>/<year>/<CC>/<file>.{xlsx,ods,csv}`. Anything else is reported, never fatal.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { getMember, resolveMember } from '../../core/members.js';

/** A file whose presence says: this folder is the bundled fictitious sample data. */
export const SAMPLE_MARKER = 'FICTITIOUS-SAMPLE-DATA';

export interface InputFile {
  year: number;
  country: string;
  /** File name as uploaded. */
  name: string;
  path: string;
  /** Modification time, whole seconds (see `compareUploads`). */
  modifiedSeconds: number;
}

export interface InputProblem {
  /** Path relative to the input folder. */
  path: string;
  message: string;
}

export interface ScannedInput {
  sample: boolean;
  /** Years with a folder, ascending. */
  years: number[];
  /** Uploads by year, country, then upload order (oldest first). */
  files: InputFile[];
  problems: InputProblem[];
}

const uploadTypes = new Set(['.xlsx', '.ods', '.csv']);

/**
 * Upload order: modification time, then name. Times are compared to the whole second:
 * files that were copied or checked out together (git keeps no times) tie, and their
 * names, which people and the sample generator number (`01-`, `02-`), decide.
 */
export function compareUploads(a: InputFile, b: InputFile): number {
  return a.modifiedSeconds - b.modifiedSeconds || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

async function entries(dir: string): Promise<Dirent[]> {
  const list = await readdir(dir, { withFileTypes: true });
  return list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The member code a folder name stands for: `FR`, `fr`, and the EU codes `EL`, `UK`. */
function countryOfFolder(name: string): string | undefined {
  if (!/^[A-Za-z]{2}$/.test(name)) return undefined;
  return getMember(name.toUpperCase())?.code ?? resolveMember(name)?.code;
}

/** Scans the input folder; throws only when the folder itself cannot be read. */
export async function scanInput(dir: string): Promise<ScannedInput> {
  const problems: InputProblem[] = [];
  const files: InputFile[] = [];
  const years: number[] = [];
  let sample = false;

  for (const top of await entries(dir)) {
    if (top.isFile() && top.name === SAMPLE_MARKER) sample = true;
    if (!top.isDirectory()) continue; // README files and the like beside the years
    if (!/^\d{4}$/.test(top.name)) {
      if (!top.name.startsWith('.'))
        problems.push({ path: top.name, message: 'not a year folder (such as 2014): skipped' });
      continue;
    }
    const year = Number(top.name);
    years.push(year);
    for (const entry of await entries(join(dir, top.name))) {
      const rel = `${top.name}/${entry.name}`;
      if (entry.name.startsWith('.')) continue;
      if (!entry.isDirectory()) {
        problems.push({ path: rel, message: 'a file outside a country folder (such as 2014/FR/): skipped' });
        continue;
      }
      const country = countryOfFolder(entry.name);
      if (!country) {
        problems.push({ path: rel, message: 'not the code of a member country (such as FR): skipped' });
        continue;
      }
      const found: InputFile[] = [];
      for (const file of await entries(join(dir, top.name, entry.name))) {
        const fileRel = `${rel}/${file.name}`;
        // Dot files and the lock files spreadsheet programs leave while a file is open.
        if (file.name.startsWith('.') || file.name.startsWith('~$')) continue;
        if (!file.isFile()) {
          problems.push({ path: fileRel, message: 'a folder inside a country folder: skipped' });
          continue;
        }
        if (!uploadTypes.has(extname(file.name).toLowerCase())) {
          problems.push({ path: fileRel, message: 'not an .xlsx, .ods or .csv file: skipped' });
          continue;
        }
        const path = join(dir, top.name, entry.name, file.name);
        const info = await stat(path);
        found.push({
          year,
          country,
          name: file.name,
          path,
          modifiedSeconds: Math.floor(info.mtimeMs / 1000),
        });
      }
      files.push(...found);
    }
  }
  // `fr` and `FR`, or `EL` and `GR`, are one country: one upload order across both folders.
  files.sort(
    (a, b) =>
      a.year - b.year || (a.country < b.country ? -1 : a.country > b.country ? 1 : 0) || compareUploads(a, b),
  );
  return { sample, years: years.sort((a, b) => a - b), files, problems };
}
