import type { Actor } from '../auth/actor.js';

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

/** Who an event is attributed to: staff by id, customers and the system by kind. */
export function eventActor(actor: Actor | 'system'): { actorType: 'customer' | 'staff' | 'system'; actorUserId: string | null } {
  if (actor === 'system') return { actorType: 'system', actorUserId: null };
  if (actor.kind === 'staff') return { actorType: 'staff', actorUserId: actor.userId };
  return { actorType: 'customer', actorUserId: null };
}
