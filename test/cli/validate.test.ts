/**
 * `alliance-reports validate` as a child process: exit codes 0 / 1 / 2, the text report a
 * national contact reads, and the JSON report a script reads.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFixture, runCli } from './run-cli.js';

interface JsonReport {
  accepted: boolean;
  issues: Array<Record<string, unknown>>;
  submission: { country: string; year: number; indicators: Array<{ id: string; value: unknown }> } | null;
}

const noStackTrace = /\n\s+at |\.ts:\d+|Error:/;

describe('validate', () => {
  it('accepts a complete file: exit 0, the verdict first', async () => {
    const run = await runCli([
      'validate',
      ingestFixture('workbook-full.xlsx'),
      '--country',
      'FR',
      '--year',
      '2014',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Accepted');
  });

  it('accepts with warnings and says where each one is, in plain words, without colour when piped', async () => {
    const run = await runCli([
      'validate',
      ingestFixture('csv-number-formats.csv'),
      '--country',
      'France',
      '--year',
      '2014',
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Accepted with \d+ warnings$/);
    expect(run.stdout).toContain('Sheet "csv-number-formats.csv"');
    const estimate = lines.find((l) => l.includes('Row 12, column B:'));
    expect(estimate).toMatch(/Warning\s+Row 12, column B: .+ Found: "~300"\. Fix: .+ \[VALUE_ESTIMATE\]$/);
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('rejects a file with errors: exit 1, every error in row order, each with its fix', async () => {
    const run = await runCli([
      'validate',
      ingestFixture('error-values.csv'),
      '--country',
      'FR',
      '--year',
      '2014',
    ]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Rejected: 7 errors(, \d+ warnings?)? - nothing was stored$/);
    const rows = lines
      .map((l) => l.match(/^\s+Error\s+Row (\d+), column ([A-Z]+): .+ Fix: .+ \[([A-Z_]+)\]$/))
      .filter((m) => m !== null)
      .map((m) => `${m[1]}${m[2]} ${m[3]}`);
    expect(rows).toEqual([
      '2B VALUE_NOT_A_NUMBER',
      '3B VALUE_NEGATIVE',
      '4B VALUE_NOT_WHOLE',
      '5B VALUE_OUT_OF_RANGE',
      '6B VALUE_OUT_OF_RANGE',
      '7B VALUE_NOT_YES_NO',
      '8B VALUE_NOT_WHOLE',
    ]);
    expect(run.stdout).toContain('Found: "many"');
    expect(run.stdout).not.toMatch(noStackTrace);
  });

  it('groups problems by sheet in a workbook and prints them as JSON for scripts', async () => {
    const run = await runCli([
      'validate',
      ingestFixture('error-many-sheets.xlsx'),
      '--country',
      'FR',
      '--year',
      '2014',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.accepted).toBe(false);
    expect(report.submission).toBeNull();
    for (const issue of report.issues)
      expect(Object.keys(issue).sort()).toEqual(
        ['code', 'column', 'hint', 'message', 'row', 'severity', 'sheet', 'value'].sort(),
      );
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: 'YEAR_MISMATCH',
        severity: 'error',
        sheet: 'Cover',
        row: 2,
        column: 'B',
      }),
    );
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: 'TARGET_UNKNOWN',
        sheet: 'Actions',
        row: 2,
        column: 'B',
        value: 'Target 9',
      }),
    );

    const text = await runCli([
      'validate',
      ingestFixture('error-many-sheets.xlsx'),
      '--country',
      'FR',
      '--year',
      '2014',
    ]);
    const headings = text.stdout.split('\n').filter((l) => l.startsWith('Sheet "'));
    expect(headings).toEqual(['Sheet "Cover"', 'Sheet "Indicators"', 'Sheet "Actions"']);
  });

  it('gives the normalized submission in JSON when accepted', async () => {
    const run = await runCli([
      'validate',
      ingestFixture('workbook-greece-el.xlsx'),
      '--country',
      'EL',
      '--year',
      '2014',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.accepted).toBe(true);
    expect(report.submission?.country).toBe('GR');
    expect(report.submission?.indicators.find((i) => i.id === 'T1.2')?.value).toBe(120);
  });

  it('warns about a change of more than 50% only when given last year', async () => {
    const args = [
      'validate',
      ingestFixture('csv-change-over-50-percent.csv'),
      '--country',
      'FR',
      '--year',
      '2014',
    ];
    const withPrevious = await runCli([
      ...args,
      '--format',
      'json',
      '--previous',
      ingestFixture('previous-FR-2013.json'),
    ]);
    expect(withPrevious.code).toBe(0);
    const codes = (JSON.parse(withPrevious.stdout) as JsonReport).issues.map((i) => i.code);
    expect(codes.filter((c) => c === 'CHANGE_OVER_50_PERCENT')).toHaveLength(2);
    const without = await runCli([...args, '--format', 'json']);
    expect((JSON.parse(without.stdout) as JsonReport).issues.map((i) => i.code)).not.toContain(
      'CHANGE_OVER_50_PERCENT',
    );
  });

  describe('bad usage: exit 2, a plain message, nothing on stdout', () => {
    let notJson: string;
    let notSubmission: string;
    beforeAll(async () => {
      const dir = await mkdtemp(join(tmpdir(), 'validate-usage-'));
      notJson = join(dir, 'previous.json');
      await writeFile(notJson, 'not json at all');
      notSubmission = join(dir, 'other.json');
      await writeFile(notSubmission, JSON.stringify({ country: 'FR' }));
    });

    const csv = () => ingestFixture('csv-utf8-comma-lf.csv');
    const cases: Array<[string, () => string[], RegExp]> = [
      [
        'a missing file',
        () => ['validate', '/nonexistent/form.xlsx', '--country', 'FR', '--year', '2014'],
        /Cannot read .*form\.xlsx: no such file/,
      ],
      [
        'an unknown country',
        () => ['validate', csv(), '--country', 'Atlantis', '--year', '2014'],
        /Unknown country "Atlantis"/,
      ],
      [
        'a bad format',
        () => ['validate', csv(), '--country', 'FR', '--year', '2014', '--format', 'xml'],
        /--format must be text or json/,
      ],
      ['a bad year', () => ['validate', csv(), '--country', 'FR', '--year', '14'], /four-digit year/],
      ['a missing --country', () => ['validate', csv(), '--year', '2014'], /--country/],
      [
        'an unreadable --previous',
        () => ['validate', csv(), '--country', 'FR', '--year', '2014', '--previous', '/nonexistent.json'],
        /--previous/,
      ],
      [
        'a --previous that is not JSON',
        () => ['validate', csv(), '--country', 'FR', '--year', '2014', '--previous', notJson],
        /not JSON/,
      ],
      [
        'a --previous that is not a submission',
        () => ['validate', csv(), '--country', 'FR', '--year', '2014', '--previous', notSubmission],
        /not a normalized submission/,
      ],
    ];
    for (const [what, args, message] of cases) {
      it(what, async () => {
        const run = await runCli(args());
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(message);
        expect(run.stderr).not.toMatch(/\n\s+at /);
      });
    }
  });
});
