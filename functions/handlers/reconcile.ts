/**
 * The reconcile Lambda (EventBridge schedule, daily): finds the uploads of the year that
 * were never processed (a lost S3 notification) and processes them with the same use case
 * as the ingest. Input `{ year?, replay? }`: the year defaults to the clock's current and
 * previous year (uploads for last year arrive early this year); replay defaults to true.
 * A replay that hits a fault makes the invocation fail, so the schedule's retries and its
 * alarm see it.
 */
import {
  ListObjectVersionsCommand,
  type ListObjectVersionsCommandOutput,
  type S3Client,
} from '@aws-sdk/client-s3';
import * as z from 'zod';
import { systemClock } from '../adapters/clock.js';
import { requireEnv } from '../adapters/env.js';
import type { Log } from '../adapters/log.js';
import { createS3Client, S3Store } from '../adapters/s3-store.js';
import { traced } from '../adapters/tracing.js';
import { type ReconcileResult, reconciled, reconcileYear, type UploadInventory } from '../app/reconcile.js';
import { storeUpload } from '../app/store-upload.js';
import { AllianceError } from '../core/errors.js';
import { reportingYearSchema } from '../core/limits.js';
import { type Clock, type ObjectStore, StoreError } from '../core/ports.js';
import { parseHandlerInput } from './input.js';
import { handlerTools, instrumented } from './instrumented.js';

const inputSchema = z.object({
  year: reportingYearSchema.optional(),
  replay: z.boolean().optional(),
});

/** Every version of every object under a prefix (delete markers are not uploads). */
export function inventoryOverS3(client: S3Client, bucket: string): UploadInventory {
  return {
    async versions(prefix) {
      const out: Array<{ key: string; etag: string; versionId?: string; modified: Date }> = [];
      let keyMarker: string | undefined;
      let versionMarker: string | undefined;
      do {
        let page: ListObjectVersionsCommandOutput;
        try {
          page = await client.send(
            new ListObjectVersionsCommand({
              Bucket: bucket,
              Prefix: prefix,
              ...(keyMarker ? { KeyMarker: keyMarker } : {}),
              ...(versionMarker ? { VersionIdMarker: versionMarker } : {}),
            }),
          );
        } catch (error) {
          throw new StoreError('LIST_FAILED', `Could not list the versions under ${prefix} in ${bucket}`, {
            cause: error,
          });
        }
        for (const v of page.Versions ?? []) {
          if (!v.Key) continue;
          out.push({
            key: v.Key,
            etag: (v.ETag ?? '').replace(/^"|"$/g, ''),
            ...(v.VersionId && v.VersionId !== 'null' ? { versionId: v.VersionId } : {}),
            modified: v.LastModified ?? new Date(0),
          });
        }
        keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
        versionMarker = page.IsTruncated ? page.NextVersionIdMarker : undefined;
      } while (keyMarker);
      return out;
    },
  };
}

export interface ReconcileHandlerDeps {
  inventory: UploadInventory;
  uploads: S3Store;
  data: ObjectStore;
  clock: Clock;
  log: Log;
}

let deps: ReconcileHandlerDeps | undefined;
const tools = handlerTools('reconcile');

function createDeps(env: NodeJS.ProcessEnv = process.env): ReconcileHandlerDeps {
  const { UPLOADS_BUCKET, DATA_BUCKET } = requireEnv(['UPLOADS_BUCKET', 'DATA_BUCKET'], env);
  const client = traced(createS3Client());
  return {
    inventory: inventoryOverS3(client, UPLOADS_BUCKET),
    uploads: new S3Store({ bucket: UPLOADS_BUCKET, client }),
    data: new S3Store({ bucket: DATA_BUCKET, client }),
    clock: systemClock,
    log: tools.log,
  };
}

/** Thrown when an upload is still unprocessed after the run: the invocation fails (retried, then the alarm). */
export class ReconcileIncompleteError extends AllianceError<'RECONCILE_INCOMPLETE'> {
  constructor(readonly results: ReconcileResult[]) {
    super(
      'ReconcileIncompleteError',
      'RECONCILE_INCOMPLETE',
      'Some uploads could not be processed by the reconcile run',
      {
        retryable: true,
      },
    );
  }
}

export const handler = instrumented(tools, (event) => {
  deps ??= createDeps();
  return reconcileUploads(event, deps);
});

export interface ReconcileSummary {
  year: number;
  uploads: number;
  processed: number;
  missing: string[];
  replayed: number;
}

export async function reconcileUploads(
  event: unknown,
  d: ReconcileHandlerDeps,
): Promise<{ years: ReconcileSummary[] }> {
  // An input that does not fit is refused, as in every handler: a schedule sending the wrong
  // shape must show, not silently reconcile the default years.
  const input = parseHandlerInput('reconcile', inputSchema, event ?? {});
  const thisYear = d.clock.now().getUTCFullYear();
  const years = input.year ? [input.year] : [thisYear - 1, thisYear];
  const results: ReconcileResult[] = [];
  for (const year of years) {
    const result = await reconcileYear(
      year,
      {
        uploads: d.inventory,
        data: d.data,
        process: (upload) =>
          storeUpload(upload, {
            uploads: { read: (key, versionId) => d.uploads.getVersion(key, versionId) },
            data: d.data,
          }),
      },
      { replay: input.replay ?? true },
    );
    results.push(result);
    d.log.info('Reconciled', {
      year,
      uploads: result.uploads,
      processed: result.processed,
      missing: result.missing.map((m) => m.key),
      failed: (result.replayed ?? []).filter((r) => r.outcome === 'failed').map((r) => r.key),
    });
  }
  if (!results.every(reconciled) && (input.replay ?? true)) throw new ReconcileIncompleteError(results);
  return {
    years: results.map((r) => ({
      year: r.year,
      uploads: r.uploads,
      processed: r.processed,
      missing: r.missing.map((m) => m.key),
      replayed: r.replayed?.filter((x) => x.outcome !== 'failed').length ?? 0,
    })),
  };
}
