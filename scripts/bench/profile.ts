/**
 * `node --import tsx scripts/bench/profile.ts <pdf|html|consolidated|template|ingest> [--countries N]
 * [--repeat N] [--out FILE.cpuprofile]`: CPU profile of one piece, warm, with the top
 * functions by self time. The profiler (node:inspector) runs only around the measured
 * loop, so module loading and first-call costs stay out of it; the .cpuprofile opens in
 * Chrome DevTools.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPdfPrinter } from '../../functions/adapters/pdf-printer.js';
import { buildConsolidatedModel, buildCountryModel } from '../../functions/app/publish/models.js';
import { planYear } from '../../functions/app/publish/steps.js';
import { ingestUpload } from '../../functions/core/ingest/index.js';
import { getMember } from '../../functions/core/members.js';
import { buildTemplate } from '../../functions/core/template.js';
import { renderCountryHtml } from '../../functions/render/html.js';
import { renderConsolidatedPdf, renderCountryPdf } from '../../functions/render/pdf.js';
import { fillTemplate, generateYear } from './generate.js';
import { benchIngest } from './ingest.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Self time per npm package (or `ours`, `node`, `(gc)`...), from a V8 CPU profile. */
export function selfTimeByPackage(profile: {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}): string {
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++)
    selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + (deltas[i] ?? 0));
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    total += us;
    const url = node.callFrame.url;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    const key =
      pkg ?? (url.startsWith('node:') ? 'node' : url ? 'ours' : node.callFrame.functionName || '(native)');
    byPackage.set(key, (byPackage.get(key) ?? 0) + us);
  }
  return [...byPackage.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(
      ([k, us]) =>
        `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`,
    )
    .join('\n');
}

/** Top functions by self time, from a V8 CPU profile. */
export function topSelfTime(
  profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] },
  limit = 25,
): string {
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++)
    selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + (deltas[i] ?? 0));
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    total += us;
    const f = node.callFrame;
    const where = f.url
      ? `${f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/main\//, '')}:${f.lineNumber + 1}`
      : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  }
  return [...byFunction.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(
      ([k, us]) =>
        `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`,
    )
    .join('\n');
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    countries: { type: 'string', default: '5' },
    repeat: { type: 'string', default: '3' },
    out: { type: 'string' },
  },
});
const piece = positionals[0] ?? 'pdf';
const repeat = Number(values.repeat);

const dir = join(tmpdir(), `alliance-profile-${values.countries}`);
const generated = await generateYear({ dir, countries: Number(values.countries) });
const { source } = await benchIngest(generated);
const plan = await planYear(source, { year: generated.year, edition: 1, sample: false });
const models = await Promise.all(
  plan.reporting.map(async (c) =>
    buildCountryModel(plan, (await source.submission(plan.year, c))!, await source.history(plan.year, c)),
  ),
);
const printer = createPdfPrinter();

let work: () => Promise<unknown>;
switch (piece) {
  case 'pdf':
    work = async () => {
      for (const m of models) await renderCountryPdf(m, printer);
    };
    break;
  case 'html':
    work = async () => {
      for (const m of models) renderCountryHtml(m);
    };
    break;
  case 'consolidated': {
    const countries = await Promise.all(
      plan.reporting.map(async (c) => ({
        submission: (await source.submission(plan.year, c))!,
        history: await source.history(plan.year, c),
      })),
    );
    const model = buildConsolidatedModel(plan, countries);
    work = () => renderConsolidatedPdf(model, printer);
    break;
  }
  case 'template': {
    const filled = await Promise.all(
      generated.countries.map(async (c) =>
        fillTemplate(await buildTemplate({ year: plan.year, country: c }), getMember(c)!, plan.year),
      ),
    );
    work = async () => {
      for (const [i, bytes] of filled.entries())
        await ingestUpload({
          bytes,
          fileName: 'form.xlsx',
          country: generated.countries[i]!,
          year: plan.year,
        });
    };
    break;
  }
  case 'ingest': {
    const files = generated.uploads.flatMap((u) => u.paths.map((p) => ({ ...u, path: p })));
    const bytes = await Promise.all(files.map((f) => readFile(f.path)));
    work = async () => {
      for (const [i, f] of files.entries())
        await ingestUpload({
          bytes: bytes[i]!,
          fileName: basename(f.path),
          country: f.country,
          year: f.year,
        });
    };
    break;
  }
  default:
    throw new Error(`Unknown piece ${piece}: pdf, html, consolidated, template or ingest`);
}

// Warm as the bench is: the first report once, so the measured pass meets each report's own
// words for the first time (as a yearly run does), not a fully warmed cache.
if (piece === 'pdf') await renderCountryPdf(models[0]!, printer);
else await work();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const start = performance.now();
for (let i = 0; i < repeat; i++) await work();
const ms = performance.now() - start;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
const per = piece === 'consolidated' ? repeat : repeat * models.length;
console.log(`${piece}: ${(ms / per).toFixed(1)} ms each over ${per}\n`);
console.log(selfTimeByPackage(profile as never));
console.log('');
console.log(topSelfTime(profile as never));
if (values.out) await writeFile(values.out, JSON.stringify(profile));
