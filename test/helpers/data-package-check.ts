/**
 * Checks a Data Package folder as the `frictionless validate` command would: the descriptor
 * against the standard's rules (data-package-profile.ts, with ajv), the rules JSON Schema
 * cannot say (unique resource and field names, keys naming fields), each file's size and
 * hash, and every row of every CSV resource against its Table Schema (the header matches
 * the fields in order, each cell casts to its type, required, enum, pattern, minimum,
 * maximum, unique, the primary key). Returns the problems found, as lines; none is valid.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'csv-parse/sync';
import { dataPackageProfile } from './data-package-profile.js';

interface Field {
  name: string;
  type?: string;
  format?: string;
  trueValues?: string[];
  falseValues?: string[];
  missingValues?: Array<string | { value: string }>;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: unknown[];
    pattern?: string;
    minimum?: number | string;
    maximum?: number | string;
    minLength?: number;
    maxLength?: number;
  };
}

interface Schema {
  fields: Field[];
  missingValues?: Array<string | { value: string }>;
  primaryKey?: string | string[];
  uniqueKeys?: string[][];
}

interface Resource {
  name: string;
  path: string;
  type?: string;
  bytes?: number;
  hash?: string;
  encoding?: string;
  dialect?: { delimiter?: string; header?: boolean; quoteChar?: string };
  schema?: Schema;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validateDescriptor = ajv.compile(dataPackageProfile);

type Logical = string | number | boolean | null;

const defaultTrue = ['true', 'True', 'TRUE', '1'];
const defaultFalse = ['false', 'False', 'FALSE', '0'];

function isCalendarDate(text: string): boolean {
  const match = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A cell's logical value by the field's type, or an Error saying why it does not cast. */
export function castCell(field: Field, text: string): Logical | Error {
  const type = field.type ?? 'any';
  switch (type) {
    case 'any':
    case 'string':
      return text;
    case 'integer':
      return /^[+-]?\d+$/.test(text) ? Number(text) : new Error(`"${text}" is not an integer`);
    case 'number':
      if (/^(nan|inf|-inf)$/i.test(text)) return Number(text.replace(/inf/i, 'Infinity'));
      return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)
        ? Number(text)
        : new Error(`"${text}" is not a number`);
    case 'boolean': {
      if ((field.trueValues ?? defaultTrue).includes(text)) return true;
      if ((field.falseValues ?? defaultFalse).includes(text)) return false;
      return new Error(`"${text}" is not one of the boolean values`);
    }
    case 'year':
      return /^-?\d{4,}$/.test(text) ? Number(text) : new Error(`"${text}" is not a year`);
    case 'date':
      if (field.format && field.format !== 'default')
        return new Error(`date format ${field.format} not checked`);
      return isCalendarDate(text) ? text : new Error(`"${text}" is not a yyyy-mm-dd date`);
    default:
      return new Error(`type ${type} is not checked by this validator`);
  }
}

function missingOf(field: Field, schema: Schema): string[] {
  const list = field.missingValues ?? schema.missingValues ?? [''];
  return list.map((m) => (typeof m === 'string' ? m : m.value));
}

/** A constraint value in the field's logical form (constraints may be written as strings). */
function logicalConstraint(field: Field, value: unknown): Logical | Error {
  if (typeof value === 'string' && field.type !== 'string' && field.type !== 'date')
    return castCell(field, value);
  return value as Logical;
}

