/**
 * Commission staff's pages, under `/staff` (the router has checked the role): the year's
 * matrix of countries, the consolidated draft and draft open data, the published editions;
 * `/staff/publish` is routes/publication.ts.
 */
import { dataKeys, outputNames } from '../../core/keys.js';
import { download, html, notFound, type SignedInContext, statusText, viewData } from '../context.js';
import { readEditions, readYearMatrix } from '../data.js';
import { t } from '../i18n.js';
import type { PortalResponse } from '../types.js';
import { renderPage } from '../views.js';
import { publicationRoute, readReady } from './publication.js';
import { remindersRoute } from './reminders.js';

/** The router for everything below `/staff`. */
export async function staffRoute(ctx: SignedInContext, rest: string): Promise<PortalResponse> {
  const { req, year } = ctx;
  if (rest === '' && req.method === 'GET') return staffPage(ctx);
  const draft = rest.match(/^\/drafts\/(consolidated\.(?:pdf|html)|data\.(?:csv|json))$/);
  if (draft && req.method === 'GET') {
    const name = draft[1]!;
    return download(ctx, 'data', dataKeys.draft(year, name), `${year}-draft-${name}`);
  }
  const edition = rest.match(/^\/editions\/(\d{1,4})\/([\w./-]+)$/);
  if (edition && req.method === 'GET') {
    const file = edition[2]!;
    if (file.split('/').some((p) => p === '..' || p === '.' || p === '')) return notFound(ctx);
    return download(
      ctx,
      'data',
      dataKeys.edition(year, Number(edition[1]), file),
      `${year}-edition-${edition[1]}-${file.replace(/\//g, '-')}`,
    );
  }
  if (rest === '/publish') return publicationRoute(ctx);
  if (rest === '/reminders') return remindersRoute(ctx);
  return notFound(ctx);
}

async function staffPage(ctx: SignedInContext): Promise<PortalResponse> {
  const { deps, year } = ctx;
  const rows = await readYearMatrix(deps, year);
  const counts = { accepted: 0, warnings: 0, rejected: 0, none: 0 };
  for (const r of rows) {
    if (r.status === 'accepted') counts.accepted++;
    else if (r.status === 'accepted-with-warnings') counts.warnings++;
    else if (r.status === 'rejected') counts.rejected++;
    else counts.none++;
  }
  const drafts = new Set(
    (await deps.data.list(dataKeys.draftsPrefix(year))).map((o) =>
      o.key.slice(dataKeys.draftsPrefix(year).length),
    ),
  );
  const editions = (await readEditions(deps.data, year)).map((e) => ({
    ...e,
    manifestText: e.manifest ? JSON.stringify(e.manifest, null, 2) : '',
  }));
  const ready = await readReady(deps, year);
  return html(
    200,
    renderPage('staff', {
      ...viewData(ctx),
      title: t('portal.staff.title', { year }),
      rows: rows.map((r) => ({ ...r, statusText: statusText(r.status) })),
      counts,
      consolidated: {
        pdf: drafts.has(outputNames.consolidatedPdf),
        html: drafts.has(outputNames.consolidatedHtml),
      },
      openData: [outputNames.dataCsv, outputNames.dataJson].filter((n) => drafts.has(n)),
      editions,
      ready,
    }),
  );
}
