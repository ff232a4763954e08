/**
 * Every issue code the ingest can raise, with its severity, what it means, and the
 * wording a national contact reads. Codes are stable: scripts, fixtures and the README
 * rely on them. Messages and hints are templates: `{name}` is filled from the issue's
 * parameters (the thing in the person's terms, the value, the expected form...).
 * The reader's own codes (FILE_*, ARCHIVE_*, TOO_MANY_*, FIELD_TOO_LARGE, CSV_*) are
 * passed through unchanged and are not listed here.
 */
import { displayValue, type Issue, makeIssue, type Place, type Severity } from '../issues.js';

export interface IssueDefinition {
  code: string;
  severity: Severity;
  /** One line for the catalogue (README, `validate --codes`). */
  summary: string;
  /** What the person reads; `{param}` placeholders. */
  message: string;
  /** How to fix it; `{param}` placeholders. */
  hint: string;
}

const definitions = [
  // Whole file and cover
  {
    code: 'NO_TABLE_FOUND',
    severity: 'error',
    summary: 'No sheet has a header row of the Indicators or Actions table.',
    message: 'No Indicators or Actions table was found in this file.',
    hint: 'Keep the header row of the template (Indicator, Value, ... or Ref, Target, Title, ...) above your figures, or download the template again and copy your figures into it.',
  },
  {
    code: 'TABLE_EMPTY',
    severity: 'error',
    summary:
      'Every table of the upload has its header row but no lines: accepting it would replace the data sent before with nothing.',
    message: 'The {table} table has a header row but no lines under it.',
    hint: 'Type your figures or actions in the lines under the header row and upload again. If you meant to keep what you sent before, there is no need to upload this file.',
  },
  {
    code: 'TABLE_EMPTY_SKIPPED',
    severity: 'warning',
    summary: 'One table of the upload has no lines while another has: the empty one was left out.',
    message:
      'The {table} table has no lines, so it was left out: what you sent before for it (if anything) still counts.',
    hint: 'No action is needed. To replace it, fill in the {table} table and upload again.',
  },
  {
    code: 'SHEET_HIDDEN',
    severity: 'warning',
    summary: 'A hidden sheet held a table or the cover: its content was read like any other.',
    message: 'The sheet "{sheet}" is hidden, but it holds the {role}: its content was read and counts.',
    hint: 'If this sheet is an old copy, delete it and upload again; otherwise you can unhide it.',
  },
  {
    code: 'COUNTRY_MISSING',
    severity: 'error',
    summary: 'The cover has no country.',
    message: 'The cover does not say which country this report is for.',
    hint: 'Type your country’s name (for example {expected}) next to "Country" on the Cover sheet.',
  },
  {
    code: 'COUNTRY_UNKNOWN',
    severity: 'error',
    summary: 'The country named is not a member of the Alliance, or is misspelt.',
    message: '"{value}" is not a member country we recognise.',
    hint: 'Type the country’s English name or its two-letter code, for example {expected}.',
  },
  {
    code: 'COUNTRY_MISMATCH',
    severity: 'error',
    summary: 'The file names another country than the one it was uploaded for.',
    message: 'The file is for {found}, but it was uploaded for {expected}.',
    hint: 'Upload it under {found}, or correct the country in the file if it is really for {expected}.',
  },
  {
    code: 'YEAR_MISSING',
    severity: 'error',
    summary: 'The cover has no reporting year.',
    message: 'The cover does not say which year this report is for.',
    hint: 'Type the reporting year as four digits, for example {expected}, next to "Reporting year" on the Cover sheet.',
  },
  {
    code: 'YEAR_INVALID',
    severity: 'error',
    summary: 'The reporting year is not a four-digit year.',
    message: '"{value}" is not a reporting year.',
    hint: 'Type the year as four digits, for example {expected}.',
  },
  {
    code: 'YEAR_MISMATCH',
    severity: 'error',
    summary: 'The file is for another year than the one it was uploaded under.',
    message: 'The file is for {found}, but it was uploaded under the year {expected}.',
    hint: 'Upload it under {found}, or correct the year in the file if it is really for {expected}.',
  },
  {
    code: 'COVER_DATE_INVALID',
    severity: 'warning',
    summary: 'The cover’s date could not be read as a date; it was left out.',
    message: 'The date on the cover, "{value}", is not a date we can read, so it was left out.',
    hint: 'Type the date as 2014-03-01 (year, month, day).',
  },
  // Columns
  {
    code: 'COLUMN_MISSING',
    severity: 'error',
    summary:
      'A required column of the table is missing (Indicator and Value; Ref, Target, Title, Kind and Status).',
    message: 'The {table} table has no "{column}" column.',
    hint: 'Add a column headed "{column}" to the header row (row {row}), or download the template again and copy your figures into it.',
  },
  {
    code: 'COLUMN_DUPLICATE',
    severity: 'error',
    summary: 'Two columns of one table mean the same thing, so it is unclear which one counts.',
    message: 'The {table} table has two "{column}" columns ({first} and {second}).',
    hint: 'Delete or rename one of the two columns, so that only one holds the {column}.',
  },
  {
    code: 'COLUMN_IGNORED',
    severity: 'warning',
    summary: 'A column the ingest does not know was ignored (one warning per column).',
    message: 'The column "{value}" is not part of the {table} table and was ignored.',
    hint: 'If it holds something the report needs, move it into the Notes column; otherwise you can leave or delete it.',
  },
  // Indicators
  {
    code: 'INDICATOR_MISSING',
    severity: 'error',
    summary: 'A line of the Indicators table has figures but does not say which indicator they are for.',
    message: 'This line has a value but no indicator.',
    hint: 'Type the indicator’s id (such as T1.2) in the Indicator column, or delete the line.',
  },
  {
    code: 'INDICATOR_UNKNOWN',
    severity: 'error',
    summary: 'The indicator named is not in the framework.',
    message: '"{value}" is not an indicator of the framework.',
    hint: 'Use an indicator id from the template, such as T1.2, or its exact name.',
  },
  {
    code: 'INDICATOR_DUPLICATE',
    severity: 'error',
    summary: 'The same indicator is given twice with different values.',
    message: '{indicator} is given twice with different values: {first} (row {firstRow}) and {second}.',
    hint: 'Keep one line for this indicator, with the right value, and delete the other.',
  },
  {
    code: 'INDICATOR_DUPLICATE_SAME_VALUE',
    severity: 'warning',
    summary: 'The same indicator is given twice with the same value; the first line counts.',
    message: '{indicator} is given twice (also on row {firstRow}), with the same value.',
    hint: 'Delete one of the two lines.',
  },
  {
    code: 'INDICATOR_NO_DATA',
    severity: 'warning',
    summary: 'An indicator the framework asks for has no value.',
    message: '{indicator} has no value.',
    hint: 'Type the figure if you have it; leave it empty only if you have no data.',
  },
  {
    code: 'DERIVED_INDICATOR_IGNORED',
    severity: 'warning',
    summary: 'A value was typed for a computed indicator (T1.4); it was ignored.',
    message:
      '{indicator} is computed from this year’s and last year’s figures, so the value typed was ignored.',
    hint: 'Leave this cell empty; give {from} instead.',
  },
  {
    code: 'VALUE_NOT_A_NUMBER',
    severity: 'error',
    summary: 'A number was expected (count, percent, score, FTE, days) but the cell holds something else.',
    message: 'The value of {indicator} must be {expected}, but the cell holds "{value}".',
    hint: '{example}',
  },
  {
    code: 'VALUE_NEGATIVE',
    severity: 'error',
    summary: 'A count, percent, FTE or number of days is below zero.',
    message: 'The value of {indicator} cannot be negative ({value}).',
    hint: '{example}',
  },
  {
    code: 'VALUE_NOT_WHOLE',
    severity: 'error',
    summary: 'A count or score has decimals.',
    message: 'The value of {indicator} must be a whole number, but it is {value}.',
    hint: '{example} If 1.234 means one thousand two hundred and thirty-four, type 1234.',
  },
  {
    code: 'VALUE_OUT_OF_RANGE',
    severity: 'error',
    summary: 'A percent is above 100, or a score is outside its range.',
    message: 'The value of {indicator} must be {expected}, but it is {value}.',
    hint: '{example}',
  },
  {
    code: 'VALUE_NOT_YES_NO',
    severity: 'error',
    summary: 'A yes/no answer was expected.',
    message: 'The {field} must be yes or no, but the cell holds "{value}".',
    hint: 'Type yes or no, or leave the cell empty if you do not know.',
  },
  {
    code: 'VALUE_ESTIMATE',
    severity: 'warning',
    summary:
      'A value was written as an estimate (approx. 300, ~300, >300): read as 300 and marked as an estimate.',
    message: 'The value of {indicator}, "{value}", was read as {number} and marked as an estimate.',
    hint: 'If that is right, nothing to do. Next time type the number alone and choose yes in the Estimate column.',
  },
  {
    code: 'UNIT_MISMATCH',
    severity: 'error',
    summary: 'The unit given is not the framework’s and cannot be converted to it.',
    message: '{indicator} is measured in {expected}, but the unit given is "{value}".',
    hint: 'Give the figure in {expected} and correct the Unit cell (or leave it empty).',
  },
  {
    code: 'UNIT_CONVERTED',
    severity: 'warning',
    summary: 'The unit given differs from the framework’s but converts (fraction to percent, hours to days).',
    message: '{indicator} was given in {from} ({value}) and converted to {number} {to}.',
    hint: 'Check the converted figure. Next time give it in {to}.',
  },
  {
    code: 'CONVICTED_ABOVE_PROSECUTED',
    severity: 'warning',
    summary: 'Offenders convicted (T2.4) is above offenders prosecuted (T2.3).',
    message: 'Offenders convicted (T2.4), {convicted}, is above offenders prosecuted (T2.3), {prosecuted}.',
    hint: 'Check both figures. If convictions include cases prosecuted in earlier years, say so in the Notes.',
  },
  {
    code: 'CHANGE_OVER_50_PERCENT',
    severity: 'warning',
    summary: 'A value changed by more than 50% (either way) from last year’s accepted value.',
    message: '{indicator} changed from {previous} last year to {current} this year ({change}).',
    hint: 'Check the figure. If it is right, a word in the Notes on why it changed helps readers of the report.',
  },
  {
    code: 'TEXT_LOOKS_LIKE_FORMULA',
    severity: 'warning',
    summary: 'Text starts with =, +, - or @: kept as text, never exported so that it runs.',
    message:
      'The {field} starts with "{first}", which a spreadsheet program could run as a formula. It was kept as text.',
    hint: 'If it is meant as text, nothing to do; you may start it with a letter or a word instead.',
  },
  // Actions
  {
    code: 'TARGET_UNKNOWN',
    severity: 'error',
    summary: 'The target named is none of the four policy targets.',
    message: '"{value}" is not one of the four policy targets.',
    hint: 'Type the target’s number (1, 2, 3 or 4) or its short name: Victims, Investigations, Awareness, Availability.',
  },
  {
    code: 'ACTION_TARGET_MISSING',
    severity: 'error',
    summary: 'An action has no target.',
    message: 'The action {ref} has no policy target.',
    hint: 'Type the target’s number (1, 2, 3 or 4) or its short name in the Target column.',
  },
  {
    code: 'ACTION_GOAL_UNKNOWN',
    severity: 'error',
    summary: 'The operational goal named is not a goal of the action’s target.',
    message: '"{value}" is not an operational goal of {target}.',
    hint: 'Use one of {goals}, or leave the cell empty.',
  },
  {
    code: 'ACTION_REF_MISSING',
    severity: 'error',
    summary: 'An action has no Ref.',
    message: 'The action "{title}" has no Ref.',
    hint: 'Give each action a short reference that stays the same from year to year, such as FR-1-01.',
  },
  {
    code: 'ACTION_REF_DUPLICATE',
    severity: 'error',
    summary: 'Two actions have the same Ref.',
    message: 'The Ref "{value}" is used twice (also on row {firstRow}).',
    hint: 'Give each action its own Ref. If both lines are the same action, keep one.',
  },
  {
    code: 'ACTION_TITLE_MISSING',
    severity: 'error',
    summary: 'An action has no title.',
    message: 'The action {ref} has no title.',
    hint: 'Type a short title that says what the action is.',
  },
  {
    code: 'ACTION_KIND_MISSING',
    severity: 'error',
    summary: 'An action does not say whether it is a baseline or a commitment.',
    message: 'The action {ref} has no kind.',
    hint: 'Type baseline (already undertaken) or commitment (to be undertaken).',
  },
  {
    code: 'ACTION_KIND_UNKNOWN',
    severity: 'error',
    summary: 'An action’s kind is neither baseline nor commitment.',
    message: 'The kind of action {ref}, "{value}", is not baseline or commitment.',
    hint: 'Type baseline (already undertaken) or commitment (to be undertaken).',
  },
  {
    code: 'ACTION_STATUS_MISSING',
    severity: 'error',
    summary: 'An action has no status.',
    message: 'The action {ref} has no status.',
    hint: 'Type one of: planned, in-progress, completed, discontinued.',
  },
  {
    code: 'ACTION_STATUS_UNKNOWN',
    severity: 'error',
    summary: 'An action’s status is not one of planned, in-progress, completed, discontinued.',
    message: 'The status of action {ref}, "{value}", is not one we know.',
    hint: 'Type one of: planned, in-progress, completed, discontinued.',
  },
  {
    code: 'ACTION_DATE_INVALID',
    severity: 'error',
    summary: 'An action’s start or end is not a date we can read.',
    message: 'The {field} of action {ref}, "{value}", is not a date we can read.',
    hint: 'Type a date as 2014-03-01, a month as 2014-03, a quarter as Q3 2014, or a year as 2014.',
  },
  {
    code: 'DATE_AMBIGUOUS',
    severity: 'warning',
    summary: 'A date such as 01/03/2014 could be read day first or month first; it was read day first.',
    message: 'The {field} of action {ref}, "{value}", was read day first, as {date}.',
    hint: 'If it is month first, correct it. Writing dates as 2014-03-01 (year, month, day) avoids the doubt.',
  },
  {
    code: 'ACTION_END_BEFORE_START',
    severity: 'warning',
    summary: 'An action ends before it starts.',
    message: 'The action {ref} ends ({end}) before it starts ({start}).',
    hint: 'Check the Start and End dates; one of them may have the day and month swapped.',
  },
  {
    code: 'RULE_FAILED',
    severity: 'error',
    summary: 'A check could not run on this upload (a fault on our side); the upload is not accepted.',
    message: 'The check "{rule}" could not be completed on this file.',
    hint: 'Upload the file again later. If it happens again, contact the Alliance secretariat.',
  },
] as const satisfies readonly IssueDefinition[];

export type IssueCode = (typeof definitions)[number]['code'];

/** Every code the ingest raises, with severity, meaning and wording, in a stable order. */
export const issueCatalogue: readonly IssueDefinition[] = definitions;

const byCode = new Map<string, IssueDefinition>(definitions.map((d) => [d.code, d]));

export type IssueParams = Readonly<Record<string, string | number | null | undefined>>;

/** Fills `{name}` placeholders; an unknown name becomes empty, so data can never inject a placeholder. */
export function fillTemplate(template: string, params: IssueParams): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
    const v = Object.hasOwn(params, name) ? params[name] : undefined;
    return v === null || v === undefined ? '' : String(v);
  });
}

/** Builds an issue of a catalogued code at a place, with its value and message parameters. */
export function issue(
  code: IssueCode,
  place: Partial<Place>,
  value: unknown,
  params: IssueParams = {},
): Issue {
  const def = byCode.get(code);
  if (!def) throw new RangeError(`Uncatalogued issue code ${code}`);
  const all: IssueParams = { value: displayValue(value) ?? '', ...params };
  return makeIssue(
    def.code,
    def.severity,
    place,
    value,
    fillTemplate(def.message, all),
    fillTemplate(def.hint, all),
  );
}
