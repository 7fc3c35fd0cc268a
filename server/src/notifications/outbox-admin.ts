import { z } from 'zod';
import { ProblemError } from '../http/errors.js';
import { formatTicketNumber } from '../tickets/number.js';
import type { OutboxItem, OutboxPage, OutboxQuery } from './admin-schemas.js';
import type { ItemRow, OutboxAdminRepository, OutboxKey } from './outbox-admin-repository.js';
import type { OutboxRepository } from './outbox-repository.js';
import { CursorTime, decodeCursor, encodeCursor } from '../http/cursor.js';

function toItem(row: ItemRow): OutboxItem {
  const { ticket, createdAt, nextAttemptAt, claimedAt, sentAt, ...rest } = row;
  return {
    ...rest,
    ticketNumber: ticket ? formatTicketNumber(ticket.number) : null,
    createdAt: createdAt.toISOString(),
    nextAttemptAt: nextAttemptAt.toISOString(),
    claimedAt: claimedAt?.toISOString() ?? null,
    sentAt: sentAt?.toISOString() ?? null,
  };
}

const EncodedKey = z.tuple([z.literal('o'), CursorTime, z.uuid()]);
const outboxCursor = (key: OutboxKey) => encodeCursor(['o', key.createdAt.toISOString(), key.id]);

/** What an administrator may do with the outbox: look through it, and send a dead letter once more. */
export class OutboxAdmin {
  constructor(
    private readonly reads: OutboxAdminRepository,
    private readonly outbox: OutboxRepository,
    private readonly now: () => Date,
  ) {}

  async list(query: OutboxQuery): Promise<OutboxPage> {
    const after = query.cursor ? (([, createdAt, id]) => ({ createdAt: new Date(createdAt), id }))(decodeCursor(query.cursor, EncodedKey)) : undefined;
    const [rows, counts] = await Promise.all([
      this.reads.page(query, after, query.limit + 1),
      this.reads.countByStatus(query),
    ]);
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return { items: items.map(toItem), nextCursor: rows.length > query.limit && last ? outboxCursor(last) : null, counts };
  }

  async get(id: string): Promise<OutboxItem> {
    const row = await this.reads.find(id);
    if (!row) throw new ProblemError('not_found');
    return toItem(row);
  }

  /** Due at once, with the same Message-ID, so a recipient who got an earlier attempt sees a repeat, not a new mail. */
  async resend(id: string): Promise<OutboxItem> {
    const requeued = await this.outbox.requeueDead(id, this.now());
    const row = await this.get(id);
    if (!requeued) {
      throw new ProblemError('not_resendable', { detail: `This message is ${row.status}; only a dead letter can be resent.` });
    }
    return row;
  }
}
