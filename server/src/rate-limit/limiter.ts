import type { RateLimitRepository } from './repository.js';
import { ProblemError } from '../http/errors.js';

export type RateLimitRule = { name: string; limit: number; windowSeconds: number };

/**
 * Fixed-window counters in the database, so every replica counts the same hits. One statement per hit:
 * it starts a new window when the old one has ended, else increments.
 */
export class RateLimiter {
  constructor(
    private readonly counters: RateLimitRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Counts a hit; throws `rate_limited` (429, with retryAfterSeconds) when the window's limit is passed. */
  async hit(rule: RateLimitRule, subject: string): Promise<void> {
    const at = this.now();
    const windowEnd = new Date(at.getTime() + rule.windowSeconds * 1000);
    const key = `${rule.name}:${subject}`;
    const row = await this.counters.hit(key, at, windowEnd);
    if (row && row.count > rule.limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((row.window_end_at.getTime() - at.getTime()) / 1000));
      throw new RateLimitedError(retryAfterSeconds);
    }
  }

  /** Forgets a subject's hits (a successful login clears its failures). */
  async reset(rule: RateLimitRule, subject: string): Promise<void> {
    await this.counters.forget(`${rule.name}:${subject}`);
  }

  /** Drops windows that ended; run now and then so the table stays small. */
  async prune(): Promise<number> {
    return this.counters.pruneEnded(this.now());
  }
}

export class RateLimitedError extends ProblemError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', {
      detail: `Try again in ${retryAfterSeconds} seconds.`,
      headers: { 'Retry-After': String(retryAfterSeconds) },
    });
  }
}
