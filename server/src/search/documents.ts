import type { TicketPriority, TicketStatus } from '../tickets/workflow.js';

/** What a hit is: a manual page, an FAQ entry, a blog article (release notes, best practice) or a past ticket. */
export const searchTypes = ['doc', 'faq', 'article', 'ticket'] as const;
export type SearchType = (typeof searchTypes)[number];

/** Where a page sits on the site; tickets are their own section. */
export const searchSections = ['manual', 'training', 'faq', 'operations', 'api', 'architecture', 'database', 'blog', 'tickets'] as const;
export type SearchSection = (typeof searchSections)[number];

export const searchLocales = ['zh-Hans', 'en'] as const;
export type SearchLocale = (typeof searchLocales)[number];

/** One indexed document, the same for both engines. */
export type SearchDocument = {
  /** `page:<url>` or `ticket:<uuid>`. */
  id: string;
  type: SearchType;
  locale: SearchLocale;
  section: SearchSection;
  title: string;
  /** The page's headings, one per line. */
  headings: string;
  /** The page's text; a ticket's description and public conversation. */
  text: string;
  /** A ticket's internal notes: searched and shown for staff only (and tickets are staff-only anyway). */
  internal: string;
  /** Where the hit opens: a site path (`/en/docs/operations/backup`) or a console path. */
  url: string;
  tags: string[];
  /** Docs pages: the release they describe (`0.8.0`), or `current` for the unreleased docs at /docs/next/; empty for blog posts, tickets and a site with no release yet. */
  version: string;
  /** Tickets only: `HO-1042`, status, priority, category. */
  number?: string;
  status?: TicketStatus;
  priority?: TicketPriority;
  category?: string;
  /** ISO time of the page's build or the ticket's last change. */
  updatedAt: string;
};

export type SearchFilters = {
  types?: SearchType[];
  section?: SearchSection;
  tag?: string;
  status?: TicketStatus;
  locale?: SearchLocale;
  /**
   * Docs of one version only: a release (`0.8.0`), `current` (next), or `released`: every indexed version but next,
   * which is the released one (older versions are not indexed). Pages without a version (blog, tickets) always pass.
   */
  version?: string;
};

/** The `version` filter that keeps the released docs: the one the API, suggestions and the quality set use. */
export const releasedDocs = 'released';

/** Whether a document passes a `version` filter (the embedded engine; Meilisearch filters the same way). */
export function inDocsVersion(document: Pick<SearchDocument, 'version'>, version: string | undefined): boolean {
  if (!version || !document.version) return true;
  return version === releasedDocs ? document.version !== 'current' : document.version === version;
}

export type EngineQuery = {
  /** The query as typed (already capped and checked to hold words). */
  text: string;
  /** The reader's language: their documents rank first, the other language's still come. */
  readerLocale: SearchLocale;
  filters: SearchFilters;
  /** Staff searches also look in internal notes. */
  includeInternal: boolean;
  /** `any` (the default): rank by how much matches; `all`: every word typed must match (a filter, as in the queue). */
  match?: 'any' | 'all';
  limit: number;
  offset: number;
};

export type EngineHit = { document: SearchDocument; score: number; /** What a snippet marks: the terms the query matched (for a prefix match, the prefix typed). */ terms: string[] };

export type Facets = {
  type: Record<string, number>;
  section: Record<string, number>;
  locale: Record<string, number>;
  tag: Record<string, number>;
  status: Record<string, number>;
};

export type EngineResult = { total: number; hits: EngineHit[]; facets: Facets };

/** Where a consumer of the index changes stands: the last change it applied, and when. */
export type IndexPosition = { txId: bigint; changeId: bigint; appliedAt: Date };

export type EngineHealth = { ok: true; documents: number } | { ok: false; detail: string };

/**
 * The one interface of a search engine; the embedded engine and Meilisearch pass the same contract tests
 * (server/test/search-contract.test.ts). Writes are idempotent: upserting a document again replaces it.
 */
export interface SearchEngine {
  readonly kind: 'embedded' | 'meilisearch';
  /** Searchable, filterable and sortable attributes, synonyms, languages: idempotent, called at start. */
  applySettings(): Promise<void>;
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  /** Removes every document of these types whose id is not in `keep` (pages gone from a new build). */
  retain(types: SearchType[], keep: Set<string>): Promise<void>;
  search(query: EngineQuery): Promise<EngineResult>;
  health(): Promise<EngineHealth>;
  /** Removes everything (a full rebuild). */
  clear(): Promise<void>;
}

export function emptyFacets(): Facets {
  return { type: {}, section: {}, locale: {}, tag: {}, status: {} };
}
