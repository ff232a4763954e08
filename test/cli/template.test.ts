/**
 * `alliance-reports template`: the workbook a national contact fills in. Round trips go
 * through real LibreOffice: values are typed into the cells like a person (UNO), the file is
 * saved as .xlsx, and `validate` must accept it with exactly the values typed.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportedIndicators } from '../../functions/core/framework.js';
import { fillWithLibreOffice, ingestFixture, runCli } from './run-cli.js';

interface JsonReport {
  accepted: boolean;
  issues: Array<{ code: string; severity: string; sheet: string | null; row: number | null }>;
  submission: {
    country: string;
    year: number;
    cover: Record<string, string | null>;
    indicators: Array<{
      id: string;
      value: unknown;
      estimate: boolean;
      source: string | null;
      notes: string | null;
    }>;
    actions: Array<Record<string, unknown>>;
  } | null;
}

/** The row of an indicator in the template's Indicators sheet (header in row 1). */
const rowOf = (id: string) => reportedIndicators.findIndex((i) => i.id === id) + 2;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'template-cli-'));
});

async function validateJson(file: string, country = 'FR'): Promise<{ code: number; report: JsonReport }> {
  const run = await runCli(['validate', file, '--country', country, '--year', '2014', '--format', 'json']);
  expect(run.stderr).toBe('');
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport };
}

