/**
 * The Table Schemas (Frictionless Data, Table Schema v2) of the open data's tables: one
 * place that says what each column holds, so the CSV header, the Data Package and the
 * workbook's sheets cannot drift apart. Each field says what a reader needs to load the
 * column without guessing: its type, its unit, its constraints, and what an empty cell means.
 */
import { indicators, unitLabels } from '../core/framework.js';
import { statusOrder } from '../core/report/format.js';
import { reportingStates } from '../core/reporting-status.js';
import { sampleNotice } from './open-data.js';

/** A Table Schema field descriptor, with the properties this project uses. */
export interface TableField {
  name: string;
  title: string;
  description: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'year';
  format?: 'default';
  /** Boolean fields: the words the CSV writes. */
  trueValues?: string[];
  falseValues?: string[];
  /** Strings that stand for "no value" in this column (Table Schema field-level missingValues). */
  missingValues?: string[];
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: Array<string | number>;
    pattern?: string;
    minimum?: number | string;
    maximum?: number | string;
    maxLength?: number;
  };
  /** The column's unit, where it has one (a project property: Table Schema has none). */
  unit?: string;
}

export interface TableSchema {
  $schema: string;
  fields: TableField[];
  /** Strings that stand for "no value" in every column that does not say otherwise. */
  missingValues: string[];
  primaryKey: string[];
}

export const tableSchemaProfile = 'https://datapackage.org/profiles/2.0/tableschema.json';

const yesNo = { trueValues: ['yes'], falseValues: ['no'] };
/** Numbers as open data writes them (formatOpenNumber): a dot, no grouping, no exponent. */
const numberOrYesNo = '-?[0-9]+(\\.[0-9]+)?|yes|no';

const noticeField: TableField = {
  name: 'notice',
  title: 'Notice',
  description: 'Present only in the bundled sample: says on every row that the figures are fictitious.',
  type: 'string',
  constraints: { required: true, enum: [sampleNotice] },
};

const countryField: TableField = {
  name: 'country',
  title: 'Country code',
  description:
    'ISO 3166-1 alpha-2 code of the member (XK for Kosovo, a user-assigned code; GR for Greece and GB for the United Kingdom, which EU documents write EL and UK).',
  type: 'string',
  constraints: { required: true, pattern: '[A-Z]{2}' },
};

const countryNameField: TableField = {
  name: 'country_name',
  title: 'Country',
  description: 'The member’s name as the Alliance’s list of members writes it.',
  type: 'string',
  constraints: { required: true },
};

const yearField: TableField = {
  name: 'year',
  title: 'Reporting year',
  description: 'The year the figures are about (not the year they were reported in).',
  type: 'year',
  constraints: { required: true, minimum: 2012 },
};

