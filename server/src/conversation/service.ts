import { AttachmentService, attachmentView, prepareAttachments, storeAttachments } from '../attachments/service.js';
import type { UploadedFile } from '../attachments/multipart.js';
import { staffOf, type Actor } from '../auth/actor.js';
import type { PrismaClient } from '../db/database.js';
import type { Prisma } from '../db/generated/client.js';
import { ProblemError } from '../http/errors.js';
import { RateLimiter, type RateLimitRule } from '../rate-limit/limiter.js';
import { notifyCustomerReply, notifyStaffReply, type MailSettings } from '../notifications/ticket-mail.js';
import { markFirstResponse } from '../tickets/repository.js';
import { findTicketForActor, seesInternal, type TicketRef } from '../tickets/access.js';
import { recordEvent } from '../tickets/events.js';
import { formatTicketNumber } from '../tickets/number.js';
import { renderMarkdown } from './markdown.js';
import { inTransaction } from '../db/transaction.js';
import { ConversationRepository, type MessageRow } from './repository.js';
import type { ConversationView, MessageView, MessageVisibility } from './schemas.js';

/**
 * Customer replies per ticket and per client address: a person answering questions stays far below them, a
 * script flooding one ticket's link with files (and its staff with e-mail) does not. Staff are not limited.
 */
export const replyLimits = {
  perTicket: { name: 'reply:ticket', limit: 20, windowSeconds: 3600 },
  perClient: { name: 'reply:ip', limit: 60, windowSeconds: 3600 },
} satisfies Record<string, RateLimitRule>;

type Author = { type: 'customer' | 'staff' | 'system'; userId: string | null; name: string };

export type ReplyStatus = 'pending' | 'resolved';
export type StatusChanger = (tx: Prisma.TransactionClient, ticketId: string, status: ReplyStatus, actor: Actor, reply: string, at: Date) => Promise<boolean>;

function messageView(ticketNumber: number, row: MessageRow, viewer: Actor): MessageView {
  return {
    id: row.id,
    visibility: row.visibility,
    author: { type: row.authorType, name: row.authorName, userId: seesInternal(viewer) ? row.authorUserId : null },
    body: row.body,
    bodyHtml: renderMarkdown(row.body),
    createdAt: row.createdAt.toISOString(),
    attachments: row.attachments.map((attachment) => attachmentView(ticketNumber, attachment)),
  };
}

