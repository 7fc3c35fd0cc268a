import type {TicketStatus} from '@site/src/api/types';

type StatusNames = Record<'statusNew' | 'statusOpen' | 'statusPending' | 'statusResolved' | 'statusClosed', string>;

/** The names the user guide (Ticket statuses) gives each status. */
export function statusName(status: TicketStatus, text: StatusNames): string {
  return {new: text.statusNew, open: text.statusOpen, pending: text.statusPending, resolved: text.statusResolved, closed: text.statusClosed}[status];
}
