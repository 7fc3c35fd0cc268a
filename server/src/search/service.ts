import { staffOf, type Actor } from '../auth/actor.js';
import { ProblemError } from '../http/errors.js';
import type { Logger } from '../logger.js';
import type { RateLimiter } from '../rate-limit/limiter.js';
import { releasedDocs, type EngineHit, type SearchLocale, type SearchType } from './documents.js';
import { highlighter, type Highlighter } from './highlight.js';
import type { SearchIndexer } from './indexer.js';
import { hasSearchableTerms, queryTerms } from './query-terms.js';
import type { SearchEventBody, SearchHit, SearchQuery, SearchReport, SearchResults, Suggestions } from './schemas.js';
import { SearchStatsBuffer } from './stats-buffer.js';
import { keepStatsDays, normaliseQuery, type SearchStatsRepository, type StatSource } from './stats-repository.js';
import { tokenizer } from './tokenizer.js';

const publicTypes: SearchType[] = ['doc', 'faq', 'article'];

/** What the search feature has counted since the process started, for /metrics. */
export type SearchCounters = { queries: Map<string, number>; clicks: Map<string, number>; deflections: number; suggestions: number };

export type SearchServiceDeps = { indexer: SearchIndexer; stats: SearchStatsRepository; limiter: RateLimiter; logger: Logger; now: () => Date };

/** Events come from browsers without signing in: enough for a person, too few to skew the report. */
const eventLimit = { name: 'search-event', limit: 60, windowSeconds: 60 };
/** Anonymous searching costs CPU, not only a row: enough for typing with suggestions, not for scraping. */
const anonymousSearchLimit = { name: 'search', limit: 240, windowSeconds: 60 };

/**
 * Knowledge-base search: the site's search page, the console's knowledge panel, the portal's suggestions while a
 * customer writes, and the queue's free-text filter, all on one engine. Tickets (and their internal notes) are
 * found by staff only.
 */
export class SearchService {
  readonly counters: SearchCounters = { queries: new Map(), clicks: new Map(), deflections: 0, suggestions: 0 };
  private opening: Promise<void> | undefined;
  private readonly buffer: SearchStatsBuffer;

  constructor(private readonly deps: SearchServiceDeps) {
    this.buffer = new SearchStatsBuffer(deps.stats, deps.logger);
  }

  get indexer(): SearchIndexer {
    return this.deps.indexer;
  }

  /** Opens the index once (loads or builds it); every search waits for it the first time. */
  open(): Promise<void> {
    this.opening ??= this.deps.indexer.open().catch((error: unknown) => {
      this.opening = undefined;
      throw error;
    });
    return this.opening;
  }

  /** The index must be opened again (its engine lost it); the next search waits for that. */
  reopen(): void {
    this.opening = undefined;
  }

