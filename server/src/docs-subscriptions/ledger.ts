import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The sections a reader can subscribe to; the same names the ledger script writes (scripts/docs-changes/ledger.ts). */
export const docsSections = ['user-guide', 'training', 'operations', 'api', 'architecture', 'database', 'faq', 'blog'] as const;
export type DocsSection = (typeof docsSections)[number];

const LedgerChange = z.object({
  seq: z.int().positive(),
  file: z.string(),
  locale: z.enum(['zh-Hans', 'en']),
  section: z.enum(docsSections),
  id: z.string(),
  permalink: z.string().startsWith('/'),
  title: z.string(),
  kind: z.enum(['added', 'updated']),
  date: z.iso.date(),
});
export type DocsChange = z.infer<typeof LedgerChange>;

const LedgerFile = z.object({ changes: z.array(LedgerChange) });

/** The changes of the docs this server ships with, in `seq` order; `last` is the newest `seq` (0: none). */
export type DocsLedger = { changes: DocsChange[]; last: number };

/**
 * Reads docs-history.json, the ledger committed with the docs (`npm run docs:history`). The image copies it beside
 * the server (DOCS_HISTORY_FILE, /app/docs-history.json); a checkout reads the one at its root. A missing or broken
 * file is an error: the server would otherwise send digests that skip changes, or none at all.
 */
export function readDocsLedger(file: string): DocsLedger {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the docs ledger ${file} (DOCS_HISTORY_FILE): ${(error as Error).message}`, { cause: error });
  }
  const parsed = LedgerFile.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`the docs ledger ${file} does not parse: ${parsed.error.message}`);
  const { changes } = parsed.data;
  changes.forEach((change, index) => {
    if (change.seq !== index + 1) throw new Error(`the docs ledger ${file} is not numbered 1, 2, 3 … (change ${index + 1} is ${change.seq})`);
  });
  return { changes, last: changes.at(-1)?.seq ?? 0 };
}

/**
 * The changes after `position` up to `upTo` in the subscription's language and sections, one per page (its newest),
 * newest first.
 */
export function changesFor(ledger: DocsLedger, subscription: { position: number; locale: string; sections: string[] }, upTo: number): DocsChange[] {
  const latest = new Map<string, DocsChange>();
  for (const change of ledger.changes) {
    if (change.seq <= subscription.position || change.seq > upTo) continue;
    if (change.locale !== subscription.locale || !subscription.sections.includes(change.section)) continue;
    latest.set(change.permalink, change);
  }
  return [...latest.values()].sort((a, b) => b.seq - a.seq);
}
