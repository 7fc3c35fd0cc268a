import { tokenPrefixes } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { TransactionClient } from '../db/transaction.js';
import { toLocale } from '../http/locale.js';
import { hashToken, newSecretToken } from '../shared/tokens.js';
import { siteBase, trackingUrl } from '../tickets/links.js';
import { formatTicketNumber } from '../tickets/number.js';
import { issueTrackingToken } from '../tickets/repository.js';
import { MailRepository, type StaffRecipient, type UnsubscribeTokenRow } from './mail-repository.js';
import type { MutableStaffKind, PayloadOf } from './messages.js';
import { mailDomain, type NewNotification } from './outbox.js';
import { enqueue, enqueueAll } from './outbox-repository.js';

/**
 * The e-mails the support process sends, one function per event. Each takes the `tx` of the transaction that
 * makes the change, so the message is queued if and only if the change commits (the outbox's whole point).
 */

type Tx = Pick<TransactionClient, 'outboxMessage' | 'user' | 'ticket' | 'ticketAccessToken' | 'unsubscribeToken' | 'message' | 'slaClock'>;

/** What the e-mails need from the configuration; built once per service. */
export type MailSettings = {
  publicUrl: string;
  domain: string;
  autoCloseDays: number;
  trackingLinkTtlDays: number;
  /** The support calendar's zone: due times on the 7×24 calendar, which has none of its own, are written in it. */
  supportTimeZone: string;
};

export function mailSettings(config: Pick<Config, 'publicUrl' | 'autoCloseDays' | 'trackingLinkTtlDays' | 'support'>): MailSettings {
  return {
    supportTimeZone: config.support.timeZone,
    publicUrl: config.publicUrl,
    domain: mailDomain(config.publicUrl),
    autoCloseDays: config.autoCloseDays,
    trackingLinkTtlDays: config.trackingLinkTtlDays,
  };
}

/** How long the unsubscribe link of a staff e-mail works. */
const unsubscribeLinkDays = 180;
const dayMs = 86_400_000;

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
  contextTitle: string | null;
};

/**
 * "Filed from page: …" in the staff alerts, when the ticket came from a docs page's link. Left out rather than
 * null otherwise, as rows queued before the field existed are.
 */
function filedFrom(contextTitle: string | null): { pageTitle?: string } {
  return contextTitle === null ? {} : { pageTitle: contextTitle };
}

/** How the filing of a P1 reaches the on-call list: at once, or once the requester confirms the address. */
export type UrgentPaging = { pageNow: true } | { pageNow: false; confirmAddressUrl: string };

/**
 * A new ticket: the customer gets its tracking link. Staff hear of it as their settings say; a P1 ticket that may
 * page (see `UrgentPaging`) pages the on-call list at once, whatever their settings (everyone, when nobody is on
 * call), and the rest of the team gets the ordinary alert unless they switched it off. A P1 that must wait for
 * its address to be confirmed reaches the team as an ordinary alert, and the customer gets the confirmation link.
 */
export async function notifyTicketFiled(
  tx: Tx,
  settings: MailSettings,
  ticket: FiledTicketFacts,
  trackingLink: string,
  at: Date,
  paging: UrgentPaging = { pageNow: true },
  requesterTimeZone?: string,
): Promise<void> {
  const ticketNumber = formatTicketNumber(ticket.number);
  // The SLA clocks started earlier in this change: the promise is the first response's due time.
  const promise = await new MailRepository(tx).firstResponseDue(ticket.id);
  const answerBy = promise?.dueAt
    ? { at: promise.dueAt.toISOString(), timeZone: requesterTimeZone ?? (promise.builtIn ? settings.supportTimeZone : promise.timeZone) }
    : undefined;
  const received: NewNotification = {
    kind: 'ticket_received',
    recipient: ticket.requesterEmail,
    locale: toLocale(ticket.requesterLocale),
    ticketId: ticket.id,
    payload: {
      ticketNumber,
      subject: ticket.subject,
      requesterName: ticket.requesterName,
      priority: ticket.priority,
      trackingUrl: trackingLink,
      ...(answerBy ? { answerBy } : {}),
      ...(ticket.priority === 'P1' && !paging.pageNow ? { confirmAddressUrl: paging.confirmAddressUrl } : {}),
    },
  };
  const facts = {
    ticketNumber,
    subject: ticket.subject,
    priority: ticket.priority,
    category: ticket.category,
    requesterName: ticket.requesterName,
    requesterEmail: ticket.requesterEmail,
    requesterOrganisation: ticket.requesterOrganisation,
    description: ticket.description,
    consoleUrl: consoleUrl(settings, ticketNumber),
    ...filedFrom(ticket.contextTitle),
  };
  const staff = await new MailRepository(tx).activeStaff();
  const paged = ticket.priority === 'P1' && paging.pageNow ? onCallOf(staff) : [];
  const pages = urgentPages(paged, ticket.id, facts);
  const others = staff.filter((member) => !paged.includes(member));
  const alerts = staffMessages(settings, others, 'staff_new_ticket', ticket.id, facts, at);
  await queueAll(tx, settings, at, { messages: [received, ...pages, ...alerts.messages], unsubscribeTokens: alerts.unsubscribeTokens });
}

