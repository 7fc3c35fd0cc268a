import { attachmentSummary, type AttachmentRow } from '../attachments/repository.js';
import type { Prisma } from '../db/generated/client.js';
import type { MessageVisibility } from './schemas.js';

type Client = Pick<Prisma.TransactionClient, 'message'>;

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

/** Messages of a ticket. Built on the client or on a transaction. */
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
}
