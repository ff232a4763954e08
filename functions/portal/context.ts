/**
 * What every portal route handler receives, and the responses the route modules share.
 * The router (app.ts) builds one context per request and hands it to the route modules
 * (routes/auth.ts, routes/country.ts, routes/staff.ts, routes/publication.ts).
 *
 * A value decided once per request belongs here: the signed-in person and the year asked
 * for are fields of the context; the language (i18n.ts) is resolved once per request too,
 * around the whole request (inRequestLanguage), and read with currentLanguage(). A new
 * per-request value: resolve it in createRequestContext (before sign-in, so the sign-in
 * pages have it) and read it from ctx; viewData(ctx) hands it to every view.
 */
import { timingSafeEqual } from 'node:crypto';
import { getMember } from '../core/members.js';
import type { CountryStatus } from './data.js';
import { contentTypeOf, fileResponse, redirect, securityHeaders } from './http.js';
import { countryName, t } from './i18n.js';
import type { Identity, PortalDeps, PortalRequest, PortalResponse } from './types.js';
import { renderPage } from './views.js';

export interface Session {
  identity: Identity;
  csrfToken: string;
}

/** Every request, signed in or not. */
export interface RequestContext {
  req: PortalRequest;
  deps: PortalDeps;
}

/** A signed-in request, its year checked. */
export interface SignedInContext extends RequestContext {
  session: Session;
  /** The reporting year the page is about (`?year=`, else the portal's current year). */
  year: number;
}

/** The one place a request's context is made: per-request values are resolved here. */
export function createRequestContext(req: PortalRequest, deps: PortalDeps): RequestContext {
  return { req, deps };
}

export const statusText = (status: CountryStatus): string => t(`portal.status.${status}`);

/** What every page of a signed-in person shows: who, the year switcher, the sample banner. */
export function viewData(ctx: SignedInContext): Record<string, unknown> {
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
    // Back from sign-in after a form was sent on an expired session (app.ts): say it was not sent.
    expiredNotice: ctx.req.query.expired === '1',
  };
}

export function mayRead(identity: Identity, country: string): boolean {
  return identity.role === 'staff' || identity.country === country;
}

export function tokenMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function download(
  ctx: SignedInContext,
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

export function html(status: number, body: string): PortalResponse {
  return { status, headers: { ...securityHeaders(), 'content-type': 'text/html; charset=utf-8' }, body };
}

export function forbidden(ctx: SignedInContext): PortalResponse {
  return html(
    403,
    renderPage('message', {
      ...viewData(ctx),
      title: t('portal.message.forbidden.title'),
      heading: t('portal.message.forbidden.heading'),
      text: t('portal.message.forbidden.text'),
      back: { href: '/', label: t('portal.message.startPage') },
    }),
  );
}

export function notFound(ctx: SignedInContext): PortalResponse {
  return html(
    404,
    renderPage('message', {
      ...viewData(ctx),
      title: t('portal.message.notFound.title'),
      heading: t('portal.message.notFound.heading'),
      text: t('portal.message.notFound.text'),
      back: { href: '/', label: t('portal.message.startPage') },
    }),
  );
}

/** A full page (with the signed-in header when there is a context), not a bare text. */
export function methodNotAllowed(ctx?: SignedInContext): PortalResponse {
  return html(
    405,
    renderPage('message', {
      ...(ctx ? viewData(ctx) : {}),
      title: t('portal.daily.methodNotAllowed.title'),
      heading: t('portal.daily.methodNotAllowed.title'),
      text: t('portal.daily.methodNotAllowed.text'),
      back: { href: '/', label: t('portal.message.startPage') },
    }),
  );
}

/** The form's token did not match the session; `back` is the form's page when known. */
export function csrfRefused(ctx?: SignedInContext, back = '/'): PortalResponse {
  return html(
    403,
    renderPage('message', {
      ...(ctx ? viewData(ctx) : {}),
      title: t('portal.message.csrf.title'),
      heading: t('portal.message.csrf.heading'),
      text: t('portal.message.csrf.text'),
      back: {
        href: back,
        label: back === '/' ? t('portal.message.startPage') : t('portal.daily.backToForm'),
      },
    }),
  );
}
