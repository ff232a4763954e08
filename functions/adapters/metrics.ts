/**
 * The few numbers worth an alarm or a graph, as CloudWatch embedded metric format (EMF) lines
 * written by Powertools Metrics: uploads accepted and rejected, faults, render time. Namespace
 * `AllianceReports`, one dimension: the service. A handler flushes once per invocation.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

export type CountMetric = 'UploadAccepted' | 'UploadRejected' | 'Fault' | 'ReminderSent' | 'ReminderFailed';
export type DurationMetric = 'RenderTime';

export interface Telemetry {
  count(name: CountMetric, value?: number): void;
  milliseconds(name: DurationMetric, ms: number): void;
  /** Writes what was recorded since the last flush (nothing when nothing was). */
  flush(): void;
}

export const metricsNamespace = 'AllianceReports';

export function createTelemetry(service: string): Telemetry {
  const metrics = new Metrics({
    namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? metricsNamespace,
    serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? service,
  });
  return {
    count: (name, value = 1) => metrics.addMetric(name, MetricUnit.Count, value),
    milliseconds: (name, ms) => metrics.addMetric(name, MetricUnit.Milliseconds, Math.round(ms)),
    flush: () => {
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    },
  };
}

/** Records nothing (tests that do not look at metrics; the CLI). */
export const noTelemetry: Telemetry = { count() {}, milliseconds() {}, flush() {} };

/** Runs `work`, recording its duration under `name` whether it succeeds or throws. */
export async function timed<T>(
  telemetry: Telemetry,
  name: DurationMetric,
  work: () => Promise<T>,
): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    telemetry.milliseconds(name, performance.now() - start);
  }
}
