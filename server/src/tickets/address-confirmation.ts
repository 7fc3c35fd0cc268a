import { tokenPrefixes } from '../auth/tokens.js';
import { ProblemError } from '../http/errors.js';
import type { RateLimiter, RateLimitRule } from '../rate-limit/limiter.js';
import { hashToken } from '../shared/tokens.js';
import { formatTicketNumber } from './number.js';
import type { TicketChanges, TimelineEvent } from './pipeline.js';
import { TicketChangeRepository, type TicketRepository } from './repository.js';

export const addressConfirmationLimits = {
  perClient: { name: 'address-confirmation:ip', limit: 20, windowSeconds: 3600 },
} satisfies Record<string, RateLimitRule>;

/** The link in the acknowledgement e-mail works this long: a P1 that nobody confirmed in a week is not an emergency. */
export const addressTokenDays = 7;

export type AddressConfirmationDeps = { tickets: TicketRepository; changes: TicketChanges; limiter: RateLimiter; now: () => Date };

/**
 * The requester followed the link in the acknowledgement e-mail: the address is theirs. Later P1s from it page at
 * once, and this ticket's page, if it waited for the confirmation and the ticket is still an open P1, goes out
 * now: a change through the pipeline (the e-mail subscriber pages on-call), in one transaction. The token works once.
 */
export async function confirmRequesterAddress(
  deps: AddressConfirmationDeps,
  token: string,
  clientIp: string | undefined,
): Promise<{ ticketNumber: string; paged: boolean }> {
  if (clientIp) await deps.limiter.hit(addressConfirmationLimits.perClient, clientIp);
  if (!token.startsWith(tokenPrefixes.addressConfirmation)) throw new ProblemError('not_found', { detail: 'This confirmation link is not valid.' });
  const tokenHash = hashToken(token);
  const at = deps.now();
  return deps.tickets.transaction(async (tx) => {
    const ticket = await new TicketChangeRepository(tx).findByAddressToken(tokenHash);
    if (!ticket) throw new ProblemError('not_found', { detail: 'This confirmation link is not valid, or was used already.' });
    if (ticket.createdAt.getTime() < at.getTime() - addressTokenDays * 86_400_000) {
      throw new ProblemError('link_expired', { detail: `Confirmation links work for ${addressTokenDays} days.` });
    }
    const paged = ticket.priority === 'P1' && ticket.urgentPagedAt === null && ticket.status !== 'resolved' && ticket.status !== 'closed';
    const events: TimelineEvent[] = [{ type: 'requester_confirmed' }, ...(paged ? [{ type: 'urgent_paged' as const, after: { reason: 'address_confirmed' } }] : [])];
    const customer = { kind: 'ticket-link', ticketId: ticket.id } as const;
    const applied = await deps.changes.apply(
      tx,
      ticket,
      {
        source: 'address_confirmed',
        facts: { requesterConfirmedAt: at, addressTokenHash: null, ...(paged ? { urgentPagedAt: at } : {}) },
        claim: { addressTokenHash: tokenHash }, // once: a second use finds the token gone
        events,
      },
      customer,
      at,
    );
    if (!applied) throw new ProblemError('not_found', { detail: 'This confirmation link was used already.' });
    return { ticketNumber: formatTicketNumber(ticket.number), paged };
  });
}
