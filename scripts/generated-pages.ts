// Writes a set of generated pages into their folders, or with `--check` fails while any is stale. Shared by the
// API reference (generate-api-docs.ts) and the database reference (generate-db-docs.ts).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Pages that differ from `pages`, and `.md` files in `dirs` that `pages` no longer holds. */
export function stalePages(pages: Map<string, string>, dirs: string[]): string[] {
  const stale: string[] = [];
  for (const dir of dirs) {
    let existing: string[] = [];
    try {
      existing = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f));
    } catch {
      // no folder yet: every page is missing
    }
    for (const file of existing) if (!pages.has(file)) stale.push(file);
  }
  for (const [file, content] of pages) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== content) stale.push(file);
  }
  return stale;
}

/** The command line of a generator: write the pages (removing ones no longer generated), or check them. */
export function writeOrCheckPages(
  pages: Map<string, string>,
  dirs: string[],
  wording: { what: string; command: string; source: string },
): void {
  const stale = stalePages(pages, dirs);
  if (process.argv.includes('--check')) {
    if (stale.length) {
      const What = wording.what[0]!.toUpperCase() + wording.what.slice(1);
      console.error(`${What} pages are stale (${stale.map((f) => path.relative(root, f)).join(', ')}): run \`${wording.command}\`.`);
      process.exit(1);
    }
    console.log(`OK: the ${wording.what} pages match ${wording.source}.`);
    return;
  }
  for (const file of stale) if (!pages.has(file)) rmSync(file);
  for (const [file, content] of pages) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  console.log(`Wrote ${pages.size} ${wording.what} pages.`);
}
