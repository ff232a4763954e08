/**
 * Staff invalidate an upload: `POST /country/CC/uploads/ID/invalidate?year=Y` with `reason`
 * (the router has checked the session, the form token and that the person may read CC).
 * Staff only: a national contact gets 403, as for any staff action. Logged with who did it;
 * on success, back to the upload's page, which now says "invalidated on D by X: reason".
 */
import { createLog } from '../../adapters/log.js';
import {
  AlreadyInvalidatedError,
  INVALIDATION_REASON_MAX,
  InvalidationError,
  invalidateUpload,
  UploadNotFoundError,
} from '../../app/cycle/invalidate.js';
import { forbidden, methodNotAllowed, notFound, type SignedInContext } from '../context.js';
import { readUpload } from '../data.js';
import { parseUrlEncoded, redirect } from '../http.js';
import { t } from '../i18n.js';
import type { PortalResponse } from '../types.js';
import { formatDate } from '../views.js';
import { uploadPage } from './country.js';

const log = createLog('portal');

/** Invalidates upload `uploadId` of CC for the context's year, or shows why not. */
export async function invalidationRoute(
  ctx: SignedInContext,
  cc: string,
  uploadId: string,
): Promise<PortalResponse> {
  const { req, deps, year, session } = ctx;
  if (req.method !== 'POST') return methodNotAllowed();
  if (session.identity.role !== 'staff') return forbidden(ctx);
  const upload = await readUpload(deps.data, year, cc, uploadId);
  if (!upload) return notFound(ctx);
  const reason = parseUrlEncoded(req.body).reason ?? '';
  try {
    const result = await invalidateUpload(
      deps.data,
      { countryCode: cc, year, uploadId, reason, actor: session.identity.email, at: deps.clock.now() },
      deps.draftRenderer ? { renderer: deps.draftRenderer } : {},
    );
    log.info('Upload invalidated', {
      by: session.identity.email,
      country: cc,
      year,
      uploadId,
      moved: result.current.map((c) => `${c.table}: ${c.from ?? 'none'} -> ${c.to ?? 'none'}`),
    });
    return redirect(`/country/${cc}/uploads/${uploadId}?year=${year}`);
  } catch (error) {
    if (!(error instanceof InvalidationError)) throw error;
    if (error instanceof UploadNotFoundError) return notFound(ctx);
    log.info('Invalidation refused', {
      by: session.identity.email,
      country: cc,
      year,
      uploadId,
      code: error.code,
    });
    const message =
      error instanceof AlreadyInvalidatedError
        ? t('invalidation.error.ALREADY_INVALIDATED', {
            date: formatDate(new Date(error.invalidation.at)),
            by: error.invalidation.by,
          })
        : error.code === 'UPLOAD_NOT_ACCEPTED'
          ? t('invalidation.error.UPLOAD_NOT_ACCEPTED')
          : t(
              `invalidation.error.${error.code === 'REASON_TOO_LONG' ? 'REASON_TOO_LONG' : 'REASON_MISSING'}`,
              {
                max: INVALIDATION_REASON_MAX,
              },
            );
    const status = error.code === 'REASON_MISSING' || error.code === 'REASON_TOO_LONG' ? 400 : 409;
    // Read again: a refused second invalidation shows the first one.
    const now = (await readUpload(deps.data, year, cc, uploadId)) ?? upload;
    return uploadPage(
      ctx,
      cc,
      now,
      { error: message, reason: reason.slice(0, INVALIDATION_REASON_MAX) },
      status,
    );
  }
}
