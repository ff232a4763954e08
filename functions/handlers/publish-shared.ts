/**
 * What the publish Lambdas share: the step input (the plan, passed along by Step Functions,
 * parsed with zod; a step input that does not fit is a HandlerInputError, ./input.ts), and the
 * dependencies of a container over the data bucket.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import * as z from 'zod';
import { requireEnv } from '../adapters/env.js';
import { createS3Client, S3Store } from '../adapters/s3-store.js';
import { traced } from '../adapters/tracing.js';
import type { PublishTarget, ReportRenderer } from '../app/publish/ports.js';
import type { YearPlan } from '../app/publish/steps.js';
import { StoredSubmissionSource } from '../app/submissions-store.js';
import { reportingYearSchema } from '../core/limits.js';
import type { ObjectStore } from '../core/ports.js';

export const yearPlanSchema = z.object({
  year: reportingYearSchema,
  edition: z.number().int().positive(),
  sample: z.boolean(),
  frameworkVersion: z.string(),
  generated: z.string(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  uploaded: z.array(z.string().regex(/^[A-Z]{2}$/)),
  reporting: z.array(z.string().regex(/^[A-Z]{2}$/)),
  notReporting: z.array(z.string()),
  files: z.array(z.string()),
  deadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .optional(),
  licence: z.object({ name: z.string(), title: z.string(), path: z.string() }).optional(),
  counted: z
    .record(z.string().regex(/^[A-Z]{2}$/), z.array(z.object({ name: z.string(), sha256: z.string() })))
    .optional(),
}) satisfies z.ZodType<YearPlan>;

export const planStepSchema = z.object({ plan: yearPlanSchema });
export const countryStepSchema = z.object({ plan: yearPlanSchema, country: z.string().regex(/^[A-Z]{2}$/) });

export interface PublishDeps {
  data: ObjectStore;
  source: StoredSubmissionSource;
}

/** What the rendering steps (country, consolidated) need besides: a renderer. */
export interface RenderingDeps extends PublishDeps {
  /** Built on first use and kept for the container (pdfmake and the fonts stay loaded). */
  renderer(): Promise<ReportRenderer>;
}

export function createPublishDeps(env: NodeJS.ProcessEnv = process.env, client?: S3Client): PublishDeps {
  const { DATA_BUCKET } = requireEnv(['DATA_BUCKET'], env);
  const data = new S3Store({ bucket: DATA_BUCKET, client: client ?? traced(createS3Client()) });
  return { data, source: new StoredSubmissionSource(data) };
}

/**
 * Adds the in-process renderer. Only the rendering handlers import this module's caller
 * chain with pdfmake: the bundler puts pdfmake in their bundles only.
 */
export function withRenderer(deps: PublishDeps, create: () => ReportRenderer): RenderingDeps {
  let renderer: ReportRenderer | undefined;
  return {
    ...deps,
    async renderer() {
      renderer ??= create();
      return renderer;
    },
  };
}

/** The edition's folder in the data bucket: written once, never overwritten (one definition, in app/). */
export { editionTarget } from '../app/publish/editions.js';

let shared: PublishDeps | undefined;
/** The container's dependencies, built on the first invocation. */
export function containerDeps(): PublishDeps {
  shared ??= createPublishDeps();
  return shared;
}
