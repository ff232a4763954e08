/**
 * The portal app: routes a PortalRequest to its page or action. Knows nothing of HTTP
 * servers or Lambda; everything it touches comes in through PortalDeps.
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
 *   GET  /country/CC/draft.(pdf|html)?year=Y
 *   GET  /staff?year=Y                       staff: the year's matrix, drafts, editions
 *   GET  /staff/drafts/NAME?year=Y           consolidated draft and draft open data
 *   GET  /staff/editions/N/FILE?year=Y       a published edition's files
 *   GET|POST /staff/publish?year=Y           mark ready and publish (with a confirmation)
 */

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createLog } from '../adapters/log.js';
import { nextEdition } from '../app/publish/editions.js';
import { StoredSubmissionSource } from '../app/submissions-store.js';
import { type Language, languageNames } from '../core/i18n/languages.js';
import { dataKeys, outputNames, parseUploadKey, uploadKey, uploadPrefix } from '../core/keys.js';
import { defaultLimits, notAReportingYearMessage, parseReportingYear } from '../core/limits.js';
import { getMember } from '../core/members.js';
import type { Submission } from '../core/submission.js';
import { annotateUpload } from './annotate.js';
import type { CallbackResult, CognitoAuth } from './cognito-auth.js';
import {
  type CountryStatus,
  groupIssuesBySheet,
  readCountryYear,
  readEditions,
  readUpload,
  readYearMatrix,
} from './data.js';
import {
  contentTypeOf,
  fileResponse,
  PAGE_CSP,
  parseMultipart,
  parseUrlEncoded,
  RequestError,
  redirect,
  sanitizeFileName,
  securityHeaders,
  textResponse,
} from './http.js';
import { countryName, currentLanguage, inRequestLanguage, issuesInLanguage, t } from './i18n.js';
import type { Identity, PortalDeps, PortalRequest, PortalResponse } from './types.js';
import { portalCss, renderPage } from './views.js';

/** The one log shape (adapters/log.ts), for the Lambda and the local server alike. */
const log = createLog('portal');

interface Session {
  identity: Identity;
  csrfToken: string;
}

interface Ctx {
  req: PortalRequest;
  deps: PortalDeps;
  session: Session;
  year: number;
}

const UPLOAD_EXTENSIONS = ['.xlsx', '.ods', '.csv', '.txt', '.tsv'];

const statusText = (status: CountryStatus): string => t(`portal.status.${status}`);

/**
 * Answers one portal request, in its language (functions/portal/i18n.ts). Never throws:
 * faults become a plain 500 page, details to the log only.
 */
export async function handlePortalRequest(req: PortalRequest, deps: PortalDeps): Promise<PortalResponse> {
  return inRequestLanguage(req, () => answer(req, deps));
}

async function answer(req: PortalRequest, deps: PortalDeps): Promise<PortalResponse> {
  try {
    return await route(req, deps);
  } catch (error) {
    if (error instanceof RequestError) return textResponse(error.status, `${error.message}\n`);
    log.error('Portal request failed', error, { path: req.path });
    return html(
      500,
      renderPage('message', {
        title: t('portal.message.failed.title'),
        heading: t('portal.message.failed.heading'),
        text: t('portal.message.failed.text'),
      }),
    );
  }
}

async function route(req: PortalRequest, deps: PortalDeps): Promise<PortalResponse> {
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
  if (path === '/signin' && deps.identity.kind === 'local') {
    if (method === 'GET') return signInPage(req, deps);
    if (method === 'POST') return signIn(req, deps);
    return methodNotAllowed();
  }
  if (deps.identity.kind === 'cognito') {
    const auth = deps.identity.auth;
    if (path === '/signin') {
      if (method !== 'GET') return methodNotAllowed();
      const { location, cookie } = await auth.startSignIn(safeNext(req.query.next));
      return redirect(location, [cookie]);
    }
    if (path === '/auth/callback') {
      if (method !== 'GET') return methodNotAllowed();
      return authCallback(req, auth);
    }
    if (path === '/signed-out' && method === 'GET')
      return html(
        200,
        renderPage('message', {
          title: t('portal.message.signedOut.title'),
          heading: t('portal.message.signedOut.heading'),
          text: t('portal.message.signedOut.text'),
          back: { href: '/signin', label: t('portal.message.signInAgain') },
        }),
      );
  }

  const session = await currentSession(req, deps);
  if (!session) {
    if (method === 'GET' && !/\.[a-z]+$/i.test(path)) {
      const query = new URLSearchParams(req.query).toString();
      return redirect(`/signin?next=${encodeURIComponent(query ? `${path}?${query}` : path)}`);
    }
    return textResponse(401, 'Please sign in.\n');
  }

  // Every state-changing request carries the form's token, bound to this session.
  if (method === 'POST' && !path.endsWith('/upload')) {
    const form = parseUrlEncoded(req.body);
    if (!tokenMatches(form.csrf, session.csrfToken)) return csrfRefused();
  }

  const year = parseYearParam(req.query.year, deps);
  if (year === undefined) return textResponse(400, `${notAReportingYearMessage(req.query.year)}\n`);
  const ctx: Ctx = { req, deps, session, year };

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
    return countryRoute(ctx, cc, rest);
  }
  if (path === '/staff' || path.startsWith('/staff/')) {
    if (session.identity.role !== 'staff') return forbidden(ctx);
    return staffRoute(ctx, path.slice('/staff'.length));
  }
  return notFound(ctx);
}

