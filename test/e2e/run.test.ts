/**
 * The yearly run end to end, through the real command line in a child process: real
 * uploads (CSV written here, sample workbooks saved by LibreOffice), the real ingest, the
 * real renderers on worker threads, a real output folder.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionColumns } from '../../functions/core/columns.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(repo, 'bin/alliance-reports.js');
const samples = join(repo, 'samples');

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: repo, timeout: 300_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const header = 'Indicator,Value,Unit,Source,Estimate,Notes';
function indicatorsCsv(values: Record<string, string>): string {
  const lines = [header];
  for (const [id, value] of Object.entries(values)) lines.push(`${id},${value},,"Police, national unit",no,`);
  return `${lines.join('\r\n')}\r\n`;
}
const actionsCsv = [
  actionColumns.join(','),
  'FR-1,1,1a,Connect to ICSE,Connection of the unit,commitment,in-progress,2013-01-01,,Police,Under way',
  'FR-2,3,,Awareness campaign,For parents,baseline,completed,2012-05-01,2013-06-30,Ministry,Done',
].join('\r\n');

const fr2013 = {
  'T1.1': 'no',
  'T1.2': '120',
  'T1.3': '1000',
  'T1.5': '80',
  'T1.6': '4',
  'T2.1': '5',
  'T2.2': '300',
  'T2.3': '80',
  'T2.4': '60',
  'T3.1': '1',
  'T3.2': '40',
  'T4.1': 'yes',
  'T4.2': '5000',
};

async function put(root: string, rel: string, text: string, modifiedSeconds: number): Promise<void> {
  const path = join(root, rel);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, text);
  await utimes(path, modifiedSeconds, modifiedSeconds);
}

let input: string;
let out: string;
let result: { code: number; stdout: string; stderr: string };
const t0 = Date.UTC(2015, 2, 1) / 1000;

beforeAll(async () => {
  input = await mkdtemp(join(tmpdir(), 'run-in-'));
  out = await mkdtemp(join(tmpdir(), 'run-out-'));
  await put(input, '2013/FR/indicators.csv', indicatorsCsv(fr2013), t0);
  await put(input, '2013/FR/actions.csv', actionsCsv, t0);
  await cp(join(samples, '2013/DE'), join(input, '2013/DE'), { recursive: true });
  // Two indicator uploads for FR 2014: the later one by time counts, whatever the names.
  await put(input, '2014/FR/z-first-indicators.csv', indicatorsCsv({ ...fr2013, 'T1.2': '999' }), t0);
  await put(
    input,
    '2014/FR/a-later-indicators.csv',
    indicatorsCsv({
      ...fr2013,
      'T1.1': 'yes',
      'T1.2': '150',
      'T1.3': '1100',
      'T1.6': '4.5',
      'T2.2': 'approx. 320',
      'T3.2': '',
    }),
    t0 + 120,
  );
  await put(input, '2014/FR/actions.csv', actionsCsv, t0);
  await put(input, '2014/FR/notes.txt', 'not an upload', t0);
  await cp(join(samples, '2014/DE'), join(input, '2014/DE'), { recursive: true });
  // A rejected upload: a percent of 140 and a text in a count.
  await mkdir(join(input, '2014/PT'), { recursive: true });
  await cp(join(samples, '2014/PT/01-PT-2014.xlsx'), join(input, '2014/PT/01-PT-2014.xlsx'));
  await put(input, '2014/XX/report.csv', indicatorsCsv(fr2013), t0);

  result = await runCli(['run', '--input', input, '--out', out, '--no-progress']);
}, 300_000);

const readJson = async (rel: string) => JSON.parse(await readFile(join(out, rel), 'utf8'));

describe('alliance-reports run', () => {
  it('exits 1 because an upload was rejected, and says which and why in the summary', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/PT 01-PT-2014\.xlsx: .*VALUE_OUT_OF_RANGE/);
    expect(result.stdout).toMatch(/VALUE_NOT_A_NUMBER/);
    expect(result.stdout).toContain(`2014: reports in ${join(out, '2014')}`);
  });

  it('reports a folder that is not a member code and a file of another type, and goes on', () => {
    expect(result.stdout).toMatch(/2014\/XX: not the code of a member country/);
    expect(result.stdout).toMatch(/2014\/FR\/notes\.txt: not an \.xlsx, \.ods or \.csv file/);
  });

  it('writes every report, the open data, the validation records and the manifest of each year', async () => {
    expect((await readdir(join(out, '2013'))).sort()).toEqual(
      [
        'DE.html',
        'DE.pdf',
        'FR.html',
        'FR.pdf',
        'consolidated.html',
        'consolidated.pdf',
        'data-all-years.csv',
        'data.csv',
        'data.json',
        'data.xlsx',
        'datapackage.json',
        'manifest.json',
        'reporting-status.csv',
        'validation',
      ].sort(),
    );
    expect((await readdir(join(out, '2014/validation'))).sort()).toEqual(['DE.json', 'FR.json', 'PT.json']);
    // PT uploaded but has nothing accepted: no report for it.
    expect(await readdir(join(out, '2014'))).not.toContain('PT.pdf');
    const pdf = await readFile(join(out, '2014/FR.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await readFile(join(out, '2014/FR.html'), 'utf8')).toContain('France');
  });

  it('says in the validation record whether the country is accepted, with every issue code and place', async () => {
    const pt = await readJson('2014/validation/PT.json');
    expect(pt).toMatchObject({ country: 'PT', year: 2014, accepted: false });
    expect(pt.uploads).toHaveLength(1);
    expect(pt.uploads[0]).toMatchObject({ file: '01-PT-2014.xlsx', accepted: false });
    const bytes = await readFile(join(input, '2014/PT/01-PT-2014.xlsx'));
    expect(pt.uploads[0].sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const errors = pt.uploads[0].issues.filter((i: { severity: string }) => i.severity === 'error');
    expect(errors.map((i: { code: string }) => i.code).sort()).toEqual([
      'VALUE_NOT_A_NUMBER',
      'VALUE_OUT_OF_RANGE',
    ]);
    expect(errors[0]).toMatchObject({ sheet: 'Indicators', column: 'C' });
    expect(typeof errors[0].row).toBe('number');

    const fr = await readJson('2014/validation/FR.json');
    expect(fr.accepted).toBe(true);
    expect(fr.uploads.map((u: { file: string }) => u.file)).toEqual([
      'actions.csv',
      'z-first-indicators.csv',
      'a-later-indicators.csv',
    ]);
    expect(fr.uploads.every((u: { accepted: boolean }) => u.accepted)).toBe(true);
  });

  it('writes data.csv with yes/no, dot decimals, empty cells for no data and last year’s value', async () => {
    const rows: Record<string, string>[] = parse(await readFile(join(out, '2014/data.csv')), {
      bom: true,
      columns: true,
    });
    const fr = (id: string) => rows.find((r) => r.country === 'FR' && r.indicator === id);
    for (const column of [
      'country',
      'country_name',
      'year',
      'target',
      'indicator',
      'indicator_name',
      'value',
      'unit',
      'estimate',
      'status',
      'previous_value',
    ])
      expect(Object.keys(rows[0]!)).toContain(column);
    expect(fr('T1.1')).toMatchObject({
      value: 'yes',
      previous_value: 'no',
      status: 'achieved',
      year: '2014',
    });
    // The latest upload by time counts: 150, not 999 from the file whose name sorts last.
    expect(fr('T1.2')).toMatchObject({ value: '150', previous_value: '120', status: 'improving' });
    expect(fr('T1.3')).toMatchObject({ value: '1100', previous_value: '1000' });
    expect(fr('T1.4')).toMatchObject({ value: '10', status: 'achieved' });
    expect(fr('T1.6')).toMatchObject({ value: '4.5', previous_value: '4', country_name: 'France' });
    expect(fr('T2.2')).toMatchObject({ value: '320', estimate: 'yes', status: 'context' });
    expect(fr('T3.2')).toMatchObject({ value: '', estimate: '', status: 'no-data', previous_value: '40' });
    expect(rows.some((r) => r.country === 'PT')).toBe(false);
    expect(rows.filter((r) => r.country === 'DE')).toHaveLength(21);
  });

  it('lists every file of the year in the manifest with its SHA-256 and size, sorted', async () => {
    for (const year of ['2013', '2014']) {
      const manifest = await readJson(`${year}/manifest.json`);
      expect(manifest).toMatchObject({
        year: Number(year),
        edition: 1,
        frameworkVersion: '2012.1',
        sample: false,
      });
      expect(manifest.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const names = manifest.files.map((f: { name: string }) => f.name);
      expect(names).toEqual([...names].sort());
      const onDisk = [
        ...(await readdir(join(out, year))).filter((n) => n !== 'validation' && n !== 'manifest.json'),
        ...(await readdir(join(out, year, 'validation'))).map((n) => `validation/${n}`),
      ].sort();
      expect(names).toEqual(onDisk);
      for (const file of manifest.files) {
        const bytes = await readFile(join(out, year, file.name));
        expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
        expect(file.size).toBe(bytes.byteLength);
      }
    }
  });

  it('exits 0 when every upload of the year asked for was accepted, with the edition asked for', async () => {
    const out2 = await mkdtemp(join(tmpdir(), 'run-out-'));
    const ok = await runCli(['run', '--input', input, '--out', out2, '--year', '2013', '--edition', '2']);
    expect(ok.code).toBe(0);
    // The year, and at the top the all-years table with its package (open-data-files.ts).
    expect((await readdir(out2)).sort()).toEqual(['2013', 'data-all-years.csv', 'datapackage.json']);
    const manifest = JSON.parse(await readFile(join(out2, '2013/manifest.json'), 'utf8'));
    expect(manifest.edition).toBe(2);
  });

  it('keeps a file an earlier run left in the year folder, says so, and keeps it out of the manifest', async () => {
    const out3 = await mkdtemp(join(tmpdir(), 'run-out-'));
    await mkdir(join(out3, '2013'), { recursive: true });
    await writeFile(join(out3, '2013/GB.pdf'), 'from an earlier run');
    const again = await runCli(['run', '--input', input, '--out', out3, '--year', '2013', '--no-progress']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Left by an earlier run, not part of this one .*: GB\.pdf/);
    expect(await readFile(join(out3, '2013/GB.pdf'), 'utf8')).toBe('from an earlier run');
    const manifest = JSON.parse(await readFile(join(out3, '2013/manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { name: string }) => f.name)).not.toContain('GB.pdf');
  });

  it('exits 2 with a plain message for a year that has no folder', async () => {
    const bad = await runCli(['run', '--input', input, '--out', out, '--year', '2016']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`There is no folder ${join(input, '2016')}`);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
