import type { Actor } from '../auth/actor.js';
import type { PrismaClient } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import type { Prisma } from '../db/generated/client.js';
import type { PlannedChange } from './changes.js';
import { recordEvent } from './events.js';

export type TransactionClient = Prisma.TransactionClient;

export const ticketSelect = {
  id: true,
  number: true,
  subject: true,
  description: true,
  priority: true,
  status: true,
  category: true,
  tags: true,
  source: true,
  requesterEmail: true,
  requesterName: true,
  requesterOrganisation: true,
  requesterPhone: true,
  requesterLocale: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  firstResponseAt: true,
  resolvedAt: true,
  closedAt: true,
  assignee: { select: { id: true, name: true, email: true } },
} as const satisfies Prisma.TicketSelect;
export type TicketRecord = Prisma.TicketGetPayload<{ select: typeof ticketSelect }>;

const eventSelect = {
  type: true,
  actorType: true,
  before: true,
  after: true,
  createdAt: true,
  actorUser: { select: { id: true, name: true } },
} as const satisfies Prisma.TicketEventSelect;
export type EventRecord = Prisma.TicketEventGetPayload<{ select: typeof eventSelect }>;

export type NewTicket = Pick<
  TicketRecord,
  | 'subject'
  | 'description'
  | 'priority'
  | 'category'
  | 'tags'
  | 'source'
  | 'requesterEmail'
  | 'requesterName'
  | 'requesterOrganisation'
  | 'requesterPhone'
  | 'requesterLocale'
>;

/** More writes that must commit or fail with a new ticket (its attachments, its outbox e-mail). */
export type AlsoInTransaction = (tx: TransactionClient, ticket: { id: string; number: number }) => Promise<void>;

export class TicketRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** The ticket, its `created` event and its tracking link: all of them or none. */
  create(
    ticket: NewTicket,
    urgent: { urgentPagedAt: Date | null; addressTokenHash: string | null },
    trackingTokenHash: string,
    actor: Actor,
    at: Date,
    alsoInTransaction?: AlsoInTransaction,
  ): Promise<TicketRecord> {
    // Inside the callback only `tx` may be used: on PGlite the outer client waits for this transaction forever.
    return inTransaction(this.prisma, async (tx) => {
      // A new ticket has no assignee: selecting only its own columns makes the insert a single INSERT … RETURNING.
      const { assignee: _none, ...columns } = ticketSelect;
      const created = { ...(await tx.ticket.create({ data: { ...ticket, ...urgent, createdAt: at, updatedAt: at }, select: columns })), assignee: null };
      await recordEvent(tx, {
        ticketId: created.id,
        actor,
        type: 'created',
        after: { subject: created.subject, priority: created.priority, category: created.category, source: created.source },
        at,
      });
      await tx.ticketAccessToken.create({ data: { ticketId: created.id, tokenHash: trackingTokenHash, createdAt: at }, select: { id: true } });
      if (alsoInTransaction) await alsoInTransaction(tx, { id: created.id, number: created.number });
      return created;
    });
  }

  findById(id: string): Promise<TicketRecord | null> {
    return this.prisma.ticket.findUnique({ where: { id }, select: ticketSelect });
  }

  findByNumbers(numbers: number[]): Promise<TicketRecord[]> {
    return this.prisma.ticket.findMany({ where: { number: { in: numbers } }, select: ticketSelect });
  }

  findEvents(ticketId: string): Promise<EventRecord[]> {
    return this.prisma.ticketEvent.findMany({ where: { ticketId }, select: eventSelect, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  findActiveStaff(userId: string): Promise<{ id: string; name: string } | null> {
    return this.prisma.user.findFirst({ where: { id: userId, active: true }, select: { id: true, name: true } });
  }

  /**
   * Applies a planned change if, and only if, the ticket is still at the version it was planned from; bumps the
   * version, records the events, moves the tracking links' expiry and runs `alsoInTransaction`, in one
   * transaction. False when someone else changed the ticket first (nothing is written then).
   */
  applyChange(
    target: { id: string; version: number },
    change: PlannedChange,
    actor: Actor | 'system',
    at: Date,
    alsoInTransaction?: (tx: TransactionClient) => Promise<void>,
  ): Promise<boolean> {
    return inTransaction(this.prisma, async (tx) => {
      if (!(await applyPlannedChange(tx, target, change, actor, at))) return false;
      // What the change causes elsewhere (its outbox e-mail), committed with it; only after a change that applied.
      if (alsoInTransaction) await alsoInTransaction(tx);
      return true;
    });
  }

  /** The address proved itself on an earlier ticket (its requester followed a confirmation link). */
  hasConfirmedAddress(requesterEmail: string): Promise<boolean> {
    return this.prisma.ticket.findFirst({ where: { requesterEmail, requesterConfirmedAt: { not: null } }, select: { id: true } }).then(Boolean);
  }

  hasTicketsFrom(requesterEmail: string): Promise<boolean> {
    return this.prisma.ticket.findFirst({ where: { requesterEmail }, select: { id: true } }).then(Boolean);
  }

  /** Resolved tickets whose customer has had `cutoff` to object, oldest first. */
  findResolvedBefore(cutoff: Date, limit: number, skipIds: string[]): Promise<TicketRecord[]> {
    return this.prisma.ticket.findMany({
      where: { status: 'resolved', resolvedAt: { lte: cutoff }, ...(skipIds.length ? { id: { notIn: skipIds } } : {}) },
      select: ticketSelect,
      orderBy: { resolvedAt: 'asc' },
      take: limit,
    });
  }
}

/**
 * `applyChange` inside a transaction someone else runs (a reply that also sets the status): the same
 * version-checked update, events and link expiry. False, and nothing written, when the ticket moved on.
 */
export async function applyPlannedChange(
  tx: TransactionClient,
  target: { id: string; version: number },
  change: PlannedChange,
  actor: Actor | 'system',
  at: Date,
): Promise<boolean> {
  const { count } = await tx.ticket.updateMany({
    where: { id: target.id, version: target.version },
    data: { ...change.data, version: { increment: 1 }, updatedAt: at },
  });
  if (count === 0) return false;
  for (const event of change.events) {
    await recordEvent(tx, { ticketId: target.id, actor, type: event.type, before: event.before, after: event.after, at });
  }
  if (change.linkExpiresAt !== undefined) {
    await tx.ticketAccessToken.updateMany({ where: { ticketId: target.id }, data: { expiresAt: change.linkExpiresAt } });
  }
  return true;
}

/**
 * Records when staff first answered the customer publicly (the SLA's first-response clock stops). Call it inside
 * the transaction that stores the reply; only the first call sets it, later ones change nothing. It does not
 * bump the version, so a reply never makes a colleague's pending edit of the ticket stale.
 */
export async function markFirstResponse(tx: TransactionClient, ticketId: string, at: Date): Promise<boolean> {
  const { count } = await tx.ticket.updateMany({ where: { id: ticketId, firstResponseAt: null }, data: { firstResponseAt: at, updatedAt: at } });
  return count === 1;
}
