/**
 * A published edition for staff (issue 14, point 5): `GET /staff/editions/N?year=Y` is the
 * edition as a page (when, who, counts, what changed since the edition before, the files by
 * kind with their size and SHA-256 from the manifest), `GET /staff/editions/N/edition-N.zip`
 * every file of it in one zip. Its files one by one stay at `/staff/editions/N/FILE`.
 */
import { type Zippable, zipSync } from 'fflate';
import {
  compareEditions,
  editionReporting,
  type PublishedEdition,
  publishedEditionNumbers,
  readPublishedEdition,
} from '../../app/cycle/changes.js';
import { PublishError } from '../../app/publish/ports.js';
import { dataKeys, outputNames } from '../../core/keys.js';
import { membersInYear } from '../../core/members.js';
import { ObjectExistsError } from '../../core/ports.js';
import { html, notFound, type SignedInContext, viewData } from '../context.js';
import { fileResponse, redirect } from '../http.js';
import { currentLanguage, formatDateTime, t } from '../i18n.js';
import { formatPageDay, memberShortName } from '../staff-table.js';
import type { PortalResponse } from '../types.js';
import { renderPage } from '../views.js';

type Group = 'reports' | 'openData' | 'validation' | 'other';

function groupOf(name: string): Group {
  if (/^([A-Z]{2}|consolidated)\.(pdf|html)$/.test(name)) return 'reports';
  if (name.startsWith('validation/')) return 'validation';
  if (/^(data(-all-years)?\.(csv|json|xlsx)|reporting-status\.csv|datapackage\.json)$/.test(name))
    return 'openData';
  return 'other';
}

const locales = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE', es: 'es-ES' } as const;

