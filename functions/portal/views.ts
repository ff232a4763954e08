/**
 * The portal's pages: the precompiled handlebars templates of templates/portal, with the
 * layout registered as a partial block and a few formatting helpers.
 */

import { frameworkVersion } from '../core/framework.js';
import { formatDate as formatIsoDate } from '../core/report/format.js';
import { loadTemplates, styles } from '../render/templates.generated.js';

const { hb, templates } = loadTemplates();

for (const name of ['portal/layout', 'portal/year-switch']) {
  const template = templates[name];
  if (template) hb.registerPartial(name === 'portal/layout' ? 'portal-layout' : name, template);
}
hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
hb.registerHelper('date', (value: unknown) => (value instanceof Date ? formatDate(value) : ''));

/** "3 March 2025, 10:15 UTC": one unambiguous form for every reader, the reports' date words. */
export function formatDate(date: Date): string {
  const hh = String(date.getUTCHours()).padStart(2, '0');
  const mm = String(date.getUTCMinutes()).padStart(2, '0');
  return `${formatIsoDate(date.toISOString().slice(0, 10))}, ${hh}:${mm} UTC`;
}

export function renderPage(name: string, context: Record<string, unknown>): string {
  const template = templates[`portal/${name}`];
  if (!template) throw new Error(`No portal template ${name}: run npm run build:templates`);
  return template({ frameworkVersion, ...context });
}

export const portalCss: string = styles['portal/portal'] ?? '';
