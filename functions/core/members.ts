/**
 * The Alliance's member countries, their codes and the names people write them under.
 * Source: shared/spec/members.csv. `code` is ISO 3166-1 alpha-2 except Kosovo (XK, a
 * user-assigned code); EU documents write Greece as EL and the United Kingdom as UK.
 */
import { foldText } from './framework.js';

export interface Member {
  code: string;
  /** The name as members.csv gives it. */
  name: string;
  /**
   * The short name of the EU Interinstitutional Style Guide (list of countries), where it
   * differs from `name`: what reports print. Kosovo's asterisk is added by the reports.
   */
  shortName?: string;
  aliases: string[];
  /** First reporting year. */
  memberFrom: number;
  /** Last reporting year of a member that left (members.csv `member_until`); absent while it is a member. */
  memberUntil?: number;
  note: string;
}

export const members: readonly Member[] = [
  { code: 'AL', name: 'Albania', aliases: [], memberFrom: 2012, note: '' },
  { code: 'AU', name: 'Australia', aliases: [], memberFrom: 2012, note: '' },
  { code: 'AT', name: 'Austria', aliases: ['Österreich'], memberFrom: 2012, note: 'EU' },
  { code: 'BE', name: 'Belgium', aliases: ['Belgique', 'België'], memberFrom: 2012, note: 'EU' },
  { code: 'BG', name: 'Bulgaria', aliases: [], memberFrom: 2012, note: 'EU' },
  { code: 'KH', name: 'Cambodia', aliases: [], memberFrom: 2012, note: '' },
  { code: 'HR', name: 'Croatia', aliases: ['Hrvatska'], memberFrom: 2012, note: 'EU from July 2013' },
  { code: 'CY', name: 'Cyprus', aliases: [], memberFrom: 2012, note: 'EU' },
  {
    code: 'CZ',
    name: 'Czech Republic',
    shortName: 'Czechia',
    aliases: ['Czechia'],
    memberFrom: 2012,
    note: 'EU',
  },
  { code: 'DK', name: 'Denmark', aliases: ['Danmark'], memberFrom: 2012, note: 'EU' },
  { code: 'EE', name: 'Estonia', aliases: [], memberFrom: 2012, note: 'EU' },
  { code: 'FI', name: 'Finland', aliases: ['Suomi'], memberFrom: 2012, note: 'EU' },
  { code: 'FR', name: 'France', aliases: [], memberFrom: 2012, note: 'EU' },
  { code: 'GE', name: 'Georgia', aliases: [], memberFrom: 2012, note: '' },
  { code: 'DE', name: 'Germany', aliases: ['Deutschland'], memberFrom: 2012, note: 'EU' },
  { code: 'GH', name: 'Ghana', aliases: [], memberFrom: 2012, note: '' },
  {
    code: 'GR',
    name: 'Greece',
    aliases: ['Hellas'],
    memberFrom: 2012,
    note: 'EU; EU documents use the code EL',
  },
  { code: 'HU', name: 'Hungary', aliases: ['Magyarország'], memberFrom: 2012, note: 'EU' },
  { code: 'IE', name: 'Ireland', aliases: ['Éire'], memberFrom: 2012, note: 'EU' },
  { code: 'IT', name: 'Italy', aliases: ['Italia'], memberFrom: 2012, note: 'EU' },
  { code: 'JP', name: 'Japan', aliases: [], memberFrom: 2012, note: '' },
  { code: 'LV', name: 'Latvia', aliases: [], memberFrom: 2012, note: 'EU' },
  { code: 'LT', name: 'Lithuania', aliases: [], memberFrom: 2012, note: 'EU' },
  { code: 'LU', name: 'Luxembourg', aliases: [], memberFrom: 2012, note: 'EU' },
  { code: 'MT', name: 'Malta', aliases: [], memberFrom: 2012, note: 'EU' },
  { code: 'MD', name: 'Moldova', aliases: ['Republic of Moldova'], memberFrom: 2012, note: '' },
  { code: 'ME', name: 'Montenegro', aliases: [], memberFrom: 2012, note: '' },
  {
    code: 'NL',
    name: 'Netherlands',
    aliases: ['The Netherlands', 'Nederland'],
    memberFrom: 2012,
    note: 'EU',
  },
  { code: 'NZ', name: 'New Zealand', aliases: [], memberFrom: 2012, note: '' },
  { code: 'NG', name: 'Nigeria', aliases: [], memberFrom: 2012, note: '' },
  { code: 'NO', name: 'Norway', aliases: ['Norge'], memberFrom: 2012, note: '' },
  { code: 'PH', name: 'Philippines', aliases: ['the Philippines'], memberFrom: 2012, note: '' },
  { code: 'PL', name: 'Poland', aliases: ['Polska'], memberFrom: 2012, note: 'EU' },
  { code: 'PT', name: 'Portugal', aliases: [], memberFrom: 2012, note: 'EU' },
  { code: 'RO', name: 'Romania', aliases: [], memberFrom: 2012, note: 'EU' },
  { code: 'RS', name: 'Serbia', aliases: [], memberFrom: 2012, note: '' },
  { code: 'SK', name: 'Slovakia', aliases: ['Slovak Republic'], memberFrom: 2012, note: 'EU' },
  { code: 'SI', name: 'Slovenia', aliases: [], memberFrom: 2012, note: 'EU' },
  {
    code: 'KR',
    name: 'Republic of Korea',
    shortName: 'South Korea',
    aliases: ['South Korea', 'Korea'],
    memberFrom: 2012,
    note: '',
  },
  { code: 'ES', name: 'Spain', aliases: ['España'], memberFrom: 2012, note: 'EU' },
  { code: 'SE', name: 'Sweden', aliases: ['Sverige'], memberFrom: 2012, note: 'EU' },
  { code: 'CH', name: 'Switzerland', aliases: ['Schweiz', 'Suisse'], memberFrom: 2012, note: '' },
  { code: 'TH', name: 'Thailand', aliases: [], memberFrom: 2012, note: '' },
  { code: 'TR', name: 'Turkey', shortName: 'Türkiye', aliases: ['Türkiye'], memberFrom: 2012, note: '' },
  { code: 'UA', name: 'Ukraine', aliases: [], memberFrom: 2012, note: '' },
  {
    code: 'GB',
    name: 'United Kingdom',
    aliases: ['UK'],
    memberFrom: 2012,
    note: 'EU until 2020; EU documents use the code UK',
  },
  {
    code: 'US',
    name: 'United States of America',
    shortName: 'United States',
    aliases: ['United States', 'USA'],
    memberFrom: 2012,
    note: '',
  },
  {
    code: 'VN',
    name: 'Viet Nam',
    shortName: 'Vietnam',
    aliases: ['Vietnam'],
    memberFrom: 2012,
    memberUntil: 2013,
    note: 'in the launch list; absent from the 2014 list of 54',
  },
  {
    code: 'AM',
    name: 'Armenia',
    aliases: [],
    memberFrom: 2014,
    note: 'joined after the launch (exact date not sourced)',
  },
  {
    code: 'BA',
    name: 'Bosnia and Herzegovina',
    aliases: [],
    memberFrom: 2014,
    note: 'joined after the launch (exact date not sourced)',
  },
  {
    code: 'CA',
    name: 'Canada',
    aliases: [],
    memberFrom: 2013,
    note: 'named before the launch; exact date not sourced',
  },
  {
    code: 'CR',
    name: 'Costa Rica',
    aliases: [],
    memberFrom: 2014,
    note: 'joined after the launch (exact date not sourced)',
  },
  {
    code: 'IL',
    name: 'Israel',
    aliases: [],
    memberFrom: 2014,
    note: 'joined after the launch (exact date not sourced)',
  },
  {
    code: 'XK',
    name: 'Kosovo',
    aliases: [],
    memberFrom: 2014,
    note: 'not an ISO 3166 code; EU documents write "Kosovo*" with a status footnote',
  },
  {
    code: 'MX',
    name: 'Mexico',
    aliases: [],
    memberFrom: 2014,
    note: 'joined after the launch (exact date not sourced)',
  },
];

