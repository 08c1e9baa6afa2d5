// Validates rendered manifests (the output of `kubectl kustomize`): node validate.mjs FILE.yaml...
// Prints every problem and exits 1 if there is any.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { allProblems } from './rules.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let failed = false;
for (const file of process.argv.slice(2)) {
  const objects = parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS()).filter(Boolean);
  const problems = await allProblems(objects, repoRoot);
  if (problems.length > 0) {
    failed = true;
    console.error(`${file}: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`  - ${problem}`);
  } else {
    console.log(`${file}: ${objects.length} objects valid`);
  }
}
process.exit(failed ? 1 : 0);
