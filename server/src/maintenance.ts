import type { AppContext } from './context.js';
import { startNotifications } from './notifications/index.js';
import { NotificationSettingsService } from './notifications/settings.js';
import { RateLimiter } from './rate-limit/limiter.js';
import { startAutoCloser } from './tickets/auto-close.js';

const pruneIntervalMs = 60 * 60_000;

/**
 * Background work of a running server: sending queued e-mail, reminding and closing long-resolved tickets, and dropping
 * ended rate-limit windows and unsubscribe links. Every task is safe to run on several replicas at once. Returns a stop function that waits
 * for a run in progress (an e-mail being sent is finished and recorded), so the caller can close the database after.
 */
export function startMaintenance(context: AppContext): () => Promise<void> {
  const stopNotifications = startNotifications(context);
  const stopAutoCloser = startAutoCloser(context);
  const limiter = new RateLimiter(context.prisma, context.now);
  const notificationSettings = new NotificationSettingsService(context.prisma, context.now);
  const prune = setInterval(() => {
    limiter.prune().catch((error: unknown) => context.logger.warn({ err: error }, 'pruning rate-limit counters failed'));
    notificationSettings.prune().catch((error: unknown) => context.logger.warn({ err: error }, 'pruning unsubscribe links failed'));
  }, pruneIntervalMs);
  prune.unref();
  return async () => {
    clearInterval(prune);
    await Promise.all([stopAutoCloser(), stopNotifications()]);
  };
}
