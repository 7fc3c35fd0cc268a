import { formatTicketNumber } from '../tickets/number.js';
import type { TicketPriority, TicketStatus } from '../tickets/workflow.js';
import type { SearchDocument } from './documents.js';

/** What indexing needs of a ticket. */
export type IndexedTicket = {
  id: string;
  number: number;
  subject: string;
  description: string;
  status: TicketStatus;
  priority: TicketPriority;
  category: string;
  tags: string[];
  requesterLocale: string;
  updatedAt: Date;
  messages: { visibility: 'public' | 'internal'; authorType: string; body: string }[];
};

/** Markdown's marks are not words: `**数据库连接超时**` is found by 数据库 and shown without asterisks. */
function plain(markdown: string): string {
  return markdown
    .replace(/```[a-z]*\n?/g, ' ')
    .replace(/[*`>#~|]+/g, ' ')
    // Underscores as emphasis go; inside a word (export_all, DATABASE_URL) they are part of it.
    .replace(/(^|[^\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '$1 ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** A ticket as a search document: subject and public conversation for all staff, internal notes apart. */
export function ticketDocument(ticket: IndexedTicket): SearchDocument {
  const publicText = [ticket.description, ...ticket.messages.filter((m) => m.visibility === 'public').map((m) => m.body)];
  const internal = ticket.messages.filter((m) => m.visibility === 'internal').map((m) => m.body);
  const number = formatTicketNumber(ticket.number);
  return {
    id: `ticket:${ticket.id}`,
    type: 'ticket',
    locale: ticket.requesterLocale === 'en' ? 'en' : 'zh-Hans',
    section: 'tickets',
    title: ticket.subject,
    headings: '',
    text: plain(publicText.join('\n\n')).slice(0, 50_000),
    internal: plain(internal.join('\n\n')).slice(0, 20_000),
    url: `/console/tickets/${number}`,
    tags: ticket.tags,
    version: '',
    number,
    status: ticket.status,
    priority: ticket.priority,
    category: ticket.category,
    updatedAt: ticket.updatedAt.toISOString(),
  };
}
