/** The bench results as the plain-text table `npm run bench` prints (and docs/performance.md shows). */
import type { Timings } from './measure.js';
import type { BenchResults } from './results.js';

type Row = string[];

function timingRow(what: string, t: Timings): Row {
  return [what, String(t.n), `${t.p50Ms}`, `${t.p95Ms}`, `${t.load1}`];
}

function table(head: Row, rows: Row[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: Row) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatResults(r: BenchResults): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(
    `alliance-reports bench (${r.mode}), ${r.startedAt}`,
    `machine: ${m.cores} cores (${m.cpuModel}), ${m.totalMemoryMB} MB, node ${m.node}, ${m.platform}`,
    `load average at start ${m.loadAverageAtStart.join(' / ')}, at end ${m.loadAverageAtEnd}`,
    `data: ${r.data.countries} members, years ${r.data.years.join(', ')} (report year ${r.data.year}), ` +
      `${r.data.actionsPerCountry} actions each; uploads ${r.data.uploads.xlsx} xlsx, ${r.data.uploads.ods} ods, ${r.data.uploads.csv} csv`,
    '',
  );
  out.push(
    table(
      ['timing', 'n', 'p50 ms', 'p95 ms', 'load'],
      [
        timingRow('ingest xlsx upload', r.ingest.xlsx),
        timingRow('ingest ods upload', r.ingest.ods),
        timingRow('ingest csv upload', r.ingest.csv),
        timingRow('ingest filled-in template', r.ingest.template),
        timingRow('buildTemplate (prefilled)', r.ingest.templateBuild),
        timingRow('country view model', r.countryReport.model),
        timingRow('country report HTML (warm)', r.countryReport.html),
        timingRow('country report PDF (warm)', r.countryReport.pdf),
        timingRow('country report PDF, Chromium', r.chromium),
        timingRow('consolidated report HTML', r.consolidatedReport.html),
        timingRow('consolidated report PDF', r.consolidatedReport.pdf),
      ],
    ),
    '',
    `first country report in the process: PDF ${r.countryReport.pdf.firstMs} ms, HTML ${r.countryReport.html.firstMs} ms; ` +
      `sizes p50: PDF ${Math.round(r.countryReport.pdf.p50Bytes / 1024)} KB, HTML ${Math.round(r.countryReport.html.p50Bytes / 1024)} KB`,
    `consolidated (${r.consolidatedReport.countries} countries): view model ${r.consolidatedReport.modelMs} ms, ` +
      `PDF ${Math.round(r.consolidatedReport.pdf.bytes / 1024)} KB, HTML ${Math.round(r.consolidatedReport.html.bytes / 1024)} KB`,
    `Chromium ${r.chromium.version}: launch ${r.chromium.launchMs} ms; p50 ${r.chromium.p50Ms} ms against pdfmake ${r.chromium.pdfmakeP50Ms} ms = ${r.chromium.ratio}x`,
    `yearly run (CLI, --year ${r.data.year}): ${r.yearlyRun.wallMs} ms wall, peak ${r.yearlyRun.peakRssMB} MB, ` +
      `${r.yearlyRun.files} files, load ${r.yearlyRun.load1}` +
      (r.yearlyRun.runs.length > 1
        ? ` (the median of ${r.yearlyRun.runs.length} runs: ${r.yearlyRun.runs.map((x) => `${x.wallMs} ms / ${x.peakRssMB} MB`).join(', ')})`
        : ''),
    '',
    table(
      ['bundle', 'JS KB', 'cold load ms'],
      r.bundles.handlers.map((b) => [b.handler, String(b.jsKB), String(b.coldLoadMs)]),
    ),
    '',
    table(
      ['target', 'wanted', 'measured', 'met'],
      r.targets.map((t) => [t.name, t.target, t.actual, t.met ? 'yes' : 'NO']),
    ),
    '',
  );
  return out.join('\n');
}
