/**
 * The workbook in each language, round trip through real LibreOffice: `template --lang X`,
 * values typed into the cells like a person (UNO) in that language's words, saved as .xlsx;
 * `validate` accepts it with exactly the values typed, whatever `--lang` it is given, and
 * writes its messages in that language.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportedIndicators } from '../../functions/core/framework.js';
import { type Language, languages } from '../../functions/core/i18n/languages.js';
import { templateWords } from '../../functions/core/template.js';
import { fillWithLibreOffice, runCli } from './run-cli.js';

interface JsonReport {
  accepted: boolean;
  issues: Array<{ code: string; severity: string; message: string; hint: string }>;
  submission: {
    indicators: Array<{
      id: string;
      value: unknown;
      estimate: boolean;
      source: string | null;
      notes: string | null;
    }>;
    actions: Array<Record<string, unknown>>;
    cover: Record<string, string | null>;
    language?: string;
  } | null;
}

const rowOf = (id: string) => reportedIndicators.findIndex((i) => i.id === id) + 2;

const noData: Record<Language, string> = {
  en: 'has no value.',
  fr: 'n’a pas de valeur.',
  de: 'hat keinen Wert.',
  es: 'no tiene valor.',
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'template-lang-'));
});

describe('the workbook in each language, through LibreOffice', () => {
  it.each(languages)(
    'template --lang %s: typed in LibreOffice, accepted by validate in every language with exactly the values typed',
    async (lang) => {
      const form = join(dir, `form-${lang}.xlsx`);
      expect(
        (await runCli(['template', '--year', '2014', '--out', form, '--country', 'FR', '--lang', lang])).code,
      ).toBe(0);
      const w = templateWords(lang);
      const typed: Record<string, string> = {
        'T1.1': w.yes,
        'T1.2': '120',
        'T1.5': '85.5',
        'T2.1': '6',
        'T4.1': w.no,
      };
      const cells = [
        ...Object.entries(typed).map(([id, text]) => ({
          sheet: w.sheets.indicators,
          cell: `D${rowOf(id)}`,
          text,
        })),
        { sheet: w.sheets.indicators, cell: `G${rowOf('T1.2')}`, text: 'Police nationale' },
        { sheet: w.sheets.indicators, cell: `H${rowOf('T1.2')}`, text: w.yes },
        { sheet: w.sheets.cover, cell: 'B3', text: 'Claire Martin' },
        { sheet: w.sheets.cover, cell: 'B4', text: 'Ministère de l’Intérieur' },
        { sheet: w.sheets.actions, cell: 'A2', text: 'FR-2-01' },
        { sheet: w.sheets.actions, cell: 'B2', text: w.targets[1]! },
        { sheet: w.sheets.actions, cell: 'C2', text: '2b' },
        { sheet: w.sheets.actions, cell: 'D2', text: 'Opération conjointe avec Europol' },
        { sheet: w.sheets.actions, cell: 'F2', text: w.kinds.commitment },
        { sheet: w.sheets.actions, cell: 'G2', text: w.statuses['in-progress'] },
        { sheet: w.sheets.actions, cell: 'H2', text: '2014-03-01' },
        { sheet: w.sheets.actions, cell: 'I2', text: '2015' },
        { sheet: w.sheets.actions, cell: 'A3', text: 'FR-3-01' },
        { sheet: w.sheets.actions, cell: 'B3', text: w.targets[2]! },
        { sheet: w.sheets.actions, cell: 'D3', text: 'Campagne nationale' },
        { sheet: w.sheets.actions, cell: 'F3', text: w.kinds.baseline },
        { sheet: w.sheets.actions, cell: 'G3', text: w.statuses.completed },
      ];
      const filled = join(dir, `filled-${lang}.xlsx`);
      const plan = join(dir, `plan-${lang}.json`);
      await writeFile(plan, JSON.stringify({ input: form, output: filled, cells }));
      await fillWithLibreOffice(plan);

      const runs = await Promise.all(
        languages.map((validateLang) =>
          runCli([
            'validate',
            filled,
            '--country',
            'FR',
            '--year',
            '2014',
            '--format',
            'json',
            '--lang',
            validateLang,
          ]),
        ),
      );
      const reports = runs.map((run) => {
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        return JSON.parse(run.stdout) as JsonReport;
      });
      for (const [i, report] of reports.entries()) {
        const sub = report.submission!;
        expect(report.accepted).toBe(true);
        const values = Object.fromEntries(
          sub.indicators.filter((x) => x.value !== null).map((x) => [x.id, x.value]),
        );
        expect(values).toEqual({ 'T1.1': true, 'T1.2': 120, 'T1.5': 85.5, 'T2.1': 6, 'T4.1': false });
        expect(sub.indicators.find((x) => x.id === 'T1.2')).toMatchObject({
          estimate: true,
          source: 'Police nationale',
        });
        expect(sub.cover).toMatchObject({
          contactName: 'Claire Martin',
          organisation: 'Ministère de l’Intérieur',
        });
        expect(sub.actions.map(({ origin: _o, ...a }) => a)).toEqual([
          {
            ref: 'FR-2-01',
            target: 2,
            goal: '2b',
            title: 'Opération conjointe avec Europol',
            description: null,
            kind: 'commitment',
            status: 'in-progress',
            start: '2014-03-01',
            end: '2015',
            lead: null,
            progress: null,
          },
          {
            ref: 'FR-3-01',
            target: 3,
            goal: null,
            title: 'Campagne nationale',
            description: null,
            kind: 'baseline',
            status: 'completed',
            start: null,
            end: null,
            lead: null,
            progress: null,
          },
        ]);
        expect(sub.language).toBe(lang);
        // Only "no data" for the untouched indicators, in the language validate was given.
        const untouched = reportedIndicators.length - Object.keys(typed).length;
        expect(report.issues.map((x) => x.code)).toEqual(Array(untouched).fill('INDICATOR_NO_DATA'));
        const validateLang = languages[i]!;
        for (const x of report.issues) expect(x.message.endsWith(noData[validateLang]), x.message).toBe(true);
      }
      // The same submission whatever the language of the messages (the warnings' words aside).
      const strip = (r: JsonReport) => ({ ...r.submission, warnings: undefined, sources: undefined });
      for (const r of reports) expect(strip(r)).toEqual(strip(reports[0]!));
    },
    300_000,
  );
});
