/**
 * Every issue code the ingest can raise, with its severity and what it means. Codes are
 * stable: scripts, fixtures and the README rely on them. The wording a national contact
 * reads is in the message catalogues (functions/core/i18n/messages, keys
 * `issue.CODE.message` and `issue.CODE.hint`): the issue is written in English and keeps
 * its parameters, so that it can be written again in the contact's language.
 * The reader's own codes (FILE_*, ARCHIVE_*, TOO_MANY_*, FIELD_TOO_LARGE, CSV_*) are
 * listed in functions/core/read/codes.ts and worded in the same catalogues.
 */
import { translateEnglish } from '../i18n/english.js';
import { displayValue, type Issue, makeIssue, type Place, type Severity } from '../issues.js';

export interface IssueDefinition {
  code: string;
  severity: Severity;
  /** One line for the catalogue (README, `validate --codes`), in English. */
  summary: string;
}

const definitions = [
  // Whole file and cover
  {
    code: 'NO_TABLE_FOUND',
    severity: 'error',
    summary: 'No sheet has a header row of the Indicators or Actions table.',
  },
  {
    code: 'TABLE_EMPTY',
    severity: 'error',
    summary:
      'Every table of the upload has its header row but no lines: accepting it would replace the data sent before with nothing.',
  },
  {
    code: 'TABLE_EMPTY_SKIPPED',
    severity: 'warning',
    summary: 'One table of the upload has no lines while another has: the empty one was left out.',
  },
  {
    code: 'SHEET_HIDDEN',
    severity: 'warning',
    summary: 'A hidden sheet held a table or the cover: its content was read like any other.',
  },
  {
    code: 'COUNTRY_MISSING',
    severity: 'error',
    summary: 'The cover has no country.',
  },
  {
    code: 'COUNTRY_UNKNOWN',
    severity: 'error',
    summary: 'The country named is not a member of the Alliance, or is misspelt.',
  },
  {
    code: 'COUNTRY_MISMATCH',
    severity: 'error',
    summary: 'The file names another country than the one it was uploaded for.',
  },
  {
    code: 'YEAR_MISSING',
    severity: 'error',
    summary: 'The cover has no reporting year.',
  },
  {
    code: 'YEAR_INVALID',
    severity: 'error',
    summary: 'The reporting year is not a four-digit year.',
  },
  {
    code: 'YEAR_MISMATCH',
    severity: 'error',
    summary: 'The file is for another year than the one it was uploaded under.',
  },
  {
    code: 'COVER_DATE_INVALID',
    severity: 'warning',
    summary: 'The cover’s date could not be read as a date; it was left out.',
  },
  // Columns
  {
    code: 'COLUMN_MISSING',
    severity: 'error',
    summary:
      'A required column of the table is missing (Indicator and Value; Ref, Target, Title, Kind and Status).',
  },
  {
    code: 'COLUMN_DUPLICATE',
    severity: 'error',
    summary: 'Two columns of one table mean the same thing, so it is unclear which one counts.',
  },
  {
    code: 'COLUMN_IGNORED',
    severity: 'warning',
    summary: 'A column the ingest does not know was ignored (one warning per column).',
  },
  // Indicators
  {
    code: 'INDICATOR_MISSING',
    severity: 'error',
    summary: 'A line of the Indicators table has figures but does not say which indicator they are for.',
  },
  {
    code: 'INDICATOR_UNKNOWN',
    severity: 'error',
    summary: 'The indicator named is not in the framework.',
  },
  {
    code: 'INDICATOR_DUPLICATE',
    severity: 'error',
    summary: 'The same indicator is given twice with different values.',
  },
  {
    code: 'INDICATOR_DUPLICATE_SAME_VALUE',
    severity: 'warning',
    summary: 'The same indicator is given twice with the same value; the first line counts.',
  },
  {
    code: 'INDICATOR_NO_DATA',
    severity: 'warning',
    summary: 'An indicator the framework asks for has no value.',
  },
  {
    code: 'DERIVED_INDICATOR_IGNORED',
    severity: 'warning',
    summary: 'A value was typed for a computed indicator (T1.4); it was ignored.',
  },
  {
    code: 'VALUE_NOT_A_NUMBER',
    severity: 'error',
    summary: 'A number was expected (count, percent, score, FTE, days) but the cell holds something else.',
  },
  {
    code: 'VALUE_NEGATIVE',
    severity: 'error',
    summary: 'A count, percent, FTE or number of days is below zero.',
  },
  {
    code: 'VALUE_NOT_WHOLE',
    severity: 'error',
    summary: 'A count or score has decimals.',
  },
  {
    code: 'VALUE_OUT_OF_RANGE',
    severity: 'error',
    summary: 'A percent is above 100, or a score is outside its range.',
  },
  {
    code: 'VALUE_NOT_YES_NO',
    severity: 'error',
    summary: 'A yes/no answer was expected.',
  },
  {
    code: 'VALUE_ESTIMATE',
    severity: 'warning',
    summary:
      'A value was written as an estimate (approx. 300, ~300, >300): read as 300 and marked as an estimate.',
  },
  {
    code: 'UNIT_MISMATCH',
    severity: 'error',
    summary: 'The unit given is not the framework’s and cannot be converted to it.',
  },
  {
    code: 'UNIT_CONVERTED',
    severity: 'warning',
    summary: 'The unit given differs from the framework’s but converts (fraction to percent, hours to days).',
  },
  {
    code: 'CONVICTED_ABOVE_PROSECUTED',
    severity: 'warning',
    summary: 'Offenders convicted (T2.4) is above offenders prosecuted (T2.3).',
  },
  {
    code: 'CHANGE_OVER_50_PERCENT',
    severity: 'warning',
    summary: 'A value changed by more than 50% (either way) from last year’s accepted value.',
  },
  {
    code: 'TEXT_LOOKS_LIKE_FORMULA',
    severity: 'warning',
    summary: 'Text starts with =, +, - or @: kept as text, never exported so that it runs.',
  },
  // Actions
  {
    code: 'TARGET_UNKNOWN',
    severity: 'error',
    summary: 'The target named is none of the four policy targets.',
  },
  {
    code: 'ACTION_TARGET_MISSING',
    severity: 'error',
    summary: 'An action has no target.',
  },
  {
    code: 'ACTION_GOAL_UNKNOWN',
    severity: 'error',
    summary: 'The operational goal named is not a goal of the action’s target.',
  },
  {
    code: 'ACTION_REF_MISSING',
    severity: 'error',
    summary: 'An action has no Ref.',
  },
  {
    code: 'ACTION_REF_DUPLICATE',
    severity: 'error',
    summary: 'Two actions have the same Ref.',
  },
  {
    code: 'ACTION_TITLE_MISSING',
    severity: 'error',
    summary: 'An action has no title.',
  },
  {
    code: 'ACTION_KIND_MISSING',
    severity: 'error',
    summary: 'An action does not say whether it is a baseline or a commitment.',
  },
  {
    code: 'ACTION_KIND_UNKNOWN',
    severity: 'error',
    summary: 'An action’s kind is neither baseline nor commitment.',
  },
  {
    code: 'ACTION_STATUS_MISSING',
    severity: 'error',
    summary: 'An action has no status.',
  },
  {
    code: 'ACTION_STATUS_UNKNOWN',
    severity: 'error',
    summary: 'An action’s status is not one of planned, in-progress, completed, discontinued.',
  },
  {
    code: 'ACTION_DATE_INVALID',
    severity: 'error',
    summary: 'An action’s start or end is not a date we can read.',
  },
  {
    code: 'DATE_AMBIGUOUS',
    severity: 'warning',
    summary: 'A date such as 01/03/2014 could be read day first or month first; it was read day first.',
  },
  {
    code: 'ACTION_END_BEFORE_START',
    severity: 'warning',
    summary: 'An action ends before it starts.',
  },
  {
    code: 'RULE_FAILED',
    severity: 'error',
    summary: 'A check could not run on this upload (a fault on our side); the upload is not accepted.',
  },
  // The reporting period (core/cycle/period.ts): the file is refused unread.
  {
    code: 'UPLOAD_NOT_OPEN',
    severity: 'error',
    summary:
      'The upload came before the year’s uploads open (the period staff set): it was not read; send it again once uploads are open.',
  },
  {
    code: 'UPLOAD_CLOSED',
    severity: 'error',
    summary:
      'The upload came after the year closed (the period staff set): it was not read; the Commission staff can reopen the year.',
  },
] as const satisfies readonly IssueDefinition[];

export type IssueCode = (typeof definitions)[number]['code'];

/** Every code the ingest raises, with severity, meaning and wording, in a stable order. */
export const issueCatalogue: readonly IssueDefinition[] = definitions;

const byCode = new Map<string, IssueDefinition>(definitions.map((d) => [d.code, d]));

export type IssueParams = Readonly<Record<string, string | number | null | undefined>>;

/** Builds an issue of a catalogued code at a place, with its value and message parameters (written in English). */
export function issue(
  code: IssueCode,
  place: Partial<Place>,
  value: unknown,
  params: IssueParams = {},
): Issue {
  const def = byCode.get(code);
  if (!def) throw new RangeError(`Uncatalogued issue code ${code}`);
  const kept: Record<string, string | number> = { value: displayValue(value) ?? '' };
  for (const [name, v] of Object.entries(params)) if (v !== null && v !== undefined) kept[name] = v;
  const built = makeIssue(
    def.code,
    def.severity,
    place,
    value,
    translateEnglish(`issue.${code}.message`, kept),
    translateEnglish(`issue.${code}.hint`, kept),
  );
  return { ...built, params: kept };
}
