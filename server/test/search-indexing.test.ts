import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { snapshotFile } from '../src/search/index.js';
import { createServices, type Services } from '../src/services.js';
import type { Actor } from '../src/auth/actor.js';
import type { TicketSubscriber } from '../src/tickets/pipeline.js';
import { migratedDatabase, usingPostgres } from './support/database.js';
import { captureLogger } from './support/logger.js';
import { ticketBody, ticketTestConfig } from './support/ticket-api.js';

const customer: Actor = { kind: 'anonymous' };

/**
 * Indexing that loses nothing: index changes commit with their ticket change or not at all, consumers never read
 * past a transaction still running, and a restart loads the snapshot and applies only what changed meanwhile.
 */
describe('the outbox of index changes', () => {
  let db: Database;
  let close: () => Promise<void>;
  let dataDir: string;
  let clock = new Date();
  const failing = new Set<string>();
  const failingSubscriber: TicketSubscriber = {
    name: 'fails on demand',
    async onTicketChange(_tx, change) {
      if (failing.has(change.ticket.subject)) throw new Error('subscriber failed');
    },
  };
  const services = (options: { persist?: boolean; dir?: string } = {}) => {
    const log = captureLogger();
    const config = ticketTestConfig({ DATA_DIR: options.dir ?? dataDir });
    const built = createServices(createContext({ config, db, logger: log.logger, now: () => clock }), { persistSearch: options.persist, ticketSubscribers: [failingSubscriber] });
    return { services: built, lines: log.lines };
  };
  const file = (s: Services, subject: string) => s.tickets.fileTicket(ticketBody({ subject }) as never, customer, { admitted: true });
  const found = async (s: Services, q: string) => (await s.searchSetup.engine.search({ text: q, readerLocale: 'zh-Hans', filters: { types: ['ticket'] }, includeInternal: true, limit: 10, offset: 0 })).hits.map((h) => h.document.title);
  const rebuilt = (lines: { msg?: string }[]) => lines.some((line) => line.msg === 'search index: rebuilding tickets');

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'handover-search-'));
  });
  afterAll(async () => {
    await close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes no index change for a ticket change that rolls back', async () => {
    const { services: s } = services();
    const count = async () => Number((await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM search_index_changes`)[0]?.n);
    const before = await count();
    failing.add('回滚的提交 rollback');
    await expect(file(s, '回滚的提交 rollback')).rejects.toThrow('subscriber failed');
    expect(await count()).toBe(before);
    await file(s, '成功的提交 committed');
    expect(await count()).toBe(before + 1);
  });

  it('restarts from its snapshot, applying only the changes made while it was down', async () => {
    const first = services({ persist: true });
    await first.services.search.open();
    await file(first.services, '快照之前 beforesnapshot');
    await first.services.searchSetup.indexer.settle(10_000);
    expect(await first.services.searchSetup.snapshot!.flush()).toBe(true);
    // Changes committed while no consumer runs (the server is down): they wait in the table.
    await file(first.services, '停机期间 whiledown');

    const second = services({ persist: true });
    await second.services.search.open();
    expect(rebuilt(second.lines)).toBe(false);
    expect(await found(second.services, 'beforesnapshot')).toEqual(['快照之前 beforesnapshot']);
    expect(await found(second.services, 'whiledown')).toEqual(['停机期间 whiledown']);
  });

  it('rebuilds instead of trusting a snapshot of another database', async () => {
    const other = await migratedDatabase();
    const otherDir = await mkdtemp(path.join(os.tmpdir(), 'handover-search-other-'));
    try {
      await mkdir(path.dirname(snapshotFile(otherDir)), { recursive: true });
      await copyFile(snapshotFile(dataDir), snapshotFile(otherDir));
      const log = captureLogger();
      const s = createServices(createContext({ config: ticketTestConfig({ DATA_DIR: otherDir }), db: other.db, logger: log.logger }), { persistSearch: true });
      await s.search.open();
      expect(rebuilt(log.lines)).toBe(true);
      expect(await found(s, 'beforesnapshot')).toEqual([]);
    } finally {
      await other.close();
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  it('rebuilds when its snapshot is older than the changes kept', async () => {
    clock = new Date(Date.now() + 8 * 86_400_000);
    try {
      const later = services({ persist: true });
      await later.services.search.open();
      expect(rebuilt(later.lines)).toBe(true);
      expect(await found(later.services, 'whiledown')).toEqual(['停机期间 whiledown']);
    } finally {
      clock = new Date();
    }
  });

  // PGlite is one connection: two transactions at once need PostgreSQL (CI runs this against it).
  it.runIf(usingPostgres)('never reads past a transaction still running, so a late commit is not skipped', async () => {
    const { services: s } = services();
    await s.search.open();
    await s.searchSetup.indexer.settle(10_000);
    let started!: () => void;
    let finish!: () => void;
    const inserted = new Promise<void>((resolve) => (started = resolve));
    const held = new Promise<void>((resolve) => (finish = resolve));
    // A ticket change that took its transaction id first and commits last.
    const slow = db.prisma.$transaction(
      async (tx) => {
        const [ticket] = await tx.$queryRaw<{ id: string }[]>`
          INSERT INTO tickets (id, subject, description, priority, category, requester_email, requester_name, updated_at)
          VALUES (gen_random_uuid(), '慢事务 slowcommit', '先开始，后提交', 'P3', 'other', 'slow@example.com', 'Slow', now()) RETURNING id::text`;
        await tx.$executeRaw`INSERT INTO search_index_changes (ticket_id) VALUES (${ticket!.id}::uuid)`;
        started();
        await held;
      },
      { timeout: 30_000 },
    );
    await inserted;
    await file(s, '快事务 fastcommit');
    await s.searchSetup.indexer.catchUp();
    // The later change is committed but waits behind the running one: the position does not pass it.
    expect(await found(s, 'fastcommit')).toEqual([]);
    expect((await s.searchSetup.indexer.lag()).changes).toBeGreaterThanOrEqual(1);
    finish();
    await slow;
    await s.searchSetup.indexer.settle(10_000);
    expect(await found(s, 'slowcommit')).toEqual(['慢事务 slowcommit']);
    expect(await found(s, 'fastcommit')).toEqual(['快事务 fastcommit']);
    expect((await s.searchSetup.indexer.lag()).changes).toBe(0);
  });
});
