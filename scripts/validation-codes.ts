/**
 * Writes docs/validation-codes.md: every code a national contact can meet, from the
 * readers' and the rules' catalogues (the code's single source). `--check` exits 1 when
 * the file is stale (the test suite runs it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { issueCatalogue } from '../functions/core/ingest/catalogue.js';
import { readerCodes } from '../functions/core/read/codes.js';

const outFile = fileURLToPath(new URL('../docs/validation-codes.md', import.meta.url));

export function buildCodesDocument(): string {
  const rows = (list: readonly { code: string; severity: string; summary: string }[]) =>
    list.map((d) => `| \`${d.code}\` | ${d.severity} | ${d.summary.replace(/\|/g, '\\|')} |`).join('\n');
  const header = '| code | severity | what it means |\n|---|---|---|';
  return `# Validation codes

Every problem an upload can get, with its stable code. An **error** rejects the whole
upload (nothing is stored, the accepted data stays as it was); a **warning** is shown and
kept with the accepted data, in the report's data quality annex. Each issue also names the
sheet, row and column (letters) as the person's spreadsheet program shows them, the value
found, and a hint on how to fix it.

Generated from \`functions/core/read/codes.ts\` and \`functions/core/ingest/catalogue.ts\` by
\`node --import tsx scripts/validation-codes.ts\`; do not edit by hand. The messages and hints
a person reads, in English, French, German and Spanish, are in the catalogues
(\`functions/core/i18n/messages/\`, see docs/translations.md); this list stays in English.

## Reading the file

${header}
${rows(readerCodes)}

## The tables and their values

${header}
${rows(issueCatalogue)}
`;
}

function main(): void {
  const doc = buildCodesDocument();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(outFile, 'utf8');
    } catch {}
    if (current !== doc) {
      console.error('docs/validation-codes.md is stale: run node --import tsx scripts/validation-codes.ts');
      process.exit(1);
    }
  } else {
    writeFileSync(outFile, doc);
  }
}

export const codesDocumentPath = outFile;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