/** The on-call list, or the whole team when nobody is on call: a P1 page must reach someone. */
function onCallOf(staff: StaffRecipient[]): StaffRecipient[] {
  const onCall = staff.filter((member) => member.onCall);
  return onCall.length > 0 ? onCall : staff;
}

function urgentPages(members: StaffRecipient[], ticketId: string, facts: PayloadOf<'staff_urgent_ticket'>): NewNotification[] {
  return members.map((member) => ({ kind: 'staff_urgent_ticket', recipient: member.email, locale: toLocale(member.locale), ticketId, payload: facts }));
}

/** The page a P1 waited for: its requester confirmed the address. Goes to the on-call list, whatever their settings. */
export async function notifyUrgentTicket(tx: Tx, settings: MailSettings, ticketId: string, at: Date): Promise<void> {
  const { number, contextTitle, ...ticket } = await new MailRepository(tx).urgentTicketFacts(ticketId);
  const ticketNumber = formatTicketNumber(number);
  const payload = { ...ticket, ticketNumber, consoleUrl: consoleUrl(settings, ticketNumber), ...filedFrom(contextTitle) };
  await enqueueAll(tx, urgentPages(onCallOf(await new MailRepository(tx).activeStaff()), ticketId, payload), { domain: settings.domain, at });
}

/** The customer e-mails that carry a fresh tracking link to their ticket. */
type RequesterKind = 'staff_reply' | 'ticket_pending' | 'ticket_resolved' | 'auto_close_reminder' | 'ticket_closed';
type RequesterPayload<K extends RequesterKind> = Omit<PayloadOf<K>, 'ticketNumber' | 'subject' | 'requesterName'>;

/**
 * One e-mail to the ticket's requester, in the language they filed in, naming the ticket. `payload` adds what
 * this kind says, with `link` for its tracking URLs: one new token per e-mail, shared by its links.
 */
async function notifyRequester<K extends RequesterKind>(
  tx: Tx,
  settings: MailSettings,
  ticketId: string,
  kind: K,
  at: Date,
  payload: (link: (action?: 'confirm' | 'reopen') => string) => RequesterPayload<K>,
): Promise<void> {
  const ticket = await new MailRepository(tx).ticketFacts(ticketId);
  const token = await issueTrackingToken(tx, ticketId, at);
  await enqueue(
    tx,
    {
      kind,
      recipient: ticket.requesterEmail,
      locale: toLocale(ticket.requesterLocale),
      ticketId,
      payload: {
        ticketNumber: formatTicketNumber(ticket.number),
        subject: ticket.subject,
        requesterName: ticket.requesterName,
        ...payload((action) => trackingUrl(siteBase(settings.publicUrl, ticket.requesterLocale), token, action)),
      } as PayloadOf<K>,
    },
    { domain: settings.domain, at },
  );
}

/** Staff answered in public. Only call it for public replies: an internal note never reaches the customer. */
export async function notifyStaffReply(
  tx: Tx,
  settings: MailSettings,
  reply: { ticketId: string; staffName: string; body: string },
  at: Date,
): Promise<void> {
  await notifyRequester(tx, settings, reply.ticketId, 'staff_reply', at, (link) => ({ staffName: reply.staffName, body: reply.body, trackingUrl: link() }));
}

