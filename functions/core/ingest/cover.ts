/**
 * The Cover sheet: labels in one column, values in the next (Country, Reporting year,
 * Contact name, Organisation, Email, Date, or their French, German and Spanish names).
 * A sheet is a cover when at least two of its labels are cover keys.
 */
import { columnLetters, type Issue, type Place } from '../issues.js';
import type { Submission } from '../submission.js';
import type { CellValue, Sheet } from '../workbook.js';
import { issue } from './catalogue.js';
import { type CoverField, coverField } from './headers.js';
import { readDate } from './parse/dates.js';
import { cleanText } from './parse/text.js';
import { checkCountry, checkYear, EXAMPLE_COUNTRY, type Expected } from './place.js';

interface CoverEntry {
  value: CellValue;
  place: Place;
  /** The label's row, for a missing value. */
  labelPlace: Place;
}

/** The cover's entries by field, or undefined when the sheet is not a cover. */
export function findCover(sheet: Sheet): Map<CoverField, CoverEntry> | undefined {
  const entries = new Map<CoverField, CoverEntry>();
  for (const row of sheet.rows) {
    const cells = [...row.cells].sort((a, b) => a.col - b.col);
    const label = cells.find((c) => c.value !== null && String(c.value).trim() !== '');
    if (!label || typeof label.value !== 'string') continue;
    const field = coverField(label.value);
    if (!field || entries.has(field)) continue;
    const valueCell = cells.find((c) => c.col === label.col + 1);
    entries.set(field, {
      value: valueCell?.value ?? null,
      place: { sheet: sheet.name, row: row.row, column: columnLetters(label.col + 1) },
      labelPlace: { sheet: sheet.name, row: row.row, column: columnLetters(label.col) },
    });
  }
  return entries.size >= 2 && (entries.has('country') || entries.has('year')) ? entries : undefined;
}

/** Reads and checks a cover: country and year must be there and match where it was uploaded. */
export function readCover(
  sheet: Sheet,
  entries: Map<CoverField, CoverEntry>,
  expected: Expected,
  issues: Issue[],
): Submission['cover'] {
  const country = entries.get('country');
  const year = entries.get('year');
  const coverPlace = (e: CoverEntry | undefined): Partial<Place> => e?.place ?? { sheet: sheet.name };
  if (!country || cleanText(country.value) === null)
    issues.push(issue('COUNTRY_MISSING', coverPlace(country), null, { expected: EXAMPLE_COUNTRY }));
  else issues.push(...checkCountry(country.value, country.place, expected));
  if (!year || cleanText(year.value) === null)
    issues.push(issue('YEAR_MISSING', coverPlace(year), null, { expected: expected.year }));
  else issues.push(...checkYear(year.value, year.place, expected));

  const dateEntry = entries.get('date');
  let date: string | null = null;
  if (dateEntry) {
    const read = readDate(dateEntry.value, 'start');
    if (read.kind === 'date') date = read.value;
    else if (read.kind === 'invalid')
      issues.push(issue('COVER_DATE_INVALID', dateEntry.place, dateEntry.value));
  }
  return {
    organisation: cleanText(entries.get('organisation')?.value ?? null),
    date,
    contactName: cleanText(entries.get('contactName')?.value ?? null),
    email: cleanText(entries.get('email')?.value ?? null),
  };
}
