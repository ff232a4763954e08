/**
 * The Alliance's reporting framework as data: targets, operational goals, indicators.
 * A later edition (new indicators, another framework) is a new value of this module,
 * never strings scattered through the code. Source: shared/spec/framework.md.
 */

export const frameworkVersion = '2012.1';

export type TargetId = 1 | 2 | 3 | 4;
export const targetIds: readonly TargetId[] = [1, 2, 3, 4];

export interface OperationalGoal {
  /** `1a`, `2b`... */
  id: string;
  target: TargetId;
  text: string;
}

export interface Target {
  id: TargetId;
  /** The official 2012 title, quoted verbatim (it says "child pornography"). */
  title: string;
  shortName: string;
  goals: OperationalGoal[];
}

export type Unit = 'yes-no' | 'count' | 'percent' | 'score' | 'fte' | 'days';
export type Direction = 'higher' | 'lower' | 'none';

/** What counts as meeting an indicator's rule. */
export type Rule =
  | { kind: 'equals'; value: boolean; text: string }
  | { kind: 'at-least'; value: number; text: string }
  | { kind: 'growth-at-least'; percent: number; text: string }
  /**
   * Not a rule a country is held to: a reference figure printed beside the value, and only
   * in reports for `year` (when it was measured) or later.
   */
  | { kind: 'benchmark'; value: number; text: string; source: string; year: number }
  /** A consistency check that only warns (T2.4 against T2.3). */
  | { kind: 'not-above'; indicator: string; text: string };

export interface Indicator {
  id: string;
  target: TargetId;
  name: string;
  unit: Unit;
  direction: Direction;
  rule?: Rule;
  /** Computed by the project from two years, never typed in by a country. */
  derived?: { from: string; kind: 'growth' };
  /** Range for scores; counts and percents have theirs from the unit. */
  range?: { min: number; max: number };
  /** What counts, as the template explains it to the person filling it in. */
  guidance: string;
}

export const targets: readonly Target[] = [
  {
    id: 1,
    title:
      'Enhancing efforts to identify victims and ensuring that they receive the necessary assistance, support and protection.',
    shortName: 'Victims',
    goals: [
      {
        id: '1a',
        target: 1,
        text: 'Increase the number of identified victims in the International Child Sexual Exploitation images database (ICSE) managed by INTERPOL by at least 10% yearly.',
      },
    ],
  },
  {
    id: 2,
    title:
      'Enhancing efforts to investigate cases of child sexual abuse online and to identify and prosecute offenders.',
    shortName: 'Investigations',
    goals: [
      {
        id: '2a',
        target: 2,
        text: 'Establish the necessary framework for the criminalization of child sexual abuse online and the effective prosecution of offenders.',
      },
      {
        id: '2b',
        target: 2,
        text: 'Improve the joint efforts of law enforcement authorities across Global Alliance countries to investigate and prosecute child sexual abuse online.',
      },
    ],
  },
  {
    id: 3,
    title:
      "Enhancing efforts to increase public awareness of the risks posed by children's activities online, including grooming and self-production of images.",
    shortName: 'Awareness',
    goals: [
      {
        id: '3a',
        target: 3,
        text: "Develop, improve, or support appropriate public awareness campaigns or other measures which educate parents, children, and others responsible for children regarding the risks of children's online conduct and how to minimise them.",
      },
      {
        id: '3b',
        target: 3,
        text: 'Share best practices among Global Alliance countries for effective strategies to inform the public about these risks.',
      },
    ],
  },
  {
    id: 4,
    title:
      'Reducing as much as possible the availability of child pornography online and reducing as much as possible the re-victimization of children.',
    shortName: 'Availability',
    goals: [
      {
        id: '4a',
        target: 4,
        text: 'Encourage participation by the private sector in identifying and removing known CSAM located in the relevant State.',
      },
      {
        id: '4b',
        target: 4,
        text: 'Increase the speed of notice and takedown procedures as much as possible without jeopardizing criminal investigation.',
      },
    ],
  },
];

