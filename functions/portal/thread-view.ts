/**
 * The review state and the message thread as the country's year page shows them
 * (templates/partials/portal/thread.hbs): one list, oldest first, of staff's decisions and
 * the messages of both sides, with who and when.
 *
 * Who is shown by whom: staff see every writer's address; a contact sees "Commission staff"
 * for staff and the country's name for its own side (a colleague's address is personal
 * data, for staff only), "(you)" on their own messages.
 */

import { createLog } from '../adapters/log.js';
import { readReviewLog, readThread } from '../app/cycle/read.js';
import type { ReviewEvent, ThreadMessage } from '../core/cycle/records.js';
import { MAX_MESSAGE_LENGTH, type ReviewInputError } from '../core/cycle/review.js';
import type { SignedInContext } from './context.js';
import { newFormToken } from './daily.js';
import type { UploadView } from './data.js';
import { countryName, currentLanguage, formatDateTime, t } from './i18n.js';

const log = createLog('portal');

/** What the person sent when a form was refused: shown again with the problem. */
export interface ThreadForm {
  which: 'message' | 'review';
  error: ReviewInputError;
  text?: string;
  state?: string;
  upload?: string;
}

interface Entry {
  kind: 'review' | 'message';
  who: string;
  at: Date;
  fromStaff: boolean;
  /** A decision: its state in words. */
  stateLabel?: string;
  /** A message: its lines. */
  lines?: string[];
  /** A message about an upload: the upload's validation report. */
  about?: { href: string; file: string };
}

/** The thread's part of the country page's view data (under `thread`). */
export async function threadView(
  ctx: SignedInContext,
  cc: string,
  form: ThreadForm | undefined,
  uploads: readonly UploadView[],
): Promise<Record<string, unknown>> {
  const { deps, year, session } = ctx;
  let reviews: ReviewEvent[];
  let messages: ThreadMessage[];
  try {
    [reviews, messages] = await Promise.all([
      readReviewLog(deps.data, year, cc),
      readThread(deps.data, year, cc),
    ]);
  } catch (error) {
    // A record that does not parse (or a store fault) hides the thread, not the rest of the page.
    log.error('The review or the thread could not be read', error, { country: cc, year });
    return { unreadable: true };
  }
  const viewer = session.identity;
  const staffView = viewer.role === 'staff';
  const name = countryName(cc);
  const who = (from: 'staff' | 'country', by: string): string => {
    const side = from === 'staff' ? t('review.from.staff') : name;
    if (staffView) return t('review.from.withEmail', { who: side, email: by });
    if (from === 'country' && by === viewer.email) return t('review.from.you', { country: name });
    return side;
  };
  const byId = new Map(uploads.map((u) => [u.id, u]));
  const about = (id: string | null) => {
    const upload = id ? byId.get(id) : undefined;
    return upload
      ? { href: `/country/${cc}/uploads/${upload.id}?year=${year}`, file: upload.fileName }
      : undefined;
  };
  const stateLabel = (state: string) => t(`review.state.${state as 'accepted' | 'correction-requested'}`);
  // A decision's message is also in the thread (setReview puts it there): shown as one entry.
  const messageOf = (r: (typeof reviews)[number]) =>
    r.message
      ? messages.find((m) => m.from === 'staff' && m.at === r.at && m.by === r.by && m.text === r.message)
      : undefined;
  const decisions = new Map(
    reviews.flatMap((r) => {
      const m = messageOf(r);
      return m ? [[m.seq, r.state] as const] : [];
    }),
  );
  const entries: Array<Entry & { order: number }> = [
    ...reviews
      .filter((r) => !messageOf(r))
      .map((r) => ({
        kind: 'review' as const,
        who: who('staff', r.by),
        at: new Date(r.at),
        fromStaff: true,
        stateLabel: stateLabel(r.state),
        order: 0,
      })),
    ...messages.map((m) => {
      const decided = decisions.get(m.seq);
      return {
        kind: 'message' as const,
        who: who(m.from, m.by),
        at: new Date(m.at),
        fromStaff: m.from === 'staff',
        lines: m.text.split('\n'),
        about: about(m.uploadId),
        ...(decided ? { stateLabel: stateLabel(decided) } : {}),
        order: 1,
      };
    }),
  ];
  // Oldest first (a conversation reads down), then in the order written.
  entries.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  const latest = reviews.at(-1);
  const formView = form
    ? {
        which: form.which,
        error: form.error.textIn(currentLanguage(), countryName),
        field:
          form.error.field === 'state' || form.error.field === 'upload'
            ? form.error.field
            : form.which === 'review'
              ? 'message'
              : 'text',
        text: form.text ?? '',
        state: form.state ?? '',
        upload: form.upload ?? '',
      }
    : undefined;
  const keptUpload = formView?.which === 'message' ? formView.upload : '';
  return {
    review: latest
      ? { state: latest.state, label: stateLabel(latest.state), at: new Date(latest.at) }
      : undefined,
    entries,
    staffView,
    max: MAX_MESSAGE_LENGTH,
    messageAction: `/country/${cc}/messages?year=${year}`,
    reviewAction: `/country/${cc}/review?year=${year}`,
    // One-time tokens: a form sent twice (a double click) is stored once.
    messageOnce: newFormToken(session.csrfToken),
    reviewOnce: newFormToken(session.csrfToken),
    form: formView,
    messageError: formView?.which === 'message' ? formView : undefined,
    reviewError: formView?.which === 'review' ? formView : undefined,
    keptText: formView?.which === 'message' ? formView.text : '',
    uploadOptions: uploads.map((u) => ({
      id: u.id,
      label: t('review.aboutOption', { file: u.fileName, date: formatDateTime(u.at) }),
      selected: u.id === keptUpload,
    })),
    keptMessage: formView?.which === 'review' ? formView.text : '',
    stateAccepted: formView?.which === 'review' && formView.state === 'accepted',
    stateCorrection: formView?.which === 'review' && formView.state === 'correction-requested',
  };
}
