/**
 * A country's pages, under `/country/CC` (the router has checked that the person may read
 * CC): the year's status, the workbook, the upload and where it lands, one upload's
 * validation report and its annotated copy, the draft report.
 */
import { randomBytes } from 'node:crypto';
import { createLog } from '../../adapters/log.js';
import { INVALIDATION_REASON_MAX } from '../../app/cycle/invalidate.js';
import { encodeJson, readCurrent, StoredSubmissionSource } from '../../app/submissions-store.js';
import { cycleKeys, type UploaderRecord } from '../../core/cycle/records.js';
import { type Language, languageNames } from '../../core/i18n/languages.js';
import { dataKeys, parseUploadKey, type Table, uploadKey, uploadPrefix } from '../../core/keys.js';
import { defaultLimits } from '../../core/limits.js';
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
import { checkFormToken, claimFormToken, countingUploads, draftState, newFormToken } from '../daily.js';
import {
  type CountryYear,
  displayName,
  groupIssuesBySheet,
  readCountryYear,
  readUpload,
  type UploadView,
} from '../data.js';
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
  const _base = `/country/${cc}`;
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
  if (['/upload', '/uploaded', '/template.xlsx', ''].includes(rest)) return methodNotAllowed(ctx);
  return notFound(ctx);
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
  // The year's period: outside it no upload form is offered (the form would post straight to S3).
  const cycle = await countryPeriodView(ctx);
  const { upload, csp } = await uploadForm(ctx, cc, cycle.refusal);
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
      history: await history(deps, year, cc, c),
      draftState: await draftState(deps.data, year, cc),
    }),
  );
  response.headers['content-security-policy'] = csp;
  return response;
}

/**
 * The upload form of a contact's page (the country page and the result page): straight to
 * the uploads bucket on AWS (a presigned POST), else to the portal with the session's form
 * token and a one-time token, so that a second click shows the first upload's result.
 */
async function uploadForm(
  ctx: SignedInContext,
  cc: string,
  refusal: string | undefined,
): Promise<{ upload?: { action: string; fields: Record<string, string> }; csp: string }> {
  const { deps, year } = ctx;
  const base = `/country/${cc}`;
  if (refusal) return { csp: PAGE_CSP };
  if (ctx.session.identity.role === 'contact' && deps.upload.kind === 'presigned-post') {
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
    return {
      upload: { action: form.url, fields: form.fields },
      csp: PAGE_CSP.replace("form-action 'self'", `form-action 'self' ${new URL(form.url).origin}`),
    };
  }
  return {
    upload: {
      action: `${base}/upload?year=${year}`,
      fields: { csrf: ctx.session.csrfToken, once: newFormToken(ctx.session.csrfToken) },
    },
    csp: PAGE_CSP,
  };
}

/** The history rows: files still being checked first, then the checked ones, marking what counts. */
async function history(
  deps: PortalDeps,
  year: number,
  cc: string,
  c: CountryYear,
): Promise<Record<string, unknown>[]> {
  const counting = await countingUploads(deps.data, year, cc);
  const pending = c.pending.map((key) => {
    const name = parseUploadKey(key)?.fileName ?? key;
    const at = name.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-/);
    return {
      pending: true,
      fileName: displayName(name),
      at: at ? new Date(`${at[1]}-${at[2]}-${at[3]}T${at[4]}:${at[5]}:${at[6]}Z`) : undefined,
    };
  });
  const checked = c.uploads.map((u) => ({ ...u, counts: tableNames(counting.get(u.id)) }));
  return [...pending, ...checked];
}

function tableNames(list: readonly Table[] | undefined): string | undefined {
  return list?.length ? list.map((table) => t(`term.table.${table}`)).join(', ') : undefined;
}

/**
 * One upload's validation report: errors first, then warnings, each by sheet; the summary
 * (focused on load) counts them; whether the upload counts and whether its draft is ready;
 * the upload form again, for the corrected file.
 */
/**
 * One upload's result page (its validation report); for staff, while it is accepted and stands,
 * the form that invalidates it (routes/invalidation.ts answers it, and shows its refusal here).
 */
