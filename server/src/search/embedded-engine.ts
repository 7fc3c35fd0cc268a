import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import {
  emptyFacets,
  type EngineHealth,
  type EngineQuery,
  type EngineResult,
  type Facets,
  type SearchDocument,
  type SearchEngine,
  type SearchType,
} from './documents.js';
import { queryGroups } from './query-terms.js';
import { tokenizer as defaultTokenizer, type Tokenizer } from './tokenizer.js';

/** Bumped whenever the indexed fields or the tokenizer change: an older snapshot is rebuilt, never misread. */
const snapshotFormat = 4;

const storedFields = ['type', 'locale', 'section', 'title', 'headings', 'text', 'internal', 'url', 'tags', 'version', 'number', 'status', 'priority', 'category', 'updatedAt'] as const;
const boosts = { title: 4, number: 6, tagsText: 2, headings: 2, text: 1, internal: 1 };
/** The reader's language first: their documents' scores count this many times over. */
const readerLocaleBoost = 1.8;

type Indexed = SearchDocument & { tagsText: string };

export type SnapshotMeta = { database?: string; position: { txId: string; changeId: string; appliedAt: string } | null; docsHash: string | null };

function options(tokenizer: Tokenizer): Options<Indexed> {
  return {
    idField: 'id',
    fields: ['title', 'number', 'tagsText', 'headings', 'text', 'internal'],
    storeFields: [...storedFields],
    tokenize: (text) => tokenizer.words(text),
    processTerm: (word) => {
      const terms = tokenizer.terms(word);
      return terms.length ? terms : null;
    },
    // Removals are vacuumed in the background in small batches, so a search never waits for one.
    autoVacuum: { batchSize: 2000, batchWait: 5, minDirtCount: 200, minDirtFactor: 0.05 },
  };
}

/**
 * The default engine: MiniSearch in this process. It holds the documents' stored fields (for snippets) and is
 * saved as a snapshot under DATA_DIR with the position of the last index change it applied, so a restart loads it
 * and applies only what changed since.
 */
type Shard = 'pages' | 'tickets';
const shardOf = (id: string): Shard => (id.startsWith('ticket:') ? 'tickets' : 'pages');

export class EmbeddedEngine implements SearchEngine {
  readonly kind = 'embedded' as const;
  /**
   * Two indexes: the site's pages and the tickets. A public search (docs, FAQ, articles) never walks the tickets'
   * postings, which outnumber the pages many times over; a staff search asks both and merges by score.
   */
  private shards: Record<Shard, MiniSearch<Indexed>>;

  constructor(private readonly tokenizer: Tokenizer = defaultTokenizer, shards?: Record<Shard, MiniSearch<Indexed>>) {
    this.shards = shards ?? { pages: new MiniSearch<Indexed>(options(tokenizer)), tickets: new MiniSearch<Indexed>(options(tokenizer)) };
  }

  async applySettings(): Promise<void> {
    // The settings are the constructor's options; nothing is kept outside the process.
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    for (const document of documents) {
      const index = this.shards[shardOf(document.id)];
      if (index.has(document.id)) index.discard(document.id);
      index.add({ ...document, tagsText: document.tags.join(' ') });
    }
  }

  async remove(ids: string[]): Promise<void> {
    for (const id of ids) {
      const index = this.shards[shardOf(id)];
      if (index.has(id)) index.discard(id);
    }
  }

  async retain(types: SearchType[], keep: Set<string>): Promise<void> {
    const gone: string[] = [];
    // The stored fields are the only list of ids MiniSearch keeps.
    for (const [id, fields] of this.storedEntries()) if (types.includes(fields.type as SearchType) && !keep.has(id)) gone.push(id);
    await this.remove(gone);
  }

  async clear(): Promise<void> {
    this.shards = { pages: new MiniSearch<Indexed>(options(this.tokenizer)), tickets: new MiniSearch<Indexed>(options(this.tokenizer)) };
  }

