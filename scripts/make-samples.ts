/**
 * `npm run samples`: the bundled FICTITIOUS sample data in samples/, laid out as the uploads
 * bucket is (`samples/<year>/<CC>/<file>`), for every member and the years 2013-2015.
 *
 * Every figure is invented by a seeded random generator (same seed, same figures): they
 * are plausible in size and trend, and are NOT real statistics. Files are what people
 * upload: workbooks written with exceljs, some re-saved by LibreOffice, OpenDocument
 * spreadsheets saved by LibreOffice, and CSV pairs (indicators + actions), some of them
 * semicolon separated with decimal commas in Windows-1252, as Excel writes them on a
 * Western European Windows.
 *
 * On purpose, the samples hold every status of progress method 2 (members that fall, stay
 * flat, skip a year, stop, report late, join), estimates, a change of more than 50%, offenders convicted
 * above prosecuted, members that did not report some years, two rejected uploads (a
 * percent of 140 and a text in a count), one of them followed by a corrected upload.
 *
 * Git keeps no file times, so the order of uploads is in the names (`01-`, `02-`): the run
 * takes the latest by modification time, then by name, and compares times to the second,
 * so files checked out together tie and their names decide. This script also sets each
 * file's time in name order.
 *
 * Needs LibreOffice (soffice) for the ODS and re-saved XLSX files; the demo does not.
 */