/** A size as people read it: 12 kB, 1,4 Mo, in the page's language. */
export function formatSize(bytes: number): string {
  const locale = locales[currentLanguage()];
  const [value, unit] =
    bytes >= 1_000_000
      ? [bytes / 1_000_000, 'megabyte']
      : bytes >= 1000
        ? [bytes / 1000, 'kilobyte']
        : [bytes, 'byte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

function names(codes: readonly string[]): string {
  const lang = currentLanguage();
  const collator = new Intl.Collator(locales[lang]);
  return codes
    .map((c) => memberShortName(c, lang))
    .sort(collator.compare)
    .join(', ');
}

async function previousOf(ctx: SignedInContext, number: number): Promise<PublishedEdition | undefined> {
  const before = (await publishedEditionNumbers(ctx.deps.data, ctx.year)).filter((n) => n < number).at(-1);
  return before === undefined ? undefined : readPublishedEdition(ctx.deps.data, ctx.year, before);
}

/** GET /staff/editions/N?year=Y. */
export async function editionPage(ctx: SignedInContext, number: number): Promise<PortalResponse> {
  const { deps, year } = ctx;
  const edition = await readPublishedEdition(deps.data, year, number);
  if (!edition) return notFound(ctx);
  const { manifest } = edition;
  const previous = await previousOf(ctx, number);
  const comparison = previous ? compareEditions(previous, edition) : undefined;
  const reporting = editionReporting(manifest);
  const missing = membersInYear(year)
    .map((m) => m.code)
    .filter((c) => !reporting.includes(c));
  const groups: Record<Group, Array<{ name: string; href: string; size: string; sha256: string }>> = {
    reports: [],
    openData: [],
    validation: [],
    other: [],
  };
  for (const file of manifest.files)
    groups[groupOf(file.name)].push({
      name: file.name,
      href: `/staff/editions/${number}/${file.name}?year=${year}`,
      size: formatSize(file.size),
      sha256: file.sha256,
    });
  const total = manifest.files.reduce((sum, f) => sum + f.size, 0);
  const by = edition.requestedBy ?? t('portal.edition.unknownPublisher');
  const changes = comparison && {
    heading: t('portal.edition.changesHeading', { previous: comparison.previous }),
    items: [
      comparison.added.length && t('portal.edition.added', { list: names(comparison.added) }),
      comparison.updated.length && t('portal.edition.updated', { list: names(comparison.updated) }),
      comparison.removed.length && t('portal.edition.removed', { list: names(comparison.removed) }),
      t('portal.edition.filesChanged', {
        added: comparison.files.added.length,
        changed: comparison.files.changed.length,
        removed: comparison.files.removed.length,
      }),
    ].filter((x): x is string => typeof x === 'string'),
  };
  return html(
    200,
    renderPage('edition', {
      ...viewData(ctx),
      title: t('portal.edition.title', { number, year }),
      number,
      publishedText: edition.published
        ? t('portal.edition.published', {
            date: formatPageDay(edition.published),
            by,
          })
        : undefined,
      reservedText: edition.reservedAt ? formatDateTime(new Date(edition.reservedAt)) : undefined,
      countsText: t('portal.edition.counts', {
        reports: reporting.length,
        members: membersInYear(year).length,
        files: manifest.files.length,
        size: formatSize(total),
      }),
      changes,
      first: !comparison,
      missing: missing.length ? names(missing) : undefined,
      groups: (['reports', 'openData', 'validation', 'other'] as const)
        .filter((g) => groups[g].length > 0)
        .map((g) => ({
          id: `files-${g}`,
          heading: t(`portal.edition.group.${g}`),
          caption: t('portal.edition.caption', { group: t(`portal.edition.group.${g}`), number }),
          files: groups[g],
        })),
      manifestHref: `/staff/editions/${number}/${outputNames.manifest}?year=${year}`,
      zipHref: `/staff/editions/${number}/edition-${number}.zip?year=${year}`,
    }),
  );
}

/** Every file of the edition and its manifest, zipped (already compressed formats stored as they are). */
export async function buildEditionZip(
  data: SignedInContext['deps']['data'],
  year: number,
  edition: PublishedEdition,
): Promise<Uint8Array> {
  const mtime = new Date(`${edition.published ?? `${year + 1}-01-01`}T00:00:00Z`);
  const files: Zippable = {};
  for (const name of [...edition.manifest.files.map((f) => f.name), outputNames.manifest]) {
    const bytes = await data.get(dataKeys.edition(year, edition.number, name));
    // The manifest lists what was written; a file gone from the store is a fault, not a smaller zip.
    if (!bytes)
      throw new PublishError(
        'OUTPUT_MISSING',
        `${name} of edition ${edition.number} of ${year} is not in the store`,
      );
    files[`${year}-edition-${edition.number}/${name}`] = [
      bytes,
      { level: /\.(pdf|xlsx|zip)$/.test(name) ? 0 : 6, mtime },
    ];
  }
  return zipSync(files);
}

/** The zip is cached once built (an edition never changes) where the portal may write: the year's control records. */
const zipKey = (year: number, edition: number) => `control/${year}/edition-zips/edition-${edition}.zip`;

/** GET /staff/editions/N/edition-N.zip?year=Y. */
export async function editionZip(ctx: SignedInContext, number: number): Promise<PortalResponse> {
  const { deps, year } = ctx;
  const edition = await readPublishedEdition(deps.data, year, number);
  if (!edition) return notFound(ctx);
  const fileName = `${year}-edition-${number}.zip`;
  if (deps.download.kind === 'presigned-get') {
    // A Lambda answer is at most 6 MB: the browser fetches the zip from the bucket instead.
    const key = zipKey(year, number);
    if (!(await deps.data.head(key))) {
      try {
        await deps.data.put(key, await buildEditionZip(deps.data, year, edition), {
          contentType: 'application/zip',
          ifNoneMatch: true,
        });
      } catch (error) {
        if (!(error instanceof ObjectExistsError)) throw error;
      }
    }
    return redirect(
      await deps.download.createUrl({ bucket: 'data', key, fileName, contentType: 'application/zip' }),
    );
  }
  return fileResponse(
    await buildEditionZip(deps.data, year, edition),
    'application/zip',
    fileName,
    'attachment',
  );
}
