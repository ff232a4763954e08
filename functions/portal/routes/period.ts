/**
 * The year's reporting period, at `/staff/period?year=Y` (staff only: the router checks the
 * role, and the form token of the POST): the dates that count now, who set them and when,
 * the form to change them, and every earlier setting. Saving goes through setPeriod
 * (app/cycle/periods.ts), which keeps what it replaces; each save is logged with who.
 */
import { createLog } from '../../adapters/log.js';
import { readUploadWindow, setPeriod } from '../../app/cycle/periods.js';
import { readPeriod } from '../../app/cycle/read.js';
import {
  dayOf,
  describePeriodProblem,
  type PeriodField,
  type PeriodProblem,
  periodFields,
} from '../../core/cycle/period.js';
import type { Period } from '../../core/cycle/records.js';
import { formatDay, type MessageKey } from '../../core/i18n/translate.js';
import { html, methodNotAllowed, type SignedInContext, viewData } from '../context.js';
import { parseUrlEncoded, redirect } from '../http.js';
import { currentLanguage, formatDateTime, t } from '../i18n.js';
import type { PortalResponse } from '../types.js';
import { renderPage } from '../views.js';

const log = createLog('portal');

const labelKeys: Record<PeriodField, MessageKey> = {
  opens: 'cycle.period.field.opens',
  deadline: 'cycle.period.field.deadline',
  closes: 'cycle.period.field.closes',
};

/** GET and POST /staff/period. */
export async function periodRoute(ctx: SignedInContext): Promise<PortalResponse> {
  if (ctx.req.method === 'GET') return periodPage(ctx);
  if (ctx.req.method === 'POST') return savePeriod(ctx);
  return methodNotAllowed();
}

async function savePeriod(ctx: SignedInContext): Promise<PortalResponse> {
  const { req, deps, year, session } = ctx;
  const form = parseUrlEncoded(req.body);
  const result = await setPeriod(deps.data, {
    year,
    opens: form.opens,
    deadline: form.deadline,
    closes: form.closes,
    actor: session.identity.email,
    at: deps.clock.now(),
  });
  if (result.outcome === 'invalid') return periodPage(ctx, { typed: form, problems: result.problems });
  if (result.outcome === 'set')
    log.info('Reporting period set', {
      year,
      by: session.identity.email,
      opens: result.period.opens,
      deadline: result.period.deadline,
      closes: result.period.closes,
      replaced: result.previous
        ? `${result.previous.opens} ${result.previous.deadline} ${result.previous.closes}`
        : null,
    });
  // After a save, the page is fetched again (a reload does not post the form twice).
  return redirect(`/staff/period?year=${year}&saved=${result.outcome}`);
}

function day(iso: string): string {
  return formatDay(currentLanguage(), iso);
}

function setAtText(instant: string): string {
  const at = new Date(instant);
  return Number.isNaN(at.getTime()) ? instant : formatDateTime(at);
}

function shown(p: Pick<Period, 'opens' | 'deadline' | 'closes' | 'setBy' | 'setAt'>) {
  return {
    opensText: day(p.opens),
    deadlineText: day(p.deadline),
    closesText: day(p.closes),
    setBy: p.setBy,
    setAtText: setAtText(p.setAt),
  };
}

async function periodPage(
  ctx: SignedInContext,
  failed?: { typed: Record<string, string>; problems: PeriodProblem[] },
): Promise<PortalResponse> {
  const { req, deps, year } = ctx;
  const period = await readPeriod(deps.data, year);
  const problems = (failed?.problems ?? []).map((p) => ({
    field: p.field,
    text: describePeriodProblem(p, t, { day }),
  }));
  const fields = periodFields.map((name) => ({
    name,
    label: t(labelKeys[name]),
    value: failed ? (failed.typed[name] ?? '') : (period?.[name] ?? ''),
    error: problems
      .filter((p) => p.field === name)
      .map((p) => p.text)
      .join(' '),
  }));
  const saved =
    req.query.saved === 'set'
      ? t('cycle.staff.saved', { year })
      : req.query.saved === 'unchanged'
        ? t('cycle.staff.unchanged', { year })
        : undefined;
  const title = t('cycle.staff.title', { year });
  return html(
    failed ? 400 : 200,
    renderPage('period', {
      ...viewData(ctx),
      title: failed ? t('portal.errorPrefix', { title }) : title,
      problems,
      saved: failed ? undefined : saved,
      current: period ? shown(period) : undefined,
      // Newest change first would hide how the dates moved: the record keeps them oldest first.
      history: (period?.history ?? []).map(shown),
      fields,
      example: `${year + 1}-03-01`,
    }),
  );
}

/** What a country's year page shows of the period, and why an upload is refused today (if it is). */
export interface CountryPeriodView {
  period?: { opensText: string; deadlineText: string; closesText: string; late: boolean };
  /** Set when uploads are not taken today (before the period opens, after it closes): the dates, and whom to ask. */
  refusal?: string;
}

/** The year's period as the country's year page shows it, by the portal clock's UTC day. */
export async function countryPeriodView(ctx: SignedInContext): Promise<CountryPeriodView> {
  const { deps, year } = ctx;
  const { period, window } = await readUploadWindow(deps.data, year, dayOf(deps.clock.now()));
  if (!period) return {};
  const texts = {
    opensText: day(period.opens),
    deadlineText: day(period.deadline),
    closesText: day(period.closes),
  };
  const view: CountryPeriodView = { period: { ...texts, late: window === 'late' } };
  if (window === 'not-open')
    view.refusal = t('cycle.country.notOpen', { year, opens: texts.opensText, deadline: texts.deadlineText });
  if (window === 'closed') view.refusal = t('cycle.country.closed', { year, closes: texts.closesText });
  return view;
}