import { mkdir, mkdtemp, readdir, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { SAMPLE_MARKER } from '../functions/cli/run/scan-input.js';
import {
  type ActionStatus,
  type Indicator,
  reportedIndicators,
  targets,
} from '../functions/core/framework.js';
import { isMemberInYear, type Member, members } from '../functions/core/members.js';
import { actionColumns } from '../functions/core/template.js';
import { convertManyWithLibreOffice } from './lib/libreoffice.js';

export const sampleYears = [2013, 2014, 2015] as const;
const ORGANISATION = 'Fictitious sample data';

// ---------------------------------------------------------------- seeded randomness

function hashSeed(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: string): () => number {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (r: () => number, lo: number, hi: number) => lo + (hi - lo) * r();
const whole = (r: () => number, lo: number, hi: number) => Math.round(between(r, lo, hi));
const round1 = (n: number) => Math.round(n * 10) / 10;

// ---------------------------------------------------------------- what each member reports

type Value = number | boolean | null;

interface IndicatorEntry {
  id: string;
  value: Value;
  /** The cell text to write instead of the value (estimates, `n/a`, deliberate errors). */
  text?: string;
  estimate?: boolean;
  source: string;
  notes?: string;
}

interface ActionEntry {
  ref: string;
  target: number;
  goal: string | null;
  title: string;
  description: string;
  kind: 'baseline' | 'commitment';
  status: ActionStatus;
  start: string | null;
  end: string | null;
  lead: string;
  progress: string | null;
}

interface Upload {
  country: Member;
  year: number;
  indicators: IndicatorEntry[];
  actions: ActionEntry[];
  date: string;
}

/**
 * Members that do not report in a year (besides those not yet members): TH and NO skip
 * 2014 (a gap year: 2015 is compared with 2013); KH, UA, AL and RS stop in 2015.
 */
const notReporting: Record<number, string[]> = {
  2013: ['KH', 'GH', 'NG', 'ME'],
  2014: ['VN', 'GH', 'TH', 'NO'],
  2015: ['VN', 'KH', 'UA', 'AL', 'RS'],
};

/**
 * So the reports show every status of the method, not only "improving": members whose
 * figures fall year on year (worsening, rules missed, a yes turning to no in 2015, an
 * action discontinued), and members whose figures barely move (stable, inside the
 * tolerance).
 */
const declining = new Set(['HU', 'LV', 'NG', 'PH']);
const flat = new Set(['DK', 'EE', 'NZ', 'SK']);
/** Members that uploaded well after the others (in July, months after the spring deadline). */
const late: Record<number, string[]> = { 2014: ['IT'], 2015: ['FR', 'JP', 'MX'] };

/** Deliberate problems, so the reports show what they look like. */
const scenarios = {
  /** Rejected first (percent of 140, text in a count), then corrected by a second upload. */
  rejectedThenCorrected: { country: 'PT', year: 2014 },
  /** Rejected and never corrected: the member has no accepted submission that year. */
  rejectedOnly: { country: 'MT', year: 2015 },
  /** Victims identified more than doubles: the >50% change warning. */
  bigChange: { country: 'IE', year: 2014 },
  /** Offenders convicted above prosecuted: the consistency warning. */
  convictedAbove: { country: 'SI', year: 2015 },
};

function reports(member: Member, year: number): boolean {
  return isMemberInYear(member, year) && !notReporting[year]?.includes(member.code);
}

const sourcesByTarget: Record<number, string[]> = {
  1: ['National police, victim identification unit', 'Ministry of Justice statistics'],
  2: ['Public prosecution service', 'National police annual statistics'],
  3: ['Ministry of Education', 'National awareness centre'],
  4: ['National hotline', 'Hotline annual report'],
};

function indicatorsFor(member: Member, year: number): IndicatorEntry[] {
  // One generator per member for the levels (stable across years), one per year for noise.
  const base = random(`${member.code}:base`);
  const size = between(base, 0.3, 3);
  const r = random(`${member.code}:${year}`);
  const t = year - 2013; // 0, 1, 2: the trend
  const falls = declining.has(member.code);
  const still = flat.has(member.code);
  const noise = () => (still ? between(r, 0.997, 1.003) : between(r, 0.92, 1.08));
  const grow = (level: number, rate: number) => level * (1 + rate) ** t * noise();
  const drawnRate = between(base, 0.02, 0.2);
  const startRate = falls ? -0.12 : still ? 0 : drawnRate;
  /** A percent that rises `up` points a year (falls, or stays, for the members above). */
  const pct = (level: number, up: number, cap: number) =>
    round1(
      Math.max(
        0,
        Math.min(
          cap,
          level + (falls ? -Math.abs(up) - 1 : still ? 0 : up) * t + (still ? 0 : between(r, -2, 2)),
        ),
      ),
    );
  const whole0 = (level: number, up: number) => Math.max(0, level + (falls ? -1 : still ? 0 : up) * t);

  // Every level is drawn from the member's own generator in the same order each year, so a
  // member's figures move along a trend instead of jumping (small counts move by one).
  const b = {
    t11: base(),
    t15: between(base, 55, 92),
    t21: whole(base, 3, 5),
    t21up: base(),
    t25: whole(base, 3, 8),
    t31: whole(base, 1, 3),
    t32: between(base, 15, 45),
    t33: between(base, 20, 70),
    t34: whole(base, 2, 5),
    t41: base(),
    t43: between(base, 62, 88),
    t44: between(base, 2, 7),
    t45: between(base, 75, 95),
    t46: whole(base, 4, 25),
  };
  const victims = Math.round(grow(40 * size, startRate));
  // Cumulative: it never falls, but grows slowly for the members whose work falls off.
  const cumulative = Math.round(
    400 * size * (1 + (falls ? 0.02 : still ? 0.01 : startRate * 1.5)) ** t + victims,
  );
  const prosecuted = Math.round(grow(90 * size, startRate / 2));
  const values: Record<string, Value> = {
    'T1.1': falls ? t < 2 : b.t11 > 0.15 || t > 0,
    'T1.2': victims,
    'T1.3': cumulative,
    'T1.5': pct(b.t15, 4, 100),
    'T1.6': round1(grow(6 * size, falls ? -0.1 : still ? 0 : 0.08)),
    'T2.1': falls
      ? Math.max(0, b.t21 - (t >= 2 ? 1 : 0))
      : still
        ? b.t21
        : Math.min(6, b.t21 + (t >= 1 && b.t21up > 0.5 ? 1 : 0) + (t >= 2 ? 1 : 0)),
    'T2.2': Math.round(grow(600 * size, 0.05)),
    'T2.3': prosecuted,
    'T2.4': Math.round(prosecuted * between(r, 0.55, 0.85)),
    'T2.5': whole0(b.t25, 1),
    'T3.1': falls ? (t >= 2 ? 0 : b.t31) : b.t31 + (t >= 2 && b.t31 >= 2 ? 1 : 0),
    'T3.2': falls
      ? round1(b.t32 * (1 - 0.15 * t))
      : still
        ? round1(b.t32)
        : round1(Math.min(95, b.t32 * (1 + 0.1 * t) + between(r, -1, 1))),
    'T3.3': pct(b.t33, 5, 98),
    'T3.4': whole0(b.t34, 1),
    'T4.1': falls ? t < 2 : b.t41 > 0.2 || t === 2,
    'T4.2': Math.round(grow(2500 * size, 0.15)),
    'T4.3': pct(b.t43, 3, 99.5),
    'T4.4': round1(Math.max(0.5, b.t44 * (falls ? 1.15 : still ? 1 : 0.85) ** t)),
    'T4.5': pct(b.t45, 1.5, 100),
    'T4.6': whole0(b.t46, 2),
  };
  // The figures a scenario is about are always given (never rolled into "no data").
  const forced = new Set<string>();
  if (member.code === scenarios.bigChange.country && year === scenarios.bigChange.year) {
    values['T1.2'] = Math.round(victims * 2.4);
    forced.add('T1.2');
  }
  if (member.code === scenarios.bigChange.country && year === scenarios.bigChange.year - 1)
    forced.add('T1.2');
  if (member.code === scenarios.convictedAbove.country && year === scenarios.convictedAbove.year) {
    values['T2.4'] = prosecuted + 7;
    forced.add('T2.3').add('T2.4');
  }

  const entries: IndicatorEntry[] = [];
  for (const indicator of reportedIndicators) {
    const value = values[indicator.id] ?? null;
    // Sources name the member in its own language where that has accents: they must survive
    // every encoding (Österreich, España, Türkiye).
    const local = member.aliases.find((a) => /[^ -~]/.test(a));
    const source = `${pick(r, sourcesByTarget[indicator.target] ?? ['National statistics'])}${local ? ` – ${local}` : ''}`;
    const entry: IndicatorEntry = { id: indicator.id, value, source };
    const roll = forced.has(indicator.id) ? 1 : r();
    if (roll < 0.04) {
      // No data this year: said the ways people say it.
      entries.push({ ...entry, value: null, text: pick(r, ['', 'n/a', '-', '..']) });
      continue;
    }
    if (roll < 0.09 && indicator.unit === 'count' && typeof value === 'number') {
      entries.push({ ...entry, estimate: true, notes: 'Estimate: the final count is not yet available.' });
      continue;
    }
    entries.push(entry);
  }
  return entries;
}

function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length) % items.length]!;
}

