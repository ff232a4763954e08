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
import { buildReportingStatus, type ReportingStatus } from '../../core/reporting-status.js';
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
    publicationDate: plan.published,
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
    reporting: reportingOf(plan, countries, others),
    publicationDate: plan.published,
  });
}

/** Where every member stands: the plan says who uploaded and who has an accepted submission. */
function reportingOf(
  plan: YearPlan,
  countries: ReadonlyArray<{ submission: Submission; history: readonly Submission[] }>,
  others: readonly Submission[],
): ReportingStatus[] {
  const codes = [...new Set([...plan.uploaded, ...plan.reporting, ...plan.notReporting])];
  const earlier = [...countries.flatMap((c) => c.history), ...others];
  return buildReportingStatus({
    year: plan.year,
    countries: codes.map((code) => {
      const own = countries.find((c) => c.submission.country === code)?.submission;
      return {
        country: code,
        // The plan knows whether an upload was accepted, not how many were sent.
        uploads: plan.uploaded.includes(code) ? [{ accepted: own !== undefined }] : [],
        acceptedOn: own ? (own.cover.date ?? null) : undefined,
        earlierYears: earlier.filter((s) => s.country === code).map((s) => s.year),
      };
    }),
  });
}