/** Problems of one CSV against its Table Schema. */
export function checkRows(resource: Resource, text: string): string[] {
  const schema = resource.schema;
  if (!schema) return [`${resource.name}: a table without a schema`];
  const problems: string[] = [];
  const rows: string[][] = parse(text, {
    delimiter: resource.dialect?.delimiter ?? ',',
    quote: resource.dialect?.quoteChar ?? '"',
    bom: true,
    relax_column_count: true,
  });
  const [header, ...data] = rows;
  const names = schema.fields.map((f) => f.name);
  // fieldsMatch "exact" (the default): the same fields, in number and order.
  if (JSON.stringify(header) !== JSON.stringify(names))
    problems.push(
      `${resource.name}: header ${JSON.stringify(header)} is not the fields ${JSON.stringify(names)}`,
    );
  const primaryKey = typeof schema.primaryKey === 'string' ? [schema.primaryKey] : (schema.primaryKey ?? []);
  const seen = new Map<string, Set<string>>();
  const keys = new Set<string>();
  data.forEach((row, r) => {
    const line = r + 2;
    if (row.length !== names.length)
      problems.push(`${resource.name} row ${line}: ${row.length} cells for ${names.length} fields`);
    const logical: Record<string, Logical> = {};
    schema.fields.forEach((field, c) => {
      const cell = row[c] ?? '';
      const where = `${resource.name} row ${line} ${field.name}`;
      const isMissing = missingOf(field, schema).includes(cell);
      const value = isMissing ? null : castCell(field, cell);
      if (value instanceof Error) {
        problems.push(`${where}: ${value.message}`);
        return;
      }
      logical[field.name] = value;
      const k = field.constraints ?? {};
      if (value === null) {
        if (k.required || primaryKey.includes(field.name)) problems.push(`${where}: required, but empty`);
        return;
      }
      if (k.enum) {
        const allowed = k.enum.map((e) => logicalConstraint(field, e));
        if (!allowed.includes(value)) problems.push(`${where}: "${cell}" is not in the enum`);
      }
      if (k.pattern !== undefined && !new RegExp(`^(?:${k.pattern})$`, 'u').test(String(value)))
        problems.push(`${where}: "${cell}" does not match ${k.pattern}`);
      for (const [name, bound, fails] of [
        ['minimum', k.minimum, (v: Logical, b: Logical) => (v as number | string) < (b as number | string)],
        ['maximum', k.maximum, (v: Logical, b: Logical) => (v as number | string) > (b as number | string)],
      ] as const) {
        if (bound === undefined) continue;
        const b = logicalConstraint(field, bound);
        if (b instanceof Error) problems.push(`${where}: ${name} ${bound} does not cast`);
        else if (fails(value, b)) problems.push(`${where}: ${cell} is beyond the ${name} ${bound}`);
      }
      if (k.maxLength !== undefined && String(value).length > k.maxLength)
        problems.push(`${where}: longer than ${k.maxLength}`);
      if (k.unique) {
        const set = seen.get(field.name) ?? new Set<string>();
        if (set.has(String(value))) problems.push(`${where}: "${cell}" is not unique`);
        set.add(String(value));
        seen.set(field.name, set);
      }
    });
    if (primaryKey.length > 0) {
      const key = JSON.stringify(primaryKey.map((n) => logical[n]));
      if (keys.has(key)) problems.push(`${resource.name} row ${line}: primary key ${key} repeated`);
      keys.add(key);
    }
  });
  return problems;
}

/** Problems of the descriptor that JSON Schema cannot express. */
function checkDescriptorRules(resources: Resource[]): string[] {
  const problems: string[] = [];
  const names = resources.map((r) => r.name);
  for (const name of new Set(names))
    if (names.filter((n) => n === name).length > 1) problems.push(`resource name ${name} is not unique`);
  for (const r of resources) {
    if (r.type === 'table' && !r.schema) problems.push(`${r.name}: a table resource has no schema`);
    if (!r.schema) continue;
    const fields = r.schema.fields.map((f) => f.name);
    for (const name of new Set(fields))
      if (fields.filter((n) => n === name).length > 1) problems.push(`${r.name}: field ${name} twice`);
    const pk = typeof r.schema.primaryKey === 'string' ? [r.schema.primaryKey] : (r.schema.primaryKey ?? []);
    for (const key of [...pk, ...(r.schema.uniqueKeys ?? []).flat()])
      if (!fields.includes(key)) problems.push(`${r.name}: key field ${key} is not a field`);
    for (const f of r.schema.fields)
      for (const e of f.constraints?.enum ?? [])
        if (logicalConstraint(f, e) instanceof Error)
          problems.push(`${r.name}.${f.name}: enum value ${e} does not cast`);
  }
  return problems;
}

/** Every problem of the package in `dir` (datapackage.json and the files it lists). */
export async function checkDataPackage(dir: string): Promise<string[]> {
  const descriptor = JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8'));
  const problems: string[] = [];
  if (!validateDescriptor(descriptor))
    for (const e of validateDescriptor.errors ?? [])
      problems.push(`descriptor ${e.instancePath || '/'}: ${e.message}`);
  const resources: Resource[] = Array.isArray(descriptor.resources) ? descriptor.resources : [];
  problems.push(...checkDescriptorRules(resources));
  for (const r of resources) {
    if (typeof r.path !== 'string') continue;
    const bytes = await readFile(join(dir, r.path)).catch(() => undefined);
    if (!bytes) {
      problems.push(`${r.name}: ${r.path} is missing`);
      continue;
    }
    if (r.bytes !== undefined && r.bytes !== bytes.byteLength)
      problems.push(`${r.name}: bytes ${r.bytes}, file has ${bytes.byteLength}`);
    if (r.hash) {
      const [algorithm, digest] = r.hash.includes(':') ? r.hash.split(':') : ['md5', r.hash];
      if (createHash(algorithm!).update(bytes).digest('hex') !== digest)
        problems.push(`${r.name}: hash differs`);
    }
    if (r.type !== 'table') continue;
    let text: string;
    try {
      text = new TextDecoder(r.encoding ?? 'utf-8', { fatal: true }).decode(bytes);
    } catch {
      problems.push(`${r.name}: not ${r.encoding ?? 'utf-8'}`);
      continue;
    }
    problems.push(...checkRows(r, text));
  }
  return problems;
}
