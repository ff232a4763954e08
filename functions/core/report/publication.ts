/**
 * Who publishes a report, when and on what terms (product.md "Publication"): settings with
 * defaults, never strings in the layouts. The publication date is the edition's, recorded
 * when the edition is reserved, and comes in as an input: re-rendering an edition gives
 * the same bytes.
 */
import type { Fact } from './types.js';

export interface PublicationSettings {
  publisher: string;
  /** The reuse licence of the reports and the open data. */
  licence: { name: string; url: string };
  legalNotice: string;
  /** The mailbox readers write to (accessibility, questions, corrections). */
  contact: string;
  /** The accessibility statement; `{contact}` is replaced by the mailbox. */
  accessibility: string;
}

export const defaultPublication: PublicationSettings = {
  publisher: 'Global Alliance against Child Sexual Abuse Online',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  legalNotice:
    'The figures are as the members reported them, checked for form and not audited. Neither the publisher nor any person acting on its behalf is responsible for the use that might be made of the information in this document. Reuse is allowed provided the source is acknowledged and changes are indicated.',
  contact: 'alliance-reports@example.org',
  accessibility:
    'This report is published as HTML meant to meet WCAG 2.1 level AA and as a tagged PDF. Every chart has its figures in words beside it, and no status is shown by colour alone. To report an accessibility barrier or ask for another format, write to {contact}.',
};

/** The Kosovo designation footnote (EU editorial convention), printed by every document that names Kosovo. */
export const kosovoFootnote =
  '*This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.';

/** The publication block both formats print on the cover page and in the HTML. */
export interface PublicationView {
  heading: string;
  facts: Fact[];
  legalNotice: string;
  licence: { name: string; url: string; text: string };
  accessibility: string;
  contact: string;
}

/** Settings over their defaults, worded for the cover. `date` is the edition's ISO date, or null for a draft. */
export function publicationView(
  settings: Partial<PublicationSettings> | undefined,
  edition: number,
  date: string | null,
  formatDate: (iso: string) => string,
): PublicationView {
  const s: PublicationSettings = { ...defaultPublication, ...settings };
  return {
    heading: 'Publication details',
    facts: [
      { label: 'Publisher', value: s.publisher },
      {
        label: 'Publication date',
        value: edition === 0 ? 'not published (draft)' : date ? formatDate(date) : 'not recorded',
      },
      { label: 'Edition', value: edition === 0 ? 'draft, not an edition' : String(edition) },
      { label: 'Licence', value: `${s.licence.name} (${s.licence.url})` },
      { label: 'Contact', value: s.contact },
    ],
    legalNotice: s.legalNotice,
    licence: {
      ...s.licence,
      text: `This report and its open data are published under the ${s.licence.name} licence (${s.licence.url}).`,
    },
    accessibility: s.accessibility.replace('{contact}', s.contact),
    contact: s.contact,
  };
}
