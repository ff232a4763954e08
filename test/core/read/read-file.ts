/**
 * Child process for the memory tests: reads one file through readUpload under the heap
 * limit the test starts it with, and prints the issue codes and the peak memory seen.
 * Usage: node --max-old-space-size=512 --import tsx read-file.ts FILE NAME [LIMITS_JSON]
 */
import { readFile } from 'node:fs/promises';
import { defaultLimits } from '../../../functions/core/limits.js';
import { readUpload } from '../../../functions/core/read/index.js';

const [path, name, limitsJson] = process.argv.slice(2);
if (!path || !name) throw new Error('usage: read-file.ts FILE NAME [LIMITS_JSON]');
let peakHeap = 0;
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};
const timer = setInterval(sample, 5);
const bytes = new Uint8Array(await readFile(path));
const limits = { ...defaultLimits, ...(limitsJson ? JSON.parse(limitsJson) : {}) };
const result = await readUpload(bytes, name, limits);
sample();
clearInterval(timer);
process.stdout.write(
  `${JSON.stringify({
    codes: result.issues.map((i) => `${i.code} ${i.sheet ?? '-'}!${i.column ?? ''}${i.row ?? ''}`),
    workbook: result.workbook !== null,
    peakHeapMB: Math.round(peakHeap / 1024 / 1024),
  })}\n`,
);