/** A ticket's conversation: customers and staff reply in public, staff keep internal notes beside the replies. */
export class ConversationService {
  private readonly attachments: AttachmentService;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly now: () => Date,
    private readonly mail: MailSettings,
    /** Moves the ticket within the reply's transaction (TicketService.changeStatusWithReply); false: no change. */
    private readonly changeStatus?: StatusChanger,
  ) {
    this.attachments = new AttachmentService(prisma);
    this.limiter = new RateLimiter(prisma, now);
  }

  private readonly limiter: RateLimiter;

  /** Counts a customer's reply against the limits; run before the reply's files are read. Staff pass freely. */
  async admitReply(actor: Actor, ticket: TicketRef, clientIp: string | undefined): Promise<void> {
    if (actor.kind === 'staff') return;
    await this.limiter.hit(replyLimits.perTicket, ticket.id);
    if (clientIp) await this.limiter.hit(replyLimits.perClient, clientIp);
  }

  /** The access check, on its own so a route can run it before reading a large upload. */
  ticketFor(actor: Actor, reference: string): Promise<TicketRef> {
    return findTicketForActor(this.prisma, actor, reference);
  }

  async listConversation(actor: Actor, reference: string): Promise<ConversationView> {
    const ticket = await this.ticketFor(actor, reference);
    const visibilities: MessageVisibility[] = seesInternal(actor) ? ['public', 'internal'] : ['public'];
    const rows = await new ConversationRepository(this.prisma).listMessages(ticket.id, visibilities);
    return {
      ticketNumber: formatTicketNumber(ticket.number),
      messages: rows.map((row) => messageView(ticket.number, row, actor)),
      attachments: await this.attachments.listTicketAttachments(ticket),
    };
  }

  /**
   * A public reply by the customer or by staff, with any files; staff may move the ticket to pending or resolved
   * in the same step.
   */
  addReply(actor: Actor, ticket: TicketRef, body: string, files: UploadedFile[] = [], status?: ReplyStatus): Promise<MessageView> {
    if (status !== undefined) {
      staffOf(actor);
      if (!this.changeStatus) throw new Error('ConversationService built without a status changer');
    }
    return this.addMessage(actor, ticket, { body, visibility: 'public', status }, files);
  }

  /** A staff-only note; a customer asking for one is refused rather than silently given a public reply. */
  addInternalNote(actor: Actor, ticket: TicketRef, body: string, files: UploadedFile[] = []): Promise<MessageView> {
    staffOf(actor);
    return this.addMessage(actor, ticket, { body, visibility: 'internal' }, files);
  }

  /**
   * The message, its event, its files and their events, and what a reply does to the ticket, in one transaction:
   * a refused file or a lost race leaves nothing behind.
   */
  private async addMessage(
    actor: Actor,
    ticket: TicketRef,
    message: { body: string; visibility: MessageVisibility; status?: ReplyStatus },
    files: UploadedFile[],
  ): Promise<MessageView> {
    const attachments = prepareAttachments(files);
    const at = this.now();
    return inTransaction(this.prisma, async (tx) => {
      const conversation = new ConversationRepository(tx);
      const current = await conversation.findTicketForMessage(ticket.id);
      const author = authorOf(actor, current.requesterName);
      if (author.type === 'customer' && current.status === 'closed') {
        throw new ProblemError('ticket_closed', { detail: 'Reopen the ticket to add a reply.' });
      }
      const row = await writeMessage(tx, { ticketId: ticket.id, author, body: message.body, visibility: message.visibility, at, actor });
      const stored = await storeAttachments(tx, { ticket, messageId: row.id, visibility: message.visibility, actor, attachments, at });
      // The customer answered what staff were waiting for: the ticket is back in the team's court.
      if (author.type === 'customer' && (await conversation.openPendingTicket(ticket.id))) {
        const change = { before: { status: 'pending' }, after: { status: 'open' } };
        await recordEvent(tx, { ticketId: ticket.id, actor, type: 'status_changed', ...change, at });
      }
      // Staff hear of the customer's answer: the assignee, or the whole team while the ticket is nobody's.
      if (author.type === 'customer') await notifyCustomerReply(tx, this.mail, { ticketId: ticket.id, body: message.body }, at);
      // The SLA's first-response clock stops at the first reply the customer can see, not at an internal note.
      if (author.type === 'staff' && message.visibility === 'public') {
        await markFirstResponse(tx, ticket.id, at);
        // The customer hears of a public staff reply, queued with it; an internal note sends nobody anything. A
        // reply that also moves the ticket is quoted in the status e-mail instead, so the customer gets one.
        const moved = message.status !== undefined && (await this.changeStatus!(tx, ticket.id, message.status, actor, message.body, at));
        if (!moved) await notifyStaffReply(tx, this.mail, { ticketId: ticket.id, staffName: author.name, body: message.body }, at);
      }
      await conversation.touch(ticket.id, at);
      return { ...messageView(ticket.number, row, actor), attachments: stored };
    });
  }
}

function authorOf(actor: Actor, requesterName: string): Author {
  switch (actor.kind) {
    case 'staff':
      return { type: 'staff', userId: actor.userId, name: actor.name };
    case 'ticket-link':
    case 'requester':
      return { type: 'customer', userId: null, name: requesterName };
    case 'anonymous':
      throw new ProblemError('unauthenticated');
  }
}

type MessageWriter = Pick<Prisma.TransactionClient, 'message' | 'ticket' | 'ticketEvent'>;

async function writeMessage(
  tx: MessageWriter,
  m: { ticketId: string; author: Author; body: string; visibility: MessageVisibility; at: Date; actor: Actor | 'system' },
): Promise<MessageRow> {
  const row = await new ConversationRepository(tx).createMessage({
    ticketId: m.ticketId,
    visibility: m.visibility,
    authorType: m.author.type,
    authorUserId: m.author.userId,
    authorName: m.author.name,
    body: m.body,
    createdAt: m.at,
  });
  const type = m.visibility === 'internal' ? 'note_added' : 'reply_added';
  await recordEvent(tx, { ticketId: m.ticketId, actor: m.actor, type, after: { messageId: row.id, visibility: m.visibility }, at: m.at });
  return row;
}

/**
 * A message written by Handover itself (for example the notice when a ticket closes automatically). For other
 * features: call it inside the transaction that makes the change the message is about.
 */
export async function addSystemMessage(
  tx: MessageWriter,
  message: { ticketId: string; body: string; visibility: MessageVisibility; at: Date },
): Promise<void> {
  const author: Author = { type: 'system', userId: null, name: 'Handover' };
  await writeMessage(tx, { ...message, author, actor: 'system' });
}
