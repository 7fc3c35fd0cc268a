import { attachmentSummary, type AttachmentRow } from '../attachments/repository.js';
import type { Prisma } from '../db/generated/client.js';
import type { MessageVisibility } from './schemas.js';

type Client = Pick<Prisma.TransactionClient, 'message' | 'ticket'>;

const messageFields = {
  id: true,
  visibility: true,
  authorType: true,
  authorUserId: true,
  authorName: true,
  body: true,
  createdAt: true,
  attachments: { select: attachmentSummary, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
} as const satisfies Prisma.MessageSelect;

export type MessageRow = {
  id: string;
  visibility: MessageVisibility;
  authorType: 'customer' | 'staff' | 'system';
  authorUserId: string | null;
  authorName: string;
  body: string;
  createdAt: Date;
  attachments: AttachmentRow[];
};

export type NewMessage = Omit<MessageRow, 'id' | 'attachments'> & { ticketId: string };

/** Messages of a ticket and the ticket columns a message changes. Built on the client or on a transaction. */
export class ConversationRepository {
  constructor(private readonly prisma: Client) {}

  listMessages(ticketId: string, visibilities: MessageVisibility[]): Promise<MessageRow[]> {
    return this.prisma.message.findMany({
      where: { ticketId, visibility: { in: visibilities } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: messageFields,
    });
  }

  createMessage(data: NewMessage): Promise<MessageRow> {
    return this.prisma.message.create({ data, select: messageFields });
  }

  /** Read inside the transaction that adds the message, so the status it is judged by is current. */
  findTicketForMessage(ticketId: string) {
    return this.prisma.ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { status: true, requesterName: true } });
  }

  /** The customer answered the question staff were waiting on. False when the ticket was not pending. */
  async openPendingTicket(ticketId: string): Promise<boolean> {
    const { count } = await this.prisma.ticket.updateMany({
      where: { id: ticketId, status: 'pending' },
      data: { status: 'open', version: { increment: 1 } },
    });
    return count === 1;
  }

  /** New activity moves the ticket up "recently updated" lists without bumping its version. */
  async touch(ticketId: string, at: Date): Promise<void> {
    await this.prisma.ticket.updateMany({ where: { id: ticketId }, data: { updatedAt: at } });
  }
}
