/**
 * Report timings in this process: the view models (`buildCountryReport`,
 * `buildConsolidatedReport`), then HTML (`renderCountryHtml`) and PDF (`renderCountryPdf`
 * with the real pdfmake printer) of every reporting country, warm: the first country is
 * rendered once, untimed, before the measured pass (its time is kept as `firstMs`).
 */
import { createPdfPrinter } from '../../functions/adapters/pdf-printer.js';
import { buildConsolidatedModel, buildCountryModel } from '../../functions/app/publish/models.js';
import { planYear } from '../../functions/app/publish/steps.js';
import type { MemorySubmissionSource } from '../../functions/cli/run/memory-source.js';
import type { CountryReportModel } from '../../functions/core/report/types.js';
import { renderConsolidatedHtml, renderCountryHtml } from '../../functions/render/html.js';
import { renderConsolidatedPdf, renderCountryPdf } from '../../functions/render/pdf.js';
import { percentile, summarise, type Timings, timed } from './measure.js';

export interface CountryRenderResults {
  reports: number;
  model: Timings;
  pdf: Timings & { firstMs: number; p50Bytes: number };
  html: Timings & { firstMs: number; p50Bytes: number };
}

export interface ConsolidatedRenderResults {
  countries: number;
  modelMs: number;
  pdf: Timings & { bytes: number };
  html: Timings & { bytes: number };
}

export interface RenderOutput {
  country: CountryRenderResults;
  consolidated: ConsolidatedRenderResults;
  /** Each country's HTML, for the Chromium comparison. */
  countryHtml: string[];
}

export async function benchRender(
  source: MemorySubmissionSource,
  year: number,
  consolidatedRuns: number,
): Promise<RenderOutput> {
  const plan = await planYear(source, { year, edition: 1, sample: false });
  const modelTimes: number[] = [];
  const models: CountryReportModel[] = [];
  for (const country of plan.reporting) {
    const submission = (await source.submission(year, country))!;
    const history = await source.history(year, country);
    const { value, ms } = await timed(() => buildCountryModel(plan, submission, history));
    models.push(value);
    modelTimes.push(ms);
  }
  if (models.length === 0) throw new Error(`No country has an accepted submission for ${year}`);

  const printer = createPdfPrinter();
  const firstPdf = await timed(() => renderCountryPdf(models[0]!, printer));
  const firstHtml = await timed(() => renderCountryHtml(models[0]!));

  const pdfTimes: number[] = [];
  const pdfSizes: number[] = [];
  const htmlTimes: number[] = [];
  const htmlSizes: number[] = [];
  const countryHtml: string[] = [];
  for (const model of models) {
    const html = await timed(() => renderCountryHtml(model));
    htmlTimes.push(html.ms);
    htmlSizes.push(Buffer.byteLength(html.value));
    countryHtml.push(html.value);
    const pdf = await timed(() => renderCountryPdf(model, printer));
    pdfTimes.push(pdf.ms);
    pdfSizes.push(pdf.value.byteLength);
  }

  const countries = await Promise.all(
    plan.reporting.map(async (c) => ({
      submission: (await source.submission(year, c))!,
      history: await source.history(year, c),
    })),
  );
  const consolidatedModel = await timed(() => buildConsolidatedModel(plan, countries));
  const cPdf: number[] = [];
  const cHtml: number[] = [];
  let cPdfBytes = 0;
  let cHtmlBytes = 0;
  // One untimed pass first: the consolidated document has its own first-time costs.
  await renderConsolidatedPdf(consolidatedModel.value, printer);
  for (let i = 0; i < consolidatedRuns; i++) {
    const html = await timed(() => renderConsolidatedHtml(consolidatedModel.value));
    cHtml.push(html.ms);
    cHtmlBytes = Buffer.byteLength(html.value);
    const pdf = await timed(() => renderConsolidatedPdf(consolidatedModel.value, printer));
    cPdf.push(pdf.ms);
    cPdfBytes = pdf.value.byteLength;
  }

  return {
    country: {
      reports: models.length,
      model: summarise(modelTimes),
      pdf: { ...summarise(pdfTimes), firstMs: round(firstPdf.ms), p50Bytes: percentile(pdfSizes, 50) },
      html: { ...summarise(htmlTimes), firstMs: round(firstHtml.ms), p50Bytes: percentile(htmlSizes, 50) },
    },
    consolidated: {
      countries: countries.length,
      modelMs: round(consolidatedModel.ms),
      pdf: { ...summarise(cPdf), bytes: cPdfBytes },
      html: { ...summarise(cHtml), bytes: cHtmlBytes },
    },
    countryHtml,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
