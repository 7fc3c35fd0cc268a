import { pruneExpiredCredentials } from './auth/cleanup.js';
import { startNotifications } from './notifications/index.js';
import type { Services } from './services.js';
import { startAutoCloser } from './tickets/auto-close.js';
import { startSearchIndexing } from './search/index.js';
import { startSlaEscalations } from './sla/escalations.js';
import { startLessonChangeNotices } from './training/lesson-changes.js';
import { startDocsDigests } from './docs-subscriptions/service.js';

const pruneIntervalMs = 60 * 60_000;

/**
 * Background work of a running server: sending queued e-mail, reminding and closing long-resolved tickets, SLA
 * warnings (every minute), docs digests (every ten minutes), telling trainees of lessons that changed since they completed them (at start, then hourly), and
 * each hour dropping what can no longer be used (ended rate-limit windows, expired sessions, magic links and
 * unsubscribe links, the presence of console tabs gone quiet) and sent-mail records past their retention. Every task is safe to run on several replicas at
 * once. Returns a stop function that waits for a run in progress (an e-mail being sent is finished and
 * recorded), so the caller can close the database after.
 */
export function startMaintenance(services: Services): () => Promise<void> {
  const { context, limiter, notificationSettings, outbox } = services;
  const stopNotifications = startNotifications(context);
  const stopAutoCloser = startAutoCloser(services.autoClose);
  const stopSearch = startSearchIndexing(context, services.searchSetup);
  const stopEscalations = startSlaEscalations(services.slaEscalations);
  const stopLessonNotices = startLessonChangeNotices(services.lessonChanges);
  const stopDocsDigests = startDocsDigests(services.docsSubscriptions, context.logger);
  const keepSentMs = context.config.mail.keepSentDays * 86_400_000;
  const prune = setInterval(() => {
    outbox
      .pruneSent(new Date(context.now().getTime() - keepSentMs))
      .catch((error: unknown) => context.logger.warn({ err: error }, 'pruning sent e-mail records failed'));
    limiter.prune().catch((error: unknown) => context.logger.warn({ err: error }, 'pruning rate-limit counters failed'));
    notificationSettings.prune().catch((error: unknown) => context.logger.warn({ err: error }, 'pruning unsubscribe links failed'));
    pruneExpiredCredentials(services.credentials, context.now()).catch((error: unknown) =>
      context.logger.warn({ err: error }, 'pruning expired sessions and magic links failed'),
    );
    services.docsSubscriptions.pruneUnconfirmed().catch((error: unknown) => context.logger.warn({ err: error }, 'pruning unconfirmed docs subscriptions failed'));
    services.presence.sweep().catch((error: unknown) => context.logger.warn({ err: error }, 'sweeping expired ticket presence failed'));
  }, pruneIntervalMs);
  prune.unref();
  return async () => {
    clearInterval(prune);
    await Promise.all([stopAutoCloser(), stopNotifications(), stopSearch(), stopEscalations(), stopLessonNotices(), stopDocsDigests()]);
  };
}
