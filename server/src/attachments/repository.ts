import type { Prisma } from '../db/generated/client.js';

type Writer = Pick<Prisma.TransactionClient, 'attachment'>;

export const attachmentSummary = { id: true, filename: true, contentType: true, size: true, sha256: true } as const;

export type AttachmentRow = { id: string; filename: string; contentType: string; size: number; sha256: string };

export type NewAttachment = { filename: string; contentType: string; size: number; sha256: string; content: Uint8Array<ArrayBuffer> };

/** Attachment rows. Lists never select `content`: only a download reads the bytes. */
export class AttachmentRepository {
  constructor(private readonly prisma: Writer) {}

  create(data: NewAttachment & { ticketId: string; messageId: string | null; createdAt: Date }): Promise<AttachmentRow> {
    return this.prisma.attachment.create({
      data,
      select: attachmentSummary,
    });
  }

  /** Files filed with the ticket itself rather than with a message. */
  listForTicket(ticketId: string): Promise<AttachmentRow[]> {
    return this.prisma.attachment.findMany({
      where: { ticketId, messageId: null },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: attachmentSummary,
    });
  }

  /** The file with what decides who may see it: the visibility of the message it came with, if any. */
  findForDownload(ticketId: string, id: string) {
    return this.prisma.attachment.findFirst({
      where: { id, ticketId },
      select: { filename: true, contentType: true, sha256: true, content: true, message: { select: { visibility: true } } },
    });
  }
}
