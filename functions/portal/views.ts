/**
 * The portal's pages: the precompiled handlebars templates of templates/portal, with the
 * layout registered as a partial block and a few helpers. Every word comes from the
 * catalogue in the request's language (`{{t "portal.signin.title"}}`, parameters as hash
 * arguments: `{{t "portal.upload.back" country=countryName year=year}}`).
 */

import { loadPortalTemplates, portalStyles } from '../../build/templates.generated.js';
import { frameworkVersion } from '../core/framework.js';
import { isMessageKey } from '../core/i18n/translate.js';
import { countryName, currentLanguage, formatDateTime, languageSwitch, t } from './i18n.js';

const { hb, templates } = loadPortalTemplates();

for (const name of ['portal/layout', 'portal/year-switch', 'portal/receipt-section']) {
  const template = templates[name];
  if (template) hb.registerPartial(name === 'portal/layout' ? 'portal-layout' : name, template);
}
hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
hb.registerHelper('date', (value: unknown) => (value instanceof Date ? formatDate(value) : ''));
hb.registerHelper('t', (key: unknown, options: { hash?: Record<string, string | number> }) => {
  // A key the catalogue lacks is a bug in a template: fail loudly rather than show a key.
  if (typeof key !== 'string' || !isMessageKey(key)) throw new Error(`Unknown message key ${String(key)}`);
  return t(key, options.hash ?? {});
});
hb.registerHelper('memberName', (code: unknown) => (typeof code === 'string' ? countryName(code) : ''));

/** "3 March 2025, 10:15 UTC" in the request's language: one unambiguous form for every reader. */
export function formatDate(date: Date): string {
  return formatDateTime(date);
}

export function renderPage(name: string, context: Record<string, unknown>): string {
  const template = templates[`portal/${name}`];
  if (!template) throw new Error(`No portal template ${name}: run npm run build:templates`);
  return template({ frameworkVersion, lang: currentLanguage(), languages: languageSwitch(), ...context });
}

export const portalCss: string = portalStyles['portal/portal'] ?? '';
