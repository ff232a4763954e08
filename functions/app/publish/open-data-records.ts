/**
 * The open data records of a year: one per reporting country and indicator of the framework
 * (derived T1.4 included), with the status the reports show and last year's value.
 */
import { indicators, unitLabels } from '../../core/framework.js';
import { getMember } from '../../core/members.js';
import { countryProgress } from '../../core/progress.js';
import type { Submission } from '../../core/submission.js';
import type { OpenDataRecord } from '../../render/open-data.js';

/** Records in country-code order, then framework order. */
export function buildOpenDataRecords(
  year: number,
  countries: ReadonlyArray<{ submission: Submission; history: readonly Submission[] }>,
): OpenDataRecord[] {
  const sorted = [...countries].sort((a, b) =>
    a.submission.country < b.submission.country ? -1 : a.submission.country > b.submission.country ? 1 : 0,
  );
  const records: OpenDataRecord[] = [];
  for (const { submission, history } of sorted) {
    const progress = countryProgress(indicators, year, submission, history);
    const given = new Map(submission.indicators.map((v) => [v.id, v]));
    const name = getMember(submission.country)?.name ?? submission.country;
    for (const p of progress) {
      const reported = given.get(p.indicator.id);
      records.push({
        country: submission.country,
        country_name: name,
        year,
        target: p.indicator.target,
        indicator: p.indicator.id,
        indicator_name: p.indicator.name,
        value: p.current,
        unit: unitLabels[p.indicator.unit],
        estimate: p.current === null ? null : (reported?.estimate ?? false),
        status: p.status,
        previous_value: p.previous,
        source: reported?.source ?? null,
        notes: reported?.notes ?? null,
      });
    }
  }
  return records;
}
