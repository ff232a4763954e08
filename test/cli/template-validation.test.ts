/**
 * The template prevents mistakes, as LibreOffice sees it: values are typed into a template
 * made by `alliance-reports template` (UNO, like a person), and LibreOffice's own validity
 * check (Tools > Detective > Mark Invalid Data) says which it refuses: a negative count,
 * a percent above 100, a score out of its range, text in a number, a goal of another
 * target. The rows are as tall as LibreOffice itself would make them for their wrapped text.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportedIndicators } from '../../functions/core/framework.js';
import { templateWords } from '../../functions/core/template.js';
import { runCli } from './run-cli.js';

interface Probe {
  sheet: string;
  cell: string;
  string: string;
  invalid: boolean;
  validation: {
    type: string;
    operator: string;
    formula1: string;
    formula2: string;
    errorStyle: string;
    showError: boolean;
    errorTitle: string;
    errorMessage: string;
    showInput: boolean;
    inputTitle: string;
    inputMessage: string;
    ignoreBlank: boolean;
  };
}
interface ValidityReport {
  probes: Probe[];
  rows: Array<{ sheet: string; row: number; height: number; optimal: number }>;
}
interface Typed {
  sheet: string;
  cell: string;
  text: string;
}

const rowOf = (id: string) => reportedIndicators.findIndex((i) => i.id === id) + 2;
const valueCell = (id: string) => `D${rowOf(id)}`;

/** Types the cells in LibreOffice and returns its verdict on each (check-validity-with-libreoffice.py). */
async function checkInLibreOffice(
  input: string,
  cells: Typed[],
  rows: Array<{ sheet: string; row: number }> = [],
): Promise<ValidityReport> {
  const plan = join(dir, `plan-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(
    plan,
    JSON.stringify({ input, cells, probe: cells.map(({ sheet, cell }) => ({ sheet, cell })), rows }),
  );
  const script = fileURLToPath(new URL('./check-validity-with-libreoffice.py', import.meta.url));
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/python3', [script, plan], { timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`LibreOffice's validity check failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as ValidityReport);
    });
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'template-validation-'));
});