/** The ticket was marked resolved: the customer confirms, or reopens before it closes by itself. */
export async function notifyResolved(tx: Tx, settings: MailSettings, ticketId: string, at: Date, reply?: string): Promise<void> {
  await notifyRequester(tx, settings, ticketId, 'ticket_resolved', at, (link) => ({
    confirmUrl: link('confirm'),
    reopenUrl: link('reopen'),
    autoCloseDays: settings.autoCloseDays,
    ...(reply !== undefined ? { reply } : {}),
  }));
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
  const tickets = await new MailRepository(tx).requesterTickets(link.email);
  await enqueue(
    tx,
    {
      kind: 'magic_link',
      recipient: link.email,
      locale: toLocale(tickets[0]?.requesterLocale),
      payload: {
        url: link.url,
        expiresInMinutes: link.expiresInMinutes,
        tickets: tickets.map((t) => ({ ticketNumber: formatTicketNumber(t.number), subject: t.subject, status: t.status })),
      },
    },
    { domain: settings.domain, at },
  );
}

function consoleUrl(settings: MailSettings, ticketNumber: string): string {
  return `${settings.publicUrl}/console/tickets/${ticketNumber}`;
}

type Batch = { messages: NewNotification[]; unsubscribeTokens: UnsubscribeTokenRow[] };

/**
 * One kind of staff e-mail for each of `members` who has not switched that kind off, each with its own one-click
 * unsubscribe link (only the link's hash is kept, so every e-mail gets a new one). Nothing is written yet.
 */
function staffMessages<K extends MutableStaffKind>(
  settings: MailSettings,
  members: StaffRecipient[],
  kind: K,
  ticketId: string,
  payload: Omit<PayloadOf<K>, 'unsubscribeUrl'>,
  at: Date,
): Batch {
  const batch: Batch = { messages: [], unsubscribeTokens: [] };
  for (const member of members) {
    if (member.mutedNotifications.includes(kind)) continue;
    const token = newSecretToken(tokenPrefixes.unsubscribeLink);
    batch.unsubscribeTokens.push({
      tokenHash: hashToken(token),
      userId: member.id,
      kind,
      createdAt: at,
      expiresAt: new Date(at.getTime() + unsubscribeLinkDays * dayMs),
    });
    const unsubscribeUrl = `${settings.publicUrl}/api/v1/notifications/unsubscribe?token=${token}`;
    // The console link opens the member's own language, as the e-mail is written in it.
    const consoleLink = (payload as { consoleUrl?: string }).consoleUrl;
    const localised = consoleLink?.startsWith(`${settings.publicUrl}/`) ? { consoleUrl: `${siteBase(settings.publicUrl, member.locale)}${consoleLink.slice(settings.publicUrl.length)}` } : {};
    batch.messages.push({ kind, recipient: member.email, locale: toLocale(member.locale), ticketId, payload: { ...payload, ...localised, unsubscribeUrl } as PayloadOf<K> });
  }
  return batch;
}

/** Writes a batch: one INSERT for the unsubscribe links, one for the e-mails, whatever the size of the team. */
async function queueAll(tx: Tx, settings: MailSettings, at: Date, batch: Batch): Promise<void> {
  await new MailRepository(tx).saveUnsubscribeTokens(batch.unsubscribeTokens);
  await enqueueAll(tx, batch.messages, { domain: settings.domain, at });
}

async function notifyStaff<K extends MutableStaffKind>(
  tx: Tx,
  settings: MailSettings,
  members: StaffRecipient[],
  kind: K,
  ticketId: string,
  payload: Omit<PayloadOf<K>, 'unsubscribeUrl'>,
  at: Date,
): Promise<void> {
  await queueAll(tx, settings, at, staffMessages(settings, members, kind, ticketId, payload, at));
}

/**
 * Who hears about a ticket's activity: its assignee while the assignee is active, otherwise the whole team (the
 * ticket is nobody's yet). `except` is whoever caused it: nobody is told about what they did themselves.
 */
