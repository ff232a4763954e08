/**
 * Publishing a year, at `/staff/publish` (staff only): the confirmation page, then marking
 * the year ready and starting the publication run (Step Functions on AWS, the in-process
 * publish sequence locally). The edition number comes from app/publish/editions.ts.
 */
import { nextEdition } from '../../app/publish/editions.js';
import { dataKeys } from '../../core/keys.js';
import { html, methodNotAllowed, type SignedInContext, viewData } from '../context.js';
import { readYearMatrix } from '../data.js';
import { parseUrlEncoded } from '../http.js';
import { t } from '../i18n.js';
import type { PortalDeps, PortalResponse } from '../types.js';
import { renderPage } from '../views.js';

/** GET and POST /staff/publish. */
export async function publicationRoute(ctx: SignedInContext): Promise<PortalResponse> {
  const { req } = ctx;
  if (req.method === 'GET') return publishPage(ctx);
  if (req.method === 'POST') return publish(ctx);
  return methodNotAllowed();
}

/** Who marked the year ready, and when (shown on the staff page). */
export async function readReady(
  deps: PortalDeps,
  year: number,
): Promise<{ by: string; at: string } | undefined> {
  const bytes = await deps.data.get(dataKeys.ready(year));
  if (!bytes) return undefined;
  try {
    const json = JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown>;
    return { by: String(json.markedBy ?? json.by ?? 'staff'), at: String(json.markedAt ?? json.at ?? '') };
  } catch {
    return undefined;
  }
}

async function publishPage(ctx: SignedInContext, error?: string): Promise<PortalResponse> {
  const { deps, year } = ctx;
  const rows = await readYearMatrix(deps, year);
  return html(
    error ? 400 : 200,
    renderPage('publish', {
      ...viewData(ctx),
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

async function publish(ctx: SignedInContext): Promise<PortalResponse> {
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
      ...viewData(ctx),
      title: t('portal.publish.titleRunning', { year }),
      started: true,
      runId,
    }),
  );
}
