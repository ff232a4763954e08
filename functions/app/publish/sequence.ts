/**
 * The publish run of one year in one process: the steps the Step Functions definition runs
 * as tasks (plan, a Map of publishCountry over the countries that uploaded, consolidated,
 * open data, manifest), run here with the reports in parallel and the manifest last. The
 * command line's folder run and the local portal's publish both use it; on AWS each step
 * is its own Lambda (functions/handlers/publish-*.ts) and the state machine orders them.
 */
import { outputNames } from '../../core/keys.js';
import type { Clock, ObjectStore } from '../../core/ports.js';
import { editionTarget, reserveEdition } from './editions.js';
import type { PublishTarget, ReportRenderer, SubmissionSource } from './ports.js';
import {
  type Manifest,
  planYear,
  publishCountry,
  renderConsolidated,
  writeManifest,
  writeOpenData,
  type YearPlan,
} from './steps.js';

export interface SequenceDeps {
  source: SubmissionSource;
  renderer: ReportRenderer;
  target: PublishTarget;
}

/** One step done: which, and the output names it wrote. */
export type StepDone =
  | { step: 'country'; country: string; files: string[] }
  | { step: 'consolidated' | 'open-data' | 'manifest'; files: string[] };

/**
 * Runs every step after the plan: the consolidated report queued first (the longest job),
 * every country, the open data, then the manifest once all of them are written. A failed
 * step fails the run and no manifest is written.
 */
export async function runPublishSequence(
  plan: YearPlan,
  deps: SequenceDeps,
  onStep?: (done: StepDone) => void,
): Promise<Manifest> {
  await Promise.all([
    renderConsolidated(plan, deps).then(() =>
      onStep?.({ step: 'consolidated', files: [outputNames.consolidatedPdf, outputNames.consolidatedHtml] }),
    ),
    ...plan.uploaded.map((country) =>
      publishCountry(plan, country, deps).then((files) => onStep?.({ step: 'country', country, files })),
    ),
    writeOpenData(plan, deps).then((files) => onStep?.({ step: 'open-data', files })),
  ]);
  const manifest = await writeManifest(plan, deps);
  onStep?.({ step: 'manifest', files: [outputNames.manifest] });
  return manifest;
}

export interface EditionDeps {
  data: ObjectStore;
  source: SubmissionSource;
  renderer: ReportRenderer;
  clock: Clock;
}

/** A reserved edition, and the run that fills it. */
export interface StartedEdition {
  plan: YearPlan;
  /** Settles when the manifest is written (or the run failed). */
  done: Promise<Manifest>;
}

/**
 * Publishes a new edition of `year` into the data store: reserves its number (awaited, so
 * the caller can tell which edition it started), plans it, then runs the sequence.
 */
export async function startEdition(
  year: number,
  deps: EditionDeps,
  options: { requestedBy?: string | null; sample?: boolean } = {},
): Promise<StartedEdition> {
  const reservation = await reserveEdition(deps.data, year, deps.clock, {
    requestedBy: options.requestedBy ?? null,
  });
  const plan = await planYear(deps.source, {
    year,
    edition: reservation.edition,
    sample: options.sample ?? false,
    published: reservation.published,
  });
  const done = runPublishSequence(plan, {
    source: deps.source,
    renderer: deps.renderer,
    target: editionTarget(deps.data, plan),
  });
  // The caller awaits `done` when it wants to; until then a failure is not unhandled.
  done.catch(() => {});
  return { plan, done };
}