const actionIdeas: Record<number, Array<{ title: string; description: string; lead: string }>> = {
  1: [
    {
      title: 'Connect the victim identification unit to ICSE',
      description: 'Give the national victim identification unit a working connection to the ICSE database.',
      lead: 'National police (fictitious)',
    },
    {
      title: 'Referral protocol for identified victims',
      description: 'Agree with child protection services how every identified child is referred to support.',
      lead: 'Ministry of Social Affairs (fictitious)',
    },
    {
      title: 'Train specialist victim-identification staff',
      description: 'A yearly course for investigators on victim identification techniques.',
      lead: 'Police academy (fictitious)',
    },
  ],
  2: [
    {
      title: 'Criminalise live-streamed abuse',
      description: 'Amend the criminal code so that watching live-streamed child sexual abuse is an offence.',
      lead: 'Ministry of Justice (fictitious)',
    },
    {
      title: 'Join international joint operations',
      description: 'Take part in joint operations coordinated through Europol and INTERPOL.',
      lead: 'National police (fictitious)',
    },
    {
      title: 'Specialised prosecutors',
      description: 'Name prosecutors specialised in child sexual abuse online in every region.',
      lead: 'Public prosecution service (fictitious)',
    },
  ],
  3: [
    {
      title: 'National awareness campaign for parents',
      description: 'A campaign on grooming and on what to do when a child is approached online.',
      lead: 'Ministry of Education (fictitious)',
    },
    {
      title: 'Online-safety lessons in schools',
      description: 'Online safety in the curriculum of primary and secondary schools.',
      lead: 'Ministry of Education (fictitious)',
    },
    {
      title: 'Share campaign material with Alliance partners',
      description: 'Translate and share the campaign toolkit with other members.',
      lead: 'National awareness centre (fictitious)',
    },
  ],
  4: [
    {
      title: 'Hotline membership of INHOPE',
      description: 'Bring the national hotline into the INHOPE network.',
      lead: 'National hotline (fictitious)',
    },
    {
      title: 'Faster notice and takedown',
      description: 'Agree with hosting providers on removal within three working days of notice.',
      lead: 'National hotline (fictitious)',
    },
    {
      title: 'Proactive detection by companies',
      description: 'Invite companies to use hash lists to detect known child sexual abuse material (CSAM).',
      lead: 'Ministry of the Interior (fictitious)',
    },
  ],
};

