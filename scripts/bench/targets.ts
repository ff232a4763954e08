/** The targets of issue 7 (for a 2-core machine), checked against one bench run. */
import type { BenchResults, TargetResult } from './results.js';

const ms = (n: number) => `${n} ms`;

export function evaluateTargets(r: Omit<BenchResults, 'targets'>): TargetResult[] {
  const list: TargetResult[] = [
    {
      name: `yearly run wall time (${r.data.countries} members)`,
      target: '<= 6000 ms',
      actual: ms(r.yearlyRun.wallMs),
      met: r.yearlyRun.wallMs <= 6000,
    },
    {
      name: 'yearly run peak memory',
      target: '<= 400 MB',
      actual: `${r.yearlyRun.peakRssMB} MB`,
      met: r.yearlyRun.peakRssMB <= 400,
    },
    {
      name: 'country report PDF p50 (warm)',
      target: '<= 80 ms',
      actual: ms(r.countryReport.pdf.p50Ms),
      met: r.countryReport.pdf.p50Ms <= 80,
    },
    {
      name: 'country report HTML p50 (warm)',
      target: '<= 10 ms',
      actual: ms(r.countryReport.html.p50Ms),
      met: r.countryReport.html.p50Ms <= 10,
    },
    {
      name: 'ingest of a filled-in template p50',
      target: '<= 30 ms',
      actual: ms(r.ingest.template.p50Ms),
      met: r.ingest.template.p50Ms <= 30,
    },
  ];
  for (const b of r.bundles.handlers) {
    list.push(
      {
        name: `bundle ${b.handler} JS size`,
        target: '<= 1536 KB',
        actual: `${b.jsKB} KB`,
        met: b.jsKB <= 1536,
      },
      {
        name: `bundle ${b.handler} cold load`,
        target: '<= 250 ms',
        actual: ms(b.coldLoadMs),
        met: b.coldLoadMs <= 250,
      },
    );
  }
  list.push({
    name: 'pdfmake vs Chromium (p50 ratio)',
    target: '>= 5x',
    actual: `${r.chromium.ratio}x`,
    met: r.chromium.ratio >= 5,
  });
  return list;
}
