/**
 * The open data a data journalist downloads: reporting-status.csv, data-all-years.csv,
 * data.xlsx and datapackage.json, as the publish step writes them, checked as a Frictionless
 * Data Package (descriptor against the standard, every CSV row against its Table Schema)
 * and opened as a spreadsheet would open them.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FolderStore } from '../../functions/adapters/folder-store.js';
import { renderOpenDataFiles, renderTopLevelOpenData } from '../../functions/app/publish/open-data-files.js';
import { planYear, writeManifest, writeOpenData, type YearPlan } from '../../functions/app/publish/steps.js';
import { MemorySubmissionSource } from '../../functions/cli/run/memory-source.js';
import { membersInYear } from '../../functions/core/members.js';
import { openDataColumns, sampleNotice } from '../../functions/render/open-data.js';
import { figuresFields, reportingStatusFields } from '../../functions/render/open-data-schema.js';
import { checkDataPackage, checkRows } from '../helpers/data-package-check.js';
import { de2014, fr2013, fr2014, makeSubmission } from '../helpers/report-fixtures.js';

function source(): MemorySubmissionSource {
  const s = new MemorySubmissionSource();
  const record = (file: string, accepted = true) => ({ file, sha256: '0'.repeat(64), accepted, issues: [] });
  s.add(2013, 'FR', record('fr-2013.xlsx'), fr2013);
  s.add(2013, 'IT', record('it-2013.xlsx'), makeSubmission('IT', 2013, { 'T1.1': true, 'T1.3': 40 }));
  s.add(2014, 'FR', record('fr-2014-first.xlsx', false), null);
  s.add(2014, 'FR', record('fr-2014.xlsx'), fr2014);
  s.add(2014, 'DE', record('de-2014.xlsx'), de2014);
  s.add(2014, 'IT', record('it.csv', false), null);
  return s;
}

async function writeFiles(files: Array<{ name: string; bytes: Uint8Array }>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'open-data-'));
  for (const f of files) await writeFile(join(dir, f.name), f.bytes);
  return dir;
}

async function yearFiles(options: { sample?: boolean; deadline?: string } = {}) {
  const s = source();
  const plan = await planYear(s, { year: 2014, edition: 1, sample: options.sample ?? false, ...options });
  const countries = [
    { submission: de2014, history: [] },
    { submission: fr2014, history: [fr2013] },
  ];
  return { plan, source: s, files: await renderOpenDataFiles(plan, s, countries) };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const csvRows = (bytes: Uint8Array): Record<string, string>[] =>
  parse(text(bytes), { bom: true, columns: true });
const file = (files: Array<{ name: string; bytes: Uint8Array }>, name: string) => {
  const found = files.find((f) => f.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found.bytes;
};

describe('the open data package', () => {
  it('writes the tables first and datapackage.json last, and the package validates', async () => {
    const { files } = await yearFiles({ deadline: '2015-03-01' });
    expect(files.map((f) => f.name)).toEqual([
      'data.csv',
      'data.json',
      'reporting-status.csv',
      'data-all-years.csv',
      'data.xlsx',
      'datapackage.json',
    ]);
    expect(await checkDataPackage(await writeFiles(files))).toEqual([]);
  });

  it('validates for the bundled sample too, with the notice column required on every row', async () => {
    const { files } = await yearFiles({ sample: true });
    expect(await checkDataPackage(await writeFiles(files))).toEqual([]);
    const pkg = JSON.parse(text(file(files, 'datapackage.json')));
    expect(pkg.title).toMatch(/fictitious sample data/);
    for (const resource of pkg.resources.filter((r: { type?: string }) => r.type === 'table'))
      expect(resource.schema.fields.at(-1)).toMatchObject({
        name: 'notice',
        constraints: { required: true },
      });
    for (const name of ['data.csv', 'reporting-status.csv', 'data-all-years.csv'])
      expect(csvRows(file(files, name)).every((r) => r.notice === sampleNotice)).toBe(true);
  });

  it('states licence, publisher, sources, and each file’s size and SHA-256', async () => {
    const { files } = await yearFiles();
    const pkg = JSON.parse(text(file(files, 'datapackage.json')));
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(pkg.licenses).toEqual([
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0 International',
      },
    ]);
    expect(pkg.contributors[0]).toMatchObject({ roles: ['publisher'] });
    expect(pkg.sources[0].title).toMatch(/Yearly reports/);
    expect(pkg.created).toBe('2015-03-15T00:00:00Z');
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual([
      'data.csv',
      'data.json',
      'reporting-status.csv',
      'data-all-years.csv',
      'data.xlsx',
    ]);
    const csv = pkg.resources.find((r: { path: string }) => r.path === 'data.csv');
    expect(csv.bytes).toBe(file(files, 'data.csv').byteLength);
    expect(csv.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('describes every column as the CSVs write it: names in order, types, units and constraints', async () => {
    const { files } = await yearFiles();
    const pkg = JSON.parse(text(file(files, 'datapackage.json')));
    const schemaOf = (path: string) => pkg.resources.find((r: { path: string }) => r.path === path).schema;
    expect(schemaOf('data.csv').fields.map((f: { name: string }) => f.name)).toEqual([...openDataColumns]);
    expect(Object.keys(csvRows(file(files, 'reporting-status.csv'))[0]!)).toEqual(
      reportingStatusFields(false).map((f) => f.name),
    );
    const field = (path: string, name: string) =>
      schemaOf(path).fields.find((f: { name: string }) => f.name === name);
    // value holds numbers and yes/no: typed as text with the pattern, never claimed a number.
    expect(field('data.csv', 'value')).toMatchObject({
      type: 'string',
      constraints: { pattern: expect.any(String) },
    });
    expect(field('data.csv', 'estimate')).toMatchObject({
      type: 'boolean',
      trueValues: ['yes'],
      falseValues: ['no'],
    });
    expect(field('data.csv', 'unit').constraints.enum).toContain('percent');
    expect(field('data.csv', 'year')).toMatchObject({ type: 'year' });
    expect(field('reporting-status.csv', 'submission_date')).toMatchObject({ type: 'date' });
    expect(field('reporting-status.csv', 'uploads')).toMatchObject({ type: 'integer', unit: 'files' });
    expect(schemaOf('data.csv').missingValues).toEqual(['']);
    expect(schemaOf('data-all-years.csv').primaryKey).toEqual(['country', 'year', 'indicator']);
    // The sample's extra column, last.
    expect(figuresFields(true).map((f) => f.name)).toEqual([...openDataColumns, 'notice']);
  });

  it('lists every member of the year in reporting-status.csv: reported, upload rejected, not submitted, late', async () => {
    const { files } = await yearFiles({ deadline: '2015-03-01' });
    const rows = csvRows(file(files, 'reporting-status.csv'));
    expect(rows.map((r) => r.country)).toEqual(
      membersInYear(2014)
        .map((m) => m.code)
        .sort(),
    );
    const row = (c: string) => rows.find((r) => r.country === c);
    expect(row('FR')).toMatchObject({
      status: 'reported',
      submission_date: '2015-03-15',
      last_reported_year: '2014',
      previous_reported_year: '2013',
      late: 'yes',
      deadline: '2015-03-01',
      uploads: '2',
      rejected_uploads: '1',
    });
    expect(row('DE')).toMatchObject({ status: 'reported', submission_date: '2015-02-27', late: 'no' });
    expect(row('IT')).toMatchObject({ status: 'upload-rejected', last_reported_year: '2013', late: '' });
    expect(row('JP')).toMatchObject({ status: 'not-submitted', last_reported_year: '', uploads: '0' });
  });

  it('leaves late empty (unknown) for everyone when no deadline is set', async () => {
    const { files } = await yearFiles();
    expect(
      csvRows(file(files, 'reporting-status.csv')).every((r) => r.late === '' && r.deadline === ''),
    ).toBe(true);
  });

  it('holds every year up to this one in data-all-years.csv, each with its own year’s statuses', async () => {
    const { files } = await yearFiles();
    const rows = csvRows(file(files, 'data-all-years.csv'));
    const years = [...new Set(rows.map((r) => `${r.year} ${r.country}`))];
    expect(years).toEqual(['2013 FR', '2013 IT', '2014 DE', '2014 FR']);
    const data2014 = csvRows(file(files, 'data.csv'));
    expect(rows.filter((r) => r.year === '2014')).toEqual(data2014);
    // 2013 compares with nothing earlier in the store: no previous value.
    expect(rows.find((r) => r.year === '2013' && r.country === 'IT' && r.indicator === 'T1.3')).toMatchObject(
      {
        value: '40',
        previous_value: '',
      },
    );
  });

  it('writes the same bytes twice, data.xlsx included (its dates come from the data)', async () => {
    const first = await yearFiles({ sample: true });
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await yearFiles({ sample: true });
    for (const f of first.files) expect(Buffer.compare(f.bytes, file(second.files, f.name)), f.name).toBe(0);
  });

  it('opens data.xlsx with typed cells: numbers as numbers, dates as dates, the same rows as the CSVs', async () => {
    const { files } = await yearFiles({ sample: true, deadline: '2015-03-01' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file(files, 'data.xlsx')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['About', 'Figures', 'Reporting status', 'All years']);
    expect(String(wb.getWorksheet('About')!.getCell('A2').value)).toMatch(/FICTITIOUS SAMPLE DATA/);
    expect(wb.created.toISOString()).toBe('2015-03-15T00:00:00.000Z');

    const figures = wb.getWorksheet('Figures')!;
    expect(figures.rowCount - 1).toBe(csvRows(file(files, 'data.csv')).length);
    const header = (figures.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...openDataColumns, 'notice']);
    const col = (name: string) => header.indexOf(name) + 1;
    const frT13 = figures
      .getRows(2, figures.rowCount - 1)!
      .find((r) => r.getCell(col('country')).value === 'FR' && r.getCell(col('indicator')).value === 'T1.3')!;
    expect(frT13.getCell(col('value')).value).toBe(1125);
    expect(frT13.getCell(col('year')).value).toBe(2014);
    expect(frT13.getCell(col('notice')).value).toBe(sampleNotice);

    const status = wb.getWorksheet('Reporting status')!;
    const sHeader = (status.getRow(1).values as unknown[]).slice(1);
    const fr = status.getRows(2, status.rowCount - 1)!.find((r) => r.getCell(1).value === 'FR')!;
    const date = fr.getCell(sHeader.indexOf('submission_date') + 1);
    expect(date.value).toEqual(new Date('2015-03-15T00:00:00Z'));
    expect(date.numFmt).toBe('yyyy-mm-dd');
    expect(fr.getCell(sHeader.indexOf('uploads') + 1).value).toBe(2);
    expect(wb.getWorksheet('All years')!.rowCount - 1).toBe(
      csvRows(file(files, 'data-all-years.csv')).length,
    );
  });

  it('opens in LibreOffice as the same tables as the CSVs, cell for cell', async () => {
    const { files } = await yearFiles({ sample: true, deadline: '2015-03-01' });
    const dir = await writeFiles(files);
    // Every sheet to CSV, each cell as shown (dates in their yyyy-mm-dd format): LibreOffice 7.2+.
    await new Promise<void>((resolve, reject) =>
      execFile(
        'soffice',
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
          '--outdir',
          join(dir, 'lo'),
          join(dir, 'data.xlsx'),
        ],
        { timeout: 120_000 },
        (error, _out, stderr) =>
          error
            ? reject(new Error(`soffice failed (bash scripts/ensure-system-deps.sh): ${stderr}`))
            : resolve(),
      ),
    );
    const table = async (path: string) => parse(await readFile(path), { bom: true }) as string[][];
    for (const [csv, sheet] of [
      ['data.csv', 'Figures'],
      ['reporting-status.csv', 'Reporting status'],
      ['data-all-years.csv', 'All years'],
    ] as const)
      expect(await table(join(dir, 'lo', `data-${sheet}.csv`)), sheet).toEqual(await table(join(dir, csv)));
    expect(await readFile(join(dir, 'lo', 'data-About.csv'), 'utf8')).toMatch(/FICTITIOUS SAMPLE DATA/);
  }, 150_000);

  it('keeps the formula neutralisation of the CSVs in every table', async () => {
    const s = source();
    const hostile = {
      ...fr2014,
      indicators: fr2014.indicators.map((v) => ({ ...v, notes: '=HYPERLINK("x")' })),
    };
    const plan = await planYear(s, { year: 2014, edition: 1, sample: false });
    const files = await renderOpenDataFiles(plan, s, [{ submission: hostile, history: [fr2013] }]);
    expect(text(file(files, 'data.csv'))).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text(file(files, 'data.csv'))).not.toMatch(/,=/);
    expect(text(file(files, 'data-all-years.csv'))).not.toMatch(/,=/);
  });

  it('writes the all-years table and its own package for the top of the output', async () => {
    const { plan, source: s, files } = await yearFiles();
    const top = await renderTopLevelOpenData(plan, s);
    expect(top.map((f) => f.name)).toEqual(['data-all-years.csv', 'datapackage.json']);
    expect(Buffer.compare(top[0]!.bytes, file(files, 'data-all-years.csv'))).toBe(0);
    expect(await checkDataPackage(await writeFiles(top))).toEqual([]);
  });
});

describe('the publish step', () => {
  it('writes the open data, and the manifest lists each file with its SHA-256 and states the licence', async () => {
    const s = source();
    const licence = {
      name: 'CC0-1.0',
      title: 'CC0 1.0 Universal',
      path: 'https://creativecommons.org/publicdomain/zero/1.0/',
    };
    const plan: YearPlan = await planYear(s, { year: 2014, edition: 1, sample: false, licence });
    const dir = await mkdtemp(join(tmpdir(), 'publish-open-'));
    const store = new FolderStore(dir);
    const target = { store, prefix: '2014/', immutable: true };
    await writeOpenData(plan, { source: s, target });
    for (const name of plan.files.filter((n) => !/\.(pdf|html)$/.test(n) && !n.startsWith('validation/')))
      await expect(store.head(`2014/${name}`), name).resolves.toBeDefined();
    expect(await checkDataPackage(join(dir, '2014'))).toEqual([]);
    const pkg = JSON.parse(await readFile(join(dir, '2014/datapackage.json'), 'utf8'));
    expect(pkg.licenses[0].name).toBe('CC0-1.0');
    // The manifest, over the open data only (the reports are other steps).
    const manifest = await writeManifest(
      { ...plan, files: plan.files.filter((n) => /^data|^reporting/.test(n)) },
      { target },
    );
    expect(manifest.licence).toEqual(licence);
    expect(manifest.files.map((f) => f.name)).toEqual([
      'data-all-years.csv',
      'data.csv',
      'data.json',
      'data.xlsx',
      'datapackage.json',
      'reporting-status.csv',
    ]);
    expect(manifest.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
  });
});

describe('the package check can fail', () => {
  async function brokenCopy(edit: (pkg: Record<string, unknown>, dir: string) => Promise<void> | void) {
    const { files } = await yearFiles({ sample: true, deadline: '2015-03-01' });
    const dir = await writeFiles(files);
    const pkg = JSON.parse(text(file(files, 'datapackage.json')));
    await edit(pkg, dir);
    await writeFile(join(dir, 'datapackage.json'), JSON.stringify(pkg));
    return checkDataPackage(dir);
  }
  const resource = (pkg: Record<string, unknown>, path: string) =>
    (
      pkg.resources as Array<Record<string, unknown> & { schema: { fields: Array<Record<string, unknown>> } }>
    ).find((r) => r.path === path)!;

  it('finds a descriptor that breaks the standard', async () => {
    const problems = await brokenCopy((pkg) => {
      pkg.licenses = [{ title: 'no name, no path' }];
      resource(pkg, 'data.csv').path = '../outside.csv';
      resource(pkg, 'reporting-status.csv').schema.fields[0]!.type = 'text';
    });
    expect(problems.some((p) => p.includes('/licenses/0'))).toBe(true);
    expect(problems.some((p) => p.includes('/resources/0/path'))).toBe(true);
    expect(problems.some((p) => p.includes('/resources/2/schema/fields/0/type'))).toBe(true);
  });

  it('finds a file whose bytes are not the ones the package describes', async () => {
    const problems = await brokenCopy(async (_pkg, dir) => {
      await writeFile(join(dir, 'data.xlsx'), 'changed');
    });
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/data-xlsx: bytes/), 'data-xlsx: hash differs']),
    );
  });

  it('finds rows that do not fit their Table Schema', async () => {
    const { files } = await yearFiles({ sample: true, deadline: '2015-03-01' });
    const pkg = JSON.parse(text(file(files, 'datapackage.json')));
    const status = pkg.resources.find((r: { path: string }) => r.path === 'reporting-status.csv');
    const csv = text(file(files, 'reporting-status.csv'));
    const lines = csv.split('\r\n');
    const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
    const edit = (line: string, column: string, value: string) => {
      const cells = line.split(',');
      cells[header.indexOf(column)] = value;
      return cells.join(',');
    };
    lines[1] = edit(lines[1]!, 'year', 'twenty');
    lines[2] = edit(lines[2]!, 'status', 'maybe');
    lines[3] = edit(lines[3]!, 'country', '');
    lines[4] = edit(lines[4]!, 'submission_date', '2015-02-30');
    lines[5] = edit(lines[5]!, 'uploads', '-1');
    lines[6] = edit(lines[6]!, 'notice', '');
    lines[7] = edit(lines[7]!, 'country', 'AL');
    const problems = checkRows(status, lines.join('\r\n'));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/row 2 year: "twenty" is not a year/),
        expect.stringMatching(/row 3 status: "maybe" is not in the enum/),
        expect.stringMatching(/row 4 country: required, but empty/),
        expect.stringMatching(/row 5 submission_date: "2015-02-30" is not a yyyy-mm-dd date/),
        expect.stringMatching(/row 6 uploads: -1 is beyond the minimum 0/),
        expect.stringMatching(/row 7 notice: required, but empty/),
        expect.stringMatching(/row 8 country: "AL" is not unique/),
      ]),
    );
    const figures = pkg.resources.find((r: { path: string }) => r.path === 'data.csv');
    const data = text(file(files, 'data.csv')).replace(/,1125,/, ',1 125,');
    expect(checkRows(figures, data)).toEqual([expect.stringMatching(/value: "1 125" does not match/)]);
  });
});
