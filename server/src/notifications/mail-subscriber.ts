import type { TransactionClient } from '../db/transaction.js';
import type { TicketChange, TicketSubscriber } from '../tickets/pipeline.js';
import {
  notifyAssigned,
  notifyAutoCloseReminder,
  notifyClosed,
  notifyCustomerReply,
  notifyPending,
  notifyReopened,
  notifyResolved,
  notifySlaAlert,
  notifyStaffReply,
  notifyTicketFiled,
  notifyUrgentTicket,
  type MailSettings,
} from './ticket-mail.js';

/** Who caused a change, as the e-mails name them. */
function causedBy(change: TicketChange): { userId: string | null; name: string; customer: boolean } {
  const { actor } = change;
  if (actor === 'system') return { userId: null, name: 'Handover', customer: false };
  if (actor.kind === 'staff') return { userId: actor.userId, name: actor.name, customer: false };
  return { userId: null, name: change.ticket.requesterName, customer: true };
}

/**
 * The e-mail rules of the support process, as one subscriber of the ticket change pipeline: every e-mail a
 * change causes is queued in the change's transaction (the outbox), so it exists if and only if the change does.
 */
export function mailSubscriber(settings: MailSettings): TicketSubscriber {
  return {
    name: 'e-mail',
    async onTicketChange(tx: TransactionClient, change: TicketChange): Promise<void> {
      const { ticket, at, message, data } = change;
      const by = causedBy(change);
      if (change.source === 'filed' && change.filing) {
        const paging = change.filing.pageNow ? { pageNow: true as const } : { pageNow: false as const, confirmAddressUrl: change.filing.confirmAddressUrl! };
        await notifyTicketFiled(tx, settings, ticket, change.filing.trackingUrl, at, paging, change.filing.timeZone);
        return;
      }
      if (change.source === 'address_confirmed' && data.urgentPagedAt) await notifyUrgentTicket(tx, settings, ticket.id, at);
      if (change.source === 'close_reminder' && change.reminder) await notifyAutoCloseReminder(tx, settings, ticket.id, change.reminder.closesInHours, at);
      if (change.source === 'sla_alert' && change.slaAlert) await notifySlaAlert(tx, settings, { ticketId: ticket.id, ...change.slaAlert }, at);

      // Staff hear of the customer's answer: the assignee, or the whole team while the ticket is nobody's.
      if (message?.authorType === 'customer' && message.visibility === 'public') {
        await notifyCustomerReply(tx, settings, { ticketId: ticket.id, body: message.body }, at);
      }
      const to = data.status;
      const staffReply = message?.authorType === 'staff' && message.visibility === 'public' ? message.body : undefined;
      // A public staff reply that also moves the ticket (pending, resolved) is quoted in the status e-mail instead,
      // so the customer gets one e-mail; an internal note sends nobody anything.
      if (staffReply !== undefined && to !== 'pending' && to !== 'resolved') {
        await notifyStaffReply(tx, settings, { ticketId: ticket.id, staffName: by.name, body: staffReply }, at);
      }
      if (data.assigneeId) await notifyAssigned(tx, settings, { ticketId: ticket.id, assigneeId: data.assigneeId, by }, at);
      if (to === 'pending') await notifyPending(tx, settings, { ticketId: ticket.id, staffName: by.name }, at);
      if (to === 'resolved') await notifyResolved(tx, settings, ticket.id, at, staffReply);
      if (to === 'closed') {
        const reason = change.source === 'auto_close' ? 'auto_closed' : by.customer ? 'confirmed' : 'staff';
        await notifyClosed(tx, settings, { ticketId: ticket.id, reason }, at);
      }
      if (change.reopened) await notifyReopened(tx, settings, { ticketId: ticket.id, by }, at);
    },
  };
}
