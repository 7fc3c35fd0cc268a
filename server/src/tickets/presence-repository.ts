import type { PrismaClient } from '../db/database.js';
import type { PresenceState } from './schemas.js';
export type PresenceRow = { ticketId: string; userId: string; name: string; state: PresenceState; since: Date };

/** Who has which ticket open in the console: one row per tab, renewed by its heartbeat. */
export class PresenceRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * One statement per heartbeat. `since` restarts when the tab arrives, changes state, or comes back after its row
   * had expired (`freshAfter`); returns whether it did, i.e. whether the others should hear of it now.
   */
  async renew(tab: { ticketId: string; userId: string; tabId: string; state: PresenceState }, at: Date, freshAfter: Date): Promise<boolean> {
    const [row] = await this.prisma.$queryRaw<{ restarted: boolean }[]>`
      INSERT INTO ticket_presence (ticket_id, user_id, tab_id, state, since, last_seen_at)
      VALUES (${tab.ticketId}::uuid, ${tab.userId}::uuid, ${tab.tabId}, ${tab.state}::"PresenceState", ${at}, ${at})
      ON CONFLICT (ticket_id, user_id, tab_id) DO UPDATE SET
        state = EXCLUDED.state,
        since = CASE
          WHEN ticket_presence.state = EXCLUDED.state AND ticket_presence.last_seen_at > ${freshAfter} THEN ticket_presence.since
          ELSE EXCLUDED.since END,
        last_seen_at = EXCLUDED.last_seen_at
      RETURNING since = ${at} AS restarted`;
    return row?.restarted ?? false;
  }

  /** True when there was such a tab (still fresh or not). */
  async remove(tab: { ticketId: string; userId: string; tabId: string }): Promise<boolean> {
    const { count } = await this.prisma.ticketPresence.deleteMany({ where: tab });
    return count > 0;
  }

  /** The fresh tabs of active staff on these tickets, except `exceptUserId`'s own: one query for any number of tickets. */
  async present(ticketIds: string[], freshAfter: Date, exceptUserId: string): Promise<PresenceRow[]> {
    if (ticketIds.length === 0) return [];
    const rows = await this.prisma.ticketPresence.findMany({
      where: { ticketId: { in: ticketIds }, lastSeenAt: { gt: freshAfter }, userId: { not: exceptUserId }, user: { active: true } },
      select: { ticketId: true, userId: true, state: true, since: true, user: { select: { name: true } } },
      orderBy: [{ since: 'asc' }, { userId: 'asc' }],
    });
    return rows.map(({ user, ...row }) => ({ ...row, name: user.name }));
  }

  /** Deletes tabs whose heartbeat stopped before `before` (closed without a goodbye); they are ignored already. */
  async sweep(before: Date): Promise<number> {
    return (await this.prisma.ticketPresence.deleteMany({ where: { lastSeenAt: { lt: before } } })).count;
  }
}
