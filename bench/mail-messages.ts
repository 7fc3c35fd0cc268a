import { randomBytes } from 'node:crypto';
import { loadConfig } from '../server/src/config.js';
import type { NewNotification } from '../server/src/notifications/index.js';
import { samplePayloads } from '../server/src/notifications/templates/preview.js';

/** Both sides of the throughput benchmark send the same letters: a staff reply, from the templates' sample. */
export const mailSettings = {
  /** The SMTP pool's size (smtpTransport's default) and parallel sends (the dispatcher's default), on both sides. */
  maxConnections: 5,
  concurrency: 4,
  batchSize: 20,
  /** Only idle polls wait this long: after a full batch the dispatcher claims the next one at once. */
  pollIntervalMs: 100,
};

export const mailConfig = (env: Record<string, string | undefined>) =>
  loadConfig({ PUBLIC_URL: 'https://support.example.com', LOG_LEVEL: 'silent', SITE_DIR: '/nonexistent-site', DEMO_DATA: 'false', ...env });

/** `count` staff replies on one ticket, each to its own customer, alternately in Chinese and English. */
export function staffReplies(count: number, ticketId: string): NewNotification<'staff_reply'>[] {
  const run = randomBytes(4).toString('hex');
  return Array.from({ length: count }, (_, i) => ({
    kind: 'staff_reply' as const,
    recipient: `customer-${run}-${i}@example.com`,
    locale: i % 2 === 0 ? 'zh-Hans' : 'en',
    ticketId,
    payload: { ...samplePayloads.staff_reply, trackingUrl: `https://support.example.com/support/track#token=hot_${run}${i}` },
  }));
}
