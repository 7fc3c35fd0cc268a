import type { Locale } from '../../http/locale.js';
import type { NotificationKind, PayloadOf } from '../messages.js';
import { autoCloseReminder, magicLink, staffReply, ticketClosed, ticketPending, ticketReceived, ticketResolved } from './customer.js';
import { docsDigest, docsSubscriptionConfirm } from './docs.js';
import { renderLetter, type Letter, type RenderedLetter } from './layout.js';
import { traineeInvited, traineeLessonChanged, traineeSignIn } from './training.js';
import { staffAssigned, staffCustomerReply, staffNewTicket, staffReopened, staffSlaAtRisk, staffSlaBreached, staffUrgentTicket } from './staff.js';

const templates: { [K in NotificationKind]: (data: PayloadOf<K>, locale: Locale) => Letter } = {
  ticket_received: ticketReceived,
  staff_reply: staffReply,
  ticket_pending: ticketPending,
  ticket_resolved: ticketResolved,
  auto_close_reminder: autoCloseReminder,
  ticket_closed: ticketClosed,
  magic_link: magicLink,
  staff_new_ticket: staffNewTicket,
  staff_urgent_ticket: staffUrgentTicket,
  staff_assigned: staffAssigned,
  staff_customer_reply: staffCustomerReply,
  staff_reopened: staffReopened,
  staff_sla_at_risk: staffSlaAtRisk,
  staff_sla_breached: staffSlaBreached,
  trainee_invited: traineeInvited,
  trainee_sign_in: traineeSignIn,
  trainee_lesson_changed: traineeLessonChanged,
  docs_subscription_confirm: docsSubscriptionConfirm,
  docs_digest: docsDigest,
};

/** Subject, plain text and HTML of one kind of e-mail, in the recipient's language. */
export function renderTemplate<K extends NotificationKind>(kind: K, data: PayloadOf<K>, locale: Locale): RenderedLetter {
  return renderLetter(templates[kind](data, locale), locale);
}