export async function uploadPage(
  ctx: SignedInContext,
  cc: string,
  upload: UploadView,
  invalidation: { error?: string; reason?: string } = {},
  status = 200,
): Promise<PortalResponse> {
  const { deps, year, req } = ctx;
  const base = `/country/${cc}`;
  const issues = issuesInLanguage(upload.issues);
  const wholeFile = t('portal.upload.wholeFile');
  const bySeverity = (severity: 'error' | 'warning', prefix: string) =>
    groupIssuesBySheet(
      issues.filter((i) => i.severity === severity),
      wholeFile,
    ).map((g, index) => ({ ...g, anchor: `${prefix}-${index}` }));
  const errorGroups = bySeverity('error', 'errors');
  const warningGroups = bySeverity('warning', 'warnings');
  const counts = tableNames((await countingUploads(deps.data, year, cc)).get(upload.id));
  const staffView = ctx.session.identity.role === 'staff';
  const form = staffView ? undefined : await uploadForm(ctx, cc, (await countryPeriodView(ctx)).refusal);
  const response = html(
    status,
    renderPage('upload', {
      ...viewData(ctx),
      title: t(upload.accepted ? 'portal.upload.titleAccepted' : 'portal.upload.titleRejected', {
        file: upload.fileName,
      }),
      u: { ...upload, issues },
      errorGroups,
      warningGroups,
      // Words typed where a number goes: the Notes column is the place for them.
      notesHint: issues.some((i) => i.code === 'VALUE_NOT_A_NUMBER')
        ? t('portal.daily.notesHint', { notes: t('term.field.notes') })
        : undefined,
      counts,
      draft: upload.accepted && counts ? await draftState(deps.data, year, cc) : undefined,
      reloadHref: `${base}/uploads/${upload.id}?year=${year}`,
      alreadySent: req.query.again === '1',
      countryPath: base,
      countryName: countryName(cc),
      upload: form?.upload,
      uploadHeading: t(upload.accepted ? 'portal.daily.uploadAnother' : 'portal.daily.uploadAgain'),
      maxMegabytes: Math.round(defaultLimits.maxFileBytes / (1024 * 1024)),
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
  if (form) response.headers['content-security-policy'] = form.csp;
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
  if (deps.upload.kind !== 'multipart') return methodNotAllowed(ctx);
  const maxBytes = deps.upload.maxBytes;
  const parts = parseMultipart(req.body, req.headers['content-type']);
  const csrf = parts.find((p) => p.name === 'csrf');
  if (!tokenMatches(csrf ? Buffer.from(csrf.data).toString('utf8') : undefined, ctx.session.csrfToken))
    return csrfRefused();
  // Outside the year's period nothing is stored: the page says when uploads open, or whom to ask.
  const { refusal } = await countryPeriodView(ctx);
  if (refusal) return countryPage(ctx, cc, refusal, 403);
  const file = parts.find((p) => p.name === 'file');
  if (!file?.fileName) return countryPage(ctx, cc, t('portal.country.chooseFile'), 400);
  // Said with the file's name, so that the person knows which file was not taken.
  const name = sanitizeFileName(file.fileName);
  const shown = displayName(file.fileName.split(/[\\/]/).pop() ?? name);
  if (file.data.length === 0) return countryPage(ctx, cc, t('portal.daily.emptyFile', { file: shown }), 400);
  if (file.data.length > maxBytes)
    return countryPage(
      ctx,
      cc,
      t('portal.daily.fileTooLarge', { file: shown, megabytes: Math.round(maxBytes / (1024 * 1024)) }),
      413,
    );
  if (!UPLOAD_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)))
    return countryPage(ctx, cc, t('portal.daily.wrongType', { file: shown }), 400);
  const batch = newBatch(deps);
  // The form's one-time token: a second post of the same form shows the first one's result.
  const onceField = parts.find((p) => p.name === 'once');
  if (onceField) {
    const nonce = checkFormToken(Buffer.from(onceField.data).toString('utf8'), ctx.session.csrfToken);
    if (!nonce) return csrfRefused(ctx, `/country/${cc}?year=${year}`);
    const claim = await claimFormToken(deps.data, {
      year,
      country: cc,
      nonce,
      form: 'upload',
      by: ctx.session.identity.email,
      batch,
      at: deps.clock.now(),
    });
    if (!claim.first)
      return redirect(
        claim.batch
          ? `/country/${cc}/uploaded?year=${year}&batch=${claim.batch}&again=1`
          : `/country/${cc}?year=${year}`,
      );
  }
  const key = uploadKey(year, cc, `${batch}-${name}`);
  await recordUploader(ctx, cc, batch);
  await deps.uploads.put(key, file.data, { contentType: contentTypeOf(name) });
  let failed = '';
  if (deps.processUpload) {
    try {
      await deps.processUpload({ key });
    } catch (error) {
      // The file is kept (it is in the uploads store, listed as not checked yet); say so.
      createLog('portal').error('Upload could not be checked', error, { key });
      failed = '&failed=1';
    }
  }
  return redirect(`/country/${cc}/uploaded?year=${year}&batch=${batch}${failed}`);
}

async function uploadedPage(ctx: SignedInContext, cc: string): Promise<PortalResponse> {
  const { req, deps, year } = ctx;
  const batch = req.query.batch ?? '';
  if (!/^\d{8}T\d{6}Z-[0-9a-f]{6}$/.test(batch)) return notFound(ctx);
  const prefix = `${uploadPrefix(year, cc)}${batch}-`;
  const c = await readCountryYear(deps, year, cc);
  const done = c.uploads.find((u) => u.key.startsWith(prefix));
  const again = req.query.again === '1' ? '&again=1' : '';
  if (done) return redirect(`/country/${cc}/uploads/${done.id}?year=${year}${again}`);
  const landed = (await deps.uploads.list(prefix))[0];
  const fileName = landed
    ? parseUploadKey(landed.key)?.fileName.slice(batch.length + 1)
    : t('portal.pending.yourFile');
  if (landed && req.query.failed === '1')
    return html(
      500,
      renderPage('message', {
        ...viewData(ctx),
        title: t('portal.daily.notChecked.title'),
        heading: t('portal.daily.notChecked.title'),
        text: t('portal.daily.notChecked.text', { file: fileName ?? '' }),
        back: {
          href: `/country/${cc}?year=${year}`,
          label: t('portal.upload.back', { country: countryName(cc), year }),
        },
      }),
    );
  return html(
    200,
    renderPage('pending', {
      ...viewData(ctx),
      title: t('portal.pending.title'),
      refreshSeconds: 2,
      fileName,
      alreadySent: again !== '',
      refreshHref: `/country/${cc}/uploaded?year=${year}&batch=${batch}${again}`,
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