describe('the template’s data validation, in LibreOffice', () => {
  it('refuses a negative count typed into a value cell, and every other value its unit does not allow', async () => {
    const form = join(dir, 'form.xlsx');
    expect((await runCli(['template', '--year', '2014', '--out', form, '--country', 'FR'])).code).toBe(0);
    const ind = 'Indicators';
    const typed: Array<[string, string, boolean]> = [
      // [indicator, text typed, refused]
      ['T1.2', '-5', true], // a negative count
      ['T2.2', '12', false],
      ['T2.3', '12.5', true], // a count is whole
      ['T3.1', 'many', true], // text in a count
      ['T1.5', '150', true], // a percent above 100
      ['T3.2', '90.5', false],
      ['T2.1', '7', true], // the score's range is 0 to 6
      ['T1.6', '-1', true], // negative FTE
      ['T4.4', '2.5', false], // days, decimal
      ['T1.1', 'maybe', true], // yes/no
      ['T4.1', 'yes', false],
    ];
    const cells: Typed[] = [
      ...typed.map(([id, text]) => ({ sheet: ind, cell: valueCell(id), text })),
      // The goal list follows the target chosen on the same row, down to row 500.
      { sheet: 'Actions', cell: 'B2', text: '2 - Investigations' },
      { sheet: 'Actions', cell: 'C2', text: '1a' },
      { sheet: 'Actions', cell: 'B3', text: '2 - Investigations' },
      { sheet: 'Actions', cell: 'C3', text: '2b' },
      { sheet: 'Actions', cell: 'C4', text: '4b' },
      { sheet: 'Actions', cell: 'B500', text: '1 - Victims' },
      { sheet: 'Actions', cell: 'C500', text: '2a' },
      { sheet: 'Actions', cell: 'B499', text: '1 - Victims' },
      { sheet: 'Actions', cell: 'C499', text: '1a' },
    ];
    const rows = [
      ...Array.from({ length: reportedIndicators.length + 1 }, (_, i) => ({ sheet: ind, row: i + 1 })),
      ...Array.from({ length: 12 }, (_, i) => ({ sheet: 'Instructions', row: i + 1 })),
    ];
    const report = await checkInLibreOffice(form, cells, rows);
    const at = (sheet: string, cell: string) =>
      report.probes.find((p) => p.sheet === sheet && p.cell === cell)!;

    // The negative count: LibreOffice reads the cell's rule as "whole number >= 0, stop" and
    // marks the typed -5 invalid.
    const negative = at(ind, valueCell('T1.2'));
    expect(negative.string).toBe('-5');
    expect(negative.invalid).toBe(true);
    expect(negative.validation).toMatchObject({
      type: 'WHOLE',
      operator: 'GREATER_EQUAL',
      formula1: '0',
      errorStyle: 'STOP',
      showError: true,
      errorTitle: 'T1.2: Not accepted',
      showInput: true,
      inputTitle: 'T1.2 (count)',
      ignoreBlank: true,
    });
    expect(negative.validation.errorMessage).toMatch(/^A whole number, 0 or more/);
    expect(negative.validation.errorMessage).toContain('Notes column');
    expect(negative.validation.inputMessage).toMatch(/^A whole number, 0 or more, such as 120\. Children/);

    // Every typed value: refused exactly when its unit does not allow it.
    expect(Object.fromEntries(typed.map(([id]) => [id, at(ind, valueCell(id)).invalid]))).toEqual(
      Object.fromEntries(typed.map(([id, , refused]) => [id, refused])),
    );
    expect(at(ind, valueCell('T1.5')).validation).toMatchObject({
      type: 'DECIMAL',
      operator: 'BETWEEN',
      formula1: '0',
      formula2: '100',
      errorStyle: 'STOP',
    });
    expect(at(ind, valueCell('T2.1')).validation).toMatchObject({
      type: 'WHOLE',
      operator: 'BETWEEN',
      formula1: '0',
      formula2: '6',
    });
    expect(at(ind, valueCell('T4.4')).validation).toMatchObject({
      type: 'DECIMAL',
      operator: 'GREATER_EQUAL',
    });
    expect(at(ind, valueCell('T1.1')).validation).toMatchObject({ type: 'LIST', formula1: '"yes";"no"' });

    expect(at('Actions', 'C2').invalid).toBe(true); // 1a is target 1's, the row's target is 2
    expect(at('Actions', 'C3').invalid).toBe(false);
    expect(at('Actions', 'C4').invalid).toBe(false); // no target chosen yet: any goal
    expect(at('Actions', 'C500').invalid).toBe(true);
    expect(at('Actions', 'C499').invalid).toBe(false);
    expect(at('Actions', 'C500').validation).toMatchObject({ type: 'LIST', errorStyle: 'STOP' });
    expect(at('Actions', 'B500').validation).toMatchObject({ type: 'LIST' });

    // Rows: never shorter than LibreOffice's own height for their wrapped text.
    for (const r of report.rows)
      expect(r.height, `${r.sheet} row ${r.row}`).toBeGreaterThanOrEqual(r.optimal);
    // The guidance of T2.1 wraps onto several lines, and its row shows them.
    const t21 = report.rows.find((r) => r.sheet === ind && r.row === rowOf('T2.1'))!;
    expect(t21.optimal).toBeGreaterThan(1000);
  }, 180_000);

  it('takes yes/no in the template’s language: oui and non in the French one', async () => {
    const form = join(dir, 'form-fr.xlsx');
    expect(
      (await runCli(['template', '--year', '2014', '--out', form, '--country', 'FR', '--lang', 'fr'])).code,
    ).toBe(0);
    const w = templateWords('fr');
    const report = await checkInLibreOffice(form, [
      { sheet: w.sheets.indicators, cell: valueCell('T1.1'), text: 'oui' },
      { sheet: w.sheets.indicators, cell: valueCell('T4.1'), text: 'yes' },
      { sheet: w.sheets.indicators, cell: valueCell('T1.2'), text: '-5' },
    ]);
    expect(report.probes.map((p) => [p.string, p.invalid])).toEqual([
      ['oui', false],
      ['yes', true],
      ['-5', true],
    ]);
    expect(report.probes[2]!.validation.errorMessage).toMatch(/^Un nombre entier, 0 ou plus/);
    expect(report.probes[2]!.validation.errorTitle).toBe('T1.2: Valeur refusée');
  }, 180_000);
});
