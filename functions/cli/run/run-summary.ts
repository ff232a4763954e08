/**
 * The plain-text summary printed at the end of a yearly run: per year, who reported, which
 * uploads were rejected and why (the error codes), and where the reports are.
 */
import { getMember } from '../../core/members.js';
import type { YearlyRunResult } from './yearly-run.js';

const nameOf = (code: string) => getMember(code)?.name ?? code;

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('   ')
      .trimEnd(),
  );
}

/** The summary as lines of text. */
export function formatRunSummary(result: YearlyRunResult): string {
  const lines: string[] = [];
  if (result.sample) lines.push('Input: the bundled FICTITIOUS sample data (not real statistics).', '');
  lines.push(
    ...table([
      ['Year', 'Members', 'Reporting', 'Not reporting', 'Uploads', 'Accepted', 'Rejected'],
      ...result.years.map((y) => [
        String(y.year),
        String(y.members),
        String(y.reporting.length),
        String(y.notReporting.length),
        String(y.uploads),
        String(y.acceptedUploads),
        String(y.rejected.length),
      ]),
    ]),
  );
  for (const y of result.years) {
    lines.push('', `${y.year}: reports in ${y.outDir}`);
    if (y.rejected.length > 0) {
      lines.push('  Rejected uploads (details in validation/<CC>.json):');
      for (const r of y.rejected)
        lines.push(`    ${r.country} ${r.file}: ${r.codes.length > 0 ? r.codes.join(', ') : 'rejected'}`);
    }
    if (y.notReporting.length > 0)
      lines.push(`  Not reporting: ${y.notReporting.map((c) => `${nameOf(c)} (${c})`).join(', ')}`);
    if (y.stale.length > 0)
      lines.push(
        `  Left by an earlier run, not part of this one (not in manifest.json; remove them by hand): ${y.stale.join(', ')}`,
      );
  }
  if (result.problems.length > 0) {
    lines.push('', 'Skipped in the input folder:');
    for (const p of result.problems) lines.push(`  ${p.path}: ${p.message}`);
  }
  return `${lines.join('\n')}\n`;
}
