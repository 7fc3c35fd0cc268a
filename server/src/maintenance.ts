import type { AppContext } from './context.js';
import { RateLimiter } from './rate-limit/limiter.js';
import { startAutoCloser } from './tickets/auto-close.js';

const pruneIntervalMs = 60 * 60_000;

/**
 * Background work of a running server: closing long-resolved tickets and dropping ended rate-limit windows.
 * Every task is safe to run on several replicas at once. Returns a stop function that waits for a run in progress.
 */
export function startMaintenance(context: AppContext): () => Promise<void> {
  const stopAutoCloser = startAutoCloser(context);
  const limiter = new RateLimiter(context.prisma, context.now);
  const prune = setInterval(() => {
    limiter.prune().catch((error: unknown) => context.logger.warn({ err: error }, 'pruning rate-limit counters failed'));
  }, pruneIntervalMs);
  prune.unref();
  return async () => {
    clearInterval(prune);
    await stopAutoCloser();
  };
}
