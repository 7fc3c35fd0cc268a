import type { PrismaClient } from './database.js';
import type { Prisma } from './generated/client.js';

export type TransactionClient = Prisma.TransactionClient;

/**
 * Runs `work` as one interactive transaction: every write a change makes commits together or not at all. Inside
 * it only `tx` may be used: on PGlite the outer client would wait for this very transaction forever. Storing a
 * maximal upload (ten 20 MB files) under load can outlast Prisma's 5-second default, hence the minute.
 */
export function inTransaction<T>(prisma: PrismaClient, work: (tx: TransactionClient) => Promise<T>): Promise<T> {
  return prisma.$transaction(work, { timeout: 60_000, maxWait: 10_000 });
}
