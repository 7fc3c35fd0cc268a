import type { PrismaClient } from '../db/database.js';
import type { Prisma } from '../db/generated/client.js';
import type { QueueKey } from './cursor.js';
import { ticketPriorities, ticketStatuses, type TicketPriority, type TicketStatus } from './workflow.js';

export type QueueFilter = {
  statuses?: TicketStatus[];
  priorities?: TicketPriority[];
  /** null: unassigned tickets only. */
  assigneeId?: string | null;
  category?: string;
  tag?: string;
  requesterEmail?: string;
  /** Only these tickets: the ones the search engine found for the free-text filter. */
  ids?: string[];
};

const queueSelect = {
  id: true,
  number: true,
  subject: true,
  status: true,
  priority: true,
  category: true,
  tags: true,
  requesterEmail: true,
  requesterName: true,
  requesterOrganisation: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  firstResponseAt: true,
  resolvedAt: true,
  closedAt: true,
  slaDueAt: true,
  assignee: { select: { id: true, name: true } },
} as const satisfies Prisma.TicketSelect;
export type QueueRecord = Prisma.TicketGetPayload<{ select: typeof queueSelect }>;

/** A staff member's queue row also says how far that member has seen the ticket (joined in the same query). */
function staffQueueSelect(viewerId: string) {
  return {
    ...queueSelect,
    views: { where: { userId: viewerId }, select: { seenAt: true } },
    slaClocks: { select: { kind: true, runningSince: true, pausedAt: true, stoppedAt: true, dueAt: true, atRiskAt: true, breachedAt: true }, orderBy: { kind: 'asc' } },
  } as const satisfies Prisma.TicketSelect;
}
export type StaffQueueRecord = Prisma.TicketGetPayload<{ select: ReturnType<typeof staffQueueSelect> }>;

/** The staff queue and the requester's list: filtered, sorted and paged by key. */
export class QueueRepository {
  constructor(private readonly prisma: PrismaClient) {}

  page(filter: QueueFilter, sort: QueueKey['sort'], after: QueueKey | null, take: number): Promise<QueueRecord[]> {
    return this.prisma.ticket.findMany({ ...pageOf(filter, sort, after), take, select: queueSelect });
  }

  /** The staff queue's page, with each ticket's view by `viewerId`. */
  staffPage(filter: QueueFilter, sort: QueueKey['sort'], after: QueueKey | null, take: number, viewerId: string): Promise<StaffQueueRecord[]> {
    return this.prisma.ticket.findMany({ ...pageOf(filter, sort, after), take, select: staffQueueSelect(viewerId) });
  }

  async countByStatus(filter: QueueFilter): Promise<Record<TicketStatus, number>> {
    const groups = await this.prisma.ticket.groupBy({ by: ['status'], where: whereOf(filter), _count: { _all: true } });
    const counts = Object.fromEntries(ticketStatuses.map((status) => [status, 0])) as Record<TicketStatus, number>;
    for (const group of groups) counts[group.status] = group._count._all;
    return counts;
  }
}

function pageOf(filter: QueueFilter, sort: QueueKey['sort'], after: QueueKey | null): Pick<Prisma.TicketFindManyArgs, 'where' | 'orderBy'> {
  const orderBy: Prisma.TicketOrderByWithRelationInput[] =
    sort === 'priority'
      ? [{ priority: 'asc' }, { createdAt: 'asc' }, { number: 'asc' }]
      : sort === 'due'
        ? [{ slaDueAt: { sort: 'asc', nulls: 'last' } }, { number: 'asc' }]
        : [{ updatedAt: 'desc' }, { number: 'desc' }];
  return { where: { AND: [whereOf(filter), after ? afterKey(after) : {}] }, orderBy };
}

function whereOf(filter: QueueFilter): Prisma.TicketWhereInput {
  const and: Prisma.TicketWhereInput[] = [];
  if (filter.statuses) and.push({ status: { in: filter.statuses } });
  if (filter.priorities) and.push({ priority: { in: filter.priorities } });
  if (filter.assigneeId !== undefined) and.push({ assigneeId: filter.assigneeId });
  if (filter.category) and.push({ category: filter.category });
  if (filter.tag) and.push({ tags: { has: filter.tag } });
  if (filter.requesterEmail) and.push({ requesterEmail: filter.requesterEmail });
  if (filter.ids) and.push({ id: { in: filter.ids } });
  return { AND: and };
}

/** Rows strictly after the key in the sort's order. Enums have no `gt` in Prisma, so later priorities are listed. */
function afterKey(key: QueueKey): Prisma.TicketWhereInput {
  if (key.sort === 'priority') {
    const later = ticketPriorities.slice(ticketPriorities.indexOf(key.priority) + 1);
    return {
      OR: [
        { priority: { in: later } },
        { priority: key.priority, createdAt: { gt: key.createdAt } },
        { priority: key.priority, createdAt: key.createdAt, number: { gt: key.number } },
      ],
    };
  }
  if (key.sort === 'due') {
    // Dated rows first, then the undated ones (no running clock), each in number order.
    if (key.slaDueAt === null) return { slaDueAt: null, number: { gt: key.number } };
    return { OR: [{ slaDueAt: { gt: key.slaDueAt } }, { slaDueAt: key.slaDueAt, number: { gt: key.number } }, { slaDueAt: null }] };
  }
  return {
    OR: [{ updatedAt: { lt: key.updatedAt } }, { updatedAt: key.updatedAt, number: { lt: key.number } }],
  };
}
