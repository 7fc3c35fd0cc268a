import { Gauge, type Registry } from 'prom-client';
import type { OutboxRepository } from './outbox-repository.js';
import type { Logger } from '../logger.js';

const statuses = ['pending', 'sending', 'sent', 'dead'] as const;

/**
 * The outbox as Prometheus sees it, read from the database at each scrape (one query), so every replica reports
 * the same shared numbers: messages per status, and how long the oldest due message has been waiting — the
 * signal that delivery is stuck, long before anything becomes a dead letter.
 */
export function registerOutboxMetrics(registry: Registry, outbox: OutboxRepository, logger: Logger): void {
  if (registry.getSingleMetric('handover_outbox_messages')) return;
  let read: Promise<{ counts: Map<string, number>; oldestDueSeconds: number }> | undefined;
  // Both gauges are collected in one scrape: share one query between them.
  const snapshot = () =>
    (read ??= (async () => {
      try {
        const rows = await outbox.statusSnapshot();
        const waiting = rows.map((row) => row.waiting).filter((seconds): seconds is number => seconds !== null);
        return {
          counts: new Map(rows.map((row) => [row.status, Number(row.count)])),
          oldestDueSeconds: waiting.length ? Math.max(0, ...waiting) : 0,
        };
      } finally {
        setImmediate(() => (read = undefined));
      }
    })());
  const failed = (error: unknown) => logger.warn({ err: error }, 'reading outbox metrics failed');
  new Gauge({
    name: 'handover_outbox_messages',
    help: 'E-mails in the outbox, by status (sent rows are kept MAIL_KEEP_SENT_DAYS days).',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      try {
        const { counts } = await snapshot();
        for (const status of statuses) this.set({ status }, counts.get(status) ?? 0);
      } catch (error) {
        failed(error);
      }
    },
  });
  new Gauge({
    name: 'handover_outbox_oldest_due_seconds',
    help: 'How long the oldest message due for sending has been waiting; 0 when none is due. Alert when it grows.',
    registers: [registry],
    async collect() {
      try {
        this.set((await snapshot()).oldestDueSeconds);
      } catch (error) {
        failed(error);
      }
    },
  });
}
