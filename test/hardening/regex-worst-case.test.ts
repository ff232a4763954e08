/**
 * Every regular expression of the core, found from the source (regex-inventory.ts), run
 * against 50 KB of the inputs that make backtracking engines slow: long runs of each
 * character class and of each character the pattern names, after each word the pattern
 * names, ending in a character that makes the match fail. Each run must finish under
 * 100 ms. A regex added to the core is picked up by itself; one whose worst input needs a
 * particular start gets it in WORST_STARTS. The patterns this suite replaced are kept in
 * REPLACED and must fail the same check, so the check is shown to catch what it is for.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { headerKey } from '../../functions/core/ingest/headers.js';
import { asciiDigits } from '../../functions/core/ingest/parse/digits.js';
import { parseNumberText } from '../../functions/core/ingest/parse/numbers.js';
import { replaceBracketed, trimTrailingMarks } from '../../functions/core/ingest/parse/scan.js';
import { startTags } from '../../functions/core/read/xlsx-scan.js';
import { type FoundRegex, findRegexes } from './regex-inventory.js';

const SIZE = 50 * 1024;
const BOUND_MS = 100;

/** Runs of these (one character, or a pair) are what nested or overlapping quantifiers choke on. */
const UNITS = [
  ' ',
  '\t',
  '\n',
  '\u00a0',
  'a',
  'é',
  'e\u0301',
  '1',
  '.',
  ',',
  ':',
  '*',
  '-',
  '(',
  '[',
  '%',
  '<',
  '"',
  '0',
  'a ',
  '1 ',
  '1.',
  ' .',
  ': ',
];
/** Ends that make a match fail late (or succeed: a `g` replace must get through every match). */
const TAILS = ['', '\u0000'];

/**
 * Starts a pattern needs before its slow part, beyond the words it names. Keyed by the
 * pattern's source.
 */
const WORST_STARTS: Record<string, string[]> = {
  // the quarter as `1st quarter 2014`: a digit first, then the run of spaces
  '^([1-4])\\s*(?:(?:st|nd|rd|th|er|e|eme|o)\\s*)?(?:quarter|trimestre|quartal)\\s*(?:of\\s+)?(\\d{4})$': [
    '1',
    '1st',
  ],
  '^(?:(?:policy\\s*)?(?:target|goal|objective|objectif|ziel|objetivo|cible|pt|t)\\s*(?:(?:no|nr|n|number)\\s*)?)?([1-4])(?:\\s([\\s\\S]*))?$':
    ['target', 'policy target no', '1', 'target 1'],
  '^(?:t|pt)?\\s*([1-4])\\.([0-9]+)\\s[\\s\\S]*\\S': ['t1.2', '1.2'],
  '^(?:t|pt|indicator)?([1-4])\\.([0-9]+)$': ['1.'],
  '^(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4}|\\d{2})\\.?$': ['1', '1/', '1/1'],
  "^\\d{1,3}(?:[\\s\\u00A0\\u202F\\u2009\\u2007'’]\\d{3})+(?:[.,]\\d+)?$": ['1 000', '1'],
  '^[-+]?(\\d{1,3}(\\.\\d{3})+|\\d+),\\d+\\s*%?$': ['1,1', '1.000'],
  '^(-?\\d{4,})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?)?': ['2014-01-01T00:00:00.'],
  '^-?P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$': ['PT', 'PT1.', 'P1DT'],
  '\\b(?:19|20)\\d{2}\\b': ['19', '2014'],
};

/**
 * Regexes whose input is bounded by the code before it reaches them, so 50 KB cannot happen:
 * checked at that bound instead, with the reason. Keyed by file and pattern.
 */
const BOUNDED: Record<string, { chars: number; reason: string }> = {
  'functions/core/report/format.ts /\\B(?=(\\d{3})+(?!\\d))/g': {
    chars: 400,
    reason: 'the digits of a JavaScript number (at most 309 before the decimal point)',
  },
  'functions/core/report/format.ts /0+$/': {
    chars: 400,
    reason: 'the decimals of a number already formatted by toFixed',
  },
};

/** The patterns this suite replaced (see the commit), each with the input that showed it. */
const REPLACED: Array<{ pattern: string; flags: string; where: string; unit: string }> = [
  { pattern: '[:*]+\\s*$', flags: '', where: 'headers.ts headerKey (the "many colons" workbook)', unit: ':' },
  { pattern: '\\([^)]*\\)|\\[[^\\]]*\\]', flags: 'g', where: 'headers.ts headerKey', unit: '(' },
  { pattern: '\\s*%$', flags: '', where: 'numbers.ts percent sign', unit: ' ' },
  { pattern: '\\s*\\.\\s*', flags: 'g', where: 'framework.ts foldText', unit: ' ' },
  {
    pattern:
      '\\s*(?:\\+|\\((?:est|estimate|estimated|approx|approx\\.|est\\.|estimation|schätzung)\\)|est\\.?)$',
    flags: 'i',
    where: 'numbers.ts estimate suffix',
    unit: ' ',
  },
];

/** One run's time, the best of three (a loaded machine stalls one run; backtracking stalls all). */
function timeRun(pattern: string, flags: string, input: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const re = new RegExp(pattern, flags);
    const t0 = performance.now();
    if (re.global) input.replace(re, '');
    else re.exec(input);
    best = Math.min(best, performance.now() - t0);
    if (best < BOUND_MS) break;
  }
  return best;
}

