/**
 * The whole yearly run as a user starts it: the real command line (`bin/alliance-reports.js
 * run`) in a child process, its wall time from spawn to exit, and its peak memory, polled
 * from /proc: the high-water mark (VmHWM) of the process, which holds the render worker
 * threads, and the summed resident memory (VmRSS) of it and any child processes.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load1 } from './measure.js';

const cli = fileURLToPath(new URL('../../bin/alliance-reports.js', import.meta.url));

export interface RunMeasure {
  wallMs: number;
  peakRssMB: number;
  exitCode: number | null;
  /** Files written under `<out>/<year>/`. */
  files: number;
  load1: number;
}

export interface YearlyRunResults extends RunMeasure {
  /** Every run made; the figures above are the run with the median wall time. */
  runs: RunMeasure[];
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // gone between listing and reading
  }
}

function descendants(pid: number): number[] {
  const found: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return found;
  }
  for (const tid of tasks) {
    let children = '';
    try {
      children = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const child of children.split(/\s+/).filter(Boolean).map(Number)) {
      found.push(child, ...descendants(child));
    }
  }
  return found;
}

async function runOnce(
  inputDir: string,
  outDir: string,
  year: number,
  env: NodeJS.ProcessEnv = {},
): Promise<RunMeasure> {
  await rm(outDir, { recursive: true, force: true });
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [cli, 'run', '--input', inputDir, '--out', outDir, '--year', String(year), '--no-progress'],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let peakTreeKb = 0;
  let rootHwmKb = 0;
  const poll = () => {
    if (child.pid === undefined) return;
    rootHwmKb = Math.max(rootHwmKb, statusKb(child.pid, 'VmHWM'));
    const tree = [child.pid, ...descendants(child.pid)];
    peakTreeKb = Math.max(
      peakTreeKb,
      tree.reduce((sum, pid) => sum + statusKb(pid, 'VmRSS'), 0),
    );
  };
  const timer = setInterval(poll, 20);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
  const wallMs = performance.now() - start;
  clearInterval(timer);
  if (exitCode !== 0)
    throw new Error(`The yearly run exited with ${exitCode}: ${stderr.trim().slice(0, 2000)}`);
  const files = await readdir(join(outDir, String(year)), { recursive: true });
  return {
    wallMs: Math.round(wallMs),
    peakRssMB: Math.round(Math.max(peakTreeKb, rootHwmKb) / 1024),
    exitCode,
    files: files.length,
    load1: load1(),
  };
}

/**
 * `runs` runs of the CLI on the generated input; the result is the run with the median wall
 * time (the machine is shared: one run can fall on a busy moment either way).
 */
export async function benchYearlyRun(
  inputDir: string,
  outDir: string,
  year: number,
  runs: number,
  /** Added to the child's environment (e.g. ALLIANCE_PDF_TAGGED=0 for the untagged run). */
  env: NodeJS.ProcessEnv = {},
): Promise<YearlyRunResults> {
  const all: RunMeasure[] = [];
  for (let i = 0; i < runs; i++) all.push(await runOnce(inputDir, outDir, year, env));
  const median = [...all].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((all.length - 1) / 2)]!;
  return { ...median, runs: all };
}
