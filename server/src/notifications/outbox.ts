import { randomUUID } from 'node:crypto';
import type { Prisma } from '../db/generated/client.js';
import type { Locale } from '../http/locale.js';
import type { NotificationKind, PayloadOf } from './messages.js';

type OutboxWriter = Pick<Prisma.TransactionClient, 'outboxMessage'>;

/**
 * The channel on which a commit that queued e-mail wakes the dispatchers (PostgreSQL NOTIFY, also in PGlite). The
 * trigger on outbox_messages sends it; the name is repeated in that migration.
 */
export const outboxChannel = 'handover_outbox';

export type NewNotification<K extends NotificationKind = NotificationKind> = {
  kind: K;
  recipient: string;
  locale: Locale;
  ticketId?: string | null;
  payload: PayloadOf<K>;
  /** Not sent before this time (a burst of replies is folded into one later e-mail); default: at once. */
  notBefore?: Date;
};

/** The domain of generated Message-IDs: the host of PUBLIC_URL, so ids are unique to this installation. */
export function mailDomain(publicUrl: string): string {
  return new URL(publicUrl).hostname;
}

/** A row's Message-ID. Derived from the row, so every attempt (and a resend after a crash) carries the same one. */
export function outboxMessageId(outboxId: string, domain: string): string {
  return `<outbox.${outboxId}@${domain}>`;
}

/** The id every message about one ticket replies to, so a mail client shows the ticket as one thread. */
export function ticketThreadId(ticketId: string, domain: string): string {
  return `<ticket.${ticketId}@${domain}>`;
}

/**
 * Queues e-mails. Call it with the `tx` of the transaction that makes the change the e-mails report: they exist
 * if and only if the change committed. One INSERT for all of them, however many staff a new ticket alerts. The
 * commit wakes the dispatchers, which send them at once (or at their next poll, should the wake-up be lost).
 */
export async function enqueueAll(
  tx: OutboxWriter,
  messages: NewNotification[],
  options: { domain: string; at?: Date },
): Promise<{ id: string; messageId: string }[]> {
  if (messages.length === 0) return [];
  const at = options.at ?? new Date();
  const rows = messages.map((message) => {
    const id = randomUUID();
    return {
      id,
      kind: message.kind,
      recipient: message.recipient,
      locale: message.locale,
      ticketId: message.ticketId ?? null,
      payload: message.payload as Prisma.InputJsonValue,
      messageId: outboxMessageId(id, options.domain),
      createdAt: at,
      nextAttemptAt: message.notBefore ?? at,
    };
  });
  // The table's trigger (migration outbox_notify_trigger) NOTIFYs `outboxChannel`, delivered at commit.
  await tx.outboxMessage.createMany({ data: rows });
  return rows.map(({ id, messageId }) => ({ id, messageId }));
}

/** Queues one e-mail; see `enqueueAll`. */
export async function enqueue<K extends NotificationKind>(
  tx: OutboxWriter,
  message: NewNotification<K>,
  options: { domain: string; at?: Date },
): Promise<{ id: string; messageId: string }> {
  const [queued] = await enqueueAll(tx, [message as NewNotification], options);
  return queued!;
}
