import { randomUUID } from 'node:crypto';
import type { Prisma } from '../db/generated/client.js';
import type { Locale } from '../http/locale.js';
import type { NotificationKind, PayloadOf } from './messages.js';

type OutboxWriter = Pick<Prisma.TransactionClient, 'outboxMessage' | '$executeRaw'>;

/** Transactions that have already asked to wake the dispatchers (Prisma gives each its own client object). */
const notifiedTransactions = new WeakSet<object>();

/** The channel on which a commit that queued e-mail wakes the dispatchers (PostgreSQL NOTIFY, also in PGlite). */
export const outboxChannel = 'handover_outbox';

export type NewNotification<K extends NotificationKind = NotificationKind> = {
  kind: K;
  recipient: string;
  locale: Locale;
  ticketId?: string | null;
  payload: PayloadOf<K>;
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
 * Queues an e-mail. Call it with the `tx` of the transaction that makes the change the e-mail reports: the
 * message exists if and only if the change committed. The commit wakes the dispatchers, which send it at once
 * (or at their next poll, should the wake-up be lost).
 */
export async function enqueue<K extends NotificationKind>(
  tx: OutboxWriter,
  message: NewNotification<K>,
  options: { domain: string; at?: Date },
): Promise<{ id: string; messageId: string }> {
  const id = randomUUID();
  const messageId = outboxMessageId(id, options.domain);
  const at = options.at ?? new Date();
  await tx.outboxMessage.create({
    data: {
      id,
      kind: message.kind,
      recipient: message.recipient,
      locale: message.locale,
      ticketId: message.ticketId ?? null,
      payload: message.payload as Prisma.InputJsonValue,
      messageId,
      createdAt: at,
      nextAttemptAt: at,
    },
    select: { id: true },
  });
  // Delivered when (and only if) the transaction commits. One per transaction is enough (PostgreSQL would fold
  // repeats into one anyway), so a ticket that e-mails the customer and the whole team costs one round trip more.
  // (Only a transaction's client lacks $transaction; called on the root client, every call notifies.)
  const isTransaction = !('$transaction' in tx);
  if (!isTransaction || !notifiedTransactions.has(tx)) {
    if (isTransaction) notifiedTransactions.add(tx);
    await tx.$executeRaw`SELECT pg_notify(${outboxChannel}, '')`;
  }
  return { id, messageId };
}