/** The slowest of the inputs for one regex, stopping at the first over the bound. */
function slowestRun(
  pattern: string,
  flags: string,
  size: number,
  bound: number,
): { ms: number; input: string; text: string } {
  const units = new Set(UNITS);
  const literalChars = pattern.replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\[dDsSwWbB]/g, '');
  for (const ch of literalChars.replace(/\\(.)/g, '$1')) if (!'^$|?+(){}[]'.includes(ch)) units.add(ch);
  // The first words a pattern names stand for its alternatives (more only add time).
  const words = [...new Set(pattern.match(/[a-z0-9]{2,}/gi) ?? [])].slice(0, 4);
  const starts = ['', ...words, ...words.map((w) => `${w} `), ...(WORST_STARTS[pattern] ?? [])];
  let worst = { ms: 0, input: '', text: '' };
  for (const start of starts)
    for (const unit of units)
      for (const tail of TAILS) {
        const input = start + unit.repeat(Math.ceil((size - start.length) / unit.length)) + tail;
        const re = new RegExp(pattern, flags);
        const t0 = performance.now();
        if (re.global) input.replace(re, '');
        else re.exec(input);
        const ms = performance.now() - t0;
        if (ms > worst.ms)
          worst = { ms, input: `${start}${JSON.stringify(unit)}×${input.length}${tail}`, text: input };
        if (ms > bound) return worst;
      }
  return worst;
}

const { literals, dynamic } = findRegexes('functions/core');
const label = (r: FoundRegex) => `${r.file} /${r.pattern}/${r.flags}`;

/** The slowest run seen per regex, printed at the end (for docs/reliability.md). */
const slowest: Array<{ label: string; ms: number; input: string }> = [];

describe('every regular expression in the core is linear on 50 KB of its worst input', () => {
  afterAll(() => {
    const top = slowest.sort((a, b) => b.ms - a.ms).slice(0, 5);
    process.stdout.write(
      `\n${slowest.length} regexes; slowest single runs:\n${top.map((t) => `  ${t.ms.toFixed(1)} ms  ${t.label.slice(0, 90)}  on ${t.input}`).join('\n')}\n`,
    );
  });

  it('finds the regexes from the source, and none is built from a variable', () => {
    expect(literals.length).toBeGreaterThan(80);
    expect(literals.some((r) => r.file.endsWith('ingest/headers.ts'))).toBe(true);
    expect(dynamic).toEqual([]);
  });

  it('keeps every bounded entry in use', () => {
    const found = new Set(literals.map(label));
    expect(Object.keys(BOUNDED).filter((k) => !found.has(k))).toEqual([]);
  });

  const seen = new Set<string>();
  for (const r of literals) {
    const key = label(r);
    if (seen.has(key)) continue;
    seen.add(key);
    const bounded = BOUNDED[key];
    it(`${r.file}:${r.line} /${r.pattern.slice(0, 80)}/${r.flags}${bounded ? ` (bounded: ${bounded.reason})` : ''}`, () => {
      const worst = slowestRun(r.pattern, r.flags, bounded?.chars ?? SIZE, BOUND_MS);
      const ms = worst.ms > BOUND_MS ? timeRun(r.pattern, r.flags, worst.text) : worst.ms;
      slowest.push({ label: key, ms, input: worst.input });
      expect(ms, `worst input ${worst.input}`).toBeLessThan(BOUND_MS);
    });
  }
});

describe('the check catches the regexes this hardening replaced', () => {
  // 10 KB is enough to show them (50 KB takes 10-40 s each: quadratic).
  for (const r of REPLACED)
    it(`/${r.pattern}/${r.flags} (${r.where}) is over ${BOUND_MS} ms on 10 KB of its worst input`, () => {
      const input = `${r.unit.repeat(10 * 1024)}x`;
      const re = new RegExp(r.pattern, r.flags);
      const t0 = performance.now();
      if (re.global) input.replace(re, '');
      else re.exec(input);
      expect(performance.now() - t0).toBeGreaterThan(BOUND_MS);
    }, 60_000);
});

describe('the scanners that replaced them are linear too', () => {
  const cases: Array<[string, () => unknown]> = [
    ['replaceBracketed on open brackets', () => replaceBracketed('(['.repeat(SIZE / 2), ' ')],
    ['trimTrailingMarks on colons', () => trimTrailingMarks(`${':'.repeat(SIZE)}x`, ':*')],
    ['headerKey on colons', () => headerKey(`${':'.repeat(SIZE)}x`)],
    ['headerKey on unclosed brackets', () => headerKey('(['.repeat(SIZE / 2))],
    ['startTags on unclosed tags', () => startTags('<sheet '.repeat(SIZE / 7), 'sheet')],
    ['startTags on unclosed quotes', () => startTags(`<sheet ${'name="'.repeat(SIZE / 6)}`, 'sheet')],
    ['asciiDigits on Arabic-Indic digits', () => asciiDigits('٣'.repeat(SIZE))],
    ['parseNumberText on spaces', () => parseNumberText(`1${' '.repeat(SIZE)}x`, false)],
  ];
  for (const [name, run] of cases)
    it(`${name}: 50 KB under ${BOUND_MS} ms`, () => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3 && best >= BOUND_MS; i++) {
        const t0 = performance.now();
        run();
        best = Math.min(best, performance.now() - t0);
      }
      expect(best).toBeLessThan(BOUND_MS);
    });
});
