/**
 * The Actions table's columns, once: the template writes these headers in this order, the
 * ingest names a field by its label in an issue, and the fixtures, samples and tests build
 * their Actions tables from the same list. (The ingest also recognises other spellings and
 * languages of each header: functions/core/ingest/headers.ts.)
 */
import type { ActionField } from './ingest/headers.js';

/** Every column a national contact fills in, in the template's order, with its English header. */
export const actionColumnLabels = {
  ref: 'Ref',
  target: 'Target',
  goal: 'Operational goal',
  title: 'Title',
  description: 'Description',
  kind: 'Kind',
  status: 'Status',
  start: 'Start',
  end: 'End',
  lead: 'Lead organisation',
  progress: 'Progress note',
} as const satisfies Partial<Record<ActionField, string>>;

/** The fields of those columns, in the template's order: `ref`, `target`, ... `progress`. */
export const actionColumnFields = Object.keys(actionColumnLabels) as ReadonlyArray<
  keyof typeof actionColumnLabels
>;

/** The Actions header row, in order: `Ref`, `Target`, ... `Progress note`. */
export const actionColumns: readonly string[] = Object.values(actionColumnLabels);
