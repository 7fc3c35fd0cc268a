import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../db/database.js';
import type { Prisma } from '../db/generated/client.js';
import { withoutSecrets } from './messages.js';
import { outboxChannel, outboxMessageId, type NewNotification } from './outbox.js';
import type { NotificationKind } from './messages.js';

/** A row a dispatcher has claimed. `attempts` (already counting this one) fences the later writes to it. */
export type ClaimedMessage = {
  id: string;
  kind: string;
  recipient: string;
  locale: string;
  ticketId: string | null;
  payload: unknown;
  attempts: number;
  messageId: string;
  createdAt: Date;
};

export class OutboxRepository {
  /** Messages per status, and how long the oldest due one has waited (seconds; by the database's clock). */
  statusSnapshot(): Promise<{ status: string; count: bigint; waiting: number | null }[]> {
    // The database's clock on both sides of the subtraction: replicas' clocks may differ.
    return this.prisma.$queryRaw<{ status: string; count: bigint; waiting: number | null }[]>`
      SELECT status::text AS status, count(*) AS count,
             extract(epoch FROM now() - min(next_attempt_at) FILTER (WHERE status = 'pending' AND next_attempt_at <= now()))::float8 AS waiting
      FROM outbox_messages GROUP BY status`;
  }

  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Claims up to `limit` due rows for this dispatcher: pending ones whose time has come, and ones left `sending`
   * since before `leaseCutoff` (their dispatcher died between sending and recording it). SKIP LOCKED lets
   * several replicas claim at once without waiting for, or taking, each other's rows.
   */
  claimDue(now: Date, leaseCutoff: Date, limit: number): Promise<ClaimedMessage[]> {
    return this.prisma.$queryRaw<ClaimedMessage[]>`
      UPDATE outbox_messages SET status = 'sending', claimed_at = ${now}, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM outbox_messages
        WHERE (status = 'pending' AND next_attempt_at <= ${now}) OR (status = 'sending' AND claimed_at <= ${leaseCutoff})
        ORDER BY next_attempt_at
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING id, kind, recipient, locale, ticket_id AS "ticketId", payload, attempts, message_id AS "messageId",
        created_at AS "createdAt"`;
  }

  // Each write below names the claim (`attempts`): if the lease ran out and another dispatcher took the row over,
  // this one's late result changes nothing.

  async markSent(message: ClaimedMessage, at: Date): Promise<void> {
    await this.prisma.outboxMessage.updateMany({
      where: { id: message.id, status: 'sending', attempts: message.attempts },
      data: { status: 'sent', sentAt: at, lastError: null, payload: withoutSecrets(message.payload) as Prisma.InputJsonValue },
    });
  }

  async retryLater(message: ClaimedMessage, nextAttemptAt: Date, error: string): Promise<void> {
    await this.prisma.outboxMessage.updateMany({
      where: { id: message.id, status: 'sending', attempts: message.attempts },
      data: { status: 'pending', nextAttemptAt, lastError: error, claimedAt: null },
    });
  }

  async markDead(message: ClaimedMessage, error: string): Promise<void> {
    await this.prisma.outboxMessage.updateMany({
      where: { id: message.id, status: 'sending', attempts: message.attempts },
      data: { status: 'dead', lastError: error },
    });
  }

  /**
   * An admin's "resend" of a dead letter: due at once, with a fresh count of attempts and the same Message-ID.
   * False when the row is not (or no longer) dead.
   */
  async requeueDead(id: string, at: Date): Promise<boolean> {
    const { count } = await this.prisma.outboxMessage.updateMany({
      where: { id, status: 'dead' },
      data: { status: 'pending', attempts: 0, nextAttemptAt: at, claimedAt: null },
    });
    if (count === 1) await this.prisma.$executeRaw`SELECT pg_notify(${outboxChannel}, '')`; // sent now, not at the next poll
    return count === 1;
  }

  /** Deletes sent rows older than `before`; unsent and dead rows stay until they are sent or resent. */
  async pruneSent(before: Date): Promise<number> {
    const { count } = await this.prisma.outboxMessage.deleteMany({ where: { status: 'sent', sentAt: { lt: before } } });
    return count;
  }

  /** Gives back a claimed row that was never tried (the dispatcher is stopping): it is due again at once. */
  async release(message: ClaimedMessage): Promise<void> {
    await this.prisma.outboxMessage.updateMany({
      where: { id: message.id, status: 'sending', attempts: message.attempts },
      data: { status: 'pending', attempts: { decrement: 1 }, claimedAt: null },
    });
  }
}

type OutboxWriter = Pick<Prisma.TransactionClient, 'outboxMessage'>;

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
