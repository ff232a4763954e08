/** Where the uploaded file claims to be from (cover, Country and Year columns), checked against where it was uploaded. */
import type { Issue, Place } from '../issues.js';
import { isReportingYear, parseReportingYear, reportingYearParams } from '../limits.js';
import { type Member, resolveMember } from '../members.js';
import type { CellValue } from '../workbook.js';
import { issue } from './catalogue.js';

export interface Expected {
  member: Member | undefined;
  /** How the expected country was given by the caller (for messages when it is unknown). */
  country: string;
  year: number;
}

const EXAMPLE_COUNTRY = 'France or FR';

/** Checks a country cell; empty is fine here (the caller decides whether it is missing). */
export function checkCountry(value: CellValue, place: Partial<Place>, expected: Expected): Issue[] {
  const text = value === null ? '' : String(value).trim();
  if (text === '') return [];
  const found = resolveMember(text);
  if (!found) return [issue('COUNTRY_UNKNOWN', place, text, { expected: EXAMPLE_COUNTRY })];
  if (expected.member && found.code !== expected.member.code)
    return [issue('COUNTRY_MISMATCH', place, text, { found: found.name, expected: expected.member.name })];
  return [];
}

/** Reads a year cell: a reporting year (core/limits.ts), typed or as text. */
export function readYear(value: CellValue): number | 'empty' | 'invalid' {
  if (value === null) return 'empty';
  if (typeof value === 'number') return isReportingYear(value) ? value : 'invalid';
  if (typeof value !== 'string') return 'invalid';
  const text = value.trim();
  if (text === '') return 'empty';
  return parseReportingYear(text) ?? 'invalid';
}

/** Checks a year cell; empty is fine here (the caller decides whether it is missing). */
export function checkYear(value: CellValue, place: Partial<Place>, expected: Expected): Issue[] {
  const year = readYear(value);
  if (year === 'empty') return [];
  if (year === 'invalid')
    return [issue('YEAR_INVALID', place, value, { expected: expected.year, ...reportingYearParams })];
  if (year !== expected.year)
    return [issue('YEAR_MISMATCH', place, value, { found: year, expected: expected.year })];
  return [];
}

export { EXAMPLE_COUNTRY };