export const indicators: readonly Indicator[] = [
  {
    id: 'T1.1',
    target: 1,
    name: "Connected to INTERPOL's ICSE database",
    unit: 'yes-no',
    direction: 'higher',
    rule: { kind: 'equals', value: true, text: 'yes' },
    guidance: 'Yes if your law enforcement had a working connection to ICSE at the end of the year.',
  },
  {
    id: 'T1.2',
    target: 1,
    name: 'Victims identified during the year',
    unit: 'count',
    direction: 'higher',
    guidance: 'Children identified as victims of child sexual abuse material during the reporting year.',
  },
  {
    id: 'T1.3',
    target: 1,
    name: 'Identified victims in ICSE contributed by the country, cumulative',
    unit: 'count',
    direction: 'higher',
    guidance: 'Total identified victims your country has contributed to ICSE, as of the end of the year.',
  },
  {
    id: 'T1.4',
    target: 1,
    name: 'Growth of T1.3 over the previous year (derived)',
    unit: 'percent',
    direction: 'higher',
    rule: { kind: 'growth-at-least', percent: 10, text: 'at least +10%' },
    derived: { from: 'T1.3', kind: 'growth' },
    guidance: 'Computed from T1.3 of this year and the previous year. Leave it empty.',
  },
  {
    id: 'T1.5',
    target: 1,
    name: 'Identified victims referred to support services',
    unit: 'percent',
    direction: 'higher',
    rule: { kind: 'at-least', value: 100, text: '100%' },
    guidance: 'Share of the victims identified this year who were referred to support services (0 to 100).',
  },
  {
    id: 'T1.6',
    target: 1,
    name: 'Specialist victim-identification staff',
    unit: 'fte',
    direction: 'higher',
    guidance:
      'Full-time equivalents working on victim identification at the end of the year (decimals allowed).',
  },
  {
    id: 'T2.1',
    target: 2,
    name: 'Legal coverage: of possession, viewing, distribution, production, grooming, live-streaming, how many are criminalised',
    unit: 'score',
    direction: 'higher',
    range: { min: 0, max: 6 },
    rule: { kind: 'at-least', value: 6, text: '6 of 6' },
    guidance: 'A whole number from 0 to 6: how many of the six acts your law makes a criminal offence.',
  },
  {
    id: 'T2.2',
    target: 2,
    name: 'Investigations opened',
    unit: 'count',
    direction: 'none',
    guidance: 'Investigations into child sexual abuse online opened during the year.',
  },
  {
    id: 'T2.3',
    target: 2,
    name: 'Offenders prosecuted',
    unit: 'count',
    direction: 'higher',
    guidance: 'Offenders prosecuted for child sexual abuse online during the year.',
  },
  {
    id: 'T2.4',
    target: 2,
    name: 'Offenders convicted',
    unit: 'count',
    direction: 'higher',
    rule: { kind: 'not-above', indicator: 'T2.3', text: 'not above offenders prosecuted (T2.3)' },
    guidance: 'Offenders convicted during the year. Usually not more than those prosecuted.',
  },
  {
    id: 'T2.5',
    target: 2,
    name: 'International joint operations taken part in',
    unit: 'count',
    direction: 'higher',
    guidance:
      'Joint operations with law enforcement of other countries that you took part in during the year.',
  },
  {
    id: 'T3.1',
    target: 3,
    name: 'National awareness campaigns run',
    unit: 'count',
    direction: 'higher',
    rule: { kind: 'at-least', value: 1, text: 'at least 1' },
    guidance:
      'National public awareness campaigns on the risks of children’s online activities run during the year.',
  },
  {
    id: 'T3.2',
    target: 3,
    name: 'Campaign reach, share of the target population',
    unit: 'percent',
    direction: 'higher',
    guidance: 'Share of the campaigns’ target population that they reached (0 to 100).',
  },
  {
    id: 'T3.3',
    target: 3,
    name: 'Schools with an online-safety curriculum',
    unit: 'percent',
    direction: 'higher',
    guidance: 'Share of schools that teach an online-safety curriculum (0 to 100).',
  },
  {
    id: 'T3.4',
    target: 3,
    name: 'Best practices shared with Alliance partners',
    unit: 'count',
    direction: 'higher',
    guidance: 'Best practices your country shared with other Alliance members during the year.',
  },
  {
    id: 'T4.1',
    target: 4,
    name: 'National hotline is a member of INHOPE',
    unit: 'yes-no',
    direction: 'higher',
    rule: { kind: 'equals', value: true, text: 'yes' },
    guidance: 'Yes if your national hotline was a member of INHOPE at the end of the year.',
  },
  {
    id: 'T4.2',
    target: 4,
    name: 'Reports of CSAM received by the hotline',
    unit: 'count',
    direction: 'none',
    guidance: 'Reports of child sexual abuse material that the hotline received during the year.',
  },
  {
    id: 'T4.3',
    target: 4,
    name: 'Domestically hosted CSAM removed within 3 working days of notice',
    unit: 'percent',
    direction: 'higher',
    rule: {
      kind: 'benchmark',
      value: 90.6,
      text: 'benchmark 90.6%',
      source: 'INHOPE network, 2015',
      year: 2015,
    },
    guidance:
      'Share of material hosted in your country that was removed within 3 working days of notice (0 to 100).',
  },
  {
    id: 'T4.4',
    target: 4,
    name: 'Median time from notice to removal',
    unit: 'days',
    direction: 'lower',
    rule: {
      kind: 'benchmark',
      value: 2.5,
      text: 'benchmark about 2.5 days',
      source: 'INHOPE, 2023',
      year: 2023,
    },
    guidance: 'Median number of days from notice to removal (decimals allowed).',
  },
  {
    id: 'T4.5',
    target: 4,
    name: 'Confirmed reports passed to police within 1 day',
    unit: 'percent',
    direction: 'higher',
    rule: { kind: 'benchmark', value: 96, text: 'benchmark 96%', source: 'INHOPE Europe, 2013', year: 2013 },
    guidance: 'Share of confirmed reports passed to the police within one day (0 to 100).',
  },
  {
    id: 'T4.6',
    target: 4,
    name: 'Companies taking part in proactive detection or notice and takedown',
    unit: 'count',
    direction: 'higher',
    guidance: 'Companies in your country taking part in proactive detection or notice and takedown.',
  },
];

