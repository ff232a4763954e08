/**
 * Commission staff's pages, under `/staff` (the router has checked the role): the year's
 * table of members (sorted, filtered, exported as CSV), the consolidated draft and draft
 * open data, the published editions; `/staff/publish` is routes/publication.ts, an edition's
 * page and zip routes/editions.ts.
 */
import { publishedEditionNumbers, readPublishedEdition } from '../../app/cycle/changes.js';
import { dataKeys, outputNames } from '../../core/keys.js';
import { download, html, notFound, type SignedInContext, statusText, viewData } from '../context.js';
import { fileResponse } from '../http.js';
import { t } from '../i18n.js';
import {
  filterRows,
  formatPageDay,
  isStaffFilter,
  readStaffTable,
  type StaffFilter,
  type StaffRow,
  staffFilters,
  toCsv,
} from '../staff-table.js';
import type { PortalResponse } from '../types.js';
import { renderPage } from '../views.js';
import { editionPage, editionZip } from './editions.js';
import { publicationRoute, publishStartedPage, readReady } from './publication.js';
import { remindersRoute } from './reminders.js';

/** The router for everything below `/staff`. */
export async function staffRoute(ctx: SignedInContext, rest: string): Promise<PortalResponse> {
  const { req, year } = ctx;
  if (rest === '' && req.method === 'GET') return staffPage(ctx);
  if (rest === '/export.csv' && req.method === 'GET') return staffExport(ctx);
  const editionNumber = rest.match(/^\/editions\/([1-9]\d{0,5})$/);
  if (editionNumber && req.method === 'GET') return editionPage(ctx, Number(editionNumber[1]));
  const zip = rest.match(/^\/editions\/([1-9]\d{0,5})\/edition-([1-9]\d{0,5})\.zip$/);
  if (zip && zip[1] === zip[2] && req.method === 'GET') return editionZip(ctx, Number(zip[1]));
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
  if (rest === '/publish/started' && req.method === 'GET') return publishStartedPage(ctx);
  return notFound(ctx);
}

/** The `?state=` filter: undefined for every member, or an error naming the value. */
function parseFilter(ctx: SignedInContext): { state?: StaffFilter; error?: string } {
  const raw = ctx.req.query.state ?? '';
  if (raw === '' || raw === 'all') return {};
  if (isStaffFilter(raw)) return { state: raw };
  return { error: t('portal.staffTable.badState', { value: raw.slice(0, 60) }) };
}

const statusSymbols: Record<StaffRow['status'], string> = {
  accepted: '\u2713',
  'accepted-with-warnings': '\u26A0\uFE0E',
  rejected: '\u2717',
  'not-submitted': '\u2013',
};

function reviewText(row: StaffRow): string {
  return row.review ? t(`portal.staffTable.review.${row.review.state}`) : t('portal.staffTable.review.none');
}

function mailto(row: StaffRow, year: number): string | undefined {
  if (row.contacts.length === 0) return undefined;
  const subject = t('portal.staffTable.mailSubject', { year, country: row.name });
  return `mailto:${row.contacts.map(encodeURIComponent).join(',')}?subject=${encodeURIComponent(subject)}`;
}

async function staffPage(ctx: SignedInContext): Promise<PortalResponse> {
  const { deps, year } = ctx;
  const filter = parseFilter(ctx);
  const table = await readStaffTable(deps, year);
  const counts = { accepted: 0, warnings: 0, rejected: 0, none: 0 };
  for (const r of table.rows) {
    if (r.status === 'accepted') counts.accepted++;
    else if (r.status === 'accepted-with-warnings') counts.warnings++;
    else if (r.status === 'rejected') counts.rejected++;
    else counts.none++;
  }
  const shown = filterRows(table.rows, filter.state);
  const drafts = new Set(
    (await deps.data.list(dataKeys.draftsPrefix(year))).map((o) =>
      o.key.slice(dataKeys.draftsPrefix(year).length),
    ),
  );
  const editions = [];
  for (const number of (await publishedEditionNumbers(deps.data, year)).reverse()) {
    const edition = await readPublishedEdition(deps.data, year, number);
    if (edition)
      editions.push({
        number,
        published: edition.published ? formatPageDay(edition.published) : undefined,
        by: edition.requestedBy ?? undefined,
      });
  }
  const ready = await readReady(deps, year);
  const state = filter.state ?? '';
  return html(
    filter.error ? 400 : 200,
    renderPage('staff', {
      ...viewData(ctx),
      title: filter.error
        ? t('portal.errorPrefix', { title: t('portal.staff.title', { year }) })
        : t('portal.staff.title', { year }),
      filterError: filter.error,
      filters: staffFilters.map((f) => ({
        value: f,
        label: t(`portal.staffTable.filter.${f}`),
        selected: f === state,
      })),
      state,
      exportHref: `/staff/export.csv?year=${year}${state ? `&state=${state}` : ''}`,
      shownText: t('portal.staffTable.shown', { shown: shown.length, total: table.rows.length }),
      contactsUnavailable: table.contactsUnavailable ? t('portal.staffTable.contactsUnavailable') : undefined,
      rows: shown.map((r) => ({
        ...r,
        statusText: statusText(r.status),
        statusSymbol: statusSymbols[r.status],
        deadlineText: r.deadline ? formatPageDay(r.deadline) : undefined,
        daysLateText:
          r.daysLate === undefined
            ? undefined
            : t(r.late ? 'portal.staffTable.daysLateValue' : 'portal.staffTable.overdueValue', {
                days: r.daysLate,
              }),
        reviewText: reviewText(r),
        reviewState: r.review?.state,
        changedText:
          r.changedSince === undefined
            ? undefined
            : t('portal.staffTable.changed', { edition: r.changedSince }),
        reported: r.status === 'accepted' || r.status === 'accepted-with-warnings',
        mailto: mailto(r, year),
      })),
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

/** GET /staff/export.csv?year=Y&state=S: the filtered list, as the table shows it. */
async function staffExport(ctx: SignedInContext): Promise<PortalResponse> {
  const { deps, year } = ctx;
  const filter = parseFilter(ctx);
  if (filter.error) return staffPage(ctx);
  const table = await readStaffTable(deps, year);
  const yes = t('portal.staffTable.csv.yes');
  const no = t('portal.staffTable.csv.no');
  const lines: Array<Array<string | number | undefined>> = [
    [
      t('portal.staffTable.csv.code'),
      t('portal.staff.country'),
      t('portal.staff.status'),
      t('portal.staff.errors'),
      t('portal.staff.warningsColumn'),
      t('portal.staff.lastUpload'),
      t('portal.staffTable.deadline'),
      t('portal.staffTable.csv.late'),
      t('portal.staffTable.daysLate'),
      t('portal.staffTable.review'),
      t('portal.staffTable.csv.reviewedAt'),
      t('portal.staffTable.csv.changedSince'),
      t('portal.staffTable.contacts'),
    ],
  ];
  for (const r of filterRows(table.rows, filter.state))
    lines.push([
      r.country,
      r.name,
      statusText(r.status),
      r.latest?.errors,
      r.latest?.warnings,
      r.latest ? r.latest.at.toISOString() : undefined,
      r.deadline,
      r.deadline ? (r.late ? yes : no) : undefined,
      r.daysLate,
      reviewText(r),
      r.review?.at,
      r.changedSince,
      r.contacts.join('; '),
    ]);
  const name = `${year}-members${filter.state ? `-${filter.state}` : ''}.csv`;
  return fileResponse(new TextEncoder().encode(toCsv(lines)), 'text/csv; charset=utf-8', name, 'attachment');
}
