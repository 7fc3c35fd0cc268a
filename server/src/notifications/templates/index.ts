import type { Locale } from '../../http/locale.js';
import type { NotificationKind, PayloadOf } from '../messages.js';
import { magicLink, staffReply, ticketReceived, ticketResolved } from './customer.js';
import { renderLetter, type Letter, type RenderedLetter } from './layout.js';
import { staffNewTicket } from './staff.js';

const templates: { [K in NotificationKind]: (data: PayloadOf<K>, locale: Locale) => Letter } = {
  ticket_received: ticketReceived,
  staff_reply: staffReply,
  ticket_resolved: ticketResolved,
  magic_link: magicLink,
  staff_new_ticket: staffNewTicket,
};

/** Subject, plain text and HTML of one kind of e-mail, in the recipient's language. */
export function renderTemplate<K extends NotificationKind>(kind: K, data: PayloadOf<K>, locale: Locale): RenderedLetter {
  return renderLetter(templates[kind](data, locale), locale);
}
