/**
 * The portal app: routes a PortalRequest to its page or action. Knows nothing of HTTP
 * servers or Lambda; everything it touches comes in through PortalDeps. This file is the
 * router: it answers what needs no session, then checks the session, the form token and
 * the year once, builds the request context (context.ts) and hands it to a route module:
 * routes/auth.ts, routes/country.ts, routes/staff.ts, routes/publication.ts.
 *
 * Routes (every one but /healthz, /static/*, /signin, /auth/callback and /signed-out needs a
 * signed-in person):
 *   GET  /signin, GET /auth/callback, GET /signed-out   Cognito sign-in (AWS; see cognito-auth.ts)
 *   GET|POST /signin                         local sign-in form
 *   POST /signout
 *   GET  /                                   -> the person's start page
 *   GET  /country/CC?year=Y                  the country's year: status, workbook, upload, history, drafts
 *   GET  /country/CC/template.xlsx?year=Y    the workbook, with last year's actions
 *   POST /country/CC/upload?year=Y           local upload (multipart); contacts of CC only
 *   GET  /country/CC/uploaded?year=Y&batch=B where an upload lands: its result, or "being checked"
 *   GET  /country/CC/uploads/ID?year=Y       one upload's validation report
 *   GET  /country/CC/uploads/ID/annotated.xlsx
 *   POST /country/CC/uploads/ID/invalidate?year=Y  staff: invalidate an accepted upload (reason)
 *   GET  /country/CC/uploads/ID/receipt?year=Y        the upload's printable receipt
 *   GET  /country/CC/uploads/ID/receipt.txt?year=Y    the same, as a text file (attachment)
 *   GET  /country/CC/draft.(pdf|html)?year=Y
 *   POST /country/CC/review?year=Y           staff: the review state, with a message (routes/review.ts)
 *   POST /country/CC/messages?year=Y         the country's contacts and staff: a message in the thread
 *   GET  /staff?year=Y                       staff: the year's matrix, drafts, editions
 *   GET  /staff/drafts/NAME?year=Y           consolidated draft and draft open data
 *   GET  /staff/editions/N/FILE?year=Y       a published edition's files
 *   GET|POST /staff/publish?year=Y           mark ready and publish (with a confirmation)
 *   GET|POST /staff/period?year=Y            the year's reporting period: dates, who set them, history (routes/period.ts)
 *   GET  /staff/reminders?year=Y             the reminders sent for the year (routes/reminders.ts)
 *
 * Without a session: a page (GET) redirects to /signin?next=<page>; a form (POST) to
 * /signin?expired=1&next=<the form's page, with expired=1>: after sign-in that page says the form
 * was not sent; a file answers 401. Errors (400, 403, 404, 405, 500) are full pages.
 */
import { createLog } from '../adapters/log.js';
import { defaultLimits, parseReportingYear, reportingYears } from '../core/limits.js';
import { getMember } from '../core/members.js';
import {
  createRequestContext,
  csrfRefused,
  forbidden,
  html,
  mayRead,
  notFound,
  type Session,
  type SignedInContext,
  tokenMatches,
  viewData,
} from './context.js';
import { parseUrlEncoded, RequestError, redirect, securityHeaders, textResponse } from './http.js';
import { inRequestLanguage, t } from './i18n.js';
import { routeSignIn, signOut } from './routes/auth.js';
import { countryPage, countryRoute } from './routes/country.js';
import { invalidationRoute } from './routes/invalidation.js';
import { periodRoute } from './routes/period.js';
import { reviewRoute } from './routes/review.js';
import { staffRoute } from './routes/staff.js';
import type { PortalDeps, PortalRequest, PortalResponse } from './types.js';
import { portalCss, renderPage } from './views.js';

/** The one log shape (adapters/log.ts), for the Lambda and the local server alike. */
const log = createLog('portal');

/**
 * Answers one portal request, in its language (functions/portal/i18n.ts). Never throws:
 * faults become a 500 page (with the signed-in header when the person is known), details to
 * the log only. A form sent after the session expired leads to sign-in and back to its page.
 */
export async function handlePortalRequest(req: PortalRequest, deps: PortalDeps): Promise<PortalResponse> {
  return inRequestLanguage(req, () => answer(req, deps));
}

async function answer(req: PortalRequest, deps: PortalDeps): Promise<PortalResponse> {
  // The signed-in person, once known: error pages carry the same header as every page.
  const known: { ctx?: SignedInContext } = {};
  try {
    return await route(req, deps, known);
  } catch (error) {
    if (error instanceof RequestError)
      return html(
        error.status,
        renderPage('message', {
          ...(known.ctx ? viewData(known.ctx) : {}),
          title: t('portal.daily.badRequest.title'),
          heading: t('portal.daily.badRequest.title'),
          text: t('portal.daily.badRequest.text'),
          back: { href: formPage(req), label: t('portal.daily.backToForm') },
        }),
      );
    log.error('Portal request failed', error, { path: req.path });
    return html(
      500,
      renderPage('message', {
        ...(known.ctx ? viewData(known.ctx) : {}),
        title: t('portal.message.failed.title'),
        heading: t('portal.message.failed.heading'),
        text: t('portal.message.failed.text'),
        back: { href: '/', label: t('portal.message.startPage') },
      }),
    );
  }
}

