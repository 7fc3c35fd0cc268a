import type { PrismaClient } from '../db/database.js';
import { inTransaction, type TransactionClient } from '../db/transaction.js';

export type PendingSubscription = {
  email: string;
  locale: string;
  sections: string[];
  frequency: string;
  confirmTokenHash: string;
  confirmExpiresAt: Date;
};

/** A subscription as the digest run reads it. */
export type DueSubscription = { id: string; email: string; locale: string; sections: string[]; frequency: string; position: number; nextDigestAt: Date };

const dueSelect = { id: true, email: true, locale: true, sections: true, frequency: true, position: true, nextDigestAt: true } as const;

/** Docs subscriptions: the double opt-in, the digest positions, and the counts administrators see. */
export class DocsSubscriptionRepository {
  constructor(private readonly prisma: PrismaClient) {}

  transaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return inTransaction(this.prisma, work);
  }

  async createPending(tx: TransactionClient, subscription: PendingSubscription): Promise<void> {
    await tx.docsSubscription.create({ data: subscription, select: { id: true } });
  }

  findByConfirmToken(tx: TransactionClient, confirmTokenHash: string) {
    return tx.docsSubscription.findUnique({
      where: { confirmTokenHash },
      select: { id: true, email: true, locale: true, sections: true, frequency: true, status: true, confirmExpiresAt: true },
    });
  }

  /**
   * Confirms a pending subscription (the token works once: its hash is cleared) and ends the address's other
   * active subscription in that language, which the new one replaces. False when another request got there first.
   */
  async activate(tx: TransactionClient, id: string, email: string, locale: string, at: Date, position: number, nextDigestAt: Date): Promise<boolean> {
    const { count } = await tx.docsSubscription.updateMany({
      where: { id, status: 'pending' },
      data: { status: 'active', confirmTokenHash: null, confirmedAt: at, position, nextDigestAt },
    });
    if (count !== 1) return false;
    await tx.docsSubscription.updateMany({ where: { email, locale, status: 'active', id: { not: id } }, data: { status: 'ended', endedAt: at } });
    return true;
  }

  /** Active subscriptions whose digest is due and whose position this server's ledger reaches. */
  due(now: Date, last: number, take: number): Promise<DueSubscription[]> {
    return this.prisma.docsSubscription
      .findMany({
        where: { status: 'active', nextDigestAt: { lte: now }, position: { lte: last } },
        select: dueSelect,
        orderBy: [{ nextDigestAt: 'asc' }, { id: 'asc' }],
        take,
      })
      .then((rows) => rows.map((row) => ({ ...row, nextDigestAt: row.nextDigestAt! })));
  }

  /**
   * Takes a subscription's digest: moves its position to `upTo` and its next digest on, if no other run (another
   * replica, or this one before a crash) has moved them since they were read. The digest's e-mail is queued in the
   * same transaction, so a change is in exactly one digest.
   */
  async claimDigest(tx: TransactionClient, subscription: DueSubscription, upTo: number, at: Date, nextDigestAt: Date): Promise<boolean> {
    const { count } = await tx.docsSubscription.updateMany({
      where: { id: subscription.id, status: 'active', position: subscription.position, nextDigestAt: subscription.nextDigestAt },
      data: { position: upTo, nextDigestAt, lastDigestAt: at },
    });
    return count === 1;
  }

  /** Drops subscriptions whose confirmation link ran out unused. */
  async pruneUnconfirmed(now: Date): Promise<number> {
    const { count } = await this.prisma.docsSubscription.deleteMany({ where: { status: 'pending', confirmExpiresAt: { lte: now } } });
    return count;
  }

  /** Counts by status, and the active ones by section and by frequency: grouped in the database, whatever the number. */
  async counts(): Promise<{ byStatus: Record<string, number>; bySection: Record<string, number>; byFrequency: Record<string, number> }> {
    const [byStatus, bySection, byFrequency] = await Promise.all([
      this.prisma.docsSubscription.groupBy({ by: ['status'], _count: { _all: true } }),
      this.prisma.$queryRaw<{ section: string; count: bigint }[]>`
        SELECT section, count(*) AS count FROM docs_subscriptions, unnest(sections) AS section WHERE status = 'active' GROUP BY section`,
      this.prisma.docsSubscription.groupBy({ by: ['frequency'], where: { status: 'active' }, _count: { _all: true } }),
    ]);
    return {
      byStatus: Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])),
      bySection: Object.fromEntries(bySection.map((row) => [row.section, Number(row.count)])),
      byFrequency: Object.fromEntries(byFrequency.map((row) => [row.frequency, row._count._all])),
    };
  }
}
