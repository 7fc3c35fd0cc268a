// Measures recall@3 and MRR of the embedded engine on the labelled query set for each Chinese segmentation, over
// the built site and the demo tickets (as filed, without a database). Used to choose the tokenizer; the figures
// are in docs/architecture/search.md.   tsx scripts/search/measure-tokenizers.ts [--misses]
import { readFileSync } from 'node:fs';
import { demoTickets } from '../../server/src/demo/tickets.js';
import { EmbeddedEngine } from '../../server/src/search/embedded-engine.js';
import { measureQuality, type LabelledQuery } from '../../server/src/search/quality.js';
import { readSite } from '../../server/src/search/site-source.js';
import { ticketDocument } from '../../server/src/search/ticket-documents.js';
import { createTokenizer, type ChineseSegmentation } from '../../server/src/search/tokenizer.js';

const queries = JSON.parse(readFileSync('server/test/search/labelled-queries.json', 'utf8')) as LabelledQuery[];
const { documents } = await readSite('build');
const tickets = demoTickets.map(({ ticket, steps }, index) =>
  ticketDocument({
    id: `demo-${index}`, number: 1001 + index, subject: ticket.subject, description: ticket.description, status: 'open', priority: ticket.priority,
    category: ticket.category, tags: ticket.tags ?? [], requesterLocale: ticket.requester.locale ?? 'zh-Hans', updatedAt: new Date(),
    messages: steps.flatMap((step) => (step.kind === 'reply' || step.kind === 'note' ? [{ visibility: step.kind === 'reply' ? 'public' as const : 'internal' as const, authorType: 'staff', body: step.body }] : [])),
  }),
);
console.log(`${documents.length} pages, ${tickets.length} tickets, ${queries.length} queries`);
for (const segmentation of ['segmenter', 'jieba', 'jieba-bigrams'] as ChineseSegmentation[]) {
  const engine = new EmbeddedEngine(createTokenizer(segmentation));
  const started = performance.now();
  await engine.upsert([...documents, ...tickets]);
  const built = performance.now() - started;
  const report = await measureQuality(engine, queries);
  console.log(`${segmentation.padEnd(14)} recall@3 ${report.recallAt3}  MRR ${report.mrr}  none-with-hits ${report.noneWithHits}/6  build ${built.toFixed(0)} ms`);
  for (const [kind, k] of Object.entries(report.byKind)) console.log(`   ${kind.padEnd(9)} n=${k.queries} recall@3 ${k.recallAt3} MRR ${k.mrr}`);
  if (process.argv.includes('--misses') && segmentation === 'jieba') for (const miss of report.misses) console.log('   miss', miss.query, miss.expect.map((target) => (typeof target === 'string' ? target : target.join('|'))).join(','), '->', miss.got.join(', '));
}
