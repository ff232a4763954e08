import { describe, expect, it } from 'vitest';
import {
  formatIssuesJson,
  formatIssuesText,
  issueLine,
  verdictLine,
} from '../../functions/cli/format-issues.js';
import { type Issue, makeIssue } from '../../functions/core/issues.js';

const warning = (row: number | null, sheet: string | null = 'Indicators'): Issue =>
  makeIssue('VALUE_ESTIMATE', 'warning', { sheet, row, column: 'B' }, '~300', 'Read as 300', 'Type 300');
const error = (row: number, column = 'C', sheet = 'Indicators'): Issue =>
  makeIssue('VALUE_OUT_OF_RANGE', 'error', { sheet, row, column }, 120, 'Above 100', 'Type 0 to 100');

describe('the validation report as text', () => {
  it('says the verdict in words, with the right plurals', () => {
    expect(verdictLine({ accepted: true, issues: [] })).toBe('Accepted');
    expect(verdictLine({ accepted: true, issues: [warning(2)] })).toBe('Accepted with 1 warning');
    expect(verdictLine({ accepted: true, issues: [warning(2), warning(3), warning(4)] })).toBe(
      'Accepted with 3 warnings',
    );
    expect(verdictLine({ accepted: false, issues: [error(2)] })).toBe(
      'Rejected: 1 error - nothing was stored',
    );
    expect(verdictLine({ accepted: false, issues: [error(2), error(3), warning(4)] })).toBe(
      'Rejected: 2 errors, 1 warning - nothing was stored',
    );
  });

  it('writes one line per problem: place, message, what was found, the fix, the code', () => {
    expect(issueLine(error(7))).toBe(
      'Row 7, column C: Above 100. Found: "120". Fix: Type 0 to 100. [VALUE_OUT_OF_RANGE]',
    );
    const wholeFile = makeIssue(
      'FILE_EMPTY',
      'error',
      {},
      null,
      'The file is empty.',
      'Upload the saved file.',
    );
    expect(issueLine(wholeFile)).toBe('The file is empty. Fix: Upload the saved file. [FILE_EMPTY]');
  });

  it('groups by sheet as they first appear and orders each group by row then column', () => {
    const text = formatIssuesText(
      {
        accepted: false,
        issues: [error(9, 'B', 'Actions'), error(7, 'AA'), error(7, 'C'), warning(3), warning(null, null)],
      },
      { color: false, fileName: 'form.xlsx' },
    );
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    expect(lines[0]).toBe('Rejected: 3 errors, 2 warnings - nothing was stored');
    expect(lines.slice(2).map((l) => l.trim().split('. Found')[0])).toEqual([
      'Sheet "Actions"',
      'Error    Row 9, column B: Above 100',
      'Sheet "Indicators"',
      'Warning  Row 3, column B: Read as 300',
      'Error    Row 7, column C: Above 100',
      'Error    Row 7, column AA: Above 100',
      'The whole file',
      'Warning  Column B: Read as 300',
      'Fix the errors above and check the file again. Warnings alone do not stop an upload.',
    ]);
    expect(text).not.toContain('\x1b[');
  });

  it('colours only when asked (a terminal), and the words stay the same', () => {
    const outcome = { accepted: false, issues: [error(2)] };
    const coloured = formatIssuesText(outcome, { color: true, fileName: 'f.csv' });
    expect(coloured).toContain('\x1b[31m');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI colour codes
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(
      formatIssuesText(outcome, { color: false, fileName: 'f.csv' }),
    );
  });

  it('gives scripts every field of every issue, and no submission when rejected', () => {
    const json = JSON.parse(formatIssuesJson({ accepted: false, issues: [error(2)], submission: null }));
    expect(json).toEqual({
      accepted: false,
      issues: [
        {
          code: 'VALUE_OUT_OF_RANGE',
          severity: 'error',
          sheet: 'Indicators',
          row: 2,
          column: 'C',
          value: '120',
          message: 'Above 100',
          hint: 'Type 0 to 100',
        },
      ],
      submission: null,
    });
  });
});