// ---------- sessions and sign-in

async function currentSession(req: PortalRequest, deps: PortalDeps): Promise<Session | undefined> {
  return deps.identity.auth.session(req.cookies);
}

async function authCallback(req: PortalRequest, auth: CognitoAuth): Promise<PortalResponse> {
  const result = await auth.finishSignIn(req.query, req.cookies);
  if (result.ok) return redirect(safeNext(result.next) ?? '/', result.cookies);
  return html(
    result.reason === 'no-access' ? 403 : 400,
    renderPage('message', {
      title: t('portal.message.callback.title'),
      heading: t('portal.message.callback.heading'),
      text: t(`portal.message.callback.${result.reason}`),
      back: { href: '/signin', label: t('portal.message.signInAgain') },
    }),
  );
}

function tokenMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function signInPage(req: PortalRequest, deps: PortalDeps, error?: string, email = ''): PortalResponse {
  if (deps.identity.kind !== 'local') return textResponse(404, 'Not found.\n');
  const pre = deps.identity.auth.preSession(req.cookies);
  const next = safeNext(req.query.next);
  const response = html(
    error ? 400 : 200,
    renderPage('signin', {
      title: error ? t('portal.errorPrefix', { title: t('portal.signin.title') }) : t('portal.signin.title'),
      sample: deps.sample === true,
      csrf: pre.csrfToken,
      error,
      email,
      next,
    }),
  );
  if (pre.cookie) response.cookies = [pre.cookie];
  return response;
}

async function signIn(req: PortalRequest, deps: PortalDeps): Promise<PortalResponse> {
  if (deps.identity.kind !== 'local') return textResponse(404, 'Not found.\n');
  const auth = deps.identity.auth;
  const form = parseUrlEncoded(req.body);
  if (!auth.checkPreSession(req.cookies, form.csrf)) return csrfRefused();
  const email = (form.email ?? '').trim();
  if (!email || !form.password) return signInPage(req, deps, t('portal.signin.missing'), email);
  const result = await auth.signIn({ email, password: form.password, ip: req.sourceIp ?? 'unknown' });
  if (!result.ok) {
    const message = result.reason === 'throttled' ? t('portal.signin.throttled') : t('portal.signin.wrong');
    const page = signInPage(req, deps, message, email);
    if (result.reason === 'throttled') page.status = 429;
    return page;
  }
  const next = safeNext(form.next ?? req.query.next);
  return redirect(next ?? '/', [result.cookie]);
}

function signOut(deps: PortalDeps): PortalResponse {
  if (deps.identity.kind === 'local') return redirect('/signin', deps.identity.auth.signOutCookies());
  const { location, cookies } = deps.identity.auth.signOut();
  return redirect(location, cookies);
}

/** Only a path on this site: never an absolute URL or `//host` (open redirect). */
function safeNext(next: string | undefined): string | undefined {
  return next && /^\/(?![/\\])[\w\-/.?=&%]*$/.test(next) ? next : undefined;
}

function mayRead(identity: Identity, country: string): boolean {
  return identity.role === 'staff' || identity.country === country;
}

// ---------- a country's pages