const goalsOf = (target: number) => targets.find((x) => x.id === target)?.goals.map((g) => g.id) ?? [];

function actionsFor(member: Member, year: number): ActionEntry[] {
  // The set of actions is chosen once per member (refs stable across years); their status
  // moves on over the years.
  const base = random(`${member.code}:actions`);
  const count = whole(base, 3, 10);
  const chosen: Array<{ target: number; idea: number; startYear: number; pace: number; kind: number }> = [];
  const seen = new Set<string>();
  while (chosen.length < count) {
    const target = whole(base, 1, 4);
    const idea = Math.floor(base() * 3) % 3;
    if (seen.has(`${target}-${idea}`)) continue;
    seen.add(`${target}-${idea}`);
    chosen.push({ target, idea, startYear: whole(base, 2012, 2014), pace: whole(base, 1, 3), kind: base() });
  }
  chosen.sort((a, b) => a.target - b.target || a.idea - b.idea);
  const r = random(`${member.code}:${year}:actions`);
  return chosen.map((c, i) => {
    const idea = actionIdeas[c.target]![c.idea]!;
    const kind = c.startYear <= 2012 || c.kind < 0.3 ? 'baseline' : 'commitment';
    const elapsed = year - c.startYear;
    let status: ActionStatus =
      elapsed < 0
        ? 'planned'
        : elapsed < c.pace
          ? 'in-progress'
          : c.kind > 0.92
            ? 'discontinued'
            : 'completed';
    if (kind === 'baseline' && status === 'planned') status = 'in-progress';
    // A member whose work falls off stops its first action in 2015: a regression the report flags.
    const stopped = declining.has(member.code) && year === 2015 && i === 0 && status !== 'planned';
    if (stopped) status = 'discontinued';
    const endYear = c.startYear + c.pace;
    const goals = goalsOf(c.target);
    return {
      ref: `${member.code}-${c.target}.${String(i + 1).padStart(2, '0')}`,
      target: c.target,
      goal: goals.length > 0 && r() > 0.3 ? pick(r, goals) : null,
      title: idea.title,
      description: idea.description,
      kind,
      status,
      start: `${c.startYear}-${String(whole(base, 1, 12)).padStart(2, '0')}-01`,
      end: status === 'completed' || status === 'discontinued' ? `${Math.min(endYear, year)}-12-31` : null,
      lead: idea.lead,
      progress:
        status === 'completed'
          ? 'Completed as planned.'
          : status === 'in-progress'
            ? `Under way; about ${whole(r, 2, 9) * 10}% done at the end of ${year}.`
            : status === 'discontinued'
              ? stopped
                ? 'Stopped in 2015: no budget was found for it.'
                : 'Stopped: replaced by a wider programme.'
              : null,
    };
  });
}

function uploadFor(member: Member, year: number): Upload {
  const r = random(`${member.code}:${year}:date`);
  const month = late[year]?.includes(member.code) ? 7 : whole(r, 2, 3);
  const date = `${year + 1}-${String(month).padStart(2, '0')}-${String(whole(r, 1, 28)).padStart(2, '0')}`;
  return {
    country: member,
    year,
    indicators: indicatorsFor(member, year),
    actions: actionsFor(member, year),
    date,
  };
}

// ---------------------------------------------------------------- writers

const windowsCsv: Record<number, string[]> = { 2013: ['TR'], 2014: ['AT'], 2015: ['ES'] };

type Format = 'xlsx' | 'xlsx-lo' | 'ods' | 'csv' | 'csv-win';

