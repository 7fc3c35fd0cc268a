// Writes server/src/training/catalogue.json from the training curriculum's MDX in both locales
// (`npm run training:catalogue`); `--check` writes nothing and fails when the committed file is stale or an
// item is malformed (`npm run training:catalogue:check`).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogue, readCurriculum, serialise } from './training/catalogue.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const catalogueFile = path.join(root, 'server/src/training/catalogue.json');

const { catalogue, problems } = buildCatalogue(readCurriculum(root));
if (problems.length > 0) {
  process.stderr.write(`The training curriculum has ${problems.length} problem(s):\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}
const text = serialise(catalogue);
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(catalogueFile, 'utf8');
  } catch {
    // reported below as stale
  }
  if (committed !== text) {
    process.stderr.write(`${path.relative(root, catalogueFile)} is stale: run \`npm run training:catalogue\` and commit it.\n`);
    process.exit(1);
  }
  process.stdout.write('training catalogue is up to date\n');
} else {
  writeFileSync(catalogueFile, text);
  const items = catalogue.weeks.reduce((sum, week) => sum + week.items.length, 0);
  process.stdout.write(`wrote ${path.relative(root, catalogueFile)}: ${catalogue.weeks.length} weeks, ${items} items\n`);
}
