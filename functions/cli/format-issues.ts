/**
 * The validation report as a person at a terminal reads it: the verdict first, then every
 * problem grouped by sheet and ordered by row, each saying where, what was found and how
 * to fix it. Colour only helps (a TTY); the words carry the meaning on their own.
 */
import type { Language } from '../core/i18n/languages.js';
import { translator } from '../core/i18n/translate.js';
import type { Issue } from '../core/issues.js';
import type { Submission } from '../core/submission.js';

export interface ValidationOutcome {
  accepted: boolean;
  issues: readonly Issue[];
  submission: Submission | null;
}

/** "Accepted", "Accepted with 3 warnings", "Rejected: 2 errors, 1 warning - nothing was stored" (in `lang`). */
export function verdictLine(
  outcome: Pick<ValidationOutcome, 'accepted' | 'issues'>,
  lang: Language = 'en',
): string {
  const t = translator(lang);
  const errors = outcome.issues.filter((i) => i.severity === 'error').length;
  const warnings = outcome.issues.length - errors;
  if (outcome.accepted)
    return warnings === 0 ? t('report.accepted') : t('report.acceptedWithWarnings', { warnings });
  return t('report.rejected', { errors, warnings });
}

const withStop = (text: string) => (/[.!?:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** One problem on one line: `Row 7, column C: <message> Found: "<value>". Fix: <hint> [CODE]`. */
export function issueLine(issue: Issue, lang: Language = 'en'): string {
  const t = translator(lang);
  const place =
    issue.row !== null && issue.column !== null
      ? t('report.rowColumn', { row: issue.row, column: issue.column })
      : issue.row !== null
        ? t('report.row', { row: issue.row })
        : issue.column !== null
          ? t('report.column', { column: issue.column })
          : '';
  const found = issue.value !== null && issue.value !== '' ? t('report.found', { value: issue.value }) : '';
  const fix = issue.hint ? t('report.fix', { hint: withStop(issue.hint) }) : '';
  return `${place}${withStop(issue.message)}${found}${fix} [${issue.code}]`;
}

interface Paint {
  bold(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
}

const noPaint: Paint = { bold: (s) => s, red: (s) => s, yellow: (s) => s, green: (s) => s };
const ansi: Paint = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  red: (s) => `\x1b[31m${s}\x1b[39m`,
  yellow: (s) => `\x1b[33m${s}\x1b[39m`,
  green: (s) => `\x1b[32m${s}\x1b[39m`,
};

/**
 * The text report. Issues keep the order they come in within a sheet's group only as
 * a tie-break: groups follow the order sheets first appear, lines go by row then column.
 */
export function formatIssuesText(
  outcome: Pick<ValidationOutcome, 'accepted' | 'issues'>,
  options: { color: boolean; fileName: string; lang?: Language },
): string {
  const lang = options.lang ?? 'en';
  const t = translator(lang);
  const paint = options.color ? ansi : noPaint;
  const verdict = verdictLine(outcome, lang);
  const lines = [
    outcome.accepted ? paint.bold(paint.green(verdict)) : paint.bold(paint.red(verdict)),
    t('report.file', { file: options.fileName }),
  ];
  const groups = new Map<string | null, Issue[]>();
  for (const issue of outcome.issues) {
    const group = groups.get(issue.sheet) ?? [];
    group.push(issue);
    groups.set(issue.sheet, group);
  }
  // Sheets in the order they first appear. Problems with the whole file come first when one
  // of them is an error (it may explain the rest), last when they are only warnings, so that
  // a long list of "no data" warnings does not push the errors out of sight.
  const wholeFileFirst = (groups.get(null) ?? []).some((i) => i.severity === 'error');
  const order = [...groups.keys()].sort((a, b) =>
    a === null ? (wholeFileFirst ? -1 : 1) : b === null ? (wholeFileFirst ? 1 : -1) : 0,
  );
  for (const sheet of order) {
    const group = [...(groups.get(sheet) ?? [])].sort(
      (a, b) => (a.row ?? 0) - (b.row ?? 0) || compareColumns(a.column, b.column),
    );
    lines.push('', paint.bold(sheet === null ? t('report.wholeFile') : t('report.sheet', { sheet })));
    const error = t('term.severity.error');
    const warning = t('term.severity.warning');
    const width = Math.max(error.length, warning.length);
    for (const issue of group) {
      const label =
        issue.severity === 'error' ? paint.red(error.padEnd(width)) : paint.yellow(warning.padEnd(width));
      lines.push(`  ${label}  ${issueLine(issue, lang)}`);
    }
  }
  if (!outcome.accepted) lines.push('', t('report.fixAndRetry'));
  return `${lines.join('\n')}\n`;
}

function compareColumns(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a.length - b.length || a.localeCompare(b);
}

/** The JSON report: `{ accepted, issues: [{code, severity, sheet, row, column, value, message, hint}], submission }`. */
export function formatIssuesJson(outcome: ValidationOutcome): string {
  const issues = outcome.issues.map((i) => ({
    code: i.code,
    severity: i.severity,
    sheet: i.sheet,
    row: i.row,
    column: i.column,
    value: i.value,
    message: i.message,
    hint: i.hint,
  }));
  return `${JSON.stringify(
    { accepted: outcome.accepted, issues, submission: outcome.accepted ? outcome.submission : null },
    null,
    2,
  )}\n`;
}