/** Codes other documents use for a member: EU documents write EL and UK. */
const extraCodes: Record<string, string> = { EL: 'GR', UK: 'GB' };

const byKey = new Map<string, Member>();
for (const m of members) {
  byKey.set(foldText(m.code), m);
  byKey.set(foldText(m.name), m);
  if (m.shortName) byKey.set(foldText(m.shortName), m);
  for (const a of m.aliases) byKey.set(foldText(a), m);
}
for (const [code, iso] of Object.entries(extraCodes)) {
  const m = members.find((x) => x.code === iso);
  if (m) byKey.set(foldText(code), m);
}

/** Resolves a country by code (FR, EL, UK), name or any alias, in any case and accents. */
export function resolveMember(input: string): Member | undefined {
  const key = foldText(input.replace(/\*$/, ''));
  return byKey.get(key) ?? byKey.get(key.replace(/^the /, ''));
}

/** The member with this code (ISO 3166-1 alpha-2, or XK). */
export function getMember(code: string): Member | undefined {
  return members.find((m) => m.code === code);
}

/** The name reports print: the EU style guide's short name (`Czechia`, `Türkiye`), else `name`. */
export function shortNameOf(member: Member): string {
  return member.shortName ?? member.name;
}

/** Whether `member` is a member in reporting year `year` (members.csv member_from..member_until). */
export function isMemberInYear(member: Member, year: number): boolean {
  return member.memberFrom <= year && (member.memberUntil === undefined || year <= member.memberUntil);
}

/**
 * The members in reporting year `year`, in the order of `members`: the one fact every
 * count ("50 of 54 members"), matrix and list of a year uses.
 */
export function membersInYear(year: number): Member[] {
  return members.filter((m) => isMemberInYear(m, year));
}