describe('template', () => {
  it('writes the four sheets, with the framework’s indicators and drop-down lists', async () => {
    const out = join(dir, 'form.xlsx');
    const run = await runCli(['template', '--year', '2014', '--out', out, '--country', 'FR']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(out);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Instructions',
      'Cover',
      'Indicators',
      'Actions',
      'Lists',
    ]);
    expect(wb.getWorksheet('Lists')!.state).toBe('hidden');

    const instructions = wb
      .getWorksheet('Instructions')!
      .getColumn(1)
      .values.filter((v): v is string => typeof v === 'string')
      .join('\n');
    expect(instructions).toContain('leave the Value cell empty');
    expect(instructions).toContain('Estimate column');
    expect(instructions).toMatch(/never printed/);
    expect(instructions).toMatch(/Upload the filled-in file/);

    const cover = wb.getWorksheet('Cover')!;
    expect(cover.getCell('A1').value).toBe('Country');
    expect(cover.getCell('B1').value).toBe('France');
    expect(cover.getCell('A2').value).toBe('Reporting year');
    expect(cover.getCell('B2').value).toBe(2014);

    const ind = wb.getWorksheet('Indicators')!;
    expect(ind.getRow(1).values).toEqual([
      undefined,
      'Indicator *',
      'Name',
      'What counts',
      'Value *',
      'Last year’s value',
      'Unit',
      'Source',
      'Estimate',
      'Notes',
    ]);
    const idsListed = [];
    for (let r = 2; r <= ind.rowCount; r++) idsListed.push(ind.getCell(r, 1).value);
    expect(idsListed).toEqual(reportedIndicators.map((i) => i.id));
    expect(idsListed).not.toContain('T1.4');
    expect(ind.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ind.getCell(rowOf('T1.1'), 4).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"yes,no"'],
    });
    expect(ind.getCell(rowOf('T1.2'), 8).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"yes,no"'],
    });
    expect(ind.getCell(1, 1).font?.bold).toBe(true);

    const actions = wb.getWorksheet('Actions')!;
    expect(actions.getRow(1).values).toEqual([
      undefined,
      'Ref *',
      'Target *',
      'Operational goal',
      'Title *',
      'Description',
      'Kind *',
      'Status *',
      'Start',
      'End',
      'Lead organisation',
      'Progress note',
    ]);
    expect(actions.getCell('B2').dataValidation?.formulae?.[0]).toContain('1 - Victims');
    expect(actions.getCell('F2').dataValidation?.formulae).toEqual(['"baseline,commitment"']);
    expect(actions.getCell('G2').dataValidation?.formulae).toEqual([
      '"planned,in-progress,completed,discontinued"',
    ]);
  });

  it('validates as rejected when left empty (TABLE_EMPTY): it would replace accepted data with nothing', async () => {
    const out = join(dir, 'empty.xlsx');
    expect((await runCli(['template', '--year', '2014', '--out', out, '--country', 'FR'])).code).toBe(0);
    const { code, report } = await validateJson(out);
    expect(code).toBe(1);
    expect(report.accepted).toBe(false);
    expect(new Set(report.issues.map((i) => i.code))).toEqual(new Set(['TABLE_EMPTY']));
  });

  it('round trip: typed in LibreOffice, saved as .xlsx, accepted with exactly the values typed', async () => {
    const form = join(dir, 'roundtrip.xlsx');
    expect((await runCli(['template', '--year', '2014', '--out', form, '--country', 'FR'])).code).toBe(0);
    const filled = join(dir, 'roundtrip-filled.xlsx');
    const typed: Record<string, string> = {
      'T1.1': 'yes',
      'T1.2': '120',
      'T1.5': '85.5',
      'T1.6': '12.5',
      'T2.1': '6',
      'T4.1': 'no',
      'T4.4': '2.5',
    };
    const cells = [
      ...Object.entries(typed).map(([id, text]) => ({ sheet: 'Indicators', cell: `D${rowOf(id)}`, text })),
      { sheet: 'Indicators', cell: `G${rowOf('T1.2')}`, text: 'National police' },
      { sheet: 'Indicators', cell: `H${rowOf('T1.2')}`, text: 'yes' },
      { sheet: 'Indicators', cell: `I${rowOf('T1.2')}`, text: 'Counted by hand, Österreich method' },
      { sheet: 'Cover', cell: 'B3', text: 'Claire Martin' },
      { sheet: 'Cover', cell: 'B4', text: 'Ministère de l’Intérieur' },
      { sheet: 'Cover', cell: 'B5', text: 'claire.martin@example.org' },
      { sheet: 'Actions', cell: 'A2', text: 'FR-2-01' },
      { sheet: 'Actions', cell: 'B2', text: '2 - Investigations' },
      { sheet: 'Actions', cell: 'C2', text: '2b' },
      { sheet: 'Actions', cell: 'D2', text: 'Joint operation with Europol' },
      { sheet: 'Actions', cell: 'F2', text: 'commitment' },
      { sheet: 'Actions', cell: 'G2', text: 'in-progress' },
      { sheet: 'Actions', cell: 'H2', text: '2014-03-01' },
      { sheet: 'Actions', cell: 'I2', text: '2015' },
      { sheet: 'Actions', cell: 'J2', text: 'Gendarmerie nationale' },
    ];
    const plan = join(dir, 'plan.json');
    await writeFile(plan, JSON.stringify({ input: form, output: filled, cells }));
    await fillWithLibreOffice(plan);

    const { code, report } = await validateJson(filled);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
    const sub = report.submission!;
    const values = Object.fromEntries(
      sub.indicators.filter((i) => i.value !== null).map((i) => [i.id, i.value]),
    );
    expect(values).toEqual({
      'T1.1': true,
      'T1.2': 120,
      'T1.5': 85.5,
      'T1.6': 12.5,
      'T2.1': 6,
      'T4.1': false,
      'T4.4': 2.5,
    });
    expect(sub.indicators.find((i) => i.id === 'T1.2')).toMatchObject({
      estimate: true,
      source: 'National police',
      notes: 'Counted by hand, Österreich method',
    });
    expect(sub.indicators.filter((i) => i.estimate).map((i) => i.id)).toEqual(['T1.2']);
    expect(sub.cover).toMatchObject({
      contactName: 'Claire Martin',
      organisation: 'Ministère de l’Intérieur',
      email: 'claire.martin@example.org',
    });
    expect(sub.actions).toEqual([
      expect.objectContaining({
        ref: 'FR-2-01',
        target: 2,
        goal: '2b',
        title: 'Joint operation with Europol',
        kind: 'commitment',
        status: 'in-progress',
        start: '2014-03-01',
        end: '2015',
        lead: 'Gendarmerie nationale',
      }),
    ]);
    // Untouched indicators are "no data", and that is the only warning.
    const untouched = reportedIndicators.length - Object.keys(typed).length;
    expect(report.issues.map((i) => i.code)).toEqual(Array(untouched).fill('INDICATOR_NO_DATA'));
  });

  it('round trip with --previous: last year’s actions prefilled, the contact updates their status', async () => {
    const form = join(dir, 'with-previous.xlsx');
    const made = await runCli([
      'template',
      '--year',
      '2014',
      '--out',
      form,
      '--previous',
      ingestFixture('previous-FR-2013.json'),
    ]);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/2 action\(s\) from 2013 prefilled/);

    const filled = join(dir, 'with-previous-filled.xlsx');
    const plan = join(dir, 'plan-previous.json');
    await writeFile(
      plan,
      JSON.stringify({
        input: form,
        output: filled,
        cells: [
          { sheet: 'Indicators', cell: `D${rowOf('T1.2')}`, text: '70' },
          { sheet: 'Actions', cell: 'G2', text: 'completed' },
          { sheet: 'Actions', cell: 'I2', text: '2014-06-30' },
          { sheet: 'Actions', cell: 'K2', text: 'Connected in June 2014.' },
        ],
      }),
    );
    await fillWithLibreOffice(plan);

    const { code, report } = await validateJson(filled);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
    const sub = report.submission!;
    expect(sub.country).toBe('FR');
    expect(sub.actions.map((a) => a.ref)).toEqual(['FR-1-01', 'FR-3-01']);
    expect(sub.actions[0]).toMatchObject({
      target: 1,
      goal: '1a',
      title: 'Join ICSE',
      kind: 'commitment',
      status: 'completed',
      start: '2013-01-15',
      end: '2014-06-30',
      progress: 'Connected in June 2014.',
    });
    // The untouched action comes back as it was last year.
    expect(sub.actions[1]).toMatchObject({
      target: 3,
      goal: null,
      title: 'Safer Internet Day campaign',
      kind: 'baseline',
      status: 'planned',
      start: '2014',
      lead: 'Ministry of Education',
    });
  });

  describe('bad usage: exit 2', () => {
    const cases: Array<[string, () => string[], RegExp]> = [
      [
        'an unknown country',
        () => ['template', '--year', '2014', '--out', join(dir, 'x.xlsx'), '--country', 'Atlantis'],
        /Unknown country/,
      ],
      [
        'a folder that does not exist',
        () => ['template', '--year', '2014', '--out', '/nonexistent/dir/x.xlsx'],
        /Cannot write/,
      ],
      [
        'an --out that is not .xlsx',
        () => ['template', '--year', '2014', '--out', join(dir, 'x.pdf')],
        /\.xlsx/,
      ],
      [
        'an unreadable --previous',
        () => ['template', '--year', '2014', '--out', join(dir, 'x.xlsx'), '--previous', '/nonexistent.json'],
        /--previous/,
      ],
      [
        'a --previous of another country',
        () => [
          'template',
          '--year',
          '2014',
          '--out',
          join(dir, 'x.xlsx'),
          '--country',
          'DE',
          '--previous',
          ingestFixture('previous-FR-2013.json'),
        ],
        /FR's submission/,
      ],
      [
        'a --previous of the same year',
        () => [
          'template',
          '--year',
          '2013',
          '--out',
          join(dir, 'x.xlsx'),
          '--previous',
          ingestFixture('previous-FR-2013.json'),
        ],
        /year before/,
      ],
    ];
    for (const [what, args, message] of cases) {
      it(what, async () => {
        const run = await runCli(args());
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(message);
        expect(run.stderr).not.toMatch(/\n\s+at /);
      });
    }
  });
});