async function ticketWatchers(tx: Tx, assigneeId: string | null, except: string | null): Promise<{ members: StaffRecipient[]; assigned: boolean }> {
  const assignee = assigneeId ? (await new MailRepository(tx).activeStaff({ id: assigneeId }))[0] : undefined;
  const members = assignee ? [assignee] : await new MailRepository(tx).activeStaff();
  return { members: members.filter((member) => member.id !== except), assigned: Boolean(assignee) };
}

/** Staff asked the customer something and set the ticket to pending: the customer is told, with the question. */
export async function notifyPending(tx: Tx, settings: MailSettings, change: { ticketId: string; staffName: string }, at: Date): Promise<void> {
  const lastReply = await new MailRepository(tx).lastStaffReply(change.ticketId);
  await notifyRequester(tx, settings, change.ticketId, 'ticket_pending', at, (link) => ({
    staffName: change.staffName,
    lastReply,
    trackingUrl: link(),
  }));
}

/** The ticket closed; the customer keeps a link to read (and reopen) it until the links expire. */
export async function notifyClosed(
  tx: Tx,
  settings: MailSettings,
  change: { ticketId: string; reason: PayloadOf<'ticket_closed'>['reason'] },
  at: Date,
): Promise<void> {
  await notifyRequester(tx, settings, change.ticketId, 'ticket_closed', at, (link) => ({
    reason: change.reason,
    trackingUrl: link(),
    linkValidDays: settings.trackingLinkTtlDays,
  }));
}

/** A resolved ticket closes by itself in `closesInHours`: the customer's last chance to object. */
export async function notifyAutoCloseReminder(tx: Tx, settings: MailSettings, ticketId: string, closesInHours: number, at: Date): Promise<void> {
  await notifyRequester(tx, settings, ticketId, 'auto_close_reminder', at, (link) => ({
    closesInHours,
    confirmUrl: link('confirm'),
    reopenUrl: link('reopen'),
  }));
}

/** Someone else made `assigneeId` the ticket's assignee. Assigning oneself sends nothing. */
export async function notifyAssigned(
  tx: Tx,
  settings: MailSettings,
  change: { ticketId: string; assigneeId: string; by: { userId: string | null; name: string } },
  at: Date,
): Promise<void> {
  if (change.assigneeId === change.by.userId) return;
  const members = await new MailRepository(tx).activeStaff({ id: change.assigneeId });
  const ticket = await new MailRepository(tx).ticketFacts(change.ticketId);
  const ticketNumber = formatTicketNumber(ticket.number);
  await notifyStaff(
    tx,
    settings,
    members,
    'staff_assigned',
    change.ticketId,
    {
      ticketNumber,
      subject: ticket.subject,
      priority: ticket.priority,
      status: ticket.status,
      assignedBy: change.by.name,
      requesterName: ticket.requesterName,
      consoleUrl: consoleUrl(settings, ticketNumber),
    },
    at,
  );
}

/**
 * A burst of customer replies makes one e-mail per staff member, not one per reply: within this window of the
 * last e-mail about the ticket, a new reply is folded into the one not yet sent, or waits for the window's end.
 */
export const customerReplyWindowMs = 5 * 60_000;

/**
 * The customer replied in public: the assignee is told, or the whole team while nobody is assigned. The first
 * reply goes out at once; replies that follow within `customerReplyWindowMs` are folded into a single e-mail.
 */
export async function notifyCustomerReply(tx: Tx, settings: MailSettings, reply: { ticketId: string; body: string }, at: Date): Promise<void> {
  const ticket = await new MailRepository(tx).ticketFacts(reply.ticketId);
  const { members, assigned } = await ticketWatchers(tx, ticket.assigneeId, null);
  const ticketNumber = formatTicketNumber(ticket.number);
  const mail = new MailRepository(tx);
  const recent = await mail.recentCustomerReplyMails(reply.ticketId, new Date(at.getTime() - customerReplyWindowMs));
  const stillToSend: StaffRecipient[] = [];
  const deferred = new Map<string, Date>();
  for (const member of members) {
    const mine = recent.filter((row) => row.recipient === member.email);
    const unsent = mine.find((row) => row.status === 'pending' && row.attempts === 0);
    if (unsent) {
      const previous = unsent.payload as PayloadOf<'staff_customer_reply'>;
      const payload = { ...previous, body: reply.body, replyCount: (previous.replyCount ?? 1) + 1 };
      // Conditional on the row still being untried: a dispatcher that claimed it meanwhile wins, and we queue anew.
      if (await mail.rewriteUnsent(unsent.id, payload)) continue;
    }
    stillToSend.push(member);
    const last = mine[0];
    if (last) deferred.set(member.email, new Date(last.createdAt.getTime() + customerReplyWindowMs));
  }
  const batch = staffMessages(
    settings,
    stillToSend,
    'staff_customer_reply',
    reply.ticketId,
    {
      ticketNumber,
      subject: ticket.subject,
      priority: ticket.priority,
      requesterName: ticket.requesterName,
      body: reply.body,
      assignedToYou: assigned,
      consoleUrl: consoleUrl(settings, ticketNumber),
    },
    at,
  );
  for (const message of batch.messages) message.notBefore = deferred.get(message.recipient);
  await queueAll(tx, settings, at, batch);
}

