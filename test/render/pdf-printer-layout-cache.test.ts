/**
 * The PDF printer shares shaped words and decoded font tables between documents
 * (functions/adapters/pdf-printer.ts): a report printed after others must be byte for byte the
 * one a fresh process prints first, whatever the earlier reports left in the caches.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createPdfPrinter } from '../../functions/adapters/pdf-printer.js';
import { buildConsolidatedReport, buildCountryReport } from '../../functions/core/report/index.js';
import { renderConsolidatedPdf, renderCountryPdf } from '../../functions/render/pdf.js';
import { consolidatedInput, countryInput, de2014, es2014 } from '../helpers/report-fixtures.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('PDF printer with words shaped in earlier documents', () => {
  it('prints a report after others to the same bytes as a fresh process printing it first', async () => {
    const printer = createPdfPrinter();
    // Other reports first, so the shared cache holds their words (and many of France's).
    await renderConsolidatedPdf(buildConsolidatedReport(consolidatedInput()), printer);
    await renderCountryPdf(buildCountryReport(countryInput({ submission: de2014, history: [] })), printer);
    await renderCountryPdf(buildCountryReport(countryInput({ submission: es2014, history: [] })), printer);
    const warm = await renderCountryPdf(buildCountryReport(countryInput({ sample: true })), printer);

    const script = `
      import { createHash } from 'node:crypto';
      import { createPdfPrinter } from './functions/adapters/pdf-printer.js';
      import { buildCountryReport } from './functions/core/report/index.js';
      import { renderCountryPdf } from './functions/render/pdf.js';
      import { countryInput } from './test/helpers/report-fixtures.js';
      const bytes = await renderCountryPdf(buildCountryReport(countryInput({ sample: true })), createPdfPrinter());
      process.stdout.write(createHash('sha256').update(bytes).digest('hex'));`;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: repoRoot },
    );
    expect(sha256(warm)).toBe(stdout.trim());
  });
});
