/**
 * Review and messages (issue 13), under `/country/CC` (the router has checked the session,
 * the form token and that the person may read CC, so a contact here is CC's own):
 *
 *   POST /country/CC/review?year=Y     staff only: state (accepted | correction-requested), message
 *   POST /country/CC/messages?year=Y   the country's contacts and staff: text
 *
 * Both answer 303 to the country's year page at the thread; a refused form (no message with
 * a correction request, nothing to accept, too long) shows the page again with the problem
 * and what was typed. The record says who (the session's e-mail); the other side is told by
 * e-mail when the portal has a mailer and a directory.
 */
import { createLog } from '../../adapters/log.js';
import type { NotifyDeps } from '../../app/cycle/notify.js';
import { setReview } from '../../app/cycle/review.js';
import { postMessage } from '../../app/cycle/thread.js';
import { reviewStates } from '../../core/cycle/records.js';
import { ReviewInputError } from '../../core/cycle/review.js';
import { csrfRefused, forbidden, methodNotAllowed, type SignedInContext, tokenMatches } from '../context.js';
import { checkFormToken, claimFormToken } from '../daily.js';
import { parseUrlEncoded, redirect } from '../http.js';
import type { PortalResponse } from '../types.js';
import { countryPage } from './country.js';

const log = createLog('portal');

/** The review and message routes; undefined when the path is neither (the country routes answer). */
export async function reviewRoute(
  ctx: SignedInContext,
  cc: string,
  rest: string,
): Promise<PortalResponse | undefined> {
  if (rest !== '/review' && rest !== '/messages') return undefined;
  const { req, deps, session, year } = ctx;
  if (req.method !== 'POST') return methodNotAllowed();
  const form = parseUrlEncoded(req.body);
  // The router checks the token on every POST; checked here too, so these writes never depend on the order of the router's checks.
  if (!tokenMatches(form.csrf, session.csrfToken)) return csrfRefused();
  const id = session.identity;
  const notify: NotifyDeps = {
    mailer: deps.mailer,
    directory: deps.directory,
    // Only the configured origin: a Host header is the sender's to forge, and the link goes to others.
    baseUrl: deps.publicUrl,
    log,
  };
  const at = deps.clock.now();
  const back = redirect(`/country/${cc}?year=${year}#thread`);
  if (rest === '/review' && id.role !== 'staff') return forbidden(ctx);
  // The form's one-time token: the second post of the same form stores nothing and shows the thread.
  if (form.once !== undefined) {
    const nonce = checkFormToken(form.once, session.csrfToken);
    if (!nonce) return csrfRefused();
    const claim = await claimFormToken(deps.data, {
      year,
      country: cc,
      nonce,
      form: rest.slice(1),
      by: id.email,
      at,
    });
    if (!claim.first) return back;
  }
  try {
    if (rest === '/review') {
      const state = reviewStates.find((s) => s === form.state);
      if (!state) throw new ReviewInputError('REVIEW_STATE_UNKNOWN', 'state');
      const { review } = await setReview(
        deps.data,
        {
          countryCode: cc,
          year,
          state,
          message: form.message ?? '',
          actor: id.email,
          at,
        },
        notify,
      );
      log.info('Review recorded', { country: cc, year, state: review.state, seq: review.seq, by: id.email });
      return back;
    }
    const { message } = await postMessage(
      deps.data,
      {
        countryCode: cc,
        year,
        from: id.role === 'staff' ? 'staff' : 'country',
        actor: id.email,
        text: form.text ?? '',
        uploadId: form.upload || null,
        at,
      },
      notify,
    );
    // Staff actions are logged with who; a contact's address stays in the record (personal data).
    log.info('Message added to the thread', {
      country: cc,
      year,
      from: message.from,
      seq: message.seq,
      by: id.role === 'staff' ? id.email : undefined,
    });
    return back;
  } catch (error) {
    if (!(error instanceof ReviewInputError)) throw error;
    return countryPage(ctx, cc, undefined, 400, {
      which: rest === '/review' ? 'review' : 'message',
      error,
      text: rest === '/review' ? (form.message ?? '') : (form.text ?? ''),
      state: form.state ?? '',
      upload: form.upload ?? '',
    });
  }
}
