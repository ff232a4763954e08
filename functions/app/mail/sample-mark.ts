/**
 * Mail sent from the bundled fictitious sample says so, in the subject and the first line, in
 * the reader's language: nobody should take a sample reminder or receipt for a real one.
 */
import type { Language } from '../../core/i18n/languages.js';
import { translate } from '../../core/i18n/translate.js';
import type { OutgoingMail } from './ports.js';

export function withSampleMark(mail: OutgoingMail, lang: Language): OutgoingMail {
  const notice = translate(lang, 'mail.sample.notice');
  return {
    ...mail,
    subject: translate(lang, 'mail.sample.subject', { subject: mail.subject }),
    text: `${notice}\n\n${mail.text}`,
    ...(mail.html !== undefined
      ? { html: `<p><strong>${escapeHtml(notice)}</strong></p>\n${mail.html}` }
      : {}),
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
