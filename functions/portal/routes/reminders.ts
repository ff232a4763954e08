/**
 * `GET /staff/reminders?year=Y` (staff only: the router checked the role): the reminders sent
 * for the year, from the ReminderRecords (functions/app/cycle/remind.ts writes them): to which
 * country, which reminder, due when, sent when, to how many contacts (the addresses, personal
 * data, folded away), and by whom (the daily job, or a person at the command line).
 */
import { readPeriod, readReminders } from '../../app/cycle/read.js';
import { formatDay } from '../../core/i18n/translate.js';
import { html, methodNotAllowed, type SignedInContext, viewData } from '../context.js';
import { countryName, currentLanguage, formatDateTime, t } from '../i18n.js';
import type { PortalResponse } from '../types.js';
import { renderPage } from '../views.js';

export async function remindersRoute(ctx: SignedInContext): Promise<PortalResponse> {
  if (ctx.req.method !== 'GET') return methodNotAllowed();
  const { deps, year } = ctx;
  const [records, period] = await Promise.all([readReminders(deps.data, year), readPeriod(deps.data, year)]);
  const lang = currentLanguage();
  const rows = records
    .map((r) => {
      const [side, days] = r.kind.split('-') as ['before' | 'after', string];
      return {
        country: r.country,
        countryName: countryName(r.country),
        kind: t(side === 'before' ? 'reminder.kind.before' : 'reminder.kind.after', { days: Number(days) }),
        day: formatDay(lang, r.day),
        sentAt: formatDateTime(new Date(r.sentAt)),
        sortKey: `${r.sentAt} ${r.country}`,
        count: t('reminder.page.count', { count: r.to.length }),
        to: r.to,
        by: r.by,
      };
    })
    // Newest first: what went out last is what staff look for.
    .sort((a, b) => (a.sortKey < b.sortKey ? 1 : -1));
  return html(
    200,
    renderPage('reminders', {
      ...viewData(ctx),
      title: t('reminder.page.title', { year }),
      period: period && {
        text: t('reminder.page.period', {
          year,
          opens: formatDay(lang, period.opens),
          deadline: formatDay(lang, period.deadline),
          closes: formatDay(lang, period.closes),
        }),
      },
      rows,
    }),
  );
}