async function countryRoute(ctx: Ctx, cc: string, rest: string): Promise<PortalResponse> {
  const { req, deps, year, session } = ctx;
  const base = `/country/${cc}`;
  if (rest === '' && req.method === 'GET') return countryPage(ctx, cc);
  if (rest === '/template.xlsx' && req.method === 'GET') {
    const previous = await readPreviousSubmission(deps, year - 1, cc);
    const input: { year: number; country: string; previous?: Submission; lang: Language } = {
      year,
      country: cc,
      lang: currentLanguage(),
    };
    if (previous) input.previous = previous;
    const bytes = await deps.buildTemplate(input);
    return fileResponse(bytes, contentTypeOf('x.xlsx'), `alliance-report-${year}-${cc}.xlsx`);
  }
  if (rest === '/upload' && req.method === 'POST') {
    // Only the country's own contacts write its uploads; staff follow, they do not submit.
    if (session.identity.role !== 'contact') return forbidden(ctx);
    return receiveUpload(ctx, cc);
  }
  if (rest === '/uploaded' && req.method === 'GET') return uploadedPage(ctx, cc);
  const up = rest.match(/^\/uploads\/([\w-]{1,64})(\/annotated\.xlsx)?$/);
  if (up && req.method === 'GET') {
    const upload = await readUpload(deps.data, year, cc, up[1]!);
    if (!upload) return notFound(ctx);
    if (up[2]) {
      const original = await deps.uploads.get(upload.key);
      const { bytes } = await annotateUpload(original, upload.fileName, upload.issues, currentLanguage());
      const stem = upload.fileName.replace(/\.[^.]+$/, '');
      return fileResponse(bytes, contentTypeOf('x.xlsx'), `${stem}-problems.xlsx`);
    }
    const issues = issuesInLanguage(upload.issues);
    return html(
      200,
      renderPage('upload', {
        ...common(ctx),
        title: t(upload.accepted ? 'portal.upload.titleAccepted' : 'portal.upload.titleRejected', {
          file: upload.fileName,
        }),
        u: { ...upload, issues },
        groups: groupIssuesBySheet(issues, t('portal.upload.wholeFile')),
        countryPath: base,
        countryName: countryName(cc),
      }),
    );
  }
  const draft = rest.match(/^\/draft\.(pdf|html)$/);
  if (draft && req.method === 'GET')
    return download(
      ctx,
      'data',
      dataKeys.draft(year, `${cc}.${draft[1]}`),
      `${cc}-${year}-draft.${draft[1]}`,
    );
  if (['/upload', '/uploaded', '/template.xlsx', ''].includes(rest)) return methodNotAllowed();
  return notFound(ctx);
}

function common(ctx: Ctx): Record<string, unknown> {
  const id = ctx.session.identity;
  const first = 2013;
  const last = Math.max(ctx.deps.clock.now().getUTCFullYear(), ctx.year);
  const years: number[] = [];
  for (let y = last; y >= first; y--) years.push(y);
  return {
    user: {
      email: id.email,
      staff: id.role === 'staff',
      country: id.role === 'contact' ? id.country : undefined,
      countryName: id.role === 'contact' ? getMember(id.country)?.name : undefined,
    },
    signOut: true,
    sample: ctx.deps.sample === true,
    csrf: ctx.session.csrfToken,
    year: ctx.year,
    years,
  };
}

async function countryPage(
  ctx: Ctx,
  cc: string,
  uploadError?: string,
  status = 200,
): Promise<PortalResponse> {
  const { deps, year } = ctx;
  const c = await readCountryYear(deps, year, cc);
  const staffView = ctx.session.identity.role === 'staff';
  const base = `/country/${cc}`;
  let upload: { action: string; fields: Record<string, string> } = {
    action: `${base}/upload?year=${year}`,
    fields: { csrf: ctx.session.csrfToken },
  };
  let csp = PAGE_CSP;
  if (!staffView && deps.upload.kind === 'presigned-post') {
    const batch = newBatch(deps);
    const origin = deps.publicUrl ?? portalOrigin(ctx.req);
    // The country is the signed-in contact's own (mayRead passed and the role is contact).
    const form = await deps.upload.createForm({
      year,
      country: cc,
      batch,
      maxBytes: defaultLimits.maxFileBytes,
      redirectUrl: `${origin}${base}/uploaded?year=${year}&batch=${batch}`,
    });
    upload = { action: form.url, fields: form.fields };
    csp = PAGE_CSP.replace("form-action 'self'", `form-action 'self' ${new URL(form.url).origin}`);
  }
  const previous = staffView ? undefined : await hasPreviousSubmission(deps, year - 1, cc);
  const response = html(
    status,
    renderPage('country', {
      ...common(ctx),
      title: uploadError
        ? t('portal.errorPrefix', { title: t('portal.country.title', { country: countryName(cc), year }) })
        : t('portal.country.title', { country: countryName(cc), year }),
      c,
      countryName: countryName(cc),
      languageName: languageNames[currentLanguage()],
      statusText:
        statusText(c.status) +
        (c.status === 'accepted-with-warnings' ? ` (${c.latestAccepted?.warnings})` : ''),
      staffView,
      countryPath: base,
      upload,
      uploadError,
      hasPrevious: previous,
      maxMegabytes: Math.round(defaultLimits.maxFileBytes / (1024 * 1024)),
    }),
  );
  response.headers['content-security-policy'] = csp;
  return response;
}

