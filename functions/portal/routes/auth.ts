/**
 * Signing in and out: the local sign-in form (the command line's portal) or the Cognito
 * managed login (AWS: `/signin` -> Cognito -> `/auth/callback`), and sign-out. The routes
 * here answer before there is a session.
 */
import type { CognitoAuth } from '../cognito-auth.js';
import { csrfRefused, html, methodNotAllowed, type RequestContext } from '../context.js';
import { parseUrlEncoded, redirect, textResponse } from '../http.js';
import { t } from '../i18n.js';
import type { PortalDeps, PortalRequest, PortalResponse } from '../types.js';
import { renderPage } from '../views.js';

/** The routes that need no session; undefined when the request is not one of them. */
export async function routeSignIn(ctx: RequestContext): Promise<PortalResponse | undefined> {
  const { req, deps } = ctx;
  const { method, path } = req;
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
  return undefined;
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
      expired: req.query.expired === '1',
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

export function signOut(deps: PortalDeps): PortalResponse {
  if (deps.identity.kind === 'local') return redirect('/signin', deps.identity.auth.signOutCookies());
  const { location, cookies } = deps.identity.auth.signOut();
  return redirect(location, cookies);
}

/** Only a path on this site: never an absolute URL or `//host` (open redirect). */
export function safeNext(next: string | undefined): string | undefined {
  return next && /^\/(?![/\\])[\w\-/.?=&%]*$/.test(next) ? next : undefined;
}