/** The columns of data.csv and data-all-years.csv: one row per country, year and indicator. */
export function figuresFields(sample: boolean): TableField[] {
  const fields: TableField[] = [
    countryField,
    countryNameField,
    yearField,
    {
      name: 'target',
      title: 'Policy target',
      description:
        '1 identifying victims, 2 investigating and prosecuting offenders, 3 public awareness, 4 reducing the availability of child sexual abuse material online.',
      type: 'integer',
      constraints: { required: true, enum: [1, 2, 3, 4] },
    },
    {
      name: 'indicator',
      title: 'Indicator',
      description:
        'The framework’s indicator id (T1.4 is derived: the growth of T1.3 over the previous year).',
      type: 'string',
      constraints: { required: true, enum: indicators.map((i) => i.id) },
    },
    {
      name: 'indicator_name',
      title: 'Indicator name',
      description: 'The indicator’s name in the framework.',
      type: 'string',
      constraints: { required: true },
    },
    {
      name: 'value',
      title: 'Value',
      description:
        'The figure in the unit of the unit column: a number with a dot as the decimal mark and no grouping (percents from 0 to 100, not fractions), or yes / no for a yes/no indicator. Typed as text because one column holds both; read it as a number where unit is not yes/no. Empty: no data.',
      type: 'string',
      constraints: { pattern: numberOrYesNo },
    },
    {
      name: 'unit',
      title: 'Unit',
      description:
        'The unit of value and previous_value: yes/no, count, percent (0 to 100), score, FTE (full-time equivalent staff) or days.',
      type: 'string',
      constraints: { required: true, enum: Object.values(unitLabels) },
    },
    {
      name: 'estimate',
      title: 'Estimate',
      description: 'yes when the country marked the value as an estimate. Empty when there is no value.',
      type: 'boolean',
      ...yesNo,
    },
    {
      name: 'status',
      title: 'Progress status',
      description:
        'The indicator’s progress status as the reports show it (method in the reports’ methodology annex).',
      type: 'string',
      constraints: { required: true, enum: [...statusOrder] },
    },
    {
      name: 'previous_value',
      title: 'Previous value',
      description:
        'The same indicator’s value the year before, written like value and in the same unit. Empty: no value that year.',
      type: 'string',
      constraints: { pattern: numberOrYesNo },
    },
    {
      name: 'source',
      title: 'Source',
      description:
        'Where the figure comes from, as the country wrote it. Text that a spreadsheet would run as a formula starts with an apostrophe.',
      type: 'string',
    },
    {
      name: 'notes',
      title: 'Notes',
      description:
        'The country’s note on the figure, as it wrote it. Text that a spreadsheet would run as a formula starts with an apostrophe.',
      type: 'string',
    },
  ];
  return sample ? [...fields, noticeField] : fields;
}

/** The columns of reporting-status.csv: one row per member of the year. */
export function reportingStatusFields(sample: boolean): TableField[] {
  const fields: TableField[] = [
    { ...countryField, constraints: { ...countryField.constraints, unique: true } },
    countryNameField,
    yearField,
    {
      name: 'member',
      title: 'Member',
      description:
        'yes for a member of the Alliance in that year; no for a country that is not, listed because it had an accepted submission.',
      type: 'boolean',
      ...yesNo,
      constraints: { required: true },
    },
    {
      name: 'status',
      title: 'Reporting status',
      description:
        'reported: an accepted submission counts for the year; upload-rejected: the member uploaded, but every upload was rejected; not-submitted: no upload.',
      type: 'string',
      constraints: { required: true, enum: [...reportingStates] },
    },
    {
      name: 'submission_date',
      title: 'Submission date',
      description:
        'The date on the cover of the accepted upload that counts, as the reports print it. Empty when the member did not report, or gave no readable date.',
      type: 'date',
      format: 'default',
    },
    {
      name: 'last_reported_year',
      title: 'Last year reported',
      description:
        'The latest year up to and including this one with an accepted submission. Empty: the member never reported.',
      type: 'year',
    },
    {
      name: 'previous_reported_year',
      title: 'Previous year reported',
      description: 'The latest year before this one with an accepted submission. Empty: none.',
      type: 'year',
    },
    {
      name: 'late',
      title: 'Late',
      description:
        'yes when the submission date is after the deadline, no when on or before it. Empty when no deadline was set for the year, the member did not report, or there is no submission date: lateness is then unknown, not "no".',
      type: 'boolean',
      ...yesNo,
    },
    {
      name: 'deadline',
      title: 'Deadline',
      description: 'The year’s reporting deadline, inclusive. Empty: no deadline was set.',
      type: 'date',
      format: 'default',
    },
    {
      name: 'uploads',
      title: 'Uploads',
      description: 'How many files the member uploaded for the year, accepted or not.',
      type: 'integer',
      unit: 'files',
      constraints: { required: true, minimum: 0 },
    },
    {
      name: 'rejected_uploads',
      title: 'Rejected uploads',
      description:
        'How many of those uploads were rejected (a member can have a rejected upload and still report).',
      type: 'integer',
      unit: 'files',
      constraints: { required: true, minimum: 0 },
    },
  ];
  return sample ? [...fields, noticeField] : fields;
}

/** A Table Schema from its fields: empty cells are missing values everywhere. */
export function tableSchema(fields: TableField[], primaryKey: string[]): TableSchema {
  return { $schema: tableSchemaProfile, fields, missingValues: [''], primaryKey };
}
