/**
 * Where everything lives, in one place. Two buckets (or two folders of the embedded store):
 *
 * uploads bucket (national contacts write here, through presigned POSTs; versioned, never deleted)
 *   <year>/<CC>/<file>                                  an original upload, exactly as sent
 *
 * data bucket (only the pipeline writes here)
 *   uploads/<year>/<CC>/<uploadId>/validation.json       every processed upload: accepted or not, its issues
 *   uploads/<year>/<CC>/<uploadId>/submission.json       the normalized submission, accepted uploads only
 *   current/<year>/<CC>/<table>.json                     which accepted upload counts for that table
 *   drafts/<year>/<CC>.{pdf,html}                        draft reports, re-rendered on each accepted upload
 *   drafts/<year>/consolidated.{pdf,html}
 *   published/<year>/edition-<n>/<relative output name>  a published edition (never overwritten)
 *   published/<year>/edition-<n>/manifest.json           written last: an edition exists once its manifest does
 *   control/<year>/ready.json                            staff marked the year ready to publish
 *   control/fictitious-sample-data                       this store holds the bundled fictitious
 *                                                        sample: every report rendered from it says so
 *
 * The relative output names of a year (`<CC>.pdf`, `consolidated.html`, `data.csv`,
 * `validation/<CC>.json`, `manifest.json`) are the same in the command line's --out folder
 * (under `<year>/`) and in a published edition.
 */
import { createHash } from 'node:crypto';

export type Table = 'indicators' | 'actions';

const countryPattern = /^[A-Z]{2}$/;

/** The parts of an uploads-bucket key, or undefined when it is not `<year>/<CC>/<file>`. */
export function parseUploadKey(key: string): { year: number; country: string; fileName: string } | undefined {
  const match = key.match(/^(\d{4})\/([A-Z]{2})\/([^/]+)$/);
  if (!match) return undefined;
  return { year: Number(match[1]), country: match[2]!, fileName: match[3]! };
}

export function uploadKey(year: number, country: string, fileName: string): string {
  assertCountry(country);
  if (!fileName || fileName.includes('/') || fileName.startsWith('.'))
    throw new RangeError(`Not a file name: ${fileName}`);
  return `${year}/${country}/${fileName}`;
}

/**
 * A stable id for one version of one uploaded object: the same S3 event delivered twice
 * maps to the same id, so processing it twice writes the same records.
 */
export function uploadId(key: string, versionOrEtag: string): string {
  return createHash('sha256').update(`${key}\0${versionOrEtag}`).digest('hex').slice(0, 24);
}

/** The two buckets as sub-folders of a local store folder (command line, local portal). */
export const localStoreFolders = { uploads: 'uploads', data: 'data' } as const;

/** The top-level prefixes of the data bucket (the stack's IAM grants are scoped to these). */
export const dataRoots = {
  uploads: 'uploads/',
  current: 'current/',
  drafts: 'drafts/',
  published: 'published/',
  control: 'control/',
} as const;

/** The uploads bucket's prefix of a year, or of a country's year: `<year>/` or `<year>/<CC>/`. */
export function uploadPrefix(year: number, country?: string): string {
  if (country !== undefined) assertCountry(country);
  return country ? `${year}/${country}/` : `${year}/`;
}

