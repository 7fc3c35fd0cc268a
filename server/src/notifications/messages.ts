import { z } from 'zod';

/**
 * What each kind of e-mail carries in its outbox row: the data captured when the change happened, so that a
 * message sent minutes later (or resent by an admin) says what was true then. The dispatcher parses the payload
 * with the same schema before rendering; a row that does not parse is a dead letter, not a crash loop.
 */
const ticketFacts = {
  ticketNumber: z.string().min(1),
  subject: z.string(),
};

/** Staff e-mails that a member can switch off carry their one-click unsubscribe link (List-Unsubscribe). */
const unsubscribable = { unsubscribeUrl: z.url().optional() };

const newTicketFacts = {
  ...ticketFacts,
  priority: z.string(),
  category: z.string(),
  requesterName: z.string(),
  requesterEmail: z.string(),
  requesterOrganisation: z.string().nullable(),
  description: z.string(),
  consoleUrl: z.url(),
  /** The title of the docs page the ticket was filed from; absent when it was not (and in rows queued before). */
  pageTitle: z.string().optional(),
};

/** An SLA warning: which clock of which ticket, its due time, and the zone of the calendar it is counted on. */
const slaFacts = {
  ...ticketFacts,
  priority: z.string(),
  clock: z.enum(['first_response', 'resolution']),
  /** The due time (ISO 8601); null when the calendar could not compute it. */
  dueAt: z.iso.datetime({ offset: true }).nullable(),
  /** The calendar's IANA time zone, in which the due time is written. */
  timeZone: z.string(),
  assignedToYou: z.boolean(),
  consoleUrl: z.url(),
};

export const payloadSchemas = {
  /** To the customer: we have your ticket, here is its private tracking link. */
  ticket_received: z.object({
    ...ticketFacts,
    requesterName: z.string(),
    priority: z.string(),
    trackingUrl: z.url(),
    /** The first response's due time under the priority's SLA, in the requester's zone (or the calendar's). */
    answerBy: z.object({ at: z.iso.datetime({ offset: true }), timeZone: z.string() }).optional(),
    /** A P1 from an address not known yet: the on-call list is paged once the requester follows this link. */
    confirmAddressUrl: z.url().optional(),
  }),
  /** To the customer: staff answered in public (internal notes never become one of these). */
  staff_reply: z.object({ ...ticketFacts, requesterName: z.string(), staffName: z.string(), body: z.string(), trackingUrl: z.url() }),
  /** To the customer: staff are waiting for an answer (status pending), with their latest public reply. */
  ticket_pending: z.object({
    ...ticketFacts,
    requesterName: z.string(),
    staffName: z.string(),
    lastReply: z.string().nullable(),
    trackingUrl: z.url(),
  }),
  /** To the customer: marked resolved; confirm, or reopen before it closes by itself. */
  ticket_resolved: z.object({
    ...ticketFacts,
    requesterName: z.string(),
    confirmUrl: z.url(),
    reopenUrl: z.url(),
    autoCloseDays: z.number().int().positive(),
    /** The public reply that resolved it, when staff replied and resolved in one step. */
    reply: z.string().optional(),
  }),
  /** To the customer: a resolved ticket closes by itself soon; last call to reopen it. */
  auto_close_reminder: z.object({
    ...ticketFacts,
    requesterName: z.string(),
    closesInHours: z.number().int().positive(),
    confirmUrl: z.url(),
    reopenUrl: z.url(),
  }),
  /** To the customer: the ticket is closed — confirmed by them, closed by staff, or after AUTO_CLOSE_DAYS. */
  ticket_closed: z.object({
    ...ticketFacts,
    requesterName: z.string(),
    reason: z.enum(['confirmed', 'staff', 'auto_closed']),
    trackingUrl: z.url(),
    linkValidDays: z.number().int().positive(),
  }),
  /** To the customer: one link that opens every ticket filed from their address. */
  magic_link: z.object({
    url: z.url(),
    expiresInMinutes: z.number().int().positive(),
    tickets: z.array(z.object({ ...ticketFacts, status: z.string() })),
  }),
  /** To staff: a new ticket in the queue. */
  staff_new_ticket: z.object({ ...newTicketFacts, ...unsubscribable }),
  /** To the on-call list (or everyone when nobody is on call): a P1 ticket, at any hour. Cannot be switched off. */
  staff_urgent_ticket: z.object(newTicketFacts),
  /** To staff: someone else made them the ticket's assignee. */
  staff_assigned: z.object({
    ...ticketFacts,
    priority: z.string(),
    status: z.string(),
    assignedBy: z.string(),
    requesterName: z.string(),
    consoleUrl: z.url(),
    ...unsubscribable,
  }),
  /** To the assignee (or all staff while unassigned): the customer replied. */
  staff_customer_reply: z.object({
    ...ticketFacts,
    priority: z.string(),
    requesterName: z.string(),
    body: z.string(),
    /** Replies this one e-mail stands for (a burst is folded into one); the quote is the latest. Absent: one. */
    replyCount: z.int().min(2).optional(),
    assignedToYou: z.boolean(),
    consoleUrl: z.url(),
    ...unsubscribable,
  }),
  /** To the assignee (or all staff while unassigned): a resolved or closed ticket is back. */
  staff_reopened: z.object({
    ...ticketFacts,
    priority: z.string(),
    reopenedBy: z.string(),
    byCustomer: z.boolean(),
    consoleUrl: z.url(),
    ...unsubscribable,
  }),
  /**
   * To the assignee (or all staff while unassigned): an SLA clock reached its warning share of the target. Sent once
   * per clock; P1 at any hour, other priorities in the calendar's working time. Cannot be switched off.
   */
  staff_sla_at_risk: z.object(slaFacts),
  /** To the administrators: an SLA clock missed its target. Once per clock, with the same quiet hours. */
  staff_sla_breached: z.object({ ...slaFacts, assigneeName: z.string().nullable() }),
  /** To a new trainee: the cohort they were invited into, and a single-use sign-in link (`url`). */
  trainee_invited: z.object({
    traineeName: z.string(),
    cohortName: z.string(),
    startsOn: z.string(),
    track: z.enum(['developer', 'operator', 'business']),
    invitedBy: z.string(),
    url: z.url(),
    expiresInHours: z.number().int().positive(),
  }),
  /** To a trainee who asked for it: a single-use sign-in link (`url`). */
  trainee_sign_in: z.object({ traineeName: z.string(), url: z.url(), expiresInHours: z.number().int().positive() }),
  /** To a trainee: lessons they completed changed since; each listed item is told once per change. */
  trainee_lesson_changed: z.object({
    traineeName: z.string(),
    items: z.array(z.object({ title: z.string(), week: z.number().int(), pageUrl: z.url() })).min(1),
    progressUrl: z.url(),
  }),
  /** To a reader who asked for docs digests: follow the link to start them (double opt-in). */
  docs_subscription_confirm: z.object({
    confirmUrl: z.url(),
    sections: z.array(z.string()),
    frequency: z.enum(['daily', 'weekly']),
    expiresInHours: z.number().int().positive(),
  }),
  /** To a confirmed reader: the pages changed in their sections since the last digest, newest first. */
  docs_digest: z.object({
    frequency: z.enum(['daily', 'weekly']),
    sections: z.array(z.string()),
    changes: z.array(z.object({ title: z.string(), url: z.url(), section: z.string(), date: z.iso.date(), kind: z.enum(['added', 'updated']) })).min(1),
    changesPageUrl: z.url(),
    ...unsubscribable,
  }),
} as const;