export const unitLabels: Record<Unit, string> = {
  'yes-no': 'yes/no',
  count: 'count',
  percent: 'percent',
  score: 'score',
  fte: 'FTE',
  days: 'days',
};

export type ActionKind = 'baseline' | 'commitment';
export const actionKinds: readonly ActionKind[] = ['baseline', 'commitment'];
export type ActionStatus = 'planned' | 'in-progress' | 'completed' | 'discontinued';
export const actionStatuses: readonly ActionStatus[] = [
  'planned',
  'in-progress',
  'completed',
  'discontinued',
];

const indicatorById = new Map(indicators.map((i) => [i.id, i]));
const targetById = new Map(targets.map((t) => [t.id, t]));

/** The indicator with this exact id (`T1.2`), or undefined. */
export function getIndicator(id: string): Indicator | undefined {
  return indicatorById.get(id);
}

/** The target with this id. */
export function getTarget(id: TargetId): Target {
  const t = targetById.get(id);
  if (!t) throw new RangeError(`No target ${id}`);
  return t;
}

/** Indicators a country types in (everything but the derived ones). */
export const reportedIndicators: readonly Indicator[] = indicators.filter((i) => !i.derived);

/** Lower case, accents folded, punctuation to single spaces: the key aliases are matched on. */
export function foldText(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}.]+/gu, ' ')
      // The line above leaves single spaces only; `\s*\.\s*` would be quadratic on a run.
      .replace(/ ?\. ?/g, '.')
      .trim()
  );
}

const targetWords: Record<TargetId, string[]> = {
  1: ['victims', 'victim', 'victim identification', 'identify victims', 'victimes', 'opfer', 'victimas'],
  2: [
    'investigations',
    'investigation',
    'prosecution',
    'investigations and prosecutions',
    'enquetes',
    'ermittlungen',
    'investigaciones',
  ],
  3: [
    'awareness',
    'public awareness',
    'sensibilisation',
    'sensibilisierung',
    'sensibilizacion',
    'concienciacion',
  ],
  4: [
    'availability',
    'reducing availability',
    'availability of csam',
    'disponibilite',
    'verfugbarkeit',
    'disponibilidad',
  ],
};

/**
 * Resolves any way users name a target: `1`, `T1`, `PT1`, `Target 1`, `Policy target No. 1`,
 * `Policy Target 1 - Victims`, `Goal 1`, `victim identification`, `Victims`, and the
 * French, German and Spanish words. Returns undefined when it names no target, or two.
 */
export function resolveTarget(input: string | number): TargetId | undefined {
  if (typeof input === 'number')
    return targetIds.includes(input as TargetId) ? (input as TargetId) : undefined;
  const folded = foldText(input).replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
  if (!folded) return undefined;
  const numbered = folded.match(
    // No two quantifiers over the same characters side by side (`\s*(?:no)?\s*`, `\s+(.*)$`):
    // those backtrack quadratically on a long run of spaces.
    /^(?:(?:policy\s*)?(?:target|goal|objective|objectif|ziel|objetivo|cible|pt|t)\s*(?:(?:no|nr|n|number)\s*)?)?([1-4])(?:\s([\s\S]*))?$/,
  );
  if (numbered) {
    const id = Number(numbered[1]) as TargetId;
    const rest = numbered[2]?.trim().replace(/^[-–]/, '').trim();
    if (!rest) return id;
    // "Policy Target 1 - Victims": the words must not name another target.
    const named = resolveTargetWords(rest);
    return named === undefined || named === id ? id : undefined;
  }
  return resolveTargetWords(folded);
}

function resolveTargetWords(folded: string): TargetId | undefined {
  for (const id of targetIds) {
    if (targetWords[id].includes(folded)) return id;
  }
  return undefined;
}

const indicatorByFoldedName = new Map(indicators.map((i) => [foldText(i.name), i]));

/** Resolves an indicator by id (`T1.2`, `t1.2`, `T 1.2`, `1.2`) or by its name, in any case and spacing. */
export function resolveIndicator(input: string): Indicator | undefined {
  const folded = foldText(input);
  const idMatch = folded.replace(/\s+/g, '').match(/^(?:t|pt|indicator)?([1-4])\.([0-9]+)$/);
  if (idMatch) return indicatorById.get(`T${idMatch[1]}.${idMatch[2]}`);
  const byName = indicatorByFoldedName.get(folded);
  if (byName) return byName;
  // "T1.2 Victims identified during the year": an id followed by the name.
  const lead = folded.match(/^(?:t|pt)?\s*([1-4])\.([0-9]+)\s[\s\S]*\S/);
  if (lead) return indicatorById.get(`T${lead[1]}.${lead[2]}`);
  return undefined;
}
