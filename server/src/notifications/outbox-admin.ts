import { z } from 'zod';
import type { PrismaClient } from '../db/database.js';
import type { Prisma } from '../db/generated/client.js';
import { ProblemError } from '../http/errors.js';
import { formatTicketNumber, parseTicketNumber } from '../tickets/number.js';
import { outboxStatuses, type OutboxCounts, type OutboxItem, type OutboxPage, type OutboxQuery, type OutboxStatus } from './admin-schemas.js';
import type { OutboxRepository } from './outbox-repository.js';
import { CursorTime, decodeCursor, encodeCursor } from '../http/cursor.js';

// Never the payload: until a message is sent it holds live tracking and sign-in links.
const itemSelect = {
  id: true,
  kind: true,
  recipient: true,
  locale: true,
  status: true,
  attempts: true,
  lastError: true,
  messageId: true,
  createdAt: true,
  nextAttemptAt: true,
  claimedAt: true,
  sentAt: true,
  ticket: { select: { number: true } },
} satisfies Prisma.OutboxMessageSelect;

type ItemRow = Prisma.OutboxMessageGetPayload<{ select: typeof itemSelect }>;

/** What narrows the list (and its counts) besides the status. */
type OutboxFilter = { kind?: string; ticket?: string; recipient?: string };

function filterWhere(filter: OutboxFilter): Prisma.OutboxMessageWhereInput {
  const number = filter.ticket ? parseTicketNumber(filter.ticket) : null;
  return {
    ...(filter.kind ? { kind: filter.kind } : {}),
    // Addresses are stored lower-cased (requesters and staff alike), and the query is lower-cased when parsed.
    ...(filter.recipient ? { recipient: filter.recipient } : {}),
    ...(filter.ticket ? { ticket: { number: number ?? -1 } } : {}),
  };
}

/** Where a page ended: newest first, the id breaking ties between rows queued in the same millisecond. */
type OutboxKey = { createdAt: Date; id: string };

/** Admin reads of the outbox. The dispatcher's own queries live in OutboxRepository. */
export class OutboxAdminRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async page(filter: OutboxFilter & { status?: OutboxStatus }, after: OutboxKey | undefined, limit: number): Promise<ItemRow[]> {
    const where: Prisma.OutboxMessageWhereInput = {
      ...(filter.status ? { status: filter.status } : {}),
      ...filterWhere(filter),
      ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
    };
    return this.prisma.outboxMessage.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: limit, select: itemSelect });
  }

  async countByStatus(filter: OutboxFilter): Promise<OutboxCounts> {
    const groups = await this.prisma.outboxMessage.groupBy({
      by: ['status'],
      where: filterWhere(filter),
      _count: { _all: true },
    });
    const counts = Object.fromEntries(outboxStatuses.map((status) => [status, 0])) as OutboxCounts;
    for (const group of groups) counts[group.status] = group._count._all;
    return counts;
  }

  find(id: string): Promise<ItemRow | null> {
    return this.prisma.outboxMessage.findUnique({ where: { id }, select: itemSelect });
  }
}

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
