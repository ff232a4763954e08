/**
 * `node --import tsx scripts/check-open-data.ts DIR...`: checks each folder's
 * datapackage.json and its files (descriptor, sizes, hashes, every CSV row against its
 * Table Schema), as `frictionless validate` would; exit 1 on any problem.
 */
import { checkDataPackage } from '../test/helpers/data-package-check.js';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: check-open-data.ts DIR... (each holding a datapackage.json)');
  process.exit(2);
}
let failed = false;
for (const dir of dirs) {
  const problems = await checkDataPackage(dir);
  console.log(`${dir}: ${problems.length === 0 ? 'valid' : `${problems.length} problem(s)`}`);
  for (const p of problems.slice(0, 50)) console.log(`  ${p}`);
  if (problems.length > 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
