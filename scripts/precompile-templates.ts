/**
 * `npm run build:templates`: writes the precompiled templates module into build/
 * (scripts/lib/templates-module.ts says why and who else builds it).
 *
 *   node --import tsx scripts/precompile-templates.ts          write the module
 *   node --import tsx scripts/precompile-templates.ts --check  exit 1 if it is missing or stale
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { buildTemplatesModule, templatesModuleFile, writeTemplatesModule } from './lib/templates-module.js';

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(templatesModuleFile, 'utf8');
  } catch {}
  if (current !== buildTemplatesModule()) {
    console.error(`${relative(process.cwd(), templatesModuleFile)} is stale: run npm run build:templates`);
    process.exit(1);
  }
} else {
  writeTemplatesModule();
}
