import { tokenPrefixes } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { Prisma } from '../db/generated/client.js';
import { defaultLocale, locales, type Locale } from '../http/locale.js';
import { hashToken, newSecretToken } from '../shared/tokens.js';
import { formatTicketNumber } from '../tickets/number.js';
import { enqueue, mailDomain } from './outbox.js';

/**
 * The e-mails the support process sends, one function per event. Each takes the `tx` of the transaction that
 * makes the change, so the message is queued if and only if the change commits (the outbox's whole point).
 */

type Tx = Pick<Prisma.TransactionClient, 'outboxMessage' | 'user' | 'ticket' | 'ticketAccessToken'>;

/** What the e-mails need from the configuration; built once per service. */
export type MailSettings = { publicUrl: string; domain: string; autoCloseDays: number };

export function mailSettings(config: Pick<Config, 'publicUrl' | 'autoCloseDays'>): MailSettings {
  return { publicUrl: config.publicUrl, domain: mailDomain(config.publicUrl), autoCloseDays: config.autoCloseDays };
}

function localeOf(value: string | null | undefined): Locale {
  return (locales as readonly string[]).includes(value ?? '') ? (value as Locale) : defaultLocale;
}

/** The customer's private link to one ticket; the token travels in the fragment, out of logs and Referers. */
export function trackingUrl(settings: MailSettings, token: string, action?: 'confirm' | 'reopen'): string {
  return `${settings.publicUrl}/support/track${action ? `?action=${action}` : ''}#token=${token}`;
}

/**
 * Only a hash of the tracking token filed with the ticket is kept, so a later e-mail cannot repeat it: it carries
 * a new token for the same ticket, expiring with the ticket's other links (they all move together on close/reopen).
 */
async function newTrackingToken(tx: Tx, ticketId: string, at: Date): Promise<string> {
  const token = newSecretToken(tokenPrefixes.trackingLink);
  const sibling = await tx.ticketAccessToken.findFirst({ where: { ticketId }, select: { expiresAt: true }, orderBy: { createdAt: 'desc' } });
  await tx.ticketAccessToken.create({
    data: { ticketId, tokenHash: hashToken(token), createdAt: at, expiresAt: sibling?.expiresAt ?? null },
    select: { id: true },
  });
  return token;
}

export type FiledTicketFacts = {
  id: string;
  number: number;
  subject: string;
  description: string;
  priority: string;
  category: string;
  requesterEmail: string;
  requesterName: string;
  requesterOrganisation: string | null;
  requesterLocale: string;
};

/**
 * A new ticket: the customer gets its tracking link; every active staff member hears of it. There is no on-call
 * list or per-person opt-out yet, so "P1 at once to the on-call list" is, for now, every priority at once to all
 * active staff (the dispatcher sends as soon as the transaction commits).
 */
export async function notifyTicketFiled(tx: Tx, settings: MailSettings, ticket: FiledTicketFacts, trackingLink: string, at: Date): Promise<void> {
  const ticketNumber = formatTicketNumber(ticket.number);
  const options = { domain: settings.domain, at };
  await enqueue(
    tx,
    {
      kind: 'ticket_received',
      recipient: ticket.requesterEmail,
      locale: localeOf(ticket.requesterLocale),
      ticketId: ticket.id,
      payload: { ticketNumber, subject: ticket.subject, requesterName: ticket.requesterName, priority: ticket.priority, trackingUrl: trackingLink },
    },
    options,
  );
  const staff = await tx.user.findMany({ where: { active: true }, select: { email: true, locale: true }, orderBy: { email: 'asc' } });
  for (const member of staff) {
    await enqueue(
      tx,
      {
        kind: 'staff_new_ticket',
        recipient: member.email,
        locale: localeOf(member.locale),
        ticketId: ticket.id,
        payload: {
          ticketNumber,
          subject: ticket.subject,
          priority: ticket.priority,
          category: ticket.category,
          requesterName: ticket.requesterName,
          requesterEmail: ticket.requesterEmail,
          requesterOrganisation: ticket.requesterOrganisation,
          description: ticket.description,
          consoleUrl: `${settings.publicUrl}/console/tickets/${ticketNumber}`,
        },
      },
      options,
    );
  }
}

async function requesterOf(tx: Tx, ticketId: string) {
  return tx.ticket.findUniqueOrThrow({
    where: { id: ticketId },
    select: { number: true, subject: true, requesterEmail: true, requesterName: true, requesterLocale: true },
  });
}

/** Staff answered in public. Only call it for public replies: an internal note never reaches the customer. */
export async function notifyStaffReply(
  tx: Tx,
  settings: MailSettings,
  reply: { ticketId: string; staffName: string; body: string },
  at: Date,
): Promise<void> {
  const ticket = await requesterOf(tx, reply.ticketId);
  const token = await newTrackingToken(tx, reply.ticketId, at);
  await enqueue(
    tx,
    {
      kind: 'staff_reply',
      recipient: ticket.requesterEmail,
      locale: localeOf(ticket.requesterLocale),
      ticketId: reply.ticketId,
      payload: {
        ticketNumber: formatTicketNumber(ticket.number),
        subject: ticket.subject,
        requesterName: ticket.requesterName,
        staffName: reply.staffName,
        body: reply.body,
        trackingUrl: trackingUrl(settings, token),
      },
    },
    { domain: settings.domain, at },
  );
}

/** The ticket was marked resolved: the customer confirms, or reopens before it closes by itself. */
export async function notifyResolved(tx: Tx, settings: MailSettings, ticketId: string, at: Date): Promise<void> {
  const ticket = await requesterOf(tx, ticketId);
  const token = await newTrackingToken(tx, ticketId, at);
  await enqueue(
    tx,
    {
      kind: 'ticket_resolved',
      recipient: ticket.requesterEmail,
      locale: localeOf(ticket.requesterLocale),
      ticketId,
      payload: {
        ticketNumber: formatTicketNumber(ticket.number),
        subject: ticket.subject,
        requesterName: ticket.requesterName,
        confirmUrl: trackingUrl(settings, token, 'confirm'),
        reopenUrl: trackingUrl(settings, token, 'reopen'),
        autoCloseDays: settings.autoCloseDays,
      },
    },
    { domain: settings.domain, at },
  );
}

/**
 * "E-mail me links to my tickets": the link, with the address's most recent tickets listed, in the language of
 * the customer's latest ticket. Queued in the transaction that stores the link, so no link exists unsent.
 */
export async function notifyMagicLink(
  tx: Tx,
  settings: MailSettings,
  link: { email: string; url: string; expiresInMinutes: number },
  at: Date,
): Promise<void> {
  const tickets = await tx.ticket.findMany({
    where: { requesterEmail: link.email },
    select: { number: true, subject: true, status: true, requesterLocale: true },
    orderBy: { updatedAt: 'desc' },
    take: 20,
  });
  await enqueue(
    tx,
    {
      kind: 'magic_link',
      recipient: link.email,
      locale: localeOf(tickets[0]?.requesterLocale),
      payload: {
        url: link.url,
        expiresInMinutes: link.expiresInMinutes,
        tickets: tickets.map((t) => ({ ticketNumber: formatTicketNumber(t.number), subject: t.subject, status: t.status })),
      },
    },
    { domain: settings.domain, at },
  );
}
