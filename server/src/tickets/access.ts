import type { Actor } from '../auth/actor.js';
import { ProblemError } from '../http/errors.js';
import { parseTicketNumber } from './number.js';
import type { TicketRepository } from './repository.js';

export type TicketRef = { id: string; number: number; requesterEmail: string; status: string; version: number };

/**
 * The one gate to a single ticket. Staff see every ticket; a tracking-link holder sees only the ticket the link
 * was made for; a magic-link holder sees the tickets filed from that e-mail address. Anything else — including
 * a ticket that exists but is not yours — is the same 404, so numbers cannot be probed.
 */
export async function findTicketForActor(tickets: Pick<TicketRepository, 'findRef'>, actor: Actor, reference: string): Promise<TicketRef> {
  if (actor.kind === 'anonymous') throw new ProblemError('unauthenticated');
  const number = parseTicketNumber(reference);
  if (number === null) throw new ProblemError('not_found');
  const ticket = await tickets.findRef(number);
  if (!ticket || !canSee(actor, ticket)) throw new ProblemError('not_found');
  return ticket;
}

function canSee(actor: Exclude<Actor, { kind: 'anonymous' }>, ticket: TicketRef): boolean {
  switch (actor.kind) {
    case 'staff':
      return true;
    case 'ticket-link':
      return actor.ticketId === ticket.id;
    case 'requester':
      return actor.email === ticket.requesterEmail;
    // A trainee practises on tickets through the portal (by link) or the console (with a staff account), never as a trainee.
    case 'trainee':
      return false;
  }
}

/** Customers (link holders) see public messages only; staff see internal notes too. */
export function seesInternal(actor: Actor): boolean {
  return actor.kind === 'staff';
}
