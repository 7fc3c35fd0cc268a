import { tokenPrefixes } from '../auth/tokens.js';
import type { AppContext } from '../context.js';
import { ProblemError } from '../http/errors.js';
import { mailSettings, notifyUrgentTicket } from '../notifications/ticket-mail.js';
import { RateLimiter, type RateLimitRule } from '../rate-limit/limiter.js';
import { hashToken } from '../shared/tokens.js';
import { recordEvent } from './events.js';
import { formatTicketNumber } from './number.js';

export const addressConfirmationLimits = {
  perClient: { name: 'address-confirmation:ip', limit: 20, windowSeconds: 3600 },
} satisfies Record<string, RateLimitRule>;

/** The link in the acknowledgement e-mail works this long: a P1 that nobody confirmed in a week is not an emergency. */
export const addressTokenDays = 7;

/**
 * The requester followed the link in the acknowledgement e-mail: the address is theirs. Later P1s from it page at
 * once, and this ticket's page, if it waited for the confirmation and the ticket is still an open P1, goes out
 * now, in the same transaction. The token works once.
 */
export async function confirmRequesterAddress(
  context: AppContext,
  token: string,
  clientIp: string | undefined,
): Promise<{ ticketNumber: string; paged: boolean }> {
  if (clientIp) await new RateLimiter(context.prisma, context.now).hit(addressConfirmationLimits.perClient, clientIp);
  if (!token.startsWith(tokenPrefixes.addressConfirmation)) throw new ProblemError('not_found', { detail: 'This confirmation link is not valid.' });
  const tokenHash = hashToken(token);
  const at = context.now();
  const mail = mailSettings(context.config);
  // Inside the callback only `tx` may be used: on PGlite the outer client waits for this transaction forever.
  return context.prisma.$transaction(async (tx) => {
    const ticket = await tx.ticket.findUnique({
      where: { addressTokenHash: tokenHash },
      select: { id: true, number: true, priority: true, status: true, createdAt: true, urgentPagedAt: true },
    });
    if (!ticket) throw new ProblemError('not_found', { detail: 'This confirmation link is not valid, or was used already.' });
    if (ticket.createdAt.getTime() < at.getTime() - addressTokenDays * 86_400_000) {
      throw new ProblemError('link_expired', { detail: `Confirmation links work for ${addressTokenDays} days.` });
    }
    const { count } = await tx.ticket.updateMany({
      where: { id: ticket.id, addressTokenHash: tokenHash },
      data: { requesterConfirmedAt: at, addressTokenHash: null },
    });
    if (count === 0) throw new ProblemError('not_found', { detail: 'This confirmation link was used already.' });
    const customer = { kind: 'ticket-link', ticketId: ticket.id } as const;
    await recordEvent(tx, { ticketId: ticket.id, actor: customer, type: 'requester_confirmed', at });
    const paged = ticket.priority === 'P1' && ticket.urgentPagedAt === null && ticket.status !== 'resolved' && ticket.status !== 'closed';
    if (paged) {
      await tx.ticket.updateMany({ where: { id: ticket.id }, data: { urgentPagedAt: at } });
      await recordEvent(tx, { ticketId: ticket.id, actor: 'system', type: 'urgent_paged', after: { reason: 'address_confirmed' }, at });
      await notifyUrgentTicket(tx, mail, ticket.id, at);
    }
    return { ticketNumber: formatTicketNumber(ticket.number), paged };
  });
}
