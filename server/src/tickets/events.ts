import type { Actor } from '../auth/actor.js';
import type { Prisma } from '../db/generated/client.js';

export type TicketEventType =
  | 'created'
  | 'status_changed'
  | 'priority_changed'
  | 'assignee_changed'
  | 'tags_changed'
  | 'category_changed'
  | 'subject_changed'
  | 'reply_added'
  | 'note_added'
  | 'attachment_added'
  | 'resolution_confirmed'
  | 'reopened'
  | 'auto_closed'
  /** The customer was e-mailed that the resolved ticket closes by itself soon. */
  | 'close_reminder_sent'
  /** The requester proved the address is theirs (the link in the acknowledgement e-mail). */
  | 'requester_confirmed'
  /** The on-call list was paged about this P1 (at filing, or once the requester confirmed the address). */
  | 'urgent_paged';

type EventWriter = Pick<Prisma.TransactionClient, 'ticketEvent'>;

/** Who an event is attributed to: staff by id, customers and the system by kind. */
export function eventActor(actor: Actor | 'system'): { actorType: 'customer' | 'staff' | 'system'; actorUserId: string | null } {
  if (actor === 'system') return { actorType: 'system', actorUserId: null };
  if (actor.kind === 'staff') return { actorType: 'staff', actorUserId: actor.userId };
  return { actorType: 'customer', actorUserId: null };
}

/** Appends to the ticket's timeline; call it inside the transaction that makes the change. */
export async function recordEvent(
  tx: EventWriter,
  event: { ticketId: string; actor: Actor | 'system'; type: TicketEventType; before?: unknown; after?: unknown; at?: Date },
): Promise<void> {
  await tx.ticketEvent.create({
    data: {
      ticketId: event.ticketId,
      ...eventActor(event.actor),
      type: event.type,
      before: (event.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (event.after ?? undefined) as Prisma.InputJsonValue | undefined,
      ...(event.at ? { createdAt: event.at } : {}),
    },
    select: { id: true },
  });
}