/** A resolved or closed ticket is back: its assignee (or the team) hears of it, unless they reopened it themselves. */
export async function notifyReopened(
  tx: Tx,
  settings: MailSettings,
  change: { ticketId: string; by: { userId: string | null; name: string; customer: boolean } },
  at: Date,
): Promise<void> {
  const ticket = await new MailRepository(tx).ticketFacts(change.ticketId);
  const { members } = await ticketWatchers(tx, ticket.assigneeId, change.by.userId);
  const ticketNumber = formatTicketNumber(ticket.number);
  await notifyStaff(
    tx,
    settings,
    members,
    'staff_reopened',
    change.ticketId,
    {
      ticketNumber,
      subject: ticket.subject,
      priority: ticket.priority,
      reopenedBy: change.by.name,
      byCustomer: change.by.customer,
      consoleUrl: consoleUrl(settings, ticketNumber),
    },
    at,
  );
}

/** An SLA warning the escalation run claimed: which clock, its due time, the calendar's zone, when it may go out. */
export type SlaAlertMail = {
  ticketId: string;
  alert: 'at_risk' | 'breached';
  clock: 'first_response' | 'resolution';
  dueAt: Date | null;
  timeZone: string;
  deliverAt: Date;
};

/**
 * An SLA warning by e-mail: at risk to the assignee (or the whole team while the ticket is nobody's), breached to
 * the administrators. Neither can be switched off: they are the escalation the SLA promises. Queued now, sent from
 * `deliverAt` (the next working morning for anything but P1), each in the member's language.
 */
export async function notifySlaAlert(tx: Tx, settings: MailSettings, alert: SlaAlertMail, at: Date): Promise<void> {
  const mail = new MailRepository(tx);
  const ticket = await mail.ticketFacts(alert.ticketId);
  const ticketNumber = formatTicketNumber(ticket.number);
  const facts = { ticketNumber, subject: ticket.subject, priority: ticket.priority, clock: alert.clock, dueAt: alert.dueAt?.toISOString() ?? null, timeZone: alert.timeZone };
  const link = (member: StaffRecipient) => `${siteBase(settings.publicUrl, member.locale)}/console/tickets/${ticketNumber}`;
  let messages: NewNotification[];
  if (alert.alert === 'at_risk') {
    const { members, assigned } = await ticketWatchers(tx, ticket.assigneeId, null);
    messages = members.map((member) => ({
      kind: 'staff_sla_at_risk',
      recipient: member.email,
      locale: toLocale(member.locale),
      ticketId: alert.ticketId,
      payload: { ...facts, assignedToYou: assigned, consoleUrl: link(member) },
      notBefore: alert.deliverAt,
    }));
  } else {
    const assignee = ticket.assigneeId ? (await mail.activeStaff({ id: ticket.assigneeId }))[0] : undefined;
    messages = (await mail.activeStaff({ role: 'admin' })).map((member) => ({
      kind: 'staff_sla_breached',
      recipient: member.email,
      locale: toLocale(member.locale),
      ticketId: alert.ticketId,
      payload: { ...facts, assignedToYou: assignee?.id === member.id, assigneeName: assignee?.name ?? null, consoleUrl: link(member) },
      notBefore: alert.deliverAt,
    }));
  }
  await enqueueAll(tx, messages, { domain: settings.domain, at });
}
