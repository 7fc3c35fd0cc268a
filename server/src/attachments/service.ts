import { createHash } from 'node:crypto';
import type { Actor } from '../auth/actor.js';
import type { TransactionClient } from '../db/transaction.js';
import { ProblemError } from '../http/errors.js';
import { findTicketForActor, seesInternal } from '../tickets/access.js';
import { recordEvent, type TicketRepository } from '../tickets/repository.js';
import { formatTicketNumber } from '../tickets/number.js';
import { safeFilename } from './filename.js';
import type { UploadedFile } from './multipart.js';
import { AttachmentRepository, type AttachmentRow, type NewAttachment } from './repository.js';
import type { AttachmentView } from './schemas.js';
import { sniffContentType, type AllowedContentType } from './sniff.js';

/**
 * Checks every upload and turns it into what will be stored: a sniffed type from the allow-list, a neutralised
 * name and its SHA-256. Throws on the first file that may not be stored, so a message is kept whole or not at all.
 */
export function prepareAttachments(files: UploadedFile[]): NewAttachment[] {
  return files.map((file) => {
    const shownName = safeFilename(file.claimedName, 'text/plain');
    if (file.content.length === 0) {
      throw new ProblemError('empty_attachment', { detail: `"${shownName}" is empty.` });
    }
    const sniffed = sniffContentType(file.content);
    if (sniffed.verdict === 'executable') {
      throw new ProblemError('attachment_type_not_allowed', {
        detail: `"${shownName}" is a program (${sniffed.kind}); programs and scripts cannot be attached.`,
      });
    }
    if (sniffed.verdict === 'unknown') {
      throw new ProblemError('attachment_type_not_allowed', {
        detail: `"${shownName}" is not text, JSON, an image, a PDF, a ZIP or a gzip file.`,
      });
    }
    return {
      filename: safeFilename(file.claimedName, sniffed.contentType),
      contentType: sniffed.contentType,
      size: file.content.length,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      content: file.content,
    };
  });
}

type AttachmentWriter = Pick<TransactionClient, 'attachment' | 'ticketEvent'>;

/**
 * Stores files on a ticket (`messageId: null`, with the ticket submission) or on one message, each with an
 * `attachment_added` event, in the caller's transaction. Run `prepareAttachments` before opening the transaction,
 * so a refused file costs no database work. `visibility` lets timeline readers hide events of internal notes.
 */
export async function storeAttachments(
  tx: AttachmentWriter,
  options: {
    ticket: { id: string; number: number };
    messageId: string | null;
    visibility?: 'public' | 'internal';
    actor: Actor | 'system';
    attachments: NewAttachment[];
    at: Date;
  },
): Promise<AttachmentView[]> {
  const { ticket, messageId, actor, at } = options;
  const repository = new AttachmentRepository(tx);
  const stored: AttachmentView[] = [];
  for (const attachment of options.attachments) {
    const row = await repository.create({ ...attachment, ticketId: ticket.id, messageId, createdAt: at });
    await recordEvent(tx, {
      ticketId: ticket.id,
      actor,
      type: 'attachment_added',
      after: { attachmentId: row.id, filename: row.filename, size: row.size, messageId, visibility: options.visibility ?? 'public' },
      at,
    });
    stored.push(attachmentView(ticket.number, row));
  }
  return stored;
}

export function attachmentView(ticketNumber: number, row: AttachmentRow): AttachmentView {
  return {
    ...row,
    contentType: row.contentType as AllowedContentType,
    url: `/api/v1/tickets/${formatTicketNumber(ticketNumber)}/attachments/${row.id}`,
  };
}

export type AttachmentDownload = { filename: string; contentType: string; sha256: string; content: Uint8Array };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reading files back: the ticket's own files for its view, and one file for download. */
export class AttachmentService {
  constructor(
    private readonly attachments: AttachmentRepository,
    private readonly tickets: TicketRepository,
  ) {}

  /** The files filed with the ticket itself (not with a message). Call after the actor's access is checked. */
  async listTicketAttachments(ticket: { id: string; number: number }): Promise<AttachmentView[]> {
    const rows = await this.attachments.listForTicket(ticket.id);
    return rows.map((row) => attachmentView(ticket.number, row));
  }

  /**
   * A file for download, if the actor may see it: its ticket must be theirs, and a file that came with an
   * internal note is staff-only. Every refusal is the same 404, so attachment ids cannot be probed.
   */
  async openAttachment(actor: Actor, ticketReference: string, id: string): Promise<AttachmentDownload> {
    const ticket = await findTicketForActor(this.tickets, actor, ticketReference);
    if (!uuid.test(id)) throw new ProblemError('not_found');
    const file = await this.attachments.findForDownload(ticket.id, id);
    if (!file) throw new ProblemError('not_found');
    if (file.message?.visibility === 'internal' && !seesInternal(actor)) throw new ProblemError('not_found');
    return { filename: file.filename, contentType: file.contentType, sha256: file.sha256, content: file.content };
  }
}
