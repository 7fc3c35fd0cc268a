import { createHash } from 'node:crypto';
import { Meilisearch, type Hit, type Settings } from 'meilisearch';
import { ProblemError } from '../http/errors.js';
import { emptyFacets, releasedDocs, searchLocales, type EngineHealth, type EngineQuery, type EngineResult, type Facets, type SearchDocument, type SearchEngine, type SearchType } from './documents.js';
import { synonyms } from './glossary.js';
import { queryTerms } from './query-terms.js';
import { tokenizer as defaultTokenizer, type Tokenizer } from './tokenizer.js';

/** Meilisearch keys allow letters, digits, - and _ only: documents are keyed by a hash of their id. */
const keyOf = (id: string) => createHash('sha1').update(id).digest('hex');

/** The other language's documents still come, ranked as if their scores were this share of what they are. */
const otherLocaleWeight = 0.55;
const facetNames = ['type', 'section', 'locale', 'tags', 'status'] as const;

type Stored = SearchDocument & { key: string; titleTerms: string; bodyTerms: string; internalTerms: string };

/**
 * Meilisearch (MEILI_URL, MEILI_API_KEY): the same documents and the same words as the embedded engine. Each text
 * field is sent beside its words as our tokenizer cuts them (`titleTerms`, `bodyTerms`), and queries are sent as those
 * words, so 处理 finds 待处理 here too, which Meilisearch's own prefix-only matching would miss.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly kind = 'meilisearch' as const;
  private readonly client: Meilisearch;

  constructor(
    options: { url: string; apiKey?: string; index: string },
    private readonly tokenizer: Tokenizer = defaultTokenizer,
  ) {
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey });
    this.indexUid = options.index;
  }

  private readonly indexUid: string;

  private get index() {
    return this.client.index<Stored>(this.indexUid);
  }

  async applySettings(): Promise<void> {
    const settings: Settings = {
      searchableAttributes: ['title', 'titleTerms', 'number', 'tags', 'headings', 'bodyTerms', 'text', 'internalTerms', 'internal'],
      filterableAttributes: ['id', 'type', 'locale', 'section', 'tags', 'status', 'version'],
      sortableAttributes: ['updatedAt'],
      localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn', 'eng'] }],
      typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
      synonyms: Object.fromEntries(synonyms.flatMap((group) => group.map((word) => [word, group.filter((other) => other !== word)]))),
    };
    await this.call(() => this.client.createIndex(this.indexUid, { primaryKey: 'key' }).waitTask().catch(() => undefined));
    await this.call(() => this.index.updateSettings(settings).waitTask());
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const words = (text: string) => this.tokenizer.termsOf(text).join(' ');
    const stored = documents.map((document) => ({
      ...document,
      key: keyOf(document.id),
      titleTerms: words(document.title),
      bodyTerms: words(`${document.headings}\n${document.text}`),
      internalTerms: words(document.internal),
    }));
    await this.call(() => this.index.addDocuments(stored, { primaryKey: 'key' }).waitTask());
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.call(() => this.index.deleteDocuments(ids.map(keyOf)).waitTask());
  }

  async retain(types: SearchType[], keep: Set<string>): Promise<void> {
    const gone: string[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await this.call(() => this.index.getDocuments({ fields: ['id'], filter: `type IN [${types.join(', ')}]`, limit: 1000, offset }));
      for (const document of page.results) if (!keep.has(document.id)) gone.push(document.id);
      if (page.results.length < 1000) break;
    }
    await this.remove(gone);
  }

  async clear(): Promise<void> {
    await this.call(() => this.index.deleteAllDocuments().waitTask());
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.client.health();
      const stats = await this.index.getStats();
      return { ok: true, documents: stats.numberOfDocuments };
    } catch (error) {
      return { ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  async search(query: EngineQuery): Promise<EngineResult> {
    const terms = queryTerms(query.text, this.tokenizer).filter((term) => term.boost === 1);
    if (terms.length === 0) return { total: 0, hits: [], facets: emptyFacets() };
    const q = terms.map((term) => term.term).join(' ');
    const base = filterOf(query);
    const attributesToSearchOn = query.includeInternal ? undefined : ['title', 'titleTerms', 'number', 'tags', 'headings', 'bodyTerms', 'text'];
    const matchingStrategy = query.match === 'all' ? ('all' as const) : ('last' as const);
    const other = searchLocales.filter((locale) => locale !== query.readerLocale);
    const queries = [
      { indexUid: this.indexUid, q, filter: [...base, `locale = "${query.readerLocale}"`], attributesToSearchOn, showRankingScore: true, matchingStrategy, federationOptions: { weight: 1 } },
      ...(query.filters.locale && query.filters.locale === query.readerLocale
        ? []
        : [{ indexUid: this.indexUid, q, filter: [...base, `locale IN [${other.map((l) => `"${l}"`).join(', ')}]`], attributesToSearchOn, showRankingScore: true, matchingStrategy, federationOptions: { weight: otherLocaleWeight } }]),
    ];
    const response = await this.call(() =>
      this.client.multiSearch<{ federation: { limit: number; offset: number; facetsByIndex: Record<string, string[]>; mergeFacets: object }; queries: typeof queries }, Stored>({
        federation: { limit: query.limit, offset: query.offset, facetsByIndex: { [this.indexUid]: [...facetNames] }, mergeFacets: {} },
        queries,
      }),
    );
    const result = response as unknown as { hits: Hit<Stored>[]; estimatedTotalHits?: number; totalHits?: number; facetDistribution?: Record<string, Record<string, number>> };
    const distribution = result.facetDistribution ?? {};
    const facets: Facets = { ...emptyFacets(), type: distribution.type ?? {}, section: distribution.section ?? {}, locale: distribution.locale ?? {}, tag: distribution.tags ?? {}, status: distribution.status ?? {} };
    return {
      total: result.totalHits ?? result.estimatedTotalHits ?? result.hits.length,
      hits: result.hits.map((hit) => ({ document: documentOf(hit), score: hit._federation?.weightedRankingScore ?? hit._rankingScore ?? 0, terms: terms.map((t) => t.term) })),
      facets,
    };
  }

  /** Meilisearch unreachable or refusing is `search_unavailable` (503): search is down, the rest of the API is not. */
  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw new ProblemError('search_unavailable', { detail: 'The search engine (Meilisearch) did not answer. Try again shortly.', cause: error });
    }
  }
}

const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function filterOf(query: EngineQuery): string[] {
  const { filters } = query;
  const out: string[] = [];
  if (filters.types) out.push(`type IN [${filters.types.join(', ')}]`);
  if (filters.section) out.push(`section = ${quoted(filters.section)}`);
  if (filters.tag) out.push(`tags = ${quoted(filters.tag)}`);
  if (filters.status) out.push(`status = ${quoted(filters.status)}`);
  if (filters.locale) out.push(`locale = ${quoted(filters.locale)}`);
  // As inDocsVersion: pages without a version (blog posts, tickets) pass every version filter.
  if (filters.version === releasedDocs) out.push('version != "current"');
  else if (filters.version) out.push(`(version = ${quoted(filters.version)} OR version IS EMPTY)`);
  return out;
}

function documentOf(hit: Hit<Stored>): SearchDocument {
  const { key: _key, titleTerms: _t, bodyTerms: _b, internalTerms: _i, _rankingScore, _federation, _formatted, _matchesPosition, ...document } = hit as Hit<Stored> & Record<string, unknown>;
  return document as SearchDocument;
}
