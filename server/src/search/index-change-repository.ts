import type { PrismaClient } from '../db/database.js';
import type { TransactionClient } from '../db/transaction.js';
import type { IndexPosition } from './documents.js';

export type IndexChange = { txId: bigint; changeId: bigint; ticketId: string; createdAt: Date };

/**
 * The outbox of index changes. Rows are read in (tx_id, id) order and only below the oldest transaction still
 * running (`pg_snapshot_xmin`): a transaction that took its id early but commits late is still running when a
 * consumer reads past later rows, so the consumer stops before it and never skips it.
 */
export class IndexChangeRepository {
  constructor(private readonly db: PrismaClient | TransactionClient) {}

  async record(ticketId: string): Promise<void> {
    await this.db.$executeRaw`INSERT INTO search_index_changes (ticket_id) VALUES (${ticketId}::uuid)`;
  }

  after(position: IndexPosition, take: number): Promise<IndexChange[]> {
    return this.db.$queryRaw<IndexChange[]>`
      SELECT tx_id AS "txId", id AS "changeId", ticket_id::text AS "ticketId", created_at AS "createdAt"
      FROM search_index_changes
      WHERE (tx_id, id) > (${position.txId}, ${position.changeId})
        AND tx_id < (pg_snapshot_xmin(pg_current_snapshot())::text)::bigint
      ORDER BY tx_id, id
      LIMIT ${take}`;
  }

  /** The position after every change readable now: where a rebuild that starts now may resume from. */
  async horizon(): Promise<IndexPosition> {
    const [row] = await this.db.$queryRaw<{ txId: bigint | null; changeId: bigint | null }[]>`
      SELECT tx_id AS "txId", id AS "changeId" FROM search_index_changes
      WHERE tx_id < (pg_snapshot_xmin(pg_current_snapshot())::text)::bigint
      ORDER BY tx_id DESC, id DESC LIMIT 1`;
    return { txId: row?.txId ?? 0n, changeId: row?.changeId ?? 0n, appliedAt: new Date() };
  }

  /** Changes not yet applied at `position`, and the age in seconds of the oldest of them (0 when none). */
  async lag(position: IndexPosition): Promise<{ changes: number; oldestSeconds: number }> {
    const [row] = await this.db.$queryRaw<{ changes: bigint; oldest: number | null }[]>`
      SELECT count(*) AS changes, EXTRACT(EPOCH FROM (now() - min(created_at)))::float8 AS oldest
      FROM search_index_changes WHERE (tx_id, id) > (${position.txId}, ${position.changeId})`;
    return { changes: Number(row?.changes ?? 0), oldestSeconds: Math.max(0, row?.oldest ?? 0) };
  }

  /**
   * The next transaction id the database will hand out. A position beyond it comes from another database (a
   * restored dump starts counting again): such a consumer rebuilds, or it would skip every change below its position.
   */
  async nextTxId(): Promise<bigint> {
    const [row] = await this.db.$queryRaw<{ next: bigint }[]>`SELECT (pg_snapshot_xmax(pg_current_snapshot())::text)::bigint AS next`;
    return row?.next ?? 0n;
  }

  /**
   * Which database this is: a position read against another one (a test database, a restored dump) would skip
   * that database's changes, so it is never used there.
   */
  async databaseIdentity(): Promise<string> {
    const [row] = await this.db.$queryRaw<{ id: string }[]>`
      SELECT (SELECT system_identifier::text FROM pg_control_system()) || ':' || (SELECT oid::text FROM pg_database WHERE datname = current_database()) AS id`;
    return row?.id ?? 'unknown';
  }

  async prune(before: Date): Promise<number> {
    return this.db.$executeRaw`DELETE FROM search_index_changes WHERE created_at < ${before}`;
  }
}

/** The position of a shared index (Meilisearch), kept in the database so every replica sees the same one. */
export class ConsumerPositionRepository {
  constructor(private readonly db: PrismaClient | TransactionClient) {}

  async read(name: string): Promise<{ position: IndexPosition; docsHash: string | null } | null> {
    const row = await this.db.searchConsumer.findUnique({ where: { name } });
    return row ? { position: { txId: row.txId, changeId: row.changeId, appliedAt: row.updatedAt }, docsHash: row.docsHash } : null;
  }

  async write(name: string, position: IndexPosition, docsHash?: string | null): Promise<void> {
    const data = { txId: position.txId, changeId: position.changeId, ...(docsHash !== undefined ? { docsHash } : {}) };
    await this.db.searchConsumer.upsert({ where: { name }, create: { name, ...data }, update: data });
  }
}