  /** Takes over the index of an engine loaded from a snapshot. */
  adopt(other: EmbeddedEngine): void {
    this.shards = other.shards;
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
    const byTerm = new Map(groups.flat().map((term) => [term.term, term]));
    const { filters } = query;
    // One sub-query per word typed (its terms, stem and synonyms), combined as the match mode asks.
    const tree = { combineWith: query.match === 'all' ? ('AND' as const) : ('OR' as const), queries: groups.map((group) => ({ combineWith: 'OR' as const, queries: [group.map((term) => term.term).join(' ')] })) };
    const wanted = filters.status ? ['ticket'] : filters.types;
    const shards: Shard[] = !wanted ? ['pages', 'tickets'] : (['pages', 'tickets'] as const).filter((shard) => wanted.some((type) => (type === 'ticket') === (shard === 'tickets')));
    const searchOptions = {
      fields: query.includeInternal ? undefined : ['title', 'number', 'tagsText', 'headings', 'text'],
      boost: boosts,
      // The terms are already the tokenizer's: search them as they are.
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      boostTerm: (term) => byTerm.get(term)?.boost ?? 1,
      fuzzy: (term) => byTerm.get(term)?.fuzzy ?? 0,
      maxFuzzy: 2,
      prefix: (term) => byTerm.get(term)?.prefix ?? false,
      weights: { fuzzy: 0.6, prefix: 0.5 },
      filter: undefined as ((result: SearchResult) => boolean) | undefined,
    } satisfies Parameters<MiniSearch<Indexed>['search']>[1];
    const pageTypes = ['doc', 'faq', 'article'] as const;
    const narrowTypes = filters.types && !pageTypes.every((type) => filters.types!.includes(type));
    const narrow = narrowTypes || filters.section || filters.locale || filters.tag || filters.status;
    // Only when something narrows the shard: the callback runs once per matching document.
    const filter = narrow
      ? (result: SearchResult) =>
          (!filters.types || filters.types.includes(result.type)) &&
          (!filters.section || result.section === filters.section) &&
          (!filters.locale || result.locale === filters.locale) &&
          (!filters.tag || (result.tags as string[]).includes(filters.tag)) &&
          (!filters.status || result.status === filters.status)
      : undefined;
    const results = shards.flatMap((shard) => this.shards[shard].search(tree, { ...searchOptions, filter }));
    // The reader's language first: the same as a per-document boost (it multiplies every term's part of the score),
    // applied once per result instead of once per result and term.
    for (const result of results) if (result.locale === query.readerLocale) result.score *= readerLocaleBoost;
    if (shards.length > 1) {
      // Each shard's BM25 weighs rarity against its own size; scale both to the whole collection's, roughly as if
      // they were one index (a term in 1 of 5 tickets is not rarer than one in 1 of 200 pages).
      const all = Math.log1p(this.documentCount);
      const scale = Object.fromEntries((['pages', 'tickets'] as const).map((shard) => [shard, all / Math.max(Math.log1p(this.shards[shard].documentCount), 1e-9)]));
      for (const result of results) result.score *= scale[shardOf(String(result.id))]!;
    }
    results.sort((a, b) => b.score - a.score);
    return {
      total: results.length,
      hits: results.slice(query.offset, query.offset + query.limit).map((result) => ({ document: documentOf(result), score: result.score, terms: result.terms })),
      facets: facetsOf(results),
    };
  }

  /** Writes the index and `meta` atomically (a new file renamed over the old), so a crash leaves one or the other. */
  async saveSnapshot(file: string, meta: SnapshotMeta): Promise<void> {
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ format: snapshotFormat, segmentation: this.tokenizer.segmentation, meta, shards: this.shards }));
    await rename(temporary, file);
  }

  /** The snapshot's engine and meta, or null when there is none or it was written by another format or tokenizer. */
  static async loadSnapshot(file: string, tokenizer: Tokenizer = defaultTokenizer): Promise<{ engine: EmbeddedEngine; meta: SnapshotMeta } | null> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const parsed = JSON.parse(text) as { format?: number; segmentation?: string; meta: SnapshotMeta; shards: Record<Shard, unknown> };
    if (parsed.format !== snapshotFormat || parsed.segmentation !== tokenizer.segmentation) return null;
    const load = (shard: Shard) => MiniSearch.loadJS<Indexed>(parsed.shards[shard] as Parameters<typeof MiniSearch.loadJS>[0], options(tokenizer));
    return { engine: new EmbeddedEngine(tokenizer, { pages: load('pages'), tickets: load('tickets') }), meta: parsed.meta };
  }

  private *storedEntries(): Iterable<[string, Record<string, unknown>]> {
    // MiniSearch keeps stored fields by short id and the external ids beside them; both are needed for a sweep.
    for (const index of Object.values(this.shards)) {
      const internal = index as unknown as { _documentIds: Map<number, string>; _storedFields: Map<number, Record<string, unknown>> };
      for (const [shortId, id] of internal._documentIds) {
        const fields = internal._storedFields.get(shortId);
        if (fields) yield [id, fields];
      }
    }
  }
}

function documentOf(result: SearchResult): SearchDocument {
  const fields = Object.fromEntries(storedFields.map((name) => [name, result[name]]));
  return { id: String(result.id), ...fields } as SearchDocument;
}

function facetsOf(results: SearchResult[]): Facets {
  const facets = emptyFacets();
  const count = (facet: Record<string, number>, value: unknown) => {
    if (typeof value === 'string' && value) facet[value] = (facet[value] ?? 0) + 1;
  };
  for (const result of results) {
    count(facets.type, result.type);
    count(facets.section, result.section);
    count(facets.locale, result.locale);
    count(facets.status, result.status);
    for (const tag of (result.tags as string[] | undefined) ?? []) count(facets.tag, tag);
  }
  return facets;
}
