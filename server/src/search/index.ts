import path from 'node:path';
import type { AppContext } from '../context.js';
import type { RateLimiter } from '../rate-limit/limiter.js';
import { liveChannel } from '../tickets/live-repository.js';
import type { SearchEngine } from './documents.js';
import { EmbeddedEngine } from './embedded-engine.js';
import { WorkerEngine } from './worker-engine.js';
import { ConsumerPositionRepository, IndexChangeRepository } from './index-change-repository.js';
import { indexChangeRetentionMs } from './index-changes.js';
import { TicketSourceRepository } from './ticket-source-repository.js';
import { SearchIndexer, type PositionStore } from './indexer.js';
import { MeilisearchEngine } from './meilisearch-engine.js';
import { DatabasePositionStore, MemoryPositionStore, SnapshotPositionStore } from './position-stores.js';
import { SearchService } from './service.js';
import { SearchStatsRepository } from './stats-repository.js';

export { searchSubscriber } from './index-changes.js';

export type SearchSetup = { service: SearchService; indexer: SearchIndexer; engine: SearchEngine; snapshot?: SnapshotPositionStore; close: () => Promise<void> };

export function snapshotFile(dataDir: string): string {
  return path.join(dataDir, 'search', 'embedded-index.bin');
}

/** Where releases up to 0.7 kept a JSON snapshot, which this one cannot read: removed at start to free the disk. */
export function legacySnapshotFile(dataDir: string): string {
  return path.join(dataDir, 'search', 'embedded-index.json');
}

/**
 * The search feature as configured: Meilisearch (its position in the database) when MEILI_URL is set, else the
 * embedded engine, whose index is kept in a snapshot under DATA_DIR when `persist` is on (a running server) and in
 * memory otherwise (tests, one-off scripts).
 */
export function createSearch(context: AppContext, limiter: RateLimiter, options: { persist?: boolean; engine?: SearchEngine } = {}): SearchSetup {
  const { config, prisma, logger, now } = context;
  let engine: SearchEngine;
  let store: PositionStore;
  let snapshot: SnapshotPositionStore | undefined;
  if (options.engine) {
    engine = options.engine;
    store = new MemoryPositionStore();
  } else if (config.search.meiliUrl) {
    engine = new MeilisearchEngine({ url: config.search.meiliUrl, apiKey: config.search.meiliApiKey, index: config.search.meiliIndex });
    store = new DatabasePositionStore(new ConsumerPositionRepository(prisma), `meilisearch:${config.search.meiliIndex}`);
  } else if (options.persist) {
    // A running server: the index in its own thread, so scoring never holds up the event loop, and in a snapshot.
    const worker = new WorkerEngine();
    engine = worker;
    store = snapshot = new SnapshotPositionStore(snapshotFile(config.dataDir), worker, new IndexChangeRepository(prisma), legacySnapshotFile(config.dataDir));
  } else {
    engine = new EmbeddedEngine();
    store = new MemoryPositionStore();
  }
  const indexer = new SearchIndexer({ engine, store, changes: new IndexChangeRepository(prisma), tickets: new TicketSourceRepository(prisma), siteDir: config.siteDir, logger, now });
  const service = new SearchService({ indexer, stats: new SearchStatsRepository(prisma), limiter, logger, now });
  if (engine instanceof WorkerEngine) {
    engine.onLost(() => {
      logger.error('the search worker stopped; its index is reopened from the snapshot');
      indexer.lost();
      service.reopen();
    });
  }
  const close = async () => {
    if (engine instanceof WorkerEngine) await engine.close();
  };
  return { service, indexer, engine, snapshot, close };
}

const pollMs = 2_000;
// Writing the snapshot serialises the whole index (seconds at 100,000 tickets): rarely, since a restart catches up anyway.
const snapshotEveryMs = 5 * 60_000;
const pruneEveryMs = 60 * 60_000;
const countsEveryMs = 5_000;

/**
 * Keeps the index current while the server runs: opens it (in the background: the server answers meanwhile, and
 * search waits for it), applies changes at each commit (every ticket change NOTIFYs) and at each poll, writes the
 * embedded snapshot every five minutes when it changed, and prunes old index changes and search counts hourly.
 * The returned function stops, applies what is left and writes a last snapshot.
 */
export function startSearchIndexing(context: AppContext, search: SearchSetup): () => Promise<void> {
  const { logger, db, prisma, now } = context;
  let stopped = false;
  const warn = (what: string) => (error: unknown) => logger.warn({ err: error }, what);
  const opened = search.service.open().then(
    () => logger.info({ engine: search.engine.kind }, 'search index ready'),
    warn('opening the search index failed; retrying at the next poll'),
  );
  const catchUp = () => {
    if (stopped || !search.indexer.isReady) return;
    search.indexer.catchUp().catch(warn('applying index changes failed; retrying at the next poll'));
  };
  const poll = setInterval(() => {
    if (!search.indexer.isReady) search.service.open().catch(warn('opening the search index failed'));
    else catchUp();
  }, pollMs);
  const flush = setInterval(() => void search.snapshot?.flush().catch(warn('writing the search snapshot failed')), snapshotEveryMs);
  const prune = setInterval(() => {
    new IndexChangeRepository(prisma).prune(new Date(now().getTime() - indexChangeRetentionMs)).catch(warn('pruning index changes failed'));
    search.service.prune().catch(warn('pruning search counts failed'));
  }, pruneEveryMs);
  const counts = setInterval(() => void search.service.flushCounts(), countsEveryMs);
  for (const timer of [poll, flush, prune, counts]) timer.unref();
  const listening = db.listen(liveChannel, catchUp).catch((error: unknown) => {
    warn('cannot listen for ticket changes; the search index follows at each poll')(error);
    return async () => undefined;
  });
  return async () => {
    stopped = true;
    clearInterval(poll);
    clearInterval(flush);
    clearInterval(prune);
    clearInterval(counts);
    await search.service.flushCounts();
    await (await listening)();
    await opened;
    if (search.indexer.isReady) await search.indexer.catchUp().catch(warn('applying index changes at shutdown failed'));
    await search.snapshot?.flush().catch(warn('writing the search snapshot failed'));
    await search.close();
  };
}