/** The format a member uses in a year: a stable but varied mix, as in real life. */
function formatFor(member: Member, year: number): Format {
  // Members whose own names carry accents, in the encoding that most often breaks them.
  if (windowsCsv[year]?.includes(member.code)) return 'csv-win';
  const roll = random(`${member.code}:${year}:format`)();
  if (roll < 0.45) return 'xlsx';
  if (roll < 0.6) return 'xlsx-lo';
  if (roll < 0.78) return 'ods';
  if (roll < 0.9) return 'csv';
  return 'csv-win';
}

function cellValue(entry: IndicatorEntry, indicator: Indicator): ExcelJS.CellValue {
  if (entry.text !== undefined) return entry.text === '' ? null : entry.text;
  if (entry.value === null) return null;
  if (typeof entry.value === 'boolean') return entry.value ? 'yes' : 'no';
  if (indicator.unit === 'count' && entry.estimate) return `approx. ${entry.value}`;
  return entry.value;
}

async function writeWorkbook(
  upload: Upload,
  path: string,
  variant: { percentCells: boolean },
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  // Fixed document dates: the same data gives the same workbook.
  wb.creator = ORGANISATION;
  wb.created = new Date(`${upload.date}T09:00:00Z`);
  wb.modified = new Date(`${upload.date}T09:00:00Z`);

  const cover = wb.addWorksheet('Cover');
  cover.columns = [{ width: 22 }, { width: 40 }];
  cover.addRows([
    ['Country', upload.country.name],
    ['Reporting year', upload.year],
    ['Contact name', 'Sample Contact'],
    ['Organisation', ORGANISATION],
    ['Email', 'contact@example.org'],
    ['Date', upload.date],
  ]);

  const ind = wb.addWorksheet('Indicators');
  ind.columns = [
    { width: 10 },
    { width: 60 },
    { width: 14 },
    { width: 12 },
    { width: 40 },
    { width: 10 },
    { width: 40 },
  ];
  ind.addRow(['Indicator', 'Name', 'Value', 'Unit', 'Source', 'Estimate', 'Notes']).font = { bold: true };
  for (const entry of upload.indicators) {
    const indicator = reportedIndicators.find((i) => i.id === entry.id)!;
    const row = ind.addRow([
      entry.id,
      indicator.name,
      cellValue(entry, indicator),
      unitText(indicator),
      entry.source,
      entry.estimate ? 'yes' : 'no',
      entry.notes ?? null,
    ]);
    if (
      variant.percentCells &&
      indicator.unit === 'percent' &&
      typeof entry.value === 'number' &&
      !entry.text
    ) {
      // As Excel stores a cell typed as "87.5%": the fraction, with a percent format.
      const cell = row.getCell(3);
      cell.value = Math.round(entry.value * 10) / 1000;
      cell.numFmt = '0.0%';
    }
  }

  const act = wb.addWorksheet('Actions');
  act.columns = [12, 10, 12, 40, 50, 12, 12, 12, 12, 30, 40].map((width) => ({ width }));
  act.addRow([...actionColumns]).font = { bold: true };
  for (const a of upload.actions) {
    act.addRow([
      a.ref,
      `Target ${a.target}`,
      a.goal,
      a.title,
      a.description,
      a.kind,
      a.status,
      a.start,
      a.end,
      a.lead,
      a.progress,
    ]);
  }
  await wb.xlsx.writeFile(path);
}

function unitText(indicator: Indicator): string {
  return { 'yes-no': 'yes/no', count: 'count', percent: '%', score: 'score', fte: 'FTE', days: 'days' }[
    indicator.unit
  ];
}