function portalOrigin(req: PortalRequest): string {
  const host = req.headers['x-forwarded-host'] ?? req.headers.host ?? 'localhost';
  const proto = req.headers['x-forwarded-proto'] ?? 'https';
  return `${proto}://${host}`;
}

function newBatch(deps: PortalDeps): string {
  const stamp = deps.clock
    .now()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

async function receiveUpload(ctx: Ctx, cc: string): Promise<PortalResponse> {
  const { req, deps, year } = ctx;
  if (deps.upload.kind !== 'multipart') return methodNotAllowed();
  const maxBytes = deps.upload.maxBytes;
  const parts = parseMultipart(req.body, req.headers['content-type']);
  const csrf = parts.find((p) => p.name === 'csrf');
  if (!tokenMatches(csrf ? Buffer.from(csrf.data).toString('utf8') : undefined, ctx.session.csrfToken))
    return csrfRefused();
  const file = parts.find((p) => p.name === 'file');
  if (!file?.fileName || file.data.length === 0)
    return countryPage(ctx, cc, t('portal.country.chooseFile'), 400);
  if (file.data.length > maxBytes)
    return countryPage(
      ctx,
      cc,
      t('portal.country.fileTooLarge', { megabytes: Math.round(maxBytes / (1024 * 1024)) }),
      413,
    );
  const name = sanitizeFileName(file.fileName);
  if (!UPLOAD_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)))
    return countryPage(ctx, cc, t('portal.country.wrongType'), 400);
  const batch = newBatch(deps);
  const key = uploadKey(year, cc, `${batch}-${name}`);
  await deps.uploads.put(key, file.data, { contentType: contentTypeOf(name) });
  if (deps.processUpload) await deps.processUpload({ key });
  return redirect(`/country/${cc}/uploaded?year=${year}&batch=${batch}`);
}

async function uploadedPage(ctx: Ctx, cc: string): Promise<PortalResponse> {
  const { req, deps, year } = ctx;
  const batch = req.query.batch ?? '';
  if (!/^\d{8}T\d{6}Z-[0-9a-f]{6}$/.test(batch)) return notFound(ctx);
  const prefix = `${uploadPrefix(year, cc)}${batch}-`;
  const c = await readCountryYear(deps, year, cc);
  const done = c.uploads.find((u) => u.key.startsWith(prefix));
  if (done) return redirect(`/country/${cc}/uploads/${done.id}?year=${year}`);
  const landed = (await deps.uploads.list(prefix))[0];
  return html(
    200,
    renderPage('pending', {
      ...common(ctx),
      title: t('portal.pending.title'),
      refreshSeconds: 2,
      fileName: landed
        ? parseUploadKey(landed.key)?.fileName.slice(batch.length + 1)
        : t('portal.pending.yourFile'),
      refreshHref: `/country/${cc}/uploaded?year=${year}&batch=${batch}`,
      countryPath: `/country/${cc}`,
      countryName: countryName(cc),
    }),
  );
}

/** Last year's submission as it counts (the current pointers), for the workbook's prefill. */
async function readPreviousSubmission(
  deps: PortalDeps,
  year: number,
  cc: string,
): Promise<Submission | undefined> {
  try {
    return await new StoredSubmissionSource(deps.data).submission(year, cc);
  } catch (error) {
    // A record that does not parse leaves the prefill out; the workbook is still given.
    log.error('Previous submission unreadable; the workbook is given without prefill', error, {
      country: cc,
      year,
    });
    return undefined;
  }
}

async function hasPreviousSubmission(deps: PortalDeps, year: number, cc: string): Promise<boolean> {
  return (await deps.data.list(dataKeys.currentPrefix(year, cc))).length > 0;
}

// ---------- staff pages

