/** Tickets are quoted as HO-1042; the API accepts that form or the bare number. */
export const ticketPrefix = 'HO-';

export function formatTicketNumber(number: number): string {
  return `${ticketPrefix}${number}`;
}

/** Parses `HO-1042`, `ho-1042` or `1042`; anything else is not a ticket reference (null). */
export function parseTicketNumber(reference: string): number | null {
  const match = /^(?:ho-)?(\d{1,9})$/i.exec(reference.trim());
  return match ? Number(match[1]) : null;
}
