import type { TransactionClient } from '../db/transaction.js';

type Tx = Pick<TransactionClient, 'outboxMessage' | 'user' | 'ticket' | 'unsubscribeToken' | 'message' | 'slaClock'>;

/** A staff member as the e-mails need them. */
export type StaffRecipient = { id: string; email: string; name: string; locale: string; onCall: boolean; mutedNotifications: string[] };

/** A link switches off one kind of e-mail for a staff member, or ends a reader's docs subscription. */
export type UnsubscribeTokenRow = { tokenHash: string; kind: string; createdAt: Date; expiresAt: Date } & ({ userId: string } | { subscriptionId: string });

/** The reads and the few writes of the e-mail rules, inside the transaction of the change they report. */
export class MailRepository {
  constructor(private readonly tx: Tx) {}

  /** What every e-mail about a ticket needs from it: who filed it and the facts the subject line quotes. */
  ticketFacts(ticketId: string) {
    return this.tx.ticket.findUniqueOrThrow({
      where: { id: ticketId },
      select: { number: true, subject: true, priority: true, status: true, assigneeId: true, requesterEmail: true, requesterName: true, requesterLocale: true },
    });
  }

  /** The first-response clock's due time and its calendar's zone, when the ticket has one running. */
  async firstResponseDue(ticketId: string): Promise<{ dueAt: Date | null; timeZone: string; builtIn: boolean } | null> {
    const clock = await this.tx.slaClock.findUnique({
      where: { ticketId_kind: { ticketId, kind: 'first_response' } },
      select: { dueAt: true, policy: { select: { calendar: { select: { timeZone: true, builtIn: true } } } } },
    });
    return clock ? { dueAt: clock.dueAt, ...clock.policy.calendar } : null;
  }

  /** What the on-call page says of a ticket. */
  urgentTicketFacts(ticketId: string) {
    return this.tx.ticket.findUniqueOrThrow({
      where: { id: ticketId },
      select: { number: true, subject: true, priority: true, category: true, description: true, requesterName: true, requesterEmail: true, requesterOrganisation: true, contextTitle: true },
    });
  }

  /** The address's most recent tickets, for the magic-link e-mail. */
  requesterTickets(email: string) {
    return this.tx.ticket.findMany({
      where: { requesterEmail: email },
      select: { number: true, subject: true, status: true, requesterLocale: true },
      orderBy: { updatedAt: 'desc' },
      take: 20,
    });
  }

  /** Everyone who may get staff e-mail (or the one member `id`): the active accounts, in a stable order. */
  async activeStaff(only: { id?: string; role?: 'admin' } = {}): Promise<StaffRecipient[]> {
    const rows = await this.tx.user.findMany({
      where: { active: true, ...only },
      select: { id: true, email: true, name: true, locale: true, onCall: true, mutedNotifications: true },
      orderBy: { email: 'asc' },
    });
    return rows.map((row) => ({ ...row, mutedNotifications: row.mutedNotifications ?? [] }));
  }

  async lastStaffReply(ticketId: string): Promise<string | null> {
    const reply = await this.tx.message.findFirst({
      where: { ticketId, visibility: 'public', authorType: 'staff' },
      select: { body: true },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
    return reply?.body ?? null;
  }

  async saveUnsubscribeTokens(rows: UnsubscribeTokenRow[]): Promise<void> {
    if (rows.length > 0) await this.tx.unsubscribeToken.createMany({ data: rows });
  }

  /** The staff e-mails about customer replies to a ticket since `since`, newest first. */
  recentCustomerReplyMails(ticketId: string, since: Date) {
    return this.tx.outboxMessage.findMany({
      where: { ticketId, kind: 'staff_customer_reply', createdAt: { gte: since } },
      select: { id: true, recipient: true, status: true, attempts: true, payload: true, createdAt: true },
      orderBy: { createdAt: 'desc' },
    });
  }

  /** Rewrites an e-mail not tried yet; false when a dispatcher claimed it meanwhile. */
  async rewriteUnsent(id: string, payload: object): Promise<boolean> {
    const { count } = await this.tx.outboxMessage.updateMany({ where: { id, status: 'pending', attempts: 0 }, data: { payload } });
    return count === 1;
  }
}