async function staffRoute(ctx: Ctx, rest: string): Promise<PortalResponse> {
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
  if (rest === '/publish') {
    if (req.method === 'GET') return publishPage(ctx);
    if (req.method === 'POST') return publish(ctx);
    return methodNotAllowed();
  }
  return notFound(ctx);
}

async function staffPage(ctx: Ctx): Promise<PortalResponse> {
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
      ...common(ctx),
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

async function readReady(deps: PortalDeps, year: number): Promise<{ by: string; at: string } | undefined> {
  const bytes = await deps.data.get(dataKeys.ready(year));
  if (!bytes) return undefined;
  try {
    const json = JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown>;
    return { by: String(json.markedBy ?? json.by ?? 'staff'), at: String(json.markedAt ?? json.at ?? '') };
  } catch {
    return undefined;
  }
}

async function publishPage(ctx: Ctx, error?: string): Promise<PortalResponse> {
  const { deps, year } = ctx;
  const rows = await readYearMatrix(deps, year);
  return html(
    error ? 400 : 200,
    renderPage('publish', {
      ...common(ctx),
      title: error
        ? t('portal.errorPrefix', { title: t('portal.publish.title', { year }) })
        : t('portal.publish.title', { year }),
      submitted: rows.filter((r) => r.latestAccepted).length,
      total: rows.length,
      nextEdition: await nextEdition(deps.data, year),
      error,
    }),
  );
}

async function publish(ctx: Ctx): Promise<PortalResponse> {
  const { req, deps, year, session } = ctx;
  const form = parseUrlEncoded(req.body);
  if (form.confirm !== 'yes') return publishPage(ctx, t('portal.publish.tick', { year }));
  const at = deps.clock.now().toISOString();
  await deps.data.put(
    dataKeys.ready(year),
    Buffer.from(JSON.stringify({ year, markedBy: session.identity.email, markedAt: at }, null, 2)),
    { contentType: 'application/json' },
  );
  const { runId } = await deps.publish.start({ year, requestedBy: session.identity.email });
  return html(
    200,
    renderPage('publish', {
      ...common(ctx),
      title: t('portal.publish.titleRunning', { year }),
      started: true,
      runId,
    }),
  );
}

// ---------- responses

async function download(
  ctx: Ctx,
  bucket: 'uploads' | 'data',
  key: string,
  fileName: string,
): Promise<PortalResponse> {
  const { deps } = ctx;
  const store = bucket === 'uploads' ? deps.uploads : deps.data;
  const contentType = contentTypeOf(fileName);
  if (deps.download.kind === 'presigned-get') {
    if (!(await store.head(key))) return notFound(ctx);
    return redirect(await deps.download.createUrl({ bucket, key, fileName, contentType }));
  }
  const bytes = await store.get(key);
  if (!bytes) return notFound(ctx);
  return fileResponse(
    bytes,
    contentType,
    fileName,
    contentType.startsWith('text/html') || contentType === 'application/pdf' ? 'inline' : 'attachment',
  );
}

function html(status: number, body: string): PortalResponse {
  return { status, headers: { ...securityHeaders(), 'content-type': 'text/html; charset=utf-8' }, body };
}

function forbidden(ctx: Ctx): PortalResponse {
  return html(
    403,
    renderPage('message', {
      ...common(ctx),
      title: t('portal.message.forbidden.title'),
      heading: t('portal.message.forbidden.heading'),
      text: t('portal.message.forbidden.text'),
      back: { href: '/', label: t('portal.message.startPage') },
    }),
  );
}

function notFound(ctx: Ctx): PortalResponse {
  return html(
    404,
    renderPage('message', {
      ...common(ctx),
      title: t('portal.message.notFound.title'),
      heading: t('portal.message.notFound.heading'),
      text: t('portal.message.notFound.text'),
      back: { href: '/', label: t('portal.message.startPage') },
    }),
  );
}

function methodNotAllowed(): PortalResponse {
  return textResponse(405, 'This address does not accept that kind of request.\n');
}

function csrfRefused(): PortalResponse {
  return html(
    403,
    renderPage('message', {
      title: t('portal.message.csrf.title'),
      heading: t('portal.message.csrf.heading'),
      text: t('portal.message.csrf.text'),
      back: { href: '/', label: t('portal.message.startPage') },
    }),
  );
}

function parseYearParam(text: string | undefined, deps: PortalDeps): number | undefined {
  if (text === undefined || text === '') return deps.currentYear ?? deps.clock.now().getUTCFullYear() - 1;
  return parseReportingYear(text);
}
