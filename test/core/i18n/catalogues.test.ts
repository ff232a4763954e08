/**
 * The four message catalogues: complete, consistent with the English source, and
 * formatting numbers, dates and plurals the way each language writes them (pinned here,
 * since the output depends on Node's ICU data).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indicators, targets } from '../../../functions/core/framework.js';
import { frameworkTexts } from '../../../functions/core/i18n/framework-text.js';
import { localizeIssue } from '../../../functions/core/i18n/issues.js';
import { languages, negotiateLanguage, parseLanguage } from '../../../functions/core/i18n/languages.js';
import { en, type MessageKey } from '../../../functions/core/i18n/messages/en.js';
import {
  catalogues,
  formatDay,
  formatNumber,
  placeholders,
  translate,
} from '../../../functions/core/i18n/translate.js';
import { issue, issueCatalogue } from '../../../functions/core/ingest/catalogue.js';
import { readerCodes } from '../../../functions/core/read/codes.js';
import { problems } from '../../../functions/core/read/problems.js';

const translations = languages.filter((l) => l !== 'en');
const englishKeys = Object.keys(en) as MessageKey[];

describe('the catalogues', () => {
  it.each(translations)('%s has every key of the English catalogue, and no other', (lang) => {
    const catalogue = catalogues[lang];
    expect(englishKeys.filter((k) => !catalogue[k])).toEqual([]);
    expect(Object.keys(catalogue).filter((k) => !Object.hasOwn(en, k))).toEqual([]);
  });

  it.each(translations)('%s keeps every placeholder of the English message, and adds none', (lang) => {
    const differences: string[] = [];
    for (const key of englishKeys) {
      const text = catalogues[lang][key];
      if (text === undefined) continue;
      const want = placeholders(en[key]).sort();
      const got = placeholders(text, lang).sort();
      if (JSON.stringify(want) !== JSON.stringify(got)) differences.push(`${key}: ${want} != ${got}`);
    }
    expect(differences).toEqual([]);
  });

  it.each(languages)('%s has a message and a hint for every code of the readers and the ingest', (lang) => {
    const codes = [...readerCodes, ...issueCatalogue].map((d) => d.code);
    const missing = codes.flatMap((code) =>
      (['message', 'hint'] as const)
        .map((part) => `issue.${code}.${part}`)
        .filter((key) => !(catalogues[lang] as Record<string, string | undefined>)[key]?.trim()),
    );
    expect(missing).toEqual([]);
    expect(readerCodes.length).toBeGreaterThan(15);
    expect(issueCatalogue.length).toBeGreaterThan(40);
  });

  it('finds a code the catalogues lack', () => {
    const fr = catalogues.fr as Record<string, string>;
    const key: MessageKey = 'issue.FILE_ENCRYPTED.hint';
    const kept = fr[key]!;
    delete fr[key];
    try {
      const missing = readerCodes
        .map((d) => `issue.${d.code}.hint`)
        .filter((k) => !(catalogues.fr as Record<string, string | undefined>)[k]?.trim());
      expect(missing).toEqual([key]);
    } finally {
      fr[key] = kept;
    }
  });

  it.each(translations)('%s has every indicator, target and goal of the framework in its words', (lang) => {
    const text = frameworkTexts[lang];
    expect(
      indicators.filter((i) => !text.indicators[i.id]?.name || !text.indicators[i.id]?.guidance),
    ).toEqual([]);
    expect(targets.filter((t) => !text.targets[t.id]?.title || !text.targets[t.id]?.short)).toEqual([]);
    const goals = targets.flatMap((t) => t.goals.map((g) => g.id));
    expect(goals.filter((g) => !text.goals[g])).toEqual([]);
    expect(Object.keys(text.indicators).sort()).toEqual(indicators.map((i) => i.id).sort());
  });

  it('every message of every language compiles and formats with its placeholders filled', () => {
    for (const lang of languages)
      for (const key of englishKeys) {
        const params = Object.fromEntries(placeholders(en[key]).map((p) => [p, 2]));
        expect(() => translate(lang, key, params), `${lang} ${key}`).not.toThrow();
      }
  });

  it('falls back to English for a key a translation lacks', () => {
    const fr = catalogues.fr as Record<string, string>;
    const key: MessageKey = 'portal.staff.noEdition';
    const kept = fr[key]!;
    delete fr[key];
    try {
      expect(translate('fr', key, { year: 2014 })).toBe('Nothing has been published for 2014 yet.');
    } finally {
      fr[key] = kept;
    }
  });
});

describe('formatting per language (pinned: Node’s ICU data decides it)', () => {
  it('writes numbers as each language does', () => {
    // French groups with a narrow no-break space (U+202F); Spanish does not group four digits.
    expect(formatNumber('fr', 1234.5)).toBe('1\u202f234,5');
    expect(formatNumber('de', 1234.5)).toBe('1.234,5');
    expect(formatNumber('es', 1234.5)).toBe('1234,5');
    expect(formatNumber('es', 12345.5)).toBe('12.345,5');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
  });

  it('writes a day in full, in UTC whatever the machine’s time zone', () => {
    expect(formatDay('en', '2014-03-01')).toBe('1 March 2014');
    expect(formatDay('fr', '2014-03-01')).toBe('1 mars 2014');
    expect(formatDay('de', '2014-03-01')).toBe('1. März 2014');
    expect(formatDay('es', '2014-03-01')).toBe('1 de marzo de 2014');
  });

  it('chooses the plural form', () => {
    expect(translate('en', 'portal.upload.rejected', { errors: 1 })).toBe('Rejected: 1 error to fix');
    expect(translate('en', 'portal.upload.rejected', { errors: 2 })).toBe('Rejected: 2 errors to fix');
    expect(translate('fr', 'portal.upload.rejected', { errors: 2 })).toBe('Refusé : 2 erreurs à corriger');
    expect(translate('fr', 'portal.upload.rejected', { errors: 1 })).toBe('Refusé : 1 erreur à corriger');
    expect(translate('de', 'report.rejected', { errors: 3, warnings: 1 })).toBe(
      'Abgelehnt: 3 Fehler, 1 Warnung - nichts wurde gespeichert',
    );
  });

  it('never reads a parameter as a message: a cell holding {x} or <b> is shown as typed', () => {
    expect(translate('fr', 'issue.INDICATOR_UNKNOWN.message', { value: "{x} '<b>" })).toBe(
      "« {x} '<b> » n’est pas un indicateur du cadre.",
    );
  });
});

describe('an issue in the reader’s language', () => {
  const estimate = issue('VALUE_ESTIMATE', { sheet: 'Indicators', row: 4, column: 'D' }, 'approx. 1234.5', {
    indicator: 'Victims identified during the year (T1.2)',
    number: 1234.5,
  });

  it('is written in English by the ingest, its parameters kept', () => {
    expect(estimate.message).toBe(
      'The value of Victims identified during the year (T1.2), "approx. 1234.5", was read as 1234.5 and marked as an estimate.',
    );
    expect(estimate.params).toEqual({
      value: 'approx. 1234.5',
      indicator: 'Victims identified during the year (T1.2)',
      number: 1234.5,
    });
  });

  it('is written again in French, the figure the French way and the value as typed', () => {
    const fr = localizeIssue(estimate, 'fr');
    expect(fr.message).toBe(
      'La valeur de l’indicateur Victimes identifiées au cours de l’année (T1.2), « approx. 1234.5 », a été lue comme 1\u202f234,5 et marquée comme estimation.',
    );
    expect(fr.hint).toContain('choisissez oui dans la colonne Estimation');
    expect({ ...fr, message: '', hint: '' }).toEqual({ ...estimate, message: '', hint: '' });
  });

  it('puts the core’s own words in the language: tables, columns, rows, targets, units, countries', () => {
    const column = issue('COLUMN_MISSING', { sheet: 'X', row: 1 }, null, {
      table: 'Actions',
      column: 'Lead organisation',
      row: 1,
    });
    expect(localizeIssue(column, 'de').message).toBe(
      'Die Tabelle Maßnahmen hat keine Spalte „Federführende Organisation“.',
    );
    const noRef = issue('ACTION_TITLE_MISSING', {}, null, { ref: 'on row 7' });
    expect(localizeIssue(noRef, 'es').message).toBe('La acción de la fila 7 no tiene título.');
    const goal = issue('ACTION_GOAL_UNKNOWN', {}, '9z', {
      target: 'target 2 (Investigations)',
      goals: '2a, 2b',
    });
    expect(localizeIssue(goal, 'fr').message).toBe(
      '« 9z » n’est pas un objectif opérationnel de l’objectif 2 (Enquêtes).',
    );
    const converted = issue('UNIT_CONVERTED', {}, '36 hours', {
      indicator: 'Median time from notice to removal (T4.4)',
      from: 'hours',
      to: 'days',
      number: 1.5,
    });
    expect(localizeIssue(converted, 'de').message).toBe(
      'Der Indikator Median der Zeit von der Meldung bis zur Entfernung (T4.4) wurde in Stunden angegeben (36 hours) und in 1,5 Tage umgerechnet.',
    );
    const mismatch = issue('COUNTRY_MISMATCH', {}, 'Germany', { found: 'Germany', expected: 'France' });
    expect(localizeIssue(mismatch, 'fr').message).toBe(
      'Le fichier concerne Allemagne, mais il a été envoyé pour France.',
    );
    const change = issue('CHANGE_OVER_50_PERCENT', {}, 2500, {
      indicator: 'Investigations opened (T2.2)',
      previous: 1200,
      current: 2500,
      change: '+108%',
    });
    expect(localizeIssue(change, 'fr').message).toBe(
      'L’indicateur Enquêtes ouvertes (T2.2) est passé de 1\u202f200 l’an dernier à 2\u202f500 cette année (+108\u00a0%).',
    );
    expect(localizeIssue(change, 'en')).toBe(change);
  });

  it('leaves issues stored without parameters in English', () => {
    const stored = { ...estimate, code: 'FILE_EMPTY', params: undefined };
    expect(localizeIssue(stored, 'fr')).toBe(stored);
  });

  it('writes the readers’ issues again, the file’s kind and numbers in the language, a file’s own names as they are', () => {
    expect(localizeIssue(problems.fileUnsupported('a PDF document'), 'de').message).toBe(
      'Die Datei ist ein PDF-Dokument, keine Tabellendatei.',
    );
    expect(localizeIssue(problems.fileLegacyXls('an Excel 97-2003 workbook (.xls)'), 'es').message).toBe(
      'El archivo es un libro de Excel 97-2003 (.xls), un formato antiguo que no se acepta.',
    );
    const large = problems.fileTooLarge(10.5 * 1024 * 1024, 10 * 1024 * 1024);
    expect(large.message).toBe('The file is 10.5 MB, above the limit of 10 MB.');
    expect(localizeIssue(large, 'fr').message).toBe(
      'Le fichier fait 10,5 Mo, au-delà de la limite de 10 Mo.',
    );
    const rows = problems.tooManyRows('Données', 10001, 10000);
    expect(rows.message).toBe('The sheet "Données" has more than 10000 rows with content.');
    expect(localizeIssue(rows, 'fr').message).toBe(
      'La feuille « Données » a plus de 10\u202f000 lignes remplies.',
    );
    expect(localizeIssue(rows, 'fr')).toMatchObject({ sheet: 'Données', row: 10001, code: 'TOO_MANY_ROWS' });
    expect(localizeIssue(problems.fileCorrupt('the file ends too early'), 'fr').message).toBe(
      'Le fichier n’a pas pu être lu : il semble endommagé ou incomplet (le fichier s’arrête trop tôt).',
    );
    expect(
      localizeIssue(problems.fileCorrupt('the entry xl/workbook.xml is damaged'), 'fr').message,
    ).toContain('(the entry xl/workbook.xml is damaged)');
  });

  it('has words in each language for every kind of file and fixed reason the readers write', () => {
    // Read from the readers' source, so a new kind of file added there without its words fails here.
    const dir = fileURLToPath(new URL('../../../functions/core/read/', import.meta.url));
    const source = ['detect.ts', 'index.ts', 'zip.ts', 'ods.ts', 'xlsx.ts', 'csv.ts']
      .map((f) => readFileSync(dir + f, 'utf8'))
      .join('\n');
    const written = [
      ...source.matchAll(/what: '([^']+)'/g),
      ...source.matchAll(/return '(an? [^']+)';/g),
      ...source.matchAll(/(?:fileUnsupported|fileLegacyXls|fileCorrupt|corrupt)\('([^'$]+)'\)/g),
      ...source.matchAll(/\?\? '([a-z ]+)'\)/g),
    ].map((m) => m[1]!);
    expect(written.length).toBeGreaterThan(25);
    const english = new Set<string>(
      Object.entries(en)
        .filter(([k]) => k.startsWith('term.fileKind.') || k.startsWith('term.readDetail.'))
        .map(([, v]) => v),
    );
    expect([...new Set(written)].filter((w) => !english.has(w))).toEqual([]);
    const kinds = new Set<string>(
      Object.entries(en)
        .filter(([k]) => k.startsWith('term.fileKind.'))
        .map(([, v]) => v),
    );
    for (const lang of translations)
      for (const w of written) {
        const issue = localizeIssue(
          kinds.has(w) ? problems.fileUnsupported(w) : problems.fileCorrupt(w),
          lang,
        );
        expect(issue.message, `${lang}: ${w}`).not.toContain(w);
      }
  });

  it('gives each of the two findings of one reader code its own words', () => {
    const cell = problems.fieldTooLarge('Actions', 4, 6, 40000, 32767);
    const workbook = problems.textTooLargeInWorkbook(3 * 1024 * 1024, 32767);
    expect(cell.message).toBe('This cell holds 40000 characters or more, above the limit of 32767.');
    expect(workbook.message).toBe(
      'A cell of this workbook holds about 3 MB of text, far above the limit of 32767 characters for one cell.',
    );
    expect(localizeIssue(cell, 'de').message).toBe(
      'Diese Zelle enthält 40.000 Zeichen oder mehr und überschreitet die Grenze von 32.767.',
    );
    expect(localizeIssue(workbook, 'es').hint).toMatch(/^Busque la celda con el texto muy largo/);
    expect(localizeIssue(problems.timeBudgetExceeded(20), 'fr').message).toBe(
      'La lecture de ce fichier a dépassé la limite de 20 secondes ; elle a donc été interrompue.',
    );
    expect(localizeIssue(problems.xmlTooDeep(300, 256), 'fr').hint).toMatch(
      /^Ouvrez le fichier dans votre tableur/,
    );
  });
});

describe('the language of a request', () => {
  it('takes the best of the four from Accept-Language, weights and order included', () => {
    expect(negotiateLanguage('fr-BE,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(negotiateLanguage('nl-BE, de;q=0.7, en;q=0.5')).toBe('de');
    expect(negotiateLanguage('en;q=0.5, es')).toBe('es');
    expect(negotiateLanguage('it, pt')).toBeUndefined();
    expect(negotiateLanguage('fr;q=0, de')).toBe('de');
    expect(negotiateLanguage('')).toBeUndefined();
    expect(parseLanguage('ES-mx')).toBe('es');
    expect(parseLanguage('__proto__')).toBeUndefined();
  });
});
