/**
 * The benchmark's year: every member (or the first N), every reported indicator, ten actions
 * each, the bench year plus three years of history, written as people upload them:
 * workbooks by exceljs (.xlsx), OpenDocument spreadsheets saved by LibreOffice (.ods, one
 * soffice start for all of them), and CSV pairs (indicators + actions). Also, per member, the
 * year's template (built by buildTemplate, prefilled with last year's actions) filled in.
 *
 * The figures are invented (seeded, the same every run) and shaped to be accepted: the
 * bench measures the work of a normal year, not of rejections. The sample generator
 * (scripts/make-samples.ts) exports only its whole-folder writer, with 3 to 10 actions
 * and no size control, so this is a smaller writer of its own.
 */

import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { type Indicator, reportedIndicators, targets } from '../../functions/core/framework.js';
import { isMemberInYear, type Member, members } from '../../functions/core/members.js';
import { actionColumns } from '../../functions/core/template.js';

const run = promisify(execFile);

export type UploadFormat = 'xlsx' | 'ods' | 'csv';

export interface GeneratedUpload {
  year: number;
  country: string;
  format: UploadFormat;
  /** Absolute paths: one file, or two for a CSV pair (indicators, actions). */
  paths: string[];
}

export interface GeneratedYear {
  /** The input folder: `<dir>/<year>/<CC>/<file>`. */
  inputDir: string;
  /** The year the run renders; the three before it are history. */
  year: number;
  years: number[];
  countries: string[];
  uploads: GeneratedUpload[];
}

export interface GenerateOptions {
  dir: string;
  /** How many members (in members.csv order); default all. */
  countries?: number;
  year?: number;
  actionsPerCountry?: number;
}

export const benchYear = 2015;

