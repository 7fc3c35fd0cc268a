import type { PrismaClient } from '../db/database.js';
import type { TransactionClient } from '../db/transaction.js';
import type { IndexedTicket } from './ticket-documents.js';

const select = {
  id: true,
  number: true,
  subject: true,
  description: true,
  status: true,
  priority: true,
  category: true,
  tags: true,
  requesterLocale: true,
  updatedAt: true,
  messages: { select: { visibility: true, authorType: true, body: true }, orderBy: { createdAt: 'asc' as const } },
};

/** Reads tickets for the index: by id (changes to apply) or in pages by id (a rebuild). */
export class TicketSourceRepository {
  constructor(private readonly prisma: PrismaClient | TransactionClient) {}

  byIds(ids: string[]): Promise<IndexedTicket[]> {
    return this.prisma.ticket.findMany({ where: { id: { in: ids } }, select }) as Promise<IndexedTicket[]>;
  }

  page(afterId: string | null, take: number): Promise<IndexedTicket[]> {
    return this.prisma.ticket.findMany({ where: afterId ? { id: { gt: afterId } } : {}, orderBy: { id: 'asc' }, take, select }) as Promise<IndexedTicket[]>;
  }

  count(): Promise<number> {
    return this.prisma.ticket.count();
  }
}