export type NotificationKind = keyof typeof payloadSchemas;
export const notificationKinds = Object.keys(payloadSchemas) as NotificationKind[];
export type PayloadOf<K extends NotificationKind> = z.infer<(typeof payloadSchemas)[K]>;

export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.hasOwn(payloadSchemas, kind);
}

/** The staff e-mails a member may switch off for themselves. The P1 page to the on-call list is not one of them. */
export const mutableStaffKinds = ['staff_new_ticket', 'staff_assigned', 'staff_customer_reply', 'staff_reopened'] as const;
export type MutableStaffKind = (typeof mutableStaffKinds)[number];

export function isMutableStaffKind(kind: string): kind is MutableStaffKind {
  return (mutableStaffKinds as readonly string[]).includes(kind);
}

/** What an unsubscribe link can switch off: a kind of staff e-mail, or a reader's docs digests. */
export const unsubscribableKinds = [...mutableStaffKinds, 'docs_digest'] as const;
export type UnsubscribableKind = (typeof unsubscribableKinds)[number];

/** Payload fields that carry a live token (tracking, magic or unsubscribe link). */
const secretFields = ['trackingUrl', 'confirmUrl', 'reopenUrl', 'url', 'unsubscribeUrl', 'confirmAddressUrl'] as const;

/**
 * The payload with its links removed, written when a message is sent: only token hashes are meant to outlive the
 * moment of delivery, so a copy of the database must not open tickets. Unsent and dead rows keep their links, so
 * they can still be delivered or resent.
 */
export function withoutSecrets(payload: unknown): Record<string, unknown> {
  const copy = { ...(payload as Record<string, unknown>) };
  for (const field of secretFields) delete copy[field];
  return copy;
}
