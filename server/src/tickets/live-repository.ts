import type { PrismaClient } from '../db/database.js';
import type { TransactionClient } from '../db/transaction.js';
import type { TicketStatus } from './workflow.js';

/**
 * The PostgreSQL channel the console's live updates travel on. A NOTIFY is delivered to every listening process on
 * the database at its transaction's commit, and never for a rolled-back one.
 */
export const liveChannel = 'handover_ticket_changed';

export type ChangedTicket = { number: number; version: number; status: TicketStatus; updatedAt: Date };

/** The NOTIFY behind live updates, and the tickets changed since a time (the polling fallback). */
export class LiveRepository {
  constructor(private readonly db: PrismaClient | TransactionClient) {}

  /** In a transaction, delivered at its commit; outside one, at once. */
  async announce(event: Record<string, unknown>): Promise<void> {
    await this.db.$executeRaw`SELECT pg_notify(${liveChannel}, ${JSON.stringify(event)})`;
  }

  /** Tickets whose `updated_at` is after `after`, oldest change first; the index on `updated_at` serves it. */
  changedAfter(after: Date, take: number): Promise<ChangedTicket[]> {
    return this.db.ticket.findMany({
      where: { updatedAt: { gt: after } },
      orderBy: [{ updatedAt: 'asc' }, { number: 'asc' }],
      take,
      select: { number: true, version: true, status: true, updatedAt: true },
    });
  }
}