export const dataKeys = {
  validation: (year: number, country: string, id: string) =>
    `${dataRoots.uploads}${year}/${country}/${id}/validation.json`,
  submission: (year: number, country: string, id: string) =>
    `${dataRoots.uploads}${year}/${country}/${id}/submission.json`,
  uploadsPrefix: (year: number, country?: string) =>
    country ? `${dataRoots.uploads}${year}/${country}/` : `${dataRoots.uploads}${year}/`,
  current: (year: number, country: string, table: Table) =>
    `${dataRoots.current}${year}/${country}/${table}.json`,
  currentPrefix: (year: number, country?: string) =>
    country ? `${dataRoots.current}${year}/${country}/` : `${dataRoots.current}${year}/`,
  draft: (year: number, name: string) => `${dataRoots.drafts}${year}/${name}`,
  draftsPrefix: (year: number) => `${dataRoots.drafts}${year}/`,
  /** What a country's draft was rendered from (`<CC>.json`), or the consolidated draft's. */
  draftStamp: (year: number, country: string | 'consolidated') =>
    `${dataRoots.drafts}${year}/${country}.json`,
  edition: (year: number, edition: number, name: string) =>
    `${dataRoots.published}${year}/edition-${edition}/${name}`,
  /** The edition's reservation (written first, with if-none-match): the number is taken once it exists. */
  editionPlan: (year: number, edition: number) =>
    `${dataRoots.published}${year}/edition-${edition}/plan.json`,
  editionsPrefix: (year: number) => `${dataRoots.published}${year}/`,
  ready: (year: number) => `${dataRoots.control}${year}/ready.json`,
  sampleMarker: `${dataRoots.control}fictitious-sample-data`,
};

/** `current/<year>/<CC>/<table>.json` -> year and country; undefined for any other key. */
export function parseCurrentKey(key: string): { year: number; country: string } | undefined {
  const match = key.match(/^current\/(\d{4})\/([A-Z]{2})\/(?:indicators|actions)\.json$/);
  return match ? { year: Number(match[1]), country: match[2]! } : undefined;
}

/** `uploads/<year>/<CC>/<uploadId>/validation.json` -> its parts; undefined for any other key. */
export function parseValidationKey(key: string): { year: number; country: string; id: string } | undefined {
  const match = key.match(/^uploads\/(\d{4})\/([A-Z]{2})\/([^/]+)\/validation\.json$/);
  return match ? { year: Number(match[1]), country: match[2]!, id: match[3]! } : undefined;
}

/**
 * The parts of a published key `published/<year>/edition-<n>/<name>` (name may hold a
 * folder, e.g. `validation/FR.json`), or undefined for any other key.
 */
export function parseEditionKey(key: string): { year: number; edition: number; name: string } | undefined {
  const match = key.match(/^published\/(\d{4})\/edition-([1-9]\d{0,5})\/(.+)$/);
  if (!match) return undefined;
  return { year: Number(match[1]), edition: Number(match[2]), name: match[3]! };
}

/** Where a year's outputs go in the command line's `run --out` folder: `<year>/`. */
export const runOutputPrefix = (year: number) => `${year}/`;

/** Relative output names of one year, as in `run --out DIR/<year>/` and in a published edition. */
export const outputNames = {
  countryPdf: (country: string) => `${country}.pdf`,
  countryHtml: (country: string) => `${country}.html`,
  consolidatedPdf: 'consolidated.pdf',
  consolidatedHtml: 'consolidated.html',
  dataCsv: 'data.csv',
  dataJson: 'data.json',
  dataXlsx: 'data.xlsx',
  reportingStatusCsv: 'reporting-status.csv',
  /** Every year up to this one; the command line also writes the latest at the top of --out. */
  allYearsCsv: 'data-all-years.csv',
  /** The Frictionless Data Package describing the open data files: written after them. */
  dataPackage: 'datapackage.json',
  validation: (country: string) => `validation/${country}.json`,
  manifest: 'manifest.json',
};

function assertCountry(country: string): void {
  if (!countryPattern.test(country)) throw new RangeError(`Not a country code: ${country}`);
}

/**
 * The top-level folders of the data bucket, one per kind of record (see the layout above).
 * The stack scopes each function's S3 rights by these (infra/constructs/grants.ts).
 */
export const dataPrefixes = {
  uploads: 'uploads/',
  current: 'current/',
  drafts: 'drafts/',
  published: 'published/',
  control: 'control/',
} as const;
export type DataPrefix = (typeof dataPrefixes)[keyof typeof dataPrefixes];