  async search(actor: Actor, query: SearchQuery, address: string): Promise<SearchResults> {
    const staff = actor.kind === 'staff';
    if (!staff) await this.deps.limiter.hit(anonymousSearchLimit, address);
    if (!staff && (query.type?.includes('ticket') || query.status)) {
      throw new ProblemError(actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', { detail: 'Only staff search tickets; leave out type=ticket and status.' });
    }
    const engine = this.deps.indexer.engine;
    const empty: SearchResults = { query: query.q, total: 0, hits: [], facets: { type: {}, section: {}, locale: {}, tag: {}, status: {} }, engine: engine.kind };
    // Punctuation, emoji or only stop words: nothing to look for, and nothing to count in the report.
    if (!hasSearchableTerms(query.q, tokenizer)) return empty;
    await this.open();
    const types = query.type ?? (staff ? undefined : publicTypes);
    const result = await engine.search({
      text: query.q,
      readerLocale: query.locale,
      filters: { types: query.status ? ['ticket'] : types, section: query.section, tag: query.tag, status: query.status, version: query.version },
      includeInternal: staff,
      limit: query.limit,
      offset: query.offset,
    });
    this.count(query.source, query.locale, query.q, result.total === 0);
    const marks = marksFor(result.hits, query.q);
    return { query: query.q, total: result.total, hits: result.hits.map((hit) => this.hitOf(hit, marks, staff)), facets: result.facets, engine: engine.kind };
  }

  /** Up to five pages for what a customer is writing; nothing is counted until they click or file. */
  async suggest(text: string, locale: SearchLocale, address: string): Promise<Suggestions> {
    await this.deps.limiter.hit(anonymousSearchLimit, address);
    const q = text.slice(0, 200);
    if (!hasSearchableTerms(q, tokenizer)) return { suggestions: [] };
    await this.open();
    const result = await this.deps.indexer.engine.search({ text: q, readerLocale: locale, filters: { types: publicTypes, version: releasedDocs }, includeInternal: false, limit: 5, offset: 0 });
    this.counters.suggestions += 1;
    const marks = marksFor(result.hits, q);
    return {
      suggestions: result.hits.map((hit) => {
        const { snippet, highlights } = marks.snippet(hit.document.text, 140);
        return { type: hit.document.type as 'doc' | 'faq' | 'article', title: hit.document.title, url: hit.document.url, snippet, highlights };
      }),
    };
  }

  /** A result opened, or "this solved my problem" (a ticket not filed). */
  async recordEvent(event: SearchEventBody, address: string): Promise<void> {
    await this.deps.limiter.hit(eventLimit, address);
    const query = normaliseQuery(event.query);
    if (event.kind === 'click') this.counters.clicks.set(event.source, (this.counters.clicks.get(event.source) ?? 0) + 1);
    else this.counters.deflections += 1;
    await this.deps.stats.add(this.deps.now(), event.source, event.locale, query, event.kind === 'click' ? { clicks: 1 } : { deflections: 1 });
  }

  async report(actor: Actor, from: string, to: string, source: StatSource | undefined): Promise<SearchReport> {
    // Reading grants no power: an administrator's API token may fetch it for a dashboard.
    if (staffOf(actor).role !== 'admin') throw new ProblemError('forbidden', { detail: 'Administrators only.' });
    if (from > to) throw new ProblemError('validation_failed', { errors: [{ field: 'from', code: 'after_to', message: 'must not be after `to`' }] });
    const { stats } = this.deps;
    await this.buffer.flush();
    const [totals, notFound, top] = await Promise.all([stats.totals(from, to, source), stats.rows(from, to, source, true, 50), stats.rows(from, to, source, false, 50)]);
    return { from, to, totals, notFound, top };
  }

  /**
   * The queue's free-text filter: the ids of the tickets that match, best first, at most `limit`. The index is
   * brought up to date first, so a ticket changed a moment ago is found as it now is.
   */
  async matchingTicketIds(text: string, limit = 1000): Promise<string[]> {
    if (!hasSearchableTerms(text, tokenizer)) return [];
    await this.open();
    await this.deps.indexer.settle(1000);
    const result = await this.deps.indexer.engine.search({ text, readerLocale: 'zh-Hans', filters: { types: ['ticket'] }, includeInternal: true, match: 'all', limit, offset: 0 });
    return result.hits.map((hit) => hit.document.id.replace(/^ticket:/, ''));
  }

  async prune(): Promise<void> {
    await this.deps.stats.prune(new Date(this.deps.now().getTime() - keepStatsDays * 86_400_000));
  }

  /** Writes the searches counted since the last time (every few seconds, before a report, at shutdown). */
  flushCounts(): Promise<void> {
    return this.buffer.flush();
  }

  private count(source: StatSource, locale: string, q: string, zero: boolean): void {
    const key = `${source}:${zero ? 'zero' : 'hits'}`;
    this.counters.queries.set(key, (this.counters.queries.get(key) ?? 0) + 1);
    this.buffer.add(this.deps.now(), source, locale, normaliseQuery(q), { searches: 1, zeroResults: zero ? 1 : 0 });
  }

  private hitOf(hit: EngineHit, marks: Highlighter, staff: boolean): SearchHit {
    const { document } = hit;
    let { snippet, highlights } = marks.snippet(document.text || document.headings);
    let internal: boolean | undefined;
    if (staff && highlights.length === 0 && document.internal) {
      const fromNotes = marks.snippet(document.internal);
      if (fromNotes.highlights.length > 0) {
        ({ snippet, highlights } = fromNotes);
        internal = true;
      }
    }
    return {
      type: document.type,
      title: document.title,
      url: document.url,
      locale: document.locale,
      section: document.section,
      tags: document.tags ?? [],
      snippet,
      highlights,
      titleHighlights: marks.snippet(document.title, 1000).highlights,
      ...(document.number ? { number: document.number, status: document.status } : {}),
      ...(internal ? { internal } : {}),
      ...(document.version ? { version: document.version } : {}),
      score: Math.round(hit.score * 1000) / 1000,
    };
  }
}

/**
 * One highlighter per search: the terms the engine matched in any hit (typo-corrected and prefix ones included) and
 * the terms of what was typed. A term one hit matched marks the same word in another hit, which holds it too.
 */
function marksFor(hits: EngineHit[], q: string): Highlighter {
  return highlighter([...hits.flatMap((hit) => hit.terms), ...queryTerms(q, tokenizer).map((term) => term.term)]);
}
