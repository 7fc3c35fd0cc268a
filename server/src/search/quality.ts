import { releasedDocs, type SearchEngine, type SearchLocale } from './documents.js';

/**
 * One entry of server/test/search/labelled-queries.json. Each element of `expect` is one target that must be in the
 * top three; a list is one target that any of several equally good pages meets (a manual section and the FAQ entry
 * that answers the same question).
 */
export type LabelledQuery = { id: string; query: string; locale: SearchLocale; kind: string; expect: (string | string[])[] };

const pagesOf = (target: string | string[]) => (typeof target === 'string' ? [target] : target);

export type QualityReport = {
  queries: number;
  recallAt3: number;
  mrr: number;
  byKind: Record<string, { queries: number; recallAt3: number; mrr: number }>;
  /** `none` queries that still returned something in the top three (not counted in the metrics). */
  noneWithHits: number;
  misses: { id: string; query: string; expect: LabelledQuery['expect']; got: string[] }[];
};

/** What a hit is called in the labelled set: a ticket by its number, a page by its path. */
function targetOf(hit: { type: string; url: string; number?: string }): string {
  return hit.type === 'ticket' && hit.number ? hit.number : hit.url;
}

/**
 * recall@3: the share of all expected targets found in the top three; MRR: the mean over queries of 1/rank of the
 * first expected target in the top ten (0 when none). Staff searches (tickets included), each in its reader's locale,
 * over the released docs as the search API defaults to.
 */
export async function measureQuality(engine: SearchEngine, queries: LabelledQuery[]): Promise<QualityReport> {
  const kinds = new Map<string, { queries: number; found: number; expected: number; rr: number }>();
  let found = 0;
  let expected = 0;
  let rr = 0;
  let counted = 0;
  let noneWithHits = 0;
  const misses: QualityReport['misses'] = [];
  for (const entry of queries) {
    const result = await engine.search({ text: entry.query, readerLocale: entry.locale, filters: { version: releasedDocs }, includeInternal: false, limit: 10, offset: 0 });
    const got = result.hits.map((hit) => targetOf(hit.document));
    if (entry.kind === 'none') {
      if (got.length > 0) noneWithHits += 1;
      continue;
    }
    const top3 = new Set(got.slice(0, 3));
    const hits = entry.expect.filter((target) => pagesOf(target).some((page) => top3.has(page))).length;
    const wanted = new Set(entry.expect.flatMap(pagesOf));
    const firstRank = got.findIndex((target) => wanted.has(target));
    const reciprocal = firstRank === -1 ? 0 : 1 / (firstRank + 1);
    found += hits;
    expected += entry.expect.length;
    rr += reciprocal;
    counted += 1;
    const kind = kinds.get(entry.kind) ?? { queries: 0, found: 0, expected: 0, rr: 0 };
    kind.queries += 1;
    kind.found += hits;
    kind.expected += entry.expect.length;
    kind.rr += reciprocal;
    kinds.set(entry.kind, kind);
    if (hits < entry.expect.length) misses.push({ id: entry.id, query: entry.query, expect: entry.expect, got: got.slice(0, 3) });
  }
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    queries: counted,
    recallAt3: round(found / Math.max(1, expected)),
    mrr: round(rr / Math.max(1, counted)),
    byKind: Object.fromEntries([...kinds].map(([kind, k]) => [kind, { queries: k.queries, recallAt3: round(k.found / Math.max(1, k.expected)), mrr: round(k.rr / k.queries) }])),
    noneWithHits,
    misses,
  };
}
