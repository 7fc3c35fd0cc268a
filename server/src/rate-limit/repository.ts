import type { PrismaClient } from '../db/database.js';

/** Fixed-window counters, one row per key, shared by every replica. */
export class RateLimitRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** One statement per hit: it starts a new window when the old one has ended, else increments. */
  async hit(key: string, at: Date, windowEnd: Date): Promise<{ count: number; window_end_at: Date } | undefined> {
    const [row] = await this.prisma.$queryRaw<{ count: number; window_end_at: Date }[]>`
      INSERT INTO rate_limit_hits (key, count, window_end_at) VALUES (${key}, 1, ${windowEnd})
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN rate_limit_hits.window_end_at <= ${at} THEN 1 ELSE rate_limit_hits.count + 1 END,
        window_end_at = CASE WHEN rate_limit_hits.window_end_at <= ${at} THEN ${windowEnd} ELSE rate_limit_hits.window_end_at END
      RETURNING count, window_end_at`;
    return row;
  }

  async forget(key: string): Promise<void> {
    await this.prisma.rateLimitHit.deleteMany({ where: { key } });
  }

  async pruneEnded(now: Date): Promise<number> {
    return (await this.prisma.rateLimitHit.deleteMany({ where: { windowEndAt: { lte: now } } })).count;
  }
}
