import type { Logger } from '../logger.js';
import type { IndexPosition, SearchEngine } from './documents.js';
import type { IndexChangeRepository } from './index-change-repository.js';
import { indexChangeRetentionMs, startPosition } from './index-changes.js';
import { readSite } from './site-source.js';
import { ticketDocument } from './ticket-documents.js';
import type { TicketSourceRepository } from './ticket-source-repository.js';

/** Where a consumer keeps its position and the hash of the site it indexed. */
export interface PositionStore {
  load(): Promise<{ position: IndexPosition; docsHash: string | null } | null>;
  save(state: { position: IndexPosition; docsHash: string | null }): Promise<void>;
}

export type IndexerDeps = {
  engine: SearchEngine;
  store: PositionStore;
  changes: IndexChangeRepository;
  tickets: TicketSourceRepository;
  siteDir: string;
  logger: Logger;
  now: () => Date;
};

export type Progress = (done: number, total: number, what: 'pages' | 'tickets') => void;

const batchSize = 500;

/**
 * One consumer of the index changes: applies them to its engine from its last position (at start, when woken by a
 * commit, and at each poll), indexes the built site when it changed, and rebuilds when its position cannot be
 * caught up from (none yet, older than the changes kept, or from another database). Applying is idempotent: each
 * change re-reads its ticket as it is now.
 */
export class SearchIndexer {
  private position: IndexPosition = startPosition();
  private docsHash: string | null = null;
  private running: Promise<void> | undefined;
  private again = false;
  private ready = false;

  constructor(private readonly deps: IndexerDeps) {}

  get engine(): SearchEngine {
    return this.deps.engine;
  }

  get currentPosition(): IndexPosition {
    return this.position;
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** The engine lost its index (its worker died): the next `open` loads the snapshot or rebuilds. */
  lost(): void {
    this.ready = false;
    this.position = startPosition();
    this.docsHash = null;
  }

  /** Loads the position, rebuilds if it must, indexes a changed site, and applies what changed meanwhile. */
  async open(): Promise<void> {
    const { engine, store, changes, logger, now } = this.deps;
    await engine.applySettings();
    const saved = await store.load();
    const tooOld = saved && now().getTime() - saved.position.appliedAt.getTime() > indexChangeRetentionMs - 86_400_000;
    const foreign = saved && saved.position.txId >= (await changes.nextTxId());
    if (!saved || tooOld || foreign) {
      logger.info({ reason: !saved ? 'no index yet' : tooOld ? 'position older than the kept changes' : 'position from another database' }, 'search index: rebuilding tickets');
      await this.rebuildTickets();
      this.docsHash = saved?.docsHash ?? null;
    } else {
      this.position = saved.position;
      this.docsHash = saved.docsHash;
    }
    await this.indexSiteIfChanged();
    await this.catchUp();
    this.ready = true;
  }

  /** Indexes the built site when its pages differ from the ones last indexed. Returns whether it did. */
  async indexSiteIfChanged(progress?: Progress): Promise<boolean> {
    const { hash, documents } = await readSite(this.deps.siteDir);
    if (hash === this.docsHash) return false;
    const { engine } = this.deps;
    for (let i = 0; i < documents.length; i += batchSize) {
      await engine.upsert(documents.slice(i, i + batchSize));
      progress?.(Math.min(documents.length, i + batchSize), documents.length, 'pages');
    }
    await engine.retain(['doc', 'faq', 'article'], new Set(documents.map((document) => document.id)));
    this.docsHash = hash;
    await this.save();
    this.deps.logger.info({ pages: documents.length }, 'search index: site pages indexed');
    return true;
  }

  /** Every ticket again, from the database; changes committed meanwhile are applied after, from the horizon. */
  async rebuildTickets(progress?: Progress): Promise<void> {
    const { engine, changes, tickets: source } = this.deps;
    const horizon = await changes.horizon();
    const total = await source.count();
    await engine.retain(['ticket'], new Set());
    let after: string | null = null;
    let done = 0;
    for (;;) {
      const tickets = await source.page(after, batchSize);
      if (tickets.length === 0) break;
      await engine.upsert(tickets.map(ticketDocument));
      done += tickets.length;
      after = tickets.at(-1)!.id;
      progress?.(done, Math.max(total, done), 'tickets');
    }
    this.position = { ...horizon, appliedAt: this.deps.now() };
    await this.save();
  }

  /** Everything again: `npm run search:reindex`. */
  async rebuildAll(progress?: Progress): Promise<void> {
    await this.deps.engine.clear();
    await this.deps.engine.applySettings();
    this.docsHash = null;
    await this.rebuildTickets(progress);
    await this.indexSiteIfChanged(progress);
  }

  /** Applies every readable change after the position; concurrent calls share one run (and one more after it). */
  catchUp(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          while (await this.applyBatch()) {
            // until a batch comes back short
          }
        } while (this.again);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /**
   * Catches up, and again while changes are still waiting, for at most `maxWaitMs`: a change committed a moment
   * ago can be held back by any transaction still running on the PostgreSQL server (in any of its databases), and
   * those are usually done within milliseconds. The queue's free-text filter uses it to find what was just changed.
   */
  async settle(maxWaitMs: number): Promise<void> {
    const until = Date.now() + maxWaitMs;
    for (;;) {
      await this.catchUp();
      if ((await this.lag()).changes === 0 || Date.now() >= until) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** How far behind the index is: changes not applied yet and the age of the oldest. */
  lag(): Promise<{ changes: number; oldestSeconds: number }> {
    return this.deps.changes.lag(this.position);
  }

  async save(): Promise<void> {
    await this.deps.store.save({ position: this.position, docsHash: this.docsHash });
  }

  private async applyBatch(): Promise<boolean> {
    const { engine, now } = this.deps;
    const changes = await this.deps.changes.after(this.position, batchSize);
    if (changes.length === 0) return false;
    const ids = [...new Set(changes.map((change) => change.ticketId))];
    const tickets = await this.deps.tickets.byIds(ids);
    const found = new Set(tickets.map((ticket) => ticket.id));
    await engine.upsert(tickets.map(ticketDocument));
    await engine.remove(ids.filter((id) => !found.has(id)).map((id) => `ticket:${id}`));
    const last = changes.at(-1)!;
    this.position = { txId: last.txId, changeId: last.changeId, appliedAt: now() };
    await this.save();
    return changes.length === batchSize;
  }
}
