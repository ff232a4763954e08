/**
 * View model -> one self-contained HTML file (inline CSS and SVG, no script), from the
 * precompiled templates of templates/report and templates/partials/report. Every text
 * from the model goes through handlebars' escaping; the only unescaped output is what
 * this module generates itself (the style sheet and the chart SVG, which escapes its own
 * text), through the `inlineStyles` and `chartSvg` helpers. Same model, same bytes.
 */

import { loadReportTemplates, reportStyles } from '../../build/templates.generated.js';
import { AllianceError } from '../core/errors.js';
import type { ChartModel, ConsolidatedReportModel, CountryReportModel } from '../core/report/types.js';
import { renderChartSvg } from './charts.js';

export class TemplateMissingError extends AllianceError<'TEMPLATE_MISSING'> {
  constructor(name: string) {
    super(
      'TemplateMissingError',
      'TEMPLATE_MISSING',
      `The template ${name} is not in build/templates.generated.ts: run npm run build:templates`,
    );
  }
}

let loaded: ReturnType<typeof loadReportTemplates> | undefined;

function environment(): ReturnType<typeof loadReportTemplates> {
  if (loaded) return loaded;
  const env = loadReportTemplates();
  const css = reportStyles['report/report'];
  if (css === undefined) throw new TemplateMissingError('report/report.css');
  env.hb.registerHelper('inlineStyles', () => new env.hb.SafeString(css));
  env.hb.registerHelper('chartSvg', (chart: ChartModel) => new env.hb.SafeString(renderChartSvg(chart)));
  loaded = env;
  return env;
}

function render(name: string, model: object): string {
  const template = environment().templates[name];
  if (!template) throw new TemplateMissingError(`${name}.hbs`);
  return template(model, { allowProtoPropertiesByDefault: false });
}

/** The country report as one HTML document. */
export function renderCountryHtml(model: CountryReportModel): string {
  return render('report/country', model);
}

/** The consolidated report as one HTML document. */
export function renderConsolidatedHtml(model: ConsolidatedReportModel): string {
  return render('report/consolidated', model);
}
