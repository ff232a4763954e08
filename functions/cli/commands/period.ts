/**
 * `alliance-reports period set --year Y --opens D --deadline D --closes D [--store DIR]` and
 * `alliance-reports period show --year Y [--store DIR]`: the year's reporting period on the
 * folder store, as staff set it in the portal (app/cycle/periods.ts). Days are YYYY-MM-DD
 * (UTC), each boundary inclusive. The actor recorded is `cli:<os user>`.
 * Exit 0 when set (or already so) or shown; 2 for bad dates, a bad year or no store folder.
 */
import { existsSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { systemClock } from '../../adapters/clock.js';
import { openLocalStores } from '../../adapters/local-stores.js';
import { setPeriod } from '../../app/cycle/periods.js';
import { readPeriod } from '../../app/cycle/read.js';
import {
  dayOf,
  describePeriodProblem,
  englishDay,
  type UploadWindow,
  uploadWindow,
} from '../../core/cycle/period.js';
import type { Period } from '../../core/cycle/records.js';
import { EXIT_OK, UsageError } from '../main.js';

export interface PeriodSetOptions {
  year: number;
  opens?: string;
  deadline?: string;
  closes?: string;
  store?: string;
}

export interface PeriodShowOptions {
  year: number;
  store?: string;
}

/** `cli:<the operating system's user>`: who ran the command, in the records. */
export function cliActor(): string {
  let name = '';
  try {
    name = userInfo().username;
  } catch {
    // No passwd entry (a container's arbitrary uid): fall back to the environment.
  }
  return `cli:${name || process.env.USER || process.env.USERNAME || 'unknown'}`;
}

function openStore(dir: string) {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`${dir} is not a store folder (give the store with --store DIR).`);
  return openLocalStores(dir);
}

export async function runPeriodSet(opts: PeriodSetOptions): Promise<number> {
  const storeDir = opts.store ?? '.alliance-store';
  const { data } = openStore(storeDir);
  const result = await setPeriod(data, {
    year: opts.year,
    opens: opts.opens,
    deadline: opts.deadline,
    closes: opts.closes,
    actor: cliActor(),
    at: systemClock.now(),
  });
  if (result.outcome === 'invalid') {
    const lines = result.problems.map(
      (p) => `  ${describePeriodProblem(p, undefined, { fieldName: (f) => `--${f}` })}`,
    );
    throw new UsageError(`the period for ${opts.year} was not set:\n${lines.join('\n')}`);
  }
  const out: string[] = [];
  if (result.outcome === 'unchanged') {
    out.push(`The period for ${opts.year} already has these dates: nothing was changed.`);
    out.push(...describe(result.period));
  } else {
    out.push(`The period for ${opts.year} is set (in ${storeDir}).`);
    out.push(...describe(result.period));
    if (result.previous) out.push(`It replaces: ${oneLine(result.previous)}.`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return EXIT_OK;
}

export async function runPeriodShow(opts: PeriodShowOptions): Promise<number> {
  const { data } = openStore(opts.store ?? '.alliance-store');
  const period = await readPeriod(data, opts.year);
  if (!period) {
    process.stdout.write(`No period is set for ${opts.year}: uploads are taken at any time.\n`);
    return EXIT_OK;
  }
  const today = dayOf(systemClock.now());
  const out = [
    `The period for ${opts.year}:`,
    ...describe(period),
    `Today, ${today} (UTC): ${windowText[uploadWindow(period, today)]}.`,
  ];
  if (period.history.length > 0) {
    out.push('Earlier settings, oldest first:');
    for (const h of period.history) out.push(`  ${oneLine(h)}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return EXIT_OK;
}

const windowText: Record<UploadWindow, string> = {
  'no-period': 'uploads are taken at any time',
  'not-open': 'uploads are not open yet (an upload is refused)',
  'on-time': 'uploads are open',
  late: 'the deadline has passed (an upload is accepted and marked late)',
  closed: 'uploads are closed (an upload is refused)',
};

function describe(p: Period): string[] {
  return [
    `  uploads open   ${p.opens}  (${englishDay(p.opens)})`,
    `  deadline       ${p.deadline}  (${englishDay(p.deadline)}; later uploads are accepted and marked late)`,
    `  uploads close  ${p.closes}  (${englishDay(p.closes)}; the last day an upload is taken)`,
    `  set by ${p.setBy} at ${p.setAt}`,
  ];
}

function oneLine(p: Pick<Period, 'opens' | 'deadline' | 'closes' | 'setBy' | 'setAt'>): string {
  return `opens ${p.opens}, deadline ${p.deadline}, closes ${p.closes} (set by ${p.setBy} at ${p.setAt})`;
}
