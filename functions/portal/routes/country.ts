/**
 * A country's pages, under `/country/CC` (the router has checked that the person may read
 * CC): the year's status, the workbook, the upload and where it lands, one upload's
 * validation report and its annotated copy, the draft report.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createLog } from '../../adapters/log.js';
import { INVALIDATION_REASON_MAX } from '../../app/cycle/invalidate.js';
import { nextEdition } from '../../app/publish/editions.js';
import { encodeJson, readCurrent, StoredSubmissionSource } from '../../app/submissions-store.js';
import { cycleKeys, type UploaderRecord } from '../../core/cycle/records.js';
import { type Language, languageNames } from '../../core/i18n/languages.js';
import { dataKeys, outputNames, parseUploadKey, uploadKey, uploadPrefix } from '../../core/keys.js';
import { defaultLimits } from '../../core/limits.js';
import { getMember } from '../../core/members.js';
import type { Submission } from '../../core/submission.js';
import { annotateUpload } from '../annotate.js';
import {
  csrfRefused,
  download,
  forbidden,
  html,
  methodNotAllowed,
  notFound,
  type SignedInContext,
  statusText,
  tokenMatches,
  viewData,
} from '../context.js';
import { groupIssuesBySheet, readCountryYear, readUpload, type UploadView } from '../data.js';
import {
  contentTypeOf,
  fileResponse,
  PAGE_CSP,
  parseMultipart,
  redirect,
  sanitizeFileName,
} from '../http.js';
import { countryName, currentLanguage, issuesInLanguage, t } from '../i18n.js';
import { type ThreadForm, threadView } from '../thread-view.js';
import type { PortalDeps, PortalRequest, PortalResponse } from '../types.js';
import { renderPage } from '../views.js';
import { countryPeriodView } from './period.js';
import { receiptRoute, receiptSection } from './receipt.js';

const UPLOAD_EXTENSIONS = ['.xlsx', '.ods', '.csv', '.txt', '.tsv'];

/** The router for everything below `/country/CC`. */
export async function countryRoute(ctx: SignedInContext, cc: string, rest: string): Promise<PortalResponse> {
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
  const receipt = rest.match(/^\/uploads\/([\w-]{1,64})\/receipt(\.txt)?$/);
  if (receipt && req.method === 'GET') return receiptRoute(ctx, cc, receipt[1]!, receipt[2] === '.txt');
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
    return uploadPage(ctx, cc, upload);
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

/**
 * One upload's validation report; for staff, while it is accepted and stands, the form that
 * invalidates it (routes/invalidation.ts answers it, and shows its refusal here).
 */
export async function uploadPage(
  ctx: SignedInContext,
  cc: string,
  upload: UploadView,
  invalidation: { error?: string; reason?: string } = {},
  status = 200,
): Promise<PortalResponse> {
  const { year } = ctx;
  const base = `/country/${cc}`;
  const issues = issuesInLanguage(upload.issues);
  const staffView = ctx.session.identity.role === 'staff';
  return html(
    status,
    renderPage('upload', {
      ...viewData(ctx),
      title: t(upload.accepted ? 'portal.upload.titleAccepted' : 'portal.upload.titleRejected', {
        file: upload.fileName,
      }),
      u: { ...upload, issues },
      groups: groupIssuesBySheet(issues, t('portal.upload.wholeFile')),
      countryPath: base,
      countryName: countryName(cc),
      staffView,
      ...(await receiptSection(ctx, cc, upload.id)),
      invalidationError: invalidation.error,
      invalidateForm:
        staffView && upload.accepted && !upload.invalidation
          ? {
              action: `${base}/uploads/${upload.id}/invalidate?year=${year}`,
              max: INVALIDATION_REASON_MAX,
              reason: invalidation.reason ?? '',
            }
          : undefined,
    }),
  );
}

export async function countryPage(
  ctx: SignedInContext,
  cc: string,
  uploadError?: string,
  status = 200,
  threadForm?: ThreadForm,
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
  // The year's period: outside it no upload form is offered (the form would post straight to S3).
  const cycle = await countryPeriodView(ctx);
  if (!staffView && deps.upload.kind === 'presigned-post' && !cycle.refusal) {
    const batch = newBatch(deps);
    // The file goes straight to the bucket: who sends it is known only now (for the receipt e-mail).
    await recordUploader(ctx, cc, batch);
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
      ...viewData(ctx),
      title:
        uploadError || threadForm
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
      cycle,
      thread: await threadView(ctx, cc, threadForm, c.uploads),
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

async function receiveUpload(ctx: SignedInContext, cc: string): Promise<PortalResponse> {
  const { req, deps, year } = ctx;
  if (deps.upload.kind !== 'multipart') return methodNotAllowed();
  const maxBytes = deps.upload.maxBytes;
  const parts = parseMultipart(req.body, req.headers['content-type']);
  const csrf = parts.find((p) => p.name === 'csrf');
  if (!tokenMatches(csrf ? Buffer.from(csrf.data).toString('utf8') : undefined, ctx.session.csrfToken))
    return csrfRefused();
  // Outside the year's period nothing is stored: the page says when uploads open, or whom to ask.
  const { refusal } = await countryPeriodView(ctx);
  if (refusal) return countryPage(ctx, cc, refusal, 403);
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
  await recordUploader(ctx, cc, batch);
  await deps.uploads.put(key, file.data, { contentType: contentTypeOf(name) });
  if (deps.processUpload) await deps.processUpload({ key });
  return redirect(`/country/${cc}/uploaded?year=${year}&batch=${batch}`);
}

async function uploadedPage(ctx: SignedInContext, cc: string): Promise<PortalResponse> {
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
      ...viewData(ctx),
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

/** Who sends the batch's upload and in which language: the receipt e-mail goes to them (app/cycle/send-receipt.ts). */
async function recordUploader(ctx: SignedInContext, cc: string, batch: string): Promise<void> {
  const record: UploaderRecord = {
    schemaVersion: 1,
    year: ctx.year,
    country: cc,
    batch,
    email: ctx.session.identity.email,
    lang: currentLanguage(),
    at: ctx.deps.clock.now().toISOString(),
  };
  await ctx.deps.data.put(cycleKeys.uploader(ctx.year, cc, batch), encodeJson(record), {
    contentType: 'application/json',
    ifNoneMatch: true,
  });
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
    createLog('portal').error(
      'Previous submission unreadable; the workbook is given without prefill',
      error,
      {
        country: cc,
        year,
      },
    );
    return undefined;
  }
}

async function hasPreviousSubmission(deps: PortalDeps, year: number, cc: string): Promise<boolean> {
  // Through readCurrent: a pointer withdrawn by an invalidation is no submission.
  return Object.keys(await readCurrent(deps.data, year, cc)).length > 0;
}
