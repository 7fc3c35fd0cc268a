import type { Actor } from '../auth/actor.js';
import { tokenPrefixes } from '../auth/tokens.js';
import { hashToken, newSecretToken } from '../shared/tokens.js';
import type { PrismaClient } from '../db/database.js';
import { Prisma } from '../db/generated/client.js';
import { inTransaction, type TransactionClient } from '../db/transaction.js';
import type { PlannedChange } from './changes.js';
import { eventActor, type TicketEventType } from './events.js';

export type { TransactionClient };

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
  urgentPagedAt: true,
  contextTitle: true,
  contextUrl: true,
  contextVersion: true,
  filingSuggestions: true,
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
  | 'contextTitle'
  | 'contextUrl'
  | 'contextVersion'
> & { filingSuggestions: { url: string; title: string; type: string; clicked: boolean }[] | null };

/** More writes that must commit or fail with a new ticket (its attachments). */
export type AlsoInTransaction = (tx: TransactionClient, ticket: { id: string; number: number }) => Promise<void>;

export class TicketRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * The ticket and its tracking link, then `alsoInTransaction` (its files, and the filing's pass through the change
   * pipeline, which records the `created` event and tells the subscribers): all of them or none.
   */
  create(
    ticket: NewTicket,
    urgent: { urgentPagedAt: Date | null; addressTokenHash: string | null },
    trackingTokenHash: string,
    at: Date,
    alsoInTransaction: (tx: TransactionClient, created: TicketRecord) => Promise<void>,
  ): Promise<TicketRecord> {
    return inTransaction(this.prisma, async (tx) => {
      // A new ticket has no assignee: selecting only its own columns makes the insert a single INSERT … RETURNING.
      const { assignee: _none, ...columns } = ticketSelect;
      const { filingSuggestions, ...fields } = ticket;
      const data = { ...fields, ...urgent, filingSuggestions: filingSuggestions ?? Prisma.DbNull, createdAt: at, updatedAt: at };
      const created = { ...(await tx.ticket.create({ data, select: columns })), assignee: null };
      await tx.ticketAccessToken.create({ data: { ticketId: created.id, tokenHash: trackingTokenHash, createdAt: at }, select: { id: true } });
      await alsoInTransaction(tx, created);
      return created;
    });
  }

  /** The promise to the customer: the running first-response clock's due time; null once answered, or without an SLA. */
  async answerBy(ticketId: string): Promise<Date | null> {
    const clock = await this.prisma.slaClock.findUnique({ where: { ticketId_kind: { ticketId, kind: 'first_response' } }, select: { dueAt: true, runningSince: true } });
    return clock?.runningSince ? clock.dueAt : null;
  }

  /** Runs `work` in a transaction of its own (a change that is not part of a larger one). */
  transaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return inTransaction(this.prisma, work);
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

  hasConfirmedAddress(requesterEmail: string): Promise<boolean> {
    return this.prisma.ticket.findFirst({ where: { requesterEmail, requesterConfirmedAt: { not: null } }, select: { id: true } }).then(Boolean);
  }

  hasTicketsFrom(requesterEmail: string): Promise<boolean> {
    return this.prisma.ticket.findFirst({ where: { requesterEmail }, select: { id: true } }).then(Boolean);
  }

  /** Resolved tickets not reminded yet whose automatic close is near (resolved at or before `cutoff`). */
  findDueForReminder(cutoff: Date, limit: number): Promise<{ id: string; resolvedAt: Date | null }[]> {
    return this.prisma.ticket.findMany({
      where: { status: 'resolved', resolvedAt: { lte: cutoff }, closeReminderAt: null },
      select: { id: true, resolvedAt: true },
      orderBy: { resolvedAt: 'asc' },
      take: limit,
    });
  }

  /** The few columns the access check needs, by number. */
  findRef(number: number): Promise<{ id: string; number: number; requesterEmail: string; status: string; version: number } | null> {
    return this.prisma.ticket.findUnique({ where: { number }, select: { id: true, number: true, requesterEmail: true, status: true, version: true } });
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

/** Columns a ticket records as facts, without a new version (nobody's pending edit becomes stale). */
export type TicketFacts = {
  firstResponseAt?: Date;
  closeReminderAt?: Date | null;
  requesterConfirmedAt?: Date;
  addressTokenHash?: null;
  urgentPagedAt?: Date;
};

type Claim = { status?: TicketRecord['status']; closeReminderAt?: null; addressTokenHash?: string };

/** The writes of the change pipeline (tickets/pipeline.ts), inside the transaction of a change. */
export class TicketChangeRepository {
  constructor(private readonly tx: TransactionClient) {}

  /** Locks the ticket's row until the transaction ends, so a read-then-change cannot race another change. */
  async lock(ticketId: string): Promise<void> {
    await this.tx.$queryRaw`SELECT id FROM tickets WHERE id = ${ticketId}::uuid FOR UPDATE`;
  }

  find(ticketId: string): Promise<TicketRecord> {
    return this.tx.ticket.findUniqueOrThrow({ where: { id: ticketId }, select: ticketSelect });
  }

  findByAddressToken(tokenHash: string): Promise<TicketRecord | null> {
    return this.tx.ticket.findUnique({ where: { addressTokenHash: tokenHash }, select: ticketSelect });
  }

  /**
   * Writes a change: with `bumpVersion`, only if the ticket is still at the version it was planned from; with a
   * `claim`, only if the ticket still meets it. Moves the tracking links' expiry along. False when nothing matched.
   */
  async write(
    ticket: { id: string; version: number },
    change: { data: PlannedChange['data'] & TicketFacts; bumpVersion: boolean; claim?: Claim; at: Date; linkExpiresAt?: Date | null },
  ): Promise<boolean> {
    const where: Prisma.TicketWhereInput = { id: ticket.id, ...(change.bumpVersion ? { version: ticket.version } : {}), ...change.claim };
    const { count } = await this.tx.ticket.updateMany({
      where,
      data: { ...change.data, updatedAt: change.at, ...(change.bumpVersion ? { version: { increment: 1 } } : {}) },
    });
    if (count === 0) return false;
    if (change.linkExpiresAt !== undefined) {
      await this.tx.ticketAccessToken.updateMany({ where: { ticketId: ticket.id }, data: { expiresAt: change.linkExpiresAt } });
    }
    return true;
  }

  async recordEvents(ticketId: string, events: { type: TicketEventType; before?: unknown; after?: unknown }[], actor: Actor | 'system', at: Date): Promise<void> {
    for (const event of events) await recordEvent(this.tx, { ticketId, actor, ...event, at });
  }
}

/**
 * A new tracking token for a ticket, for a later e-mail: only a hash of the one filed with the ticket is kept, so
 * an e-mail cannot repeat it. It expires with the ticket's other links (they all move together on close/reopen).
 */
export async function issueTrackingToken(tx: Pick<TransactionClient, 'ticketAccessToken'>, ticketId: string, at: Date): Promise<string> {
  const token = newSecretToken(tokenPrefixes.trackingLink);
  const sibling = await tx.ticketAccessToken.findFirst({ where: { ticketId }, select: { expiresAt: true }, orderBy: { createdAt: 'desc' } });
  await tx.ticketAccessToken.create({
    data: { ticketId, tokenHash: hashToken(token), createdAt: at, expiresAt: sibling?.expiresAt ?? null },
    select: { id: true },
  });
  return token;
}

type EventWriter = Pick<Prisma.TransactionClient, 'ticketEvent'>;

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
