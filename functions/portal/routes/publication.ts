/**
 * Publishing a year, at `/staff/publish` (staff only): the confirmation page (naming the
 * members without an accepted submission and those changed since the latest edition), then
 * marking the year ready and starting the publication run (Step Functions on AWS, the
 * in-process publish sequence locally), then `/staff/publish/started`, which checks (every few seconds once
 * staff ask it to) until the new edition's manifest exists and then links to its page. The edition number comes
 * from app/publish/editions.ts.
 */
import { changedSinceEdition, publishedEditionNumbers } from '../../app/cycle/changes.js';
import { nextEdition, takenEditions } from '../../app/publish/editions.js';
import { dataKeys } from '../../core/keys.js';
import { html, methodNotAllowed, type SignedInContext, viewData } from '../context.js';
import { readYearMatrix } from '../data.js';
import { parseUrlEncoded } from '../http.js';
import { currentLanguage, t } from '../i18n.js';
import { memberShortName, sortByName } from '../staff-table.js';
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
  const [rows, changes] = await Promise.all([
    readYearMatrix(deps, year),
    changedSinceEdition(deps.data, year),
  ]);
  const lang = currentLanguage();
  const named = (codes: string[]) =>
    sortByName(codes.map((c) => ({ code: c, name: memberShortName(c, lang) })));
  const missing = named(rows.filter((r) => !r.latestAccepted).map((r) => r.country));
  return html(
    error ? 400 : 200,
    renderPage('publish', {
      missing,
      missingHeading: t('portal.publish.missingHeading', { count: missing.length }),
      changes: changes && {
        heading: t('portal.publish.changedHeading', { edition: changes.edition }),
        none: t('portal.publish.changedNone', { edition: changes.edition }),
        members: named(changes.changed),
      },
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
  // The run reserves its number itself (on AWS, in the state machine): the new edition is the first above these.
  const after = (await takenEditions(deps.data, year)).at(-1) ?? 0;
  await deps.data.put(
    dataKeys.ready(year),
    Buffer.from(JSON.stringify({ year, markedBy: session.identity.email, markedAt: at }, null, 2)),
    { contentType: 'application/json' },
  );
  const { runId } = await deps.publish.start({ year, requestedBy: session.identity.email });
  return startedPage(ctx, after, runId);
}

const refreshSeconds = 5;

/**
 * GET /staff/publish/started?year=Y&after=N&run=ID[&refresh=auto]: says whether an edition
 * above N is published. The page checks again by itself only once staff ask for it
 * (`refresh=auto`, with a link to stop): a page that reloads unasked breaks WCAG 2.2.1.
 */
export async function publishStartedPage(ctx: SignedInContext): Promise<PortalResponse> {
  const after = Number(ctx.req.query.after ?? '0');
  const run = ctx.req.query.run ?? '';
  return startedPage(
    ctx,
    Number.isSafeInteger(after) && after >= 0 ? after : 0,
    /^[\w:.-]{1,128}$/.test(run) ? run : '',
  );
}

async function startedPage(ctx: SignedInContext, after: number, runId: string): Promise<PortalResponse> {
  const { deps, year } = ctx;
  const edition = (await publishedEditionNumbers(deps.data, year)).find((n) => n > after);
  const self = `/staff/publish/started?${new URLSearchParams({ year: String(year), after: String(after), run: runId })}`;
  const auto = ctx.req.method === 'GET' && ctx.req.query.refresh === 'auto';
  return html(
    200,
    renderPage('publish', {
      ...viewData(ctx),
      title: edition
        ? t('portal.publishStarted.readyTitle', { number: edition, year })
        : t('portal.publish.titleRunning', { year }),
      started: true,
      runId,
      edition,
      refreshSeconds: auto && !edition ? refreshSeconds : undefined,
      refreshUrl: `${self}&refresh=auto`,
      auto,
      waitingText: t('portal.publishStarted.waiting', { seconds: refreshSeconds }),
      autoText: t('portal.publishStarted.auto', { seconds: refreshSeconds }),
      autoHref: `${self}&refresh=auto`,
      checkHref: self,
      editionHref: edition ? `/staff/editions/${edition}?year=${year}` : undefined,
    }),
  );
}
