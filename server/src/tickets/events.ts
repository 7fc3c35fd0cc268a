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
  | 'urgent_paged'
  /** SLA clocks (staff only; `after.kind` names the clock, `after.dueAt` its due time): started at filing, */
  | 'sla_started'
  /** paused while the ticket waits on the customer, */
  | 'sla_paused'
  /** running again (the customer answered, or the ticket was reopened with the time already used), */
  | 'sla_resumed'
  /** stopped within the target, */
  | 'sla_met'
  /** at its warning share of the target: the assignee, or the team, was warned (`after.dueAt`), */
  | 'sla_at_risk'
  /** past the target (`after.breachedAt`: the instant it was missed), */
  | 'sla_breached'
  /** the administrators were told of the breach, */
  | 'sla_escalated'
  /** moved to another policy (a priority change, an administrator's edit) or calendar, time used kept, */
  | 'sla_recomputed'
  /** without a due time because its calendar cannot say (`after.attention`, e.g. `calendar_not_covered`). */
  | 'sla_attention';

/** Who an event is attributed to: staff by id, customers and the system by kind. */
export function eventActor(actor: Actor | 'system'): { actorType: 'customer' | 'staff' | 'system'; actorUserId: string | null } {
  if (actor === 'system') return { actorType: 'system', actorUserId: null };
  if (actor.kind === 'staff') return { actorType: 'staff', actorUserId: actor.userId };
  return { actorType: 'customer', actorUserId: null };
}
