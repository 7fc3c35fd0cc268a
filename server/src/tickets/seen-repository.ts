import type { PrismaClient } from '../db/database.js';
import type { TransactionClient } from '../db/transaction.js';

/** How far each staff member has seen each ticket (`ticket_views`). */
export class SeenRepository {
  constructor(private readonly db: PrismaClient | TransactionClient) {}

  /**
   * The member saw the ticket as it was at `updatedAt` (and `version`). One statement that writes only when that is
   * newer than what they had seen, so re-reading an unchanged ticket costs no write.
   */
  async record(userId: string, ticket: { id: string; updatedAt: Date; version: number }): Promise<void> {
    await this.db.$executeRaw`
      INSERT INTO ticket_views (user_id, ticket_id, seen_at, seen_version)
      VALUES (${userId}::uuid, ${ticket.id}::uuid, ${ticket.updatedAt}, ${ticket.version})
      ON CONFLICT (user_id, ticket_id) DO UPDATE SET seen_at = EXCLUDED.seen_at, seen_version = EXCLUDED.seen_version
      WHERE ticket_views.seen_at < EXCLUDED.seen_at`;
  }

  /**
   * The member's own change moved the ticket from `before` to `at`: if they had seen it up to `before`, they have
   * seen it up to their change too. A member who was behind stays behind: their change does not hide what they missed.
   */
  async followOwnChange(userId: string, ticketId: string, before: Date, at: Date, version: number): Promise<void> {
    await this.db.ticketView.updateMany({ where: { userId, ticketId, seenAt: { gte: before } }, data: { seenAt: at, seenVersion: version } });
  }
}