async function route(
  req: PortalRequest,
  deps: PortalDeps,
  known: { ctx?: SignedInContext },
): Promise<PortalResponse> {
  const { method, path } = req;
  if (path === '/healthz' && (method === 'GET' || method === 'HEAD')) return textResponse(200, 'ok\n');
  if (path === '/static/portal.css' && method === 'GET')
    return {
      status: 200,
      headers: {
        ...securityHeaders(),
        'content-type': 'text/css; charset=utf-8',
        'cache-control': 'max-age=300',
      },
      body: portalCss,
    };
  const open = await routeSignIn(createRequestContext(req, deps));
  if (open) return open;

  const session = await currentSession(req, deps);
  if (!session) {
    if (method === 'GET' && !/\.[a-z]+$/i.test(path)) {
      const query = new URLSearchParams(req.query).toString();
      return redirect(`/signin?next=${encodeURIComponent(query ? `${path}?${query}` : path)}`);
    }
    // Signing out when already out: nothing was lost.
    if (method === 'POST' && path === '/signout') return redirect('/signin');
    // A form sent after the session expired: sign in, then back to the form's page, told why.
    if (method === 'POST')
      return redirect(`/signin?expired=1&next=${encodeURIComponent(formPage(req, true))}`);
    return textResponse(401, 'Please sign in.\n');
  }

  const year = parseYearParam(req.query.year, deps);
  const ctx: SignedInContext = {
    ...createRequestContext(req, deps),
    session,
    year: year ?? parseYearParam(undefined, deps)!,
  };
  known.ctx = ctx;

  // A body over the cap was not kept: the form's page says why, with the limit.
  if (req.bodyTooLarge) return tooLargePage(ctx);

  // Every state-changing request carries the form's token, bound to this session.
  if (method === 'POST' && !path.endsWith('/upload')) {
    const form = parseUrlEncoded(req.body);
    if (!tokenMatches(form.csrf, session.csrfToken)) return csrfRefused(ctx, formPage(req));
  }

  if (year === undefined)
    return html(
      400,
      renderPage('message', {
        ...viewData(ctx),
        title: t('portal.daily.badYear.title'),
        heading: t('portal.daily.badYear.title'),
        text: t('portal.daily.badYear.text', {
          year: req.query.year ?? '',
          first: reportingYears.first,
          last: reportingYears.last,
        }),
        back: { href: '/', label: t('portal.message.startPage') },
      }),
    );

  if (path === '/' && method === 'GET') {
    const id = session.identity;
    return redirect(id.role === 'staff' ? `/staff?year=${year}` : `/country/${id.country}?year=${year}`);
  }
  if (path === '/signout' && method === 'POST') return signOut(deps);

  const country = path.match(/^\/country\/([A-Z]{2})(\/.*)?$/);
  if (country) {
    const cc = country[1]!;
    const rest = country[2] ?? '';
    if (!getMember(cc)) return notFound(ctx);
    if (!mayRead(session.identity, cc)) return forbidden(ctx);
    const invalidate = rest.match(/^\/uploads\/([\w-]{1,64})\/invalidate$/);
    if (invalidate) return invalidationRoute(ctx, cc, invalidate[1]!);
    return (await reviewRoute(ctx, cc, rest)) ?? countryRoute(ctx, cc, rest);
  }
  if (path === '/staff' || path.startsWith('/staff/')) {
    if (session.identity.role !== 'staff') return forbidden(ctx);
    if (path === '/staff/period') return periodRoute(ctx);
    return staffRoute(ctx, path.slice('/staff'.length));
  }
  return notFound(ctx);
}

/**
 * The page a form was on, from where it posts: the upload goes back to the country's page,
 * sign-out to the start page, any other form to its own address (its page). `expired` adds
 * the flag that tells the page, after sign-in, that the form was not sent.
 */
function formPage(req: PortalRequest, expired = false): string {
  let path = req.path;
  if (/^\/country\/[A-Z]{2}\/upload$/.test(path)) path = path.slice(0, -'/upload'.length);
  if (path === '/signout') path = '/';
  const query = new URLSearchParams();
  if (req.query.year && /^\d{4}$/.test(req.query.year)) query.set('year', req.query.year);
  if (expired) query.set('expired', '1');
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

async function currentSession(req: PortalRequest, deps: PortalDeps): Promise<Session | undefined> {
  return deps.identity.auth.session(req.cookies);
}

function parseYearParam(text: string | undefined, deps: PortalDeps): number | undefined {
  if (text === undefined || text === '') return deps.currentYear ?? deps.clock.now().getUTCFullYear() - 1;
  return parseReportingYear(text);
}

/** The answer to a form whose body was over the cap: the upload form again with the limit, else a page. */
async function tooLargePage(ctx: SignedInContext): Promise<PortalResponse> {
  const { req, session } = ctx;
  const megabytes = Math.round(defaultLimits.maxFileBytes / (1024 * 1024));
  const upload = req.path.match(/^\/country\/([A-Z]{2})\/upload$/);
  if (upload && getMember(upload[1]!) && mayRead(session.identity, upload[1]!))
    return countryPage(ctx, upload[1]!, t('portal.country.fileTooLarge', { megabytes }), 413);
  return html(
    413,
    renderPage('message', {
      ...viewData(ctx),
      title: t('portal.daily.badRequest.title'),
      heading: t('portal.daily.badRequest.title'),
      text: t('portal.country.fileTooLarge', { megabytes }),
      back: { href: formPage(req), label: t('portal.daily.backToForm') },
    }),
  );
}
