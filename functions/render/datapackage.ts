/**
 * `datapackage.json`: the open data as a Frictionless Data Package (v2), so that a data
 * journalist's tool (frictionless, R's frictionless, pandas with a Table Schema) loads every
 * table with its types at once. Each CSV is a tabular resource with its Table Schema and
 * dialect; the JSON and the workbook are listed as files. Every resource carries its size
 * and SHA-256, so the package checks its own files. Pure: bytes in, descriptor out.
 */
import { createHash } from 'node:crypto';
import type { TableSchema } from './open-data-schema.js';

export const dataPackageProfile = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** The reuse licence of the open data (a setting; CC BY 4.0 unless the Commission sets another). */
export interface OpenDataLicence {
  /** Open Definition / SPDX licence id, e.g. `CC-BY-4.0`. */
  name: string;
  title: string;
  /** The licence text's address. */
  path: string;
}

export const defaultOpenDataLicence: OpenDataLicence = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
};

/** Who publishes the open data. */
export interface OpenDataPublisher {
  title: string;
  path?: string;
  email?: string;
}

export const defaultOpenDataPublisher: OpenDataPublisher = {
  title: 'Global Alliance against Child Sexual Abuse Online',
};

/** One file of the package. */
export type PackageFile =
  | {
      kind: 'table';
      name: string;
      path: string;
      title: string;
      description: string;
      bytes: Uint8Array;
      schema: TableSchema;
    }
  | {
      kind: 'file';
      name: string;
      path: string;
      title: string;
      description: string;
      bytes: Uint8Array;
      format: string;
      mediatype: string;
    };

export interface DataPackageInput {
  /** Lower case, digits, `-`, `.` and `_`. */
  name: string;
  title: string;
  description: string;
  /** `YYYY-MM-DD` from the data (never the clock). */
  created: string;
  /** The edition, as a version `N.0.0`. */
  edition: number;
  licence: OpenDataLicence;
  publisher: OpenDataPublisher;
  /** The bundled fictitious sample: the package says so in its title and description. */
  sample: boolean;
  files: readonly PackageFile[];
}

/** How the CSVs are written (open-data.ts): a Table Dialect a reader can rely on. */
const csvDialect = {
  header: true,
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
};

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The descriptor, as an object (tests read it) and as the bytes of datapackage.json. */
export function buildDataPackage(input: DataPackageInput): Record<string, unknown> {
  const sampleNote = input.sample
    ? ' FICTITIOUS SAMPLE DATA: these figures were made up to show the software; they are not statistics of any country.'
    : '';
  return {
    $schema: dataPackageProfile,
    name: input.name,
    title: input.sample ? `${input.title} (fictitious sample data)` : input.title,
    description: `${input.description}${sampleNote}`,
    version: `${input.edition}.0.0`,
    created: `${input.created}T00:00:00Z`,
    keywords: ['child sexual abuse online', 'Global Alliance', 'progress report', 'open data'],
    licenses: [{ name: input.licence.name, path: input.licence.path, title: input.licence.title }],
    contributors: [{ ...input.publisher, roles: ['publisher'] }],
    sources: [
      {
        title:
          'Yearly reports of the Global Alliance members (national contacts’ workbooks, validated and normalized)',
      },
    ],
    resources: input.files.map((file) => {
      const common = {
        name: file.name,
        path: file.path,
        title: file.title,
        description: file.description,
        bytes: file.bytes.byteLength,
        hash: `sha256:${sha256(file.bytes)}`,
      };
      if (file.kind === 'file') return { ...common, format: file.format, mediatype: file.mediatype };
      return {
        ...common,
        type: 'table',
        format: 'csv',
        mediatype: 'text/csv',
        // UTF-8 with a byte order mark, for Excel (open-data.ts); readers that expect
        // UTF-8 skip the mark.
        encoding: 'utf-8',
        dialect: csvDialect,
        schema: file.schema,
      };
    }),
  };
}

export function renderDataPackage(input: DataPackageInput): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(buildDataPackage(input), null, 2)}\n`);
}
