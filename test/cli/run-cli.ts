/** Runs the real command line in a child process, as a person or a script would. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const ingestFixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/ingest/${name}`, import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['bin/alliance-reports.js', ...args],
      { cwd: repoRoot, timeout: 120_000, maxBuffer: 20 * 1024 * 1024, env: { ...process.env, NO_COLOR: '' } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(error);
          return;
        }
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/** Fills a workbook through LibreOffice's UNO API, typing each text into its cell like a person. */
export function fillWithLibreOffice(planFile: string): Promise<void> {
  const script = fileURLToPath(new URL('./fill-with-libreoffice.py', import.meta.url));
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/python3', [script, planFile], { timeout: 120_000 }, (error, _out, stderr) => {
      if (error)
        reject(
          new Error(
            `Filling the workbook through LibreOffice failed (needs soffice and python3-uno: bash scripts/ensure-system-deps.sh): ${stderr || error.message}`,
          ),
        );
      else resolve();
    });
  });
}
