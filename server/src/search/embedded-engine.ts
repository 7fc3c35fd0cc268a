import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { emptyFacets, inDocsVersion, type EngineHealth, type EngineQuery, type EngineResult, type Facets, type SearchEngine, type SearchDocument, type SearchType } from './documents.js';
import { ShardIndex, type IndexedField, type ShardQuery } from './embedded/shard.js';
import { SnapshotReader, SnapshotWriter } from './embedded/snapshot.js';
import { queryGroups } from './query-terms.js';
import { tokenizer as defaultTokenizer, type Tokenizer } from './tokenizer.js';

/** Bumped whenever the indexed fields, the tokenizer or the file layout change: an older snapshot is rebuilt, never misread. */
const snapshotFormat = 5;

const boosts: Record<IndexedField, number> = { title: 4, number: 6, tagsText: 2, headings: 2, text: 1, internal: 1 };
const publicBoosts: Partial<Record<IndexedField, number>> = { title: 4, number: 6, tagsText: 2, headings: 2, text: 1 };
/** The reader's language first: their documents' scores count this many times over. */
const readerLocaleBoost = 1.8;
/** Removed documents' postings are dropped once they are this share of a shard (and at least this many). */
const compactShare = 0.2;
const compactMinimum = 1_000;

export type SnapshotMeta = { database?: string; position: { txId: string; changeId: string; appliedAt: string } | null; docsHash: string | null };

/** An embedded index that lives in a snapshot file: in this thread (EmbeddedEngine) or in a worker (WorkerEngine). */
export interface SnapshotEngine extends SearchEngine {
  saveSnapshot(file: string, meta: SnapshotMeta): Promise<void>;
  loadSnapshotInto(file: string): Promise<SnapshotMeta | null>;
}

type Shard = 'pages' | 'tickets';
const shardNames: Shard[] = ['pages', 'tickets'];
const shardOf = (id: string): Shard => (id.startsWith('ticket:') ? 'tickets' : 'pages');
const pageTypes: SearchType[] = ['doc', 'faq', 'article'];

/**
 * The default engine, in this process: two inverted indexes of our own (server/src/search/embedded/), one for the
 * site's pages and one for the tickets, so a public search never walks the tickets' postings. MiniSearch was the
 * first engine; at 100,000 tickets its search built an object per matching document and took hundreds of
 * milliseconds on common words (bench/README.md), so the index keeps MiniSearch's radix tree for prefix and typo
 * lookups and its BM25+ scoring, and scores into typed arrays instead. Saved as a snapshot under DATA_DIR with the
 * position of the last index change it applied, so a restart loads it and applies only what changed since.
 */
export class EmbeddedEngine implements SnapshotEngine {
  readonly kind = 'embedded' as const;
  private shards: Record<Shard, ShardIndex>;
  /** Writes (and a snapshot being written, which must see one state of the index) go one at a time; searches do not wait. */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(private readonly tokenizer: Tokenizer = defaultTokenizer, shards?: Record<Shard, ShardIndex>) {
    this.shards = shards ?? { pages: new ShardIndex(tokenizer), tickets: new ShardIndex(tokenizer) };
  }

  async applySettings(): Promise<void> {
    // The settings are the code's; nothing is kept outside the process.
  }

  upsert(documents: SearchDocument[]): Promise<void> {
    return this.write(() => {
      for (const document of documents) this.shards[shardOf(document.id)].add(document);
      this.compactIfWorthIt();
    });
  }

  remove(ids: string[]): Promise<void> {
    return this.write(() => {
      for (const id of ids) this.shards[shardOf(id)].remove(id);
      this.compactIfWorthIt();
    });
  }

  async retain(types: SearchType[], keep: Set<string>): Promise<void> {
    const gone: string[] = [];
    for (const shard of Object.values(this.shards)) for (const document of shard.documents) if (document && types.includes(document.type) && !keep.has(document.id)) gone.push(document.id);
    await this.remove(gone);
  }

  clear(): Promise<void> {
    return this.write(() => {
      this.shards = { pages: new ShardIndex(this.tokenizer), tickets: new ShardIndex(this.tokenizer) };
    });
  }

  /** Replaces the index with the snapshot's, when there is one this release can read; returns its meta. */
  loadSnapshotInto(file: string): Promise<SnapshotMeta | null> {
    return this.write(async () => {
      const loaded = await EmbeddedEngine.loadSnapshot(file, this.tokenizer);
      if (loaded) this.shards = loaded.engine.shards;
      return loaded?.meta ?? null;
    });
  }

  get documentCount(): number {
    return this.shards.pages.documentCount + this.shards.tickets.documentCount;
  }

  async health(): Promise<EngineHealth> {
    return { ok: true, documents: this.documentCount };
  }

