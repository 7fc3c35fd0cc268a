import type { PrismaClient } from '../db/database.js';
import type { Prisma } from '../db/generated/client.js';
import { parseTicketNumber } from '../tickets/number.js';
import { outboxStatuses, type OutboxCounts, type OutboxStatus } from './admin-schemas.js';

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

export type ItemRow = Prisma.OutboxMessageGetPayload<{ select: typeof itemSelect }>;

/** What narrows the list (and its counts) besides the status. */
export type OutboxFilter = { kind?: string; ticket?: string; recipient?: string };

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
export type OutboxKey = { createdAt: Date; id: string };

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

