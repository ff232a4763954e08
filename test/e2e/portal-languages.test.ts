import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPortalUser, expectAccessible, launchChromium, type ServedPortal, startServe } from './harness.js';

const _root = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'portal languages password';
const YEAR = 2014;

let store: string;
let portal: ServedPortal;
let base: string;
let browser: Browser;
/** The French contact's upload with errors, once the first test has made it. */
let resultUrl = '';

const addUser = (args: string[]) => addPortalUser(store, args, PASSWORD);

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

/** The cells of the error rows of a validation report. */
const errorRows = (page: Page) =>
  page
    .locator('tr.issue-error')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );

async function signIn(
  page: Page,
  email: string,
  labels: { email: string; password: string; button: string },
) {
  await page.goto(`${base}/`);
  expect(page.url()).toContain('/signin');
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(PASSWORD);
  await page.getByRole('button', { name: labels.button }).click();
  await page.waitForLoadState();
}

beforeAll(async () => {
  store = await mkdtemp(join(tmpdir(), 'portal-lang-e2e-'));
  await addUser(['--email', 'contact@fr.example.org', '--country', 'France']);
  await addUser(['--email', 'staff@example.org', '--staff']);
  portal = await startServe(store);
  base = portal.base;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

describe('the portal in the contact’s language', () => {
  it('in French: sign in, the workbook, an upload with an error in French with its row and column, then German', async () => {
    const context = await browser.newContext({ acceptDownloads: true, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${base}/signin`);
    expect(await htmlLang(page)).toBe('fr');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Connexion');
    await expectAccessible(page);
    await signIn(page, 'contact@fr.example.org', {
      email: 'Adresse électronique',
      password: 'Mot de passe',
      button: 'Se connecter',
    });
    expect(page.url()).toContain('/country/FR');
    await page.getByLabel('Année de référence').selectOption(String(YEAR));
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('France : rapport 2014');
    expect(await page.locator('.status').textContent()).toContain('Non envoyé');
    await expectAccessible(page);

    // The workbook offered is in the contact's language.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Télécharger le classeur 2014 (XLSX)' }).click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    // The drop-down lists live on a hidden sheet; the contact sees the four sheets.
    expect(wb.worksheets.filter((s) => s.state === 'hidden').map((s) => s.name)).toEqual(['Lists']);
    expect(wb.worksheets.filter((s) => s.state !== 'hidden').map((s) => s.name)).toEqual([
      'Instructions',
      'Page de garde',
      'Indicateurs',
      'Actions',
    ]);
    expect(wb.getWorksheet('Indicateurs')!.getRow(1).getCell(4).value).toBe('Valeur *');

    // A file with one error: shown in French, with its row and column.
    const bad = join(store, '..', `fr-one-error-${Date.now()}.csv`);
    await writeFile(bad, 'Indicateur;Valeur\nT1.2;beaucoup\nT2.3;80\n');
    await page.getByLabel('Votre fichier').setInputFiles(bad);
    await page.getByRole('button', { name: 'Envoyer et vérifier' }).click();
    await page.waitForURL(/\/country\/FR\/uploads\//);
    resultUrl = page.url();
    expect(await htmlLang(page)).toBe('fr');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(
      /^Rapport de validation : fr-one-error/,
    );
    expect(await page.locator('.error-summary h2').textContent()).toBe('Refusé : 1 erreur à corriger');
    const french = await errorRows(page);
    expect(french).toHaveLength(1);
    expect(french[0]!.slice(0, 4)).toEqual(['Erreur', '2', 'B', 'beaucoup']);
    expect(french[0]![4]).toBe(
      'La valeur de l’indicateur Victimes identifiées au cours de l’année (T1.2) doit être un nombre entier, égal ou supérieur à 0, mais la cellule contient « beaucoup ». (VALUE_NOT_A_NUMBER)',
    );
    expect(french[0]![5]).toBe(
      'Saisissez un nombre entier, par exemple 120, ou laissez la cellule vide si vous n’avez pas de donnée.',
    );
    await expectAccessible(page);

    // Switch to German on the result page: the same problem, in German, and it stays German.
    const languages = page.getByRole('navigation', { name: 'Langue' });
    await languages.getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForLoadState();
    expect(await htmlLang(page)).toBe('de');
    expect(await page.locator('.error-summary h2').textContent()).toBe('Abgelehnt: 1 Fehler zu beheben');
    const german = await errorRows(page);
    expect(german[0]!.slice(0, 4)).toEqual(['Fehler', '2', 'B', 'beaucoup']);
    expect(german[0]![4]).toBe(
      'Der Wert des Indikators Im Laufe des Jahres identifizierte Opfer (T1.2) muss eine ganze Zahl, 0 oder mehr sein, die Zelle enthält aber „beaucoup“. (VALUE_NOT_A_NUMBER)',
    );
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Zurück zu Frankreich, 2014' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Frankreich: Bericht 2014');
    expect(await page.locator('.status').textContent()).toContain('Abgelehnt');

    // The problems marked in a spreadsheet, in German too.
    await page.goto(resultUrl);
    const [annotated] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Die Probleme markiert/ }).click(),
    ]);
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.load(readFileSync((await annotated.path())!) as unknown as ArrayBuffer);
    const problems = marked.getWorksheet('Probleme')!;
    expect(problems.getRow(1).getCell(6).value).toBe('Problem');
    const rows = problems.getRows(2, problems.rowCount - 1) ?? [];
    const error = rows.find((r) => r.getCell(8).value === 'VALUE_NOT_A_NUMBER');
    expect(error?.getCell(1).value).toBe('Fehler');
    expect(String(error?.getCell(6).value)).toMatch(
      /^Der Wert des Indikators Im Laufe des Jahres identifizierte Opfer \(T1\.2\)/,
    );
    expect(
      rows
        .filter((r) => r.getCell(8).value === 'INDICATOR_NO_DATA')
        .every((r) => r.getCell(1).value === 'Warnung'),
    ).toBe(true);
    await context.close();
  }, 240_000);

  it('has no axe violation on the portal pages in each of the four languages', async () => {
    expect(resultUrl).not.toBe('');
    const headings: Record<string, string> = {
      en: 'France: 2014 report',
      fr: 'France : rapport 2014',
      de: 'Frankreich: Bericht 2014',
      es: 'Francia: informe 2014',
    };
    for (const lang of ['en', 'fr', 'de', 'es']) {
      const contact = await browser.newContext({ locale: lang });
      const page = await contact.newPage();
      await page.goto(`${base}/signin?lang=${lang}`);
      expect(await htmlLang(page), lang).toBe(lang);
      await expectAccessible(page);
      const labels = {
        en: { email: 'E-mail address', password: 'Password', button: 'Sign in' },
        fr: { email: 'Adresse électronique', password: 'Mot de passe', button: 'Se connecter' },
        de: { email: 'E-Mail-Adresse', password: 'Passwort', button: 'Anmelden' },
        es: { email: 'Dirección de correo electrónico', password: 'Contraseña', button: 'Iniciar sesión' },
      }[lang]!;
      await signIn(page, 'contact@fr.example.org', labels);
      for (const path of [
        `/country/FR?year=${YEAR}`,
        new URL(resultUrl).pathname + new URL(resultUrl).search,
        '/country/XX/nothing',
      ]) {
        await page.goto(`${base}${path}`);
        expect(await htmlLang(page), `${lang} ${path}`).toBe(lang);
        await expectAccessible(page);
      }
      await page.goto(`${base}/country/FR?year=${YEAR}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(headings[lang]);
      await contact.close();

      const staff = await browser.newContext({ locale: lang });
      const staffPage = await staff.newPage();
      await signIn(staffPage, 'staff@example.org', labels);
      for (const path of [`/staff?year=${YEAR}`, `/staff/publish?year=${YEAR}`]) {
        await staffPage.goto(`${base}${path}`);
        expect(await htmlLang(staffPage), `${lang} ${path}`).toBe(lang);
        await expectAccessible(staffPage);
      }
      await staff.close();
    }
  }, 300_000);
});
