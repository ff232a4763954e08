import { createPdfPrinter } from '../functions/adapters/pdf-printer.js';
import { buildCountryReport } from '../functions/core/report/index.js';
import { countryPdfDocument } from '../functions/render/pdf.js';
import { countryInput } from '../test/helpers/report-fixtures.js';
const doc = countryPdfDocument(buildCountryReport(countryInput()));
const t = createPdfPrinter(); const u = createPdfPrinter({ tagged: false });
for (let i = 0; i < 6; i++) {
  for (const [n, p] of [['tagged', t], ['untagged', u]] as const) {
    const t0 = performance.now(); const b = await p.print(doc); console.log(n, Math.round(performance.now() - t0), b.length);
  }
}
