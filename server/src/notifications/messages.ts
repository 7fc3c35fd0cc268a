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

export const payloadSchemas = {
  /** To the customer: we have your ticket, here is its private tracking link. */
  ticket_received: z.object({ ...ticketFacts, requesterName: z.string(), priority: z.string(), trackingUrl: z.url() }),
  /** To the customer: staff answered in public (internal notes never become one of these). */
  staff_reply: z.object({ ...ticketFacts, requesterName: z.string(), staffName: z.string(), body: z.string(), trackingUrl: z.url() }),
  /** To the customer: marked resolved; confirm, or reopen before it closes by itself. */
  ticket_resolved: z.object({
    ...ticketFacts,
    requesterName: z.string(),
    confirmUrl: z.url(),
    reopenUrl: z.url(),
    autoCloseDays: z.number().int().positive(),
  }),
  /** To the customer: one link that opens every ticket filed from their address. */
  magic_link: z.object({
    url: z.url(),
    expiresInMinutes: z.number().int().positive(),
    tickets: z.array(z.object({ ...ticketFacts, status: z.string() })),
  }),
  /** To staff: a new ticket in the queue. */
  staff_new_ticket: z.object({
    ...ticketFacts,
    priority: z.string(),
    category: z.string(),
    requesterName: z.string(),
    requesterEmail: z.string(),
    requesterOrganisation: z.string().nullable(),
    description: z.string(),
    consoleUrl: z.url(),
  }),
} as const;

export type NotificationKind = keyof typeof payloadSchemas;
export const notificationKinds = Object.keys(payloadSchemas) as NotificationKind[];
export type PayloadOf<K extends NotificationKind> = z.infer<(typeof payloadSchemas)[K]>;

export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.hasOwn(payloadSchemas, kind);
}

/** Payload fields that carry a live tracking or magic-link token. */
const secretFields = ['trackingUrl', 'confirmUrl', 'reopenUrl', 'url'] as const;

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