function random(seed: string): () => number {
  let a = 2166136261;
  for (let i = 0; i < seed.length; i++) a = Math.imul(a ^ seed.charCodeAt(i), 16777619);
  a >>>= 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A plausible value in the indicator's unit, on a gentle trend from the member's base level. */
function indicatorValue(indicator: Indicator, member: Member, year: number): number | string {
  const base = random(`${member.code}:${indicator.id}`);
  const noise = random(`${member.code}:${indicator.id}:${year}`);
  const t = year - 2012;
  const level = 0.3 + 2.7 * base();
  switch (indicator.unit) {
    case 'yes-no':
      return base() > 0.2 || t > 1 ? 'yes' : 'no';
    case 'count':
      // T2.4 (convicted) stays below T2.3 (prosecuted): same base, a smaller factor.
      return Math.round((indicator.id === 'T2.4' ? 40 : 60) * level * 1.06 ** t * (0.95 + 0.1 * noise()) + 1);
    case 'percent':
      return round1(Math.min(99, 40 + 40 * base() + 2 * t + noise()));
    case 'score':
      return Math.min(indicator.range?.max ?? 6, Math.round(2 + 3 * base()) + (t > 1 ? 1 : 0));
    case 'fte':
      return round1(5 * level * 1.05 ** t);
    case 'days':
      return round1(Math.max(0.5, 6 * base() * 0.9 ** t));
  }
}

const unitText: Record<Indicator['unit'], string> = {
  'yes-no': 'yes/no',
  count: 'count',
  percent: '%',
  score: 'score',
  fte: 'FTE',
  days: 'days',
};

interface ActionRow {
  ref: string;
  target: number;
  goal: string;
  title: string;
  description: string;
  kind: string;
  status: string;
  start: string;
  end: string;
  lead: string;
  progress: string;
}

function actionsOf(member: Member, year: number, count: number): ActionRow[] {
  const goals = targets.flatMap((t) => t.goals);
  return Array.from({ length: count }, (_, i) => {
    const r = random(`${member.code}:action:${i}`);
    const goal = goals[Math.floor(r() * goals.length)]!;
    const startYear = 2011 + Math.floor(r() * 3);
    const pace = 1 + Math.floor(r() * 4);
    const elapsed = year - startYear;
    const status = elapsed < 0 ? 'planned' : elapsed < pace ? 'in-progress' : 'completed';
    return {
      ref: `${member.code}-${goal.target}.${String(i + 1).padStart(2, '0')}`,
      target: goal.target,
      goal: goal.id,
      title: `Action ${i + 1} of ${member.name} towards goal ${goal.id}`,
      description: `A fictitious action for the benchmark: ${goal.text}`,
      kind: startYear <= 2011 ? 'baseline' : 'commitment',
      status,
      start: `${startYear}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-01`,
      end: status === 'completed' ? `${startYear + pace}-12-31` : '',
      lead: 'Ministry of the Interior (fictitious)',
      progress: status === 'completed' ? 'Completed as planned.' : `Under way at the end of ${year}.`,
    };
  });
}

const actionHeader = [...actionColumns];

const actionCells = (a: ActionRow) => [
  a.ref,
  `Target ${a.target}`,
  a.goal,
  a.title,
  a.description,
  a.kind,
  a.status,
  a.start,
  a.end,
  a.lead,
  a.progress,
];

async function writeWorkbook(
  member: Member,
  year: number,
  actions: ActionRow[],
  path: string,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Benchmark (fictitious)';
  wb.created = new Date(Date.UTC(year + 1, 2, 1));
  wb.modified = wb.created;
  wb.addWorksheet('Cover').addRows([
    ['Country', member.name],
    ['Reporting year', year],
    ['Contact name', 'Bench Contact'],
    ['Organisation', 'Benchmark (fictitious)'],
    ['Email', 'bench@example.org'],
    ['Date', `${year + 1}-03-01`],
  ]);
  const ind = wb.addWorksheet('Indicators');
  ind.addRow(['Indicator', 'Name', 'Value', 'Unit', 'Source', 'Estimate', 'Notes']).font = { bold: true };
  for (const i of reportedIndicators)
    ind.addRow([
      i.id,
      i.name,
      indicatorValue(i, member, year),
      unitText[i.unit],
      'National statistics',
      'no',
      null,
    ]);
  const act = wb.addWorksheet('Actions');
  act.addRow(actionHeader).font = { bold: true };
  for (const a of actions) act.addRow(actionCells(a));
  await wb.xlsx.writeFile(path);
}

const csvField = (f: string) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
const csvText = (rows: Array<Array<string | number>>) =>
  `${rows.map((r) => r.map((f) => csvField(String(f))).join(',')).join('\r\n')}\r\n`;

async function writeCsvPair(
  member: Member,
  year: number,
  actions: ActionRow[],
  dir: string,
  prefix: string,
): Promise<string[]> {
  const indicators = [
    ['Indicator', 'Value', 'Unit', 'Source', 'Estimate', 'Notes'],
    ...reportedIndicators.map((i) => [
      i.id,
      indicatorValue(i, member, year),
      unitText[i.unit],
      'National statistics',
      'no',
      '',
    ]),
  ];
  const paths = [join(dir, `${prefix}-indicators.csv`), join(dir, `${prefix}-actions.csv`)];
  await writeFile(paths[0]!, csvText(indicators));
  await writeFile(paths[1]!, csvText([actionHeader, ...actions.map(actionCells)]));
  return paths;
}

/** Each member's format moves with the year, so every format has a share of every year. */
function formatOf(index: number, year: number): UploadFormat {
  return (['xlsx', 'ods', 'csv', 'xlsx'] as const)[(index + year) % 4]!;
}

/** Writes the input folder; ODS files go through one LibreOffice start. */
export async function generateYear(options: GenerateOptions): Promise<GeneratedYear> {
  const year = options.year ?? benchYear;
  const years = [year - 3, year - 2, year - 1, year];
  const chosen = members.slice(0, options.countries ?? members.length);
  const actionCount = options.actionsPerCountry ?? 10;
  const inputDir = join(options.dir, 'input');
  const work = await mkdtemp(join(tmpdir(), 'bench-ods-'));
  const uploads: GeneratedUpload[] = [];
  const toOds: Array<{ tmp: string; dest: string }> = [];
  try {
    for (const y of years) {
      for (const [index, member] of chosen.entries()) {
        if (!isMemberInYear(member, y)) continue;
        const dir = join(inputDir, String(y), member.code);
        await mkdir(dir, { recursive: true });
        const actions = actionsOf(member, y, actionCount);
        const prefix = `01-${member.code}-${y}`;
        const format = formatOf(index, y);
        if (format === 'csv') {
          const paths = await writeCsvPair(member, y, actions, dir, prefix);
          uploads.push({ year: y, country: member.code, format, paths });
        } else if (format === 'xlsx') {
          const path = join(dir, `${prefix}.xlsx`);
          await writeWorkbook(member, y, actions, path);
          uploads.push({ year: y, country: member.code, format, paths: [path] });
        } else {
          const tmp = join(work, `${prefix}.xlsx`);
          await writeWorkbook(member, y, actions, tmp);
          const dest = join(dir, `${prefix}.ods`);
          toOds.push({ tmp, dest });
          uploads.push({ year: y, country: member.code, format, paths: [dest] });
        }
      }
    }
    await saveAsOds(
      toOds.map((x) => x.tmp),
      join(work, 'out'),
    );
    for (const { tmp, dest } of toOds)
      await rename(join(work, 'out', `${tmp.slice(work.length + 1, -'.xlsx'.length)}.ods`), dest);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  // One upload per country and year: times in path order make the upload order plain.
  const when = new Date(Date.UTC(year + 1, 3, 1));
  for (const u of uploads) for (const p of u.paths) await utimes(p, when, when);
  return { inputDir, year, years, countries: chosen.map((m) => m.code), uploads };
}

async function saveAsOds(inputs: string[], outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  if (inputs.length === 0) return;
  const profile = await mkdtemp(join(tmpdir(), 'bench-lo-'));
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'ods',
        '--outdir',
        outDir,
        ...inputs,
      ],
      { timeout: 600_000 },
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(
        'LibreOffice (soffice) is needed for the ODS uploads: apt-get install -y --no-install-recommends libreoffice-calc-nogui',
        { cause: error },
      );
    throw error;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const written = new Set(await readdir(outDir));
  const missing = inputs.filter((p) => !written.has(p.replace(/^.*\//, '').replace(/\.xlsx$/, '.ods')));
  if (missing.length > 0) throw new Error(`LibreOffice did not write ${missing.length} ODS file(s)`);
}

/**
 * The year's template for a member, prefilled with last year's actions (as the portal hands
 * it out), then filled in the way a contact does: cover, every value, each action's status.
 */
export async function fillTemplate(template: Uint8Array, member: Member, year: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const cover = wb.getWorksheet('Cover');
  const ind = wb.getWorksheet('Indicators');
  const act = wb.getWorksheet('Actions');
  if (!cover || !ind || !act) throw new Error('The template lacks a Cover, Indicators or Actions sheet');
  const coverValues: Record<string, string> = {
    'Contact name': 'Bench Contact',
    Organisation: 'Benchmark (fictitious)',
    Email: 'bench@example.org',
    Date: `${year + 1}-03-01`,
  };
  cover.eachRow((row) => {
    const value = coverValues[String(row.getCell(1).value)];
    if (value) row.getCell(2).value = value;
  });
  // Found by its heading: the template's columns move (the last-year column beside Value).
  const sourceCol = (ind.getRow(1).values as unknown[]).indexOf('Source');
  ind.eachRow((row, n) => {
    if (n === 1) return;
    const indicator = reportedIndicators.find((i) => i.id === row.getCell(1).value);
    if (!indicator) return;
    row.getCell(4).value = indicatorValue(indicator, member, year);
    if (sourceCol > 0) row.getCell(sourceCol).value = 'National statistics';
  });
  act.eachRow((row, n) => {
    if (n === 1 || !row.getCell(1).value) return;
    if (row.getCell(7).value === 'planned') row.getCell(7).value = 'in-progress';
    row.getCell(11).value = `Updated for ${year}.`;
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
