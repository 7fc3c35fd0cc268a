import type { Locale } from '../../http/locale.js';
import type { PayloadOf } from '../messages.js';
import type { Letter } from './layout.js';

/** The first part of a long description: enough to triage from the inbox, the rest is in the console. */
function excerpt(text: string, limit = 1200): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

export function staffNewTicket(d: PayloadOf<'staff_new_ticket'>, locale: Locale): Letter {
  const requester = `${d.requesterName} <${d.requesterEmail}>${d.requesterOrganisation ? `, ${d.requesterOrganisation}` : ''}`;
  return locale === 'en'
    ? {
        subject: `[${d.ticketNumber}] New ${d.priority} ticket: ${d.subject}`,
        greeting: 'Hello,',
        blocks: [
          { paragraph: `A new ticket is waiting in the queue.` },
          { facts: [['Ticket', d.ticketNumber], ['Priority', d.priority], ['Category', d.category], ['From', requester]] },
          { quote: excerpt(d.description) },
          { button: { label: 'Open in the console', url: d.consoleUrl } },
        ],
      }
    : {
        subject: `[${d.ticketNumber}] 新的 ${d.priority} 工单：${d.subject}`,
        greeting: '您好：',
        blocks: [
          { paragraph: '队列中有一个新工单等待处理。' },
          { facts: [['工单', d.ticketNumber], ['优先级', d.priority], ['类别', d.category], ['提交人', requester]] },
          { quote: excerpt(d.description) },
          { button: { label: '在控制台中打开', url: d.consoleUrl } },
        ],
      };
}
