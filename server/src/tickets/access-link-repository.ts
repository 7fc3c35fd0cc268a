import type { PrismaClient } from '../db/database.js';
import { inTransaction, type TransactionClient } from '../db/transaction.js';

/** Magic links: "every ticket of one address", stored as hashes. */
export class AccessLinkRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Stores the link and runs `deliver` in the same transaction: the link exists if and only if it was sent. */
  issue(link: { email: string; tokenHash: string; at: Date; expiresAt: Date }, deliver: (tx: TransactionClient) => Promise<void>): Promise<void> {
    return inTransaction(this.prisma, async (tx) => {
      await tx.magicLink.create({ data: { email: link.email, tokenHash: link.tokenHash, createdAt: link.at, expiresAt: link.expiresAt }, select: { id: true } });
      await deliver(tx);
    });
  }
}
