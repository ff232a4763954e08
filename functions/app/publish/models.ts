/**
 * The view models the publish steps render, built from the plan and the submissions: the
 * one place where the run's plan meets the report builders' inputs.
 */
import { indicators, targets } from '../../core/framework.js';
import { buildConsolidatedReport, buildCountryReport } from '../../core/report/index.js';
import type {
  ConsolidatedReportModel,
  CountryReportModel,
  ReportFramework,
} from '../../core/report/types.js';
import type { Submission } from '../../core/submission.js';
import type { YearPlan } from './steps.js';

function frameworkOf(plan: YearPlan): ReportFramework {
  return { version: plan.frameworkVersion, targets, indicators };
}

export function buildCountryModel(
  plan: YearPlan,
  submission: Submission,
  history: readonly Submission[],
): CountryReportModel {
  return buildCountryReport({
    year: plan.year,
    edition: plan.edition,
    framework: frameworkOf(plan),
    sample: plan.sample,
    submission,
    history,
  });
}

/**
 * `others` are the earlier submissions of the members that did not report this year (the
 * last year they reported, last year's figures); a member that uploaded but has no
 * accepted submission had its upload rejected.
 */
export function buildConsolidatedModel(
  plan: YearPlan,
  countries: ReadonlyArray<{ submission: Submission; history: readonly Submission[] }>,
  others: readonly Submission[] = [],
): ConsolidatedReportModel {
  return buildConsolidatedReport({
    year: plan.year,
    edition: plan.edition,
    framework: frameworkOf(plan),
    sample: plan.sample,
    submissions: countries.map((c) => c.submission),
    history: [...countries.flatMap((c) => c.history), ...others],
    reporting: plan.notReporting.map((code) => ({
      code,
      state: plan.uploaded.includes(code) ? 'rejected' : 'not-submitted',
      lastReported: null,
    })),
  });
}
