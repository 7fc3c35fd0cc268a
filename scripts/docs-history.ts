// Brings docs-history.json up to date with the docs, the English copies, versioned docs and the blog:
//   npm run docs:history            (write it; run it after editing any page, and commit the result)
//   npm run docs:history -- --check (exit 1 when it is stale)
import { writeFileSync } from 'node:fs';
import { dayOf, gitDays, ledgerPath, readLedger, readSources, serialiseLedger, staleness, unsectioned, updateLedger } from './docs-changes/ledger.js';

const sources = readSources();
const previous = readLedger();
for (const folder of unsectioned(sources)) {
  console.warn(`docs-history: docs/${folder}/ is no subscription section: its pages get dates but no feed or digest entries (add it to the sections in scripts/docs-changes/ledger.ts and server/src/docs-subscriptions/ledger.ts)`);
}
if (process.argv.includes('--check')) {
  const problems = staleness(previous, sources);
  for (const problem of problems) console.error(`docs-history: ${problem}`);
  if (problems.length > 0) {
    console.error('docs-history: the ledger is stale; run `npm run docs:history` and commit docs-history.json');
    process.exit(1);
  }
} else {
  const history = Object.keys(previous.files).length === 0 ? gitDays() : undefined;
  const next = updateLedger(previous, sources, dayOf(new Date()), history);
  writeFileSync(ledgerPath, serialiseLedger(next));
  console.log(`docs-history: ${Object.keys(next.files).length} files, ${next.changes.length - previous.changes.length} new changes`);
}
