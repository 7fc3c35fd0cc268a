import { ProblemError } from '../http/errors.js';

export const ticketStatuses = ['new', 'open', 'pending', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const ticketPriorities = ['P1', 'P2', 'P3', 'P4'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

/**
 * The status machine as data: the moves a ticket may make from each status. `closed` is reachable only from
 * `resolved`, so every closed ticket was resolved first (by staff) and then confirmed, closed by staff, or
 * auto-closed; reopening returns a resolved or closed ticket to `open`.
 */
export const transitions: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['open', 'pending', 'resolved'],
  open: ['pending', 'resolved'],
  pending: ['open', 'resolved'],
  resolved: ['closed', 'open'],
  closed: ['open'],
};

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return transitions[from].includes(to);
}

/** A reopen is the move back to work from a finished ticket; it clears the finish timestamps. */
export function isReopen(from: TicketStatus, to: TicketStatus): boolean {
  return to === 'open' && (from === 'resolved' || from === 'closed');
}

export function assertTransition(from: TicketStatus, to: TicketStatus): void {
  if (!canTransition(from, to)) {
    const allowed = transitions[from].join(', ');
    throw new ProblemError('invalid_transition', {
      detail: `A ${from} ticket cannot become ${to}; from ${from} it may become: ${allowed}.`,
    });
  }
}
