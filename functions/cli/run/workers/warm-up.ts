/**
 * A made-up country report that a render thread prints once, for nothing, as soon as it
 * starts: the first report a thread prints costs about 0.5 s (pdfmake loading, fonts opened,
 * the layout code compiled) against about 0.1 s for the next ones. A yearly run starts its
 * threads before it reads the uploads, so this cost is paid while the main thread ingests,
 * not when the reports are waiting. Never written anywhere.
 */
import {
  actionStatuses,
  frameworkVersion,
  indicators,
  reportedIndicators,
  targets,
} from '../../../core/framework.js';
import { buildCountryReport } from '../../../core/report/index.js';
import type { CountryReportModel } from '../../../core/report/types.js';
import type { Submission } from '../../../core/submission.js';

const nowhere = { sheet: null, row: null, column: null };

function submission(year: number, step: number): Submission {
  return {
    schemaVersion: 1,
    country: 'FR',
    year,
    frameworkVersion,
    tables: ['indicators', 'actions'],
    cover: { organisation: 'Warm-up', date: `${year + 1}-03-01`, contactName: null, email: null },
    indicators: reportedIndicators.map((ind, i) => ({
      id: ind.id,
      value:
        ind.unit === 'yes-no' ? i % 2 === 0 : ind.unit === 'percent' ? 40 + step * 3 + i : 10 + step * 2 + i,
      estimate: i === 3,
      source: 'Warm-up',
      notes: i === 0 ? 'Warm-up note.' : null,
      origin: nowhere,
    })),
    actions: targets.flatMap((t) =>
      actionStatuses.map((status, i) => ({
        ref: `FR-${t.id}.${i + 1}`,
        target: t.id,
        goal: t.goals[0]?.id ?? null,
        title: `Warm-up action ${t.id}.${i + 1}`,
        description: 'Warm-up description of an action, long enough to wrap in its table cell.',
        kind: i % 2 === 0 ? ('baseline' as const) : ('commitment' as const),
        status,
        start: `${year - 1}-03`,
        end: status === 'completed' ? `${year}-06` : null,
        lead: 'Warm-up lead',
        progress: 'Warm-up progress note.',
        origin: nowhere,
      })),
    ),
    sources: [{ name: 'warm-up.xlsx', sha256: '0'.repeat(64), size: 1, format: 'xlsx' }],
    warnings: [],
  };
}

/** A full country report model (every section, tables, charts with history) from made-up data. */
export function warmUpModel(): CountryReportModel {
  return buildCountryReport({
    year: 2014,
    edition: 1,
    framework: { version: frameworkVersion, targets, indicators },
    sample: true,
    submission: submission(2014, 2),
    history: [submission(2012, 0), submission(2013, 1)],
  });
}
