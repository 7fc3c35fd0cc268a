import type { PrismaClient } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';

/** Staff members' e-mail settings and the unsubscribe links of their e-mails. */
export class NotificationSettingsRepository {
  constructor(private readonly prisma: PrismaClient) {}

  find(userId: string): Promise<{ onCall: boolean; mutedNotifications: string[] | null }> {
    return this.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { onCall: true, mutedNotifications: true } });
  }

  /** Reads and rewrites the member's muted kinds in one transaction, so two changes at once cannot undo each other. */
  rewriteMuted(userId: string, next: (muted: string[]) => string[]): Promise<{ onCall: boolean; mutedNotifications: string[] | null }> {
    return inTransaction(this.prisma, async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { mutedNotifications: true } });
      return tx.user.update({
        where: { id: userId },
        data: { mutedNotifications: next(user.mutedNotifications ?? []) },
        select: { onCall: true, mutedNotifications: true },
      });
    });
  }

  findUnsubscribeToken(tokenHash: string) {
    return this.prisma.unsubscribeToken.findUnique({
      where: { tokenHash },
      select: { kind: true, expiresAt: true, userId: true, user: { select: { locale: true } }, subscriptionId: true, subscription: { select: { locale: true } } },
    });
  }

  /** Ends a reader's docs subscription (the link in a digest); one already ended stays as it is. */
  async endDocsSubscription(id: string, at: Date): Promise<void> {
    await this.prisma.docsSubscription.updateMany({ where: { id, status: { not: 'ended' } }, data: { status: 'ended', endedAt: at, nextDigestAt: null } });
  }

  async pruneUnsubscribeTokens(now: Date): Promise<number> {
    const { count } = await this.prisma.unsubscribeToken.deleteMany({ where: { expiresAt: { lte: now } } });
    return count;
  }
}