function csvQuote(field: string, sep: string): string {
  return field.includes(sep) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function csvText(rows: string[][], sep: string): string {
  return `${rows.map((r) => r.map((f) => csvQuote(f, sep)).join(sep)).join('\r\n')}\r\n`;
}

function csvValue(entry: IndicatorEntry, indicator: Indicator, decimalComma: boolean): string {
  const v = cellValue(entry, indicator);
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return decimalComma ? String(v).replace('.', ',') : String(v);
  return String(v);
}

async function writeCsvPair(
  upload: Upload,
  dir: string,
  prefix: string,
  windows: boolean,
): Promise<string[]> {
  const sep = windows ? ';' : ',';
  const indicatorRows = [['Indicator', 'Value', 'Unit', 'Source', 'Estimate', 'Notes']];
  for (const entry of upload.indicators) {
    const indicator = reportedIndicators.find((i) => i.id === entry.id)!;
    indicatorRows.push([
      entry.id,
      csvValue(entry, indicator, windows),
      unitText(indicator),
      entry.source,
      entry.estimate ? 'yes' : 'no',
      entry.notes ?? '',
    ]);
  }
  const actionRows: string[][] = [[...actionColumns]];
  for (const a of upload.actions) {
    actionRows.push([
      a.ref,
      String(a.target),
      a.goal ?? '',
      a.title,
      a.description,
      a.kind,
      a.status,
      a.start ?? '',
      a.end ?? '',
      a.lead,
      a.progress ?? '',
    ]);
  }
  const encode = (text: string) => (windows ? iconv.encode(text, 'win1252') : Buffer.from(text, 'utf8'));
  const names = [`${prefix}-indicators.csv`, `${prefix}-actions.csv`];
  await writeFile(join(dir, names[0]!), encode(csvText(indicatorRows, sep)));
  await writeFile(join(dir, names[1]!), encode(csvText(actionRows, sep)));
  return names;
}

// ---------------------------------------------------------------- the whole set

interface Planned {
  upload: Upload;
  format: Format;
  /** File name prefix, sortable: `01-FR-2014`. */
  prefix: string;
}

export async function makeSamples(outDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'samples-'));
  const toLibreOffice: Record<'xlsx' | 'ods', Array<{ tmp: string; dir: string; name: string }>> = {
    xlsx: [],
    ods: [],
  };
  const written: string[] = [];

  try {
    for (const year of sampleYears) {
      for (const member of members) {
        if (!reports(member, year)) continue;
        const dir = join(outDir, String(year), member.code);
        await mkdir(dir, { recursive: true });
        const upload = uploadFor(member, year);
        const planned: Planned[] = [];
        const isRejected =
          (member.code === scenarios.rejectedThenCorrected.country &&
            year === scenarios.rejectedThenCorrected.year) ||
          (member.code === scenarios.rejectedOnly.country && year === scenarios.rejectedOnly.year);
        if (isRejected) {
          // First upload: a percent of 140 and a text in a count. Always a workbook.
          const broken: Upload = {
            ...upload,
            indicators: upload.indicators.map((e) =>
              e.id === 'T1.5'
                ? { ...e, value: 140, text: undefined }
                : e.id === 'T2.2'
                  ? { ...e, value: null, text: 'not yet counted' }
                  : e,
            ) as IndicatorEntry[],
          };
          planned.push({ upload: broken, format: 'xlsx', prefix: `01-${member.code}-${year}` });
          if (member.code === scenarios.rejectedThenCorrected.country)
            planned.push({ upload, format: 'xlsx', prefix: `02-${member.code}-${year}-corrected` });
        } else {
          planned.push({ upload, format: formatFor(member, year), prefix: `01-${member.code}-${year}` });
        }

        for (const p of planned) {
          const percentCells = random(`${member.code}:${year}:pct`)() < 0.3;
          switch (p.format) {
            case 'xlsx': {
              const name = `${p.prefix}.xlsx`;
              await writeWorkbook(p.upload, join(dir, name), { percentCells });
              written.push(join(dir, name));
              break;
            }
            case 'xlsx-lo':
            case 'ods': {
              const kind = p.format === 'ods' ? 'ods' : 'xlsx';
              const tmp = join(work, kind, `${p.prefix}.xlsx`);
              await mkdir(join(work, kind), { recursive: true });
              await writeWorkbook(p.upload, tmp, { percentCells });
              toLibreOffice[kind].push({ tmp, dir, name: `${p.prefix}.${kind}` });
              break;
            }
            case 'csv':
            case 'csv-win': {
              const names = await writeCsvPair(p.upload, dir, p.prefix, p.format === 'csv-win');
              written.push(...names.map((n) => join(dir, n)));
              break;
            }
          }
        }
      }
    }

    for (const kind of ['xlsx', 'ods'] as const) {
      const items = toLibreOffice[kind];
      const outTmp = join(work, `${kind}-out`);
      await mkdir(outTmp, { recursive: true });
      // A few batches: one LibreOffice start per batch instead of per file.
      for (let i = 0; i < items.length; i += 40) {
        await convertManyWithLibreOffice(
          items.slice(i, i + 40).map((x) => x.tmp),
          kind,
          outTmp,
        );
      }
      const saved = new Set(await readdir(outTmp));
      for (const item of items) {
        const from = `${basename(item.tmp, '.xlsx')}.${kind}`;
        if (!saved.has(from)) throw new Error(`LibreOffice did not write ${from}`);
        await rename(join(outTmp, from), join(item.dir, item.name));
        written.push(join(item.dir, item.name));
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  // File times in name order, one minute apart from a fixed date: "latest" is the last name.
  written.sort();
  let minute = 0;
  for (const file of written) {
    const when = new Date(Date.UTC(2016, 0, 1, 0, minute++));
    await utimes(file, when, when);
  }

  await writeFile(
    join(outDir, SAMPLE_MARKER),
    'Every file under this folder is FICTITIOUS sample data, made up by scripts/make-samples.ts.\n' +
      'The figures are not real statistics of any country. Reports made from this folder say\n' +
      '"Fictitious sample data" on every page.\n',
  );
  await writeFile(join(outDir, 'README.md'), readme());
}

function readme(): string {
  return `# Fictitious sample data

**Every figure here is invented.** These files were made by \`scripts/make-samples.ts\`
(\`npm run samples\`) with a seeded random generator: they look like what the members of the
Global Alliance against Child Sexual Abuse Online upload, in size and trend, but they are
**not real statistics** of any country. Every report made from them says "Fictitious sample
data" on every page, and the organisation in every workbook is "${ORGANISATION}".

The marker file \`${SAMPLE_MARKER}\` tells the yearly run that its input is this sample.

Layout: \`<year>/<CC>/<file>\`, as in the uploads bucket, for ${sampleYears.join(', ')}.
File names start with a sortable number (\`01-\`, \`02-\`): git keeps no file times, so when two
uploads of a country and year tie on their time, the later name is the later upload.

What is in it, on purpose:
- workbooks written by exceljs, some re-saved by LibreOffice (.xlsx), OpenDocument
  spreadsheets saved by LibreOffice (.ods), and CSV pairs (indicators + actions), some
  comma separated in UTF-8, some semicolon separated with decimal commas in Windows-1252;
- some percent cells stored as Excel does (a fraction with a percent format);
- estimates (\`approx. 300\`), no-data cells (empty, \`n/a\`, \`-\`, \`..\`);
- ${scenarios.bigChange.country} ${scenarios.bigChange.year}: victims identified more than double (the >50% change warning);
- ${scenarios.convictedAbove.country} ${scenarios.convictedAbove.year}: offenders convicted above prosecuted (a warning);
- ${scenarios.rejectedThenCorrected.country} ${scenarios.rejectedThenCorrected.year}: a rejected upload (a percent of 140 and a text in a count), then a corrected one;
- ${scenarios.rejectedOnly.country} ${scenarios.rejectedOnly.year}: a rejected upload that was never corrected;
- members that did not report some years: ${Object.entries(notReporting)
    .map(([y, cs]) => `${y}: ${cs.join(', ')}`)
    .join(
      '; ',
    )} (TH and NO skip 2014, so 2015 is compared with 2013; KH, UA, AL and RS stop in 2015); and members that joined later report from the year they joined (their first report: rules missed show as "not met");
- members whose figures fall year on year (${[...declining].join(', ')}: worsening statuses, rules missed, a yes turning to no in 2015, an action discontinued in 2015) and members whose figures barely move (${[...flat].join(', ')}: stable, inside the tolerance);
- late uploads, dated in July of the next year: ${Object.entries(late)
    .map(([y, cs]) => `${y}: ${cs.join(', ')}`)
    .join('; ')}.

\`npm run demo\` runs the yearly run on this folder into \`out/\`. It exits 0 even though two
uploads are rejected: they are rejected on purpose.
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = fileURLToPath(new URL('../samples', import.meta.url));
  await makeSamples(outDir);
  console.log(`Fictitious sample data written to ${outDir}`);
}