  async search(query: EngineQuery): Promise<EngineResult> {
    const groups = queryGroups(query.text, this.tokenizer);
    if (groups.length === 0) return { total: 0, hits: [], facets: emptyFacets() };
    const { filters } = query;
    const wanted = filters.status ? ['ticket'] : filters.types;
    const shards = !wanted ? shardNames : shardNames.filter((shard) => wanted.some((type) => (type === 'ticket') === (shard === 'tickets')));
    const narrowTypes = filters.types && !pageTypes.every((type) => filters.types!.includes(type));
    const shardQuery: ShardQuery = {
      groups,
      boosts: query.includeInternal ? boosts : publicBoosts,
      all: query.match === 'all',
      keep: narrowTypes || filters.section || filters.locale || filters.tag || filters.status || filters.version ? keeper(query) : undefined,
      readerLocale: query.readerLocale,
      readerLocaleBoost,
      top: query.offset + query.limit,
    };
    // Each shard's BM25 weighs rarity against its own size; scale both to the whole collection's, roughly as if
    // they were one index (a term in 1 of 5 tickets is not rarer than one in 1 of 200 pages).
    const all = Math.log1p(this.documentCount);
    const scale = (shard: Shard) => (shards.length > 1 ? all / Math.max(Math.log1p(this.shards[shard].documentCount), 1e-9) : 1);
    let total = 0;
    const facets = emptyFacets();
    const hits: { shard: Shard; slot: number; score: number; derived: Parameters<ShardIndex['termsOf']>[1] }[] = [];
    for (const shard of shards) {
      const result = this.shards[shard].search(shardQuery);
      total += result.total;
      addFacets(facets, result.facets);
      for (const hit of result.hits) hits.push({ shard, slot: hit.slot, score: hit.score * scale(shard), derived: result.derived });
    }
    hits.sort((a, b) => b.score - a.score);
    return {
      total,
      facets,
      hits: hits.slice(query.offset, query.offset + query.limit).map(({ shard, slot, score, derived }) => ({
        document: this.shards[shard].documents[slot]!,
        score,
        terms: this.shards[shard].termsOf(slot, derived, shardQuery.boosts),
      })),
    };
  }

  /** Writes the index and `meta` atomically (a new file renamed over the old), so a crash leaves one or the other. */
  /**
   * Writes the index and `meta` atomically (a new file renamed over the old), so a crash leaves one or the other.
   * The file is written a record at a time; changes that arrive meanwhile wait, so it holds one state of the index.
   */
  saveSnapshot(file: string, meta: SnapshotMeta): Promise<void> {
    return this.write(async () => {
      await mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      const writer = await SnapshotWriter.create(temporary);
      try {
        await writer.json({ format: snapshotFormat, segmentation: this.tokenizer.segmentation, meta, shards: shardNames });
        for (const shard of shardNames) await writer.shard(this.shards[shard]);
      } finally {
        await writer.close();
      }
      await rename(temporary, file);
    });
  }

  /** The snapshot's engine and meta, or null when there is none or it was written by another format or tokenizer. */
  static async loadSnapshot(file: string, tokenizer: Tokenizer = defaultTokenizer): Promise<{ engine: EmbeddedEngine; meta: SnapshotMeta } | null> {
    let reader: SnapshotReader | null;
    try {
      reader = await SnapshotReader.open(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    if (!reader) return null;
    try {
      const head = await reader.json<{ format?: number; segmentation?: string; meta: SnapshotMeta }>();
      if (head.format !== snapshotFormat || head.segmentation !== tokenizer.segmentation) return null;
      const shards = { pages: await reader.shard(tokenizer), tickets: await reader.shard(tokenizer) };
      return { engine: new EmbeddedEngine(tokenizer, shards), meta: head.meta };
    } finally {
      await reader.close();
    }
  }

  private write<T>(change: () => T | Promise<T>): Promise<T> {
    const next = this.writes.then(change);
    this.writes = next.catch(() => undefined);
    return next;
  }

  private compactIfWorthIt(): void {
    for (const shard of Object.values(this.shards)) if (shard.dead >= compactMinimum && shard.dead >= shard.slotCount * compactShare) shard.compact();
  }
}

function keeper(query: EngineQuery): ShardQuery['keep'] {
  const { filters } = query;
  return (slot, shard) => {
    const document = shard.documents[slot]!;
    return (
      (!filters.types || filters.types.includes(document.type)) &&
      (!filters.section || document.section === filters.section) &&
      (!filters.locale || document.locale === filters.locale) &&
      (!filters.tag || document.tags.includes(filters.tag)) &&
      (!filters.status || document.status === filters.status) &&
      inDocsVersion(document, filters.version)
    );
  };
}

function addFacets(into: Facets, from: Facets): void {
  for (const name of Object.keys(into) as (keyof Facets)[]) for (const [value, count] of Object.entries(from[name])) into[name][value] = (into[name][value] ?? 0) + count;
}
