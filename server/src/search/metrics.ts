import { Counter, Gauge, type Registry } from 'prom-client';
import type { Logger } from '../logger.js';
import type { SearchReadiness } from '../health/readiness.js';
import type { SearchSetup } from './index.js';

/** /ready's view of search: engine state, documents, and this replica's lag behind the committed changes. */
export function searchProbe(search: SearchSetup): () => Promise<SearchReadiness> {
  return async () => {
    const engine = search.engine.kind;
    const health = await search.engine.health();
    if (!health.ok) return { engine, status: 'unavailable', detail: 'The search engine does not answer; search answers 503 until it does.' };
    if (!search.indexer.isReady) return { engine, status: 'starting', documents: health.documents };
    return { engine, status: 'ok', documents: health.documents, lag: await search.indexer.lag() };
  };
}

/** Adds to a counter what a running total grew by since the last scrape. */
function follow(counter: Counter<string>, labels: Record<string, string>, seen: Map<string, number>, key: string, total: number) {
  const before = seen.get(key) ?? 0;
  if (total > before) counter.inc(labels, total - before);
  seen.set(key, total);
}

/**
 * Search on /metrics: queries by page and outcome (zero results counted apart), results opened, deflections and
 * suggestion lists; the index's lag (changes not applied, age of the oldest) and its document count.
 */
export function registerSearchMetrics(registry: Registry, search: SearchSetup, logger: Logger): void {
  if (registry.getSingleMetric('handover_search_queries_total')) return;
  const { counters } = search.service;
  const seen = new Map<string, number>();
  new Counter({
    name: 'handover_search_queries_total',
    help: 'Searches, by page (site, console, portal) and outcome (hits, zero: nothing found).',
    labelNames: ['source', 'outcome'] as const,
    registers: [registry],
    collect() {
      for (const [key, total] of counters.queries) {
        const [source = '', outcome = ''] = key.split(':');
        follow(this, { source, outcome }, seen, `q:${key}`, total);
      }
    },
  });
  new Counter({
    name: 'handover_search_clicks_total',
    help: 'Search results and suggestions opened, by page.',
    labelNames: ['source'] as const,
    registers: [registry],
    collect() {
      for (const [source, total] of counters.clicks) follow(this, { source }, seen, `c:${source}`, total);
    },
  });
  new Counter({
    name: 'handover_search_deflections_total',
    help: '"This solved my problem" answers in the portal: tickets not filed.',
    registers: [registry],
    collect() {
      follow(this, {}, seen, 'd', counters.deflections);
    },
  });
  new Counter({
    name: 'handover_search_suggestion_lists_total',
    help: 'Suggestion lists served to the portal while customers wrote.',
    registers: [registry],
    collect() {
      follow(this, {}, seen, 's', counters.suggestions);
    },
  });
  let read: Promise<{ changes: number; oldestSeconds: number; documents: number }> | undefined;
  const snapshot = () =>
    (read ??= (async () => {
      try {
        const health = await search.engine.health();
        const lag = search.indexer.isReady ? await search.indexer.lag() : { changes: 0, oldestSeconds: 0 };
        return { ...lag, documents: health.ok ? health.documents : 0 };
      } finally {
        setImmediate(() => (read = undefined));
      }
    })());
  const failed = (error: unknown) => logger.warn({ err: error }, 'reading search metrics failed');
  const gauge = (name: string, help: string, pick: (s: Awaited<ReturnType<typeof snapshot>>) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        try {
          this.set(pick(await snapshot()));
        } catch (error) {
          failed(error);
        }
      },
    });
  gauge('handover_search_index_lag_changes', 'Index changes committed but not yet applied by this replica. Alert when it keeps growing.', (s) => s.changes);
  gauge('handover_search_index_lag_seconds', 'Age of the oldest index change not yet applied; 0 when the index is current.', (s) => s.oldestSeconds);
  gauge('handover_search_documents', 'Documents in the search index (pages of both languages and tickets).', (s) => s.documents);
}
