import { attachmentView, prepareAttachments, storeAttachments, type AttachmentService } from '../attachments/service.js';
import type { UploadedFile } from '../attachments/multipart.js';
import { staffOf, type Actor } from '../auth/actor.js';
import { ProblemError } from '../http/errors.js';
import type { RateLimiter, RateLimitRule } from '../rate-limit/limiter.js';
import { findTicketForActor, seesInternal, type TicketRef } from '../tickets/access.js';
import { formatTicketNumber } from '../tickets/number.js';
import type { TicketChanges } from '../tickets/pipeline.js';
import { recordEvent, TicketChangeRepository, type TicketRepository } from '../tickets/repository.js';
import { renderMarkdown } from './markdown.js';
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

export type ConversationDeps = {
  tickets: TicketRepository;
  conversation: ConversationRepository;
  attachments: AttachmentService;
  changes: TicketChanges;
  limiter: RateLimiter;
  now: () => Date;
};

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
  constructor(private readonly deps: ConversationDeps) {}

  /** The access check, on its own so a route can run it before reading a large upload. */
  ticketFor(actor: Actor, reference: string): Promise<TicketRef> {
    return findTicketForActor(this.deps.tickets, actor, reference);
  }

  /** Counts a customer's reply against the limits; run before the reply's files are read. Staff pass freely. */
  async admitReply(actor: Actor, ticket: TicketRef, clientIp: string | undefined): Promise<void> {
    if (actor.kind === 'staff') return;
    await this.deps.limiter.hit(replyLimits.perTicket, ticket.id);
    if (clientIp) await this.deps.limiter.hit(replyLimits.perClient, clientIp);
  }

  async listConversation(actor: Actor, reference: string): Promise<ConversationView> {
    const ticket = await this.ticketFor(actor, reference);
    const visibilities: MessageVisibility[] = seesInternal(actor) ? ['public', 'internal'] : ['public'];
    const rows = await this.deps.conversation.listMessages(ticket.id, visibilities);
    return {
      ticketNumber: formatTicketNumber(ticket.number),
      messages: rows.map((row) => messageView(ticket.number, row, actor)),
      attachments: await this.deps.attachments.listTicketAttachments(ticket),
    };
  }

  /**
   * A public reply by the customer or by staff, with any files; staff may move the ticket to pending or resolved
   * in the same step.
   */
  addReply(actor: Actor, ticket: TicketRef, body: string, files: UploadedFile[] = [], status?: ReplyStatus): Promise<MessageView> {
    if (status !== undefined) staffOf(actor);
    return this.addMessage(actor, ticket, { body, visibility: 'public', status }, files);
  }

  /** A staff-only note; a customer asking for one is refused rather than silently given a public reply. */
  addInternalNote(actor: Actor, ticket: TicketRef, body: string, files: UploadedFile[] = []): Promise<MessageView> {
    staffOf(actor);
    return this.addMessage(actor, ticket, { body, visibility: 'internal' }, files);
  }

  /**
   * The message, its event, its files and their events, and what the message does to the ticket (through the
   * change pipeline: pending back to open, the first response, a status set with the reply, the e-mails), in one
   * transaction: a refused file or a lost race leaves nothing behind.
   */
  private async addMessage(
    actor: Actor,
    ticket: TicketRef,
    message: { body: string; visibility: MessageVisibility; status?: ReplyStatus },
    files: UploadedFile[],
  ): Promise<MessageView> {
    const attachments = prepareAttachments(files);
    const at = this.deps.now();
    return this.deps.tickets.transaction(async (tx) => {
      const changes = new TicketChangeRepository(tx);
      await changes.lock(ticket.id); // the status this message is judged by stays current until it commits
      const current = await changes.find(ticket.id);
      const author = authorOf(actor, current.requesterName);
      if (author.type === 'customer' && current.status === 'closed') {
        throw new ProblemError('ticket_closed', { detail: 'Reopen the ticket to add a reply.' });
      }
      const row = await new ConversationRepository(tx).createMessage({
        ticketId: ticket.id,
        visibility: message.visibility,
        authorType: author.type,
        authorUserId: author.userId,
        authorName: author.name,
        body: message.body,
        createdAt: at,
      });
      const type = message.visibility === 'internal' ? 'note_added' : 'reply_added';
      await recordEvent(tx, { ticketId: ticket.id, actor, type, after: { messageId: row.id, visibility: message.visibility }, at });
      const stored = await storeAttachments(tx, { ticket, messageId: row.id, visibility: message.visibility, actor, attachments, at });
      await this.deps.changes.apply(
        tx,
        current,
        {
          source: author.type === 'customer' ? 'customer_reply' : 'reply',
          ...(message.status ? { fields: { status: message.status } } : {}),
          message: { id: row.id, visibility: message.visibility, authorType: author.type, body: message.body },
        },
        actor,
        at,
      );
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
    case 'trainee':
      throw new ProblemError('forbidden');
  }
}
