import type { Locale } from '../../http/locale.js';
import type { PayloadOf } from '../messages.js';
import type { Letter } from './layout.js';

// Letters to the customer. The ticket number leads every subject, so the customer (and a mail filter) can tell
// tickets apart; the tracking link in each is the way back to the ticket.

export function ticketReceived(d: PayloadOf<'ticket_received'>, locale: Locale): Letter {
  return locale === 'en'
    ? {
        subject: `[${d.ticketNumber}] We received your request: ${d.subject}`,
        greeting: `Hello ${d.requesterName},`,
        blocks: [
          { paragraph: `Thank you for contacting support. Your ticket ${d.ticketNumber} has been filed and our team will answer it.` },
          { facts: [['Ticket', d.ticketNumber], ['Subject', d.subject], ['Priority', d.priority]] },
          { paragraph: 'Follow its progress, add details or files, and answer our questions at this private link. Keep it to yourself: anyone with it can see the ticket.' },
          { button: { label: 'Track your ticket', url: d.trackingUrl } },
        ],
      }
    : {
        subject: `[${d.ticketNumber}] 我们已收到您的工单：${d.subject}`,
        greeting: `${d.requesterName}，您好：`,
        blocks: [
          { paragraph: `感谢您联系技术支持。您的工单 ${d.ticketNumber} 已提交，我们会尽快处理。` },
          { facts: [['工单', d.ticketNumber], ['主题', d.subject], ['优先级', d.priority]] },
          { paragraph: '您可以通过下面的专属链接查看进度、补充信息或附件、回答我们的问题。请勿转发此链接：持有它的人都能查看该工单。' },
          { button: { label: '查看工单', url: d.trackingUrl } },
        ],
      };
}

export function staffReply(d: PayloadOf<'staff_reply'>, locale: Locale): Letter {
  return locale === 'en'
    ? {
        subject: `[${d.ticketNumber}] New reply: ${d.subject}`,
        greeting: `Hello ${d.requesterName},`,
        blocks: [
          { paragraph: `${d.staffName} replied to your ticket ${d.ticketNumber}:` },
          { quote: d.body },
          { button: { label: 'View and reply', url: d.trackingUrl } },
        ],
      }
    : {
        subject: `[${d.ticketNumber}] 工单有新回复：${d.subject}`,
        greeting: `${d.requesterName}，您好：`,
        blocks: [
          { paragraph: `${d.staffName} 回复了您的工单 ${d.ticketNumber}：` },
          { quote: d.body },
          { button: { label: '查看并回复', url: d.trackingUrl } },
        ],
      };
}

export function ticketResolved(d: PayloadOf<'ticket_resolved'>, locale: Locale): Letter {
  return locale === 'en'
    ? {
        subject: `[${d.ticketNumber}] Resolved: ${d.subject}`,
        greeting: `Hello ${d.requesterName},`,
        blocks: [
          { paragraph: `We have marked your ticket ${d.ticketNumber} as resolved. Please confirm that the problem is solved.` },
          { button: { label: 'Yes, it is solved', url: d.confirmUrl } },
          { paragraph: `If it is not, reopen the ticket and tell us what still goes wrong. Without an answer it closes by itself in ${d.autoCloseDays} days.` },
          { button: { label: 'No, reopen the ticket', url: d.reopenUrl } },
        ],
      }
    : {
        subject: `[${d.ticketNumber}] 已解决：${d.subject}`,
        greeting: `${d.requesterName}，您好：`,
        blocks: [
          { paragraph: `您的工单 ${d.ticketNumber} 已标记为已解决，请确认问题是否已经解决。` },
          { button: { label: '是的，已解决', url: d.confirmUrl } },
          { paragraph: `如果问题仍然存在，请重新打开工单并告诉我们情况。若无回复，工单将在 ${d.autoCloseDays} 天后自动关闭。` },
          { button: { label: '没有解决，重新打开', url: d.reopenUrl } },
        ],
      };
}

export function magicLink(d: PayloadOf<'magic_link'>, locale: Locale): Letter {
  const tickets = d.tickets.map((t) => ({ label: `${t.ticketNumber} · ${t.subject} (${t.status})` }));
  return locale === 'en'
    ? {
        subject: 'Your support tickets',
        greeting: 'Hello,',
        blocks: [
          { paragraph: `Someone (we hope you) asked for a link to every ticket filed from this address. It works for ${d.expiresInMinutes} minutes.` },
          { button: { label: 'Open my tickets', url: d.url } },
          ...(tickets.length ? [{ list: tickets }] : []),
          { paragraph: 'If you did not ask for it, ignore this message: nothing changes.' },
        ],
      }
    : {
        subject: '您的支持工单',
        greeting: '您好：',
        blocks: [
          { paragraph: `有人（希望是您本人）请求查看此邮箱提交的全部工单。下面的链接 ${d.expiresInMinutes} 分钟内有效。` },
          { button: { label: '打开我的工单', url: d.url } },
          ...(tickets.length ? [{ list: tickets }] : []),
          { paragraph: '如果这不是您的操作，请忽略此邮件，不会有任何变化。' },
        ],
      };
}
