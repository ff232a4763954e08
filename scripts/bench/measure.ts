/** Timing, percentiles and the machine facts every result is read against. */
import { cpus, loadavg, totalmem } from 'node:os';

export interface Timings {
  /** How many measurements. */
  n: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** The 1-minute load average when the measurement ended. */
  load1: number;
}

/** Nearest-rank percentile of `values` (0 for none). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** p50, p95 and max of a list of milliseconds, with the load average now. */
export function summarise(values: readonly number[]): Timings {
  return {
    n: values.length,
    p50Ms: round(percentile(values, 50)),
    p95Ms: round(percentile(values, 95)),
    maxMs: round(values.length ? Math.max(...values) : 0),
    load1: load1(),
  };
}

/** Runs `fn` and returns its result and the milliseconds it took. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

export const load1 = () => round(loadavg()[0] ?? 0, 2);

export interface MachineFacts {
  cores: number;
  cpuModel: string;
  node: string;
  platform: string;
  totalMemoryMB: number;
  /** 1, 5 and 15-minute load averages when the bench started. */
  loadAverageAtStart: number[];
}

export function machineFacts(): MachineFacts {
  const list = cpus();
  return {
    cores: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    totalMemoryMB: Math.round(totalmem() / 2 ** 20),
    loadAverageAtStart: loadavg().map((l) => round(l, 2)),
  };
}
