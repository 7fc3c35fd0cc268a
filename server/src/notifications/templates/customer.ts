import type { Locale } from '../../http/locale.js';
import type { PayloadOf } from '../messages.js';
import { statusName } from './labels.js';
import type { Letter } from './layout.js';

// Letters to the customer. The ticket number leads every subject, so the customer (and a mail filter) can tell
// tickets apart; the tracking link in each is the way back to the ticket.

/** A due time as the reader's wall clock in their zone, with the zone named (an e-mail cannot know where it is read). */
function answerTime(answerBy: { at: string; timeZone: string }, locale: Locale): string {
  const written = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone: answerBy.timeZone, dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(answerBy.at));
  return `${written} (${answerBy.timeZone})`;
}

export function ticketReceived(d: PayloadOf<'ticket_received'>, locale: Locale): Letter {
  return locale === 'en'
    ? {
        subject: `[${d.ticketNumber}] We received your request: ${d.subject}`,
        greeting: `Hello ${d.requesterName},`,
        blocks: [
          { paragraph: `Thank you for contacting support. Your ticket ${d.ticketNumber} has been filed and our team will answer it.` },
          { facts: [['Ticket', d.ticketNumber], ['Subject', d.subject], ['Priority', d.priority]] },
          ...(d.answerBy ? [{ paragraph: `We will answer by ${answerTime(d.answerBy, locale)}.` }] : []),
          { paragraph: 'Follow its progress, add details or files, and answer our questions at this private link. Keep it to yourself: anyone with it can see the ticket.' },
          { button: { label: 'Track your ticket', url: d.trackingUrl } },
          ...(d.confirmAddressUrl
            ? [
                {
                  paragraph:
                    'You marked this ticket P1 (emergency). Our on-call engineers are called at any hour once you confirm that this e-mail address is yours:',
                },
                { button: { label: 'Confirm and alert on-call', url: d.confirmAddressUrl } },
              ]
            : []),
        ],
      }
    : {
        subject: `[${d.ticketNumber}] 我们已收到您的工单：${d.subject}`,
        greeting: `${d.requesterName}，您好：`,
        blocks: [
          { paragraph: `感谢您联系技术支持。您的工单 ${d.ticketNumber} 已提交，我们会尽快处理。` },
          { facts: [['工单', d.ticketNumber], ['主题', d.subject], ['优先级', d.priority]] },
          ...(d.answerBy ? [{ paragraph: `我们将在 ${answerTime(d.answerBy, locale)} 之前答复您。` }] : []),
          { paragraph: '您可以通过下面的专属链接查看进度、补充信息或附件、回答我们的问题。请勿转发此链接：持有它的人都能查看该工单。' },
          { button: { label: '查看工单', url: d.trackingUrl } },
          ...(d.confirmAddressUrl
            ? [
                { paragraph: '您将此工单标为 P1（紧急）。确认此邮箱地址属于您之后，我们会立即通知值班工程师（全天候）：' },
                { button: { label: '确认并通知值班人员', url: d.confirmAddressUrl } },
              ]
            : []),
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
          ...(d.reply ? [{ quote: d.reply }] : []),
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
          ...(d.reply ? [{ quote: d.reply }] : []),
          { button: { label: '是的，已解决', url: d.confirmUrl } },
          { paragraph: `如果问题仍然存在，请重新打开工单并告诉我们情况。若无回复，工单将在 ${d.autoCloseDays} 天后自动关闭。` },
          { button: { label: '没有解决，重新打开', url: d.reopenUrl } },
        ],
      };
}

export function magicLink(d: PayloadOf<'magic_link'>, locale: Locale): Letter {
  const tickets = d.tickets.map((t) => ({ label: `${t.ticketNumber} · ${t.subject} (${statusName(t.status, locale)})` }));
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

export function ticketPending(d: PayloadOf<'ticket_pending'>, locale: Locale): Letter {
  const reply = d.lastReply ? [{ quote: d.lastReply }] : [];
  return locale === 'en'
    ? {
        subject: `[${d.ticketNumber}] Waiting for your answer: ${d.subject}`,
        greeting: `Hello ${d.requesterName},`,
        blocks: [
          { paragraph: `${d.staffName} needs more information from you to go on with ticket ${d.ticketNumber}.` },
          ...reply,
          { paragraph: 'Your answer sends the ticket straight back to the team.' },
          { button: { label: 'Answer now', url: d.trackingUrl } },
        ],
      }
    : {
        subject: `[${d.ticketNumber}] 等待您的回复：${d.subject}`,
        greeting: `${d.requesterName}，您好：`,
        blocks: [
          { paragraph: `${d.staffName} 需要您补充信息，才能继续处理工单 ${d.ticketNumber}。` },
          ...reply,
          { paragraph: '您回复后，工单会立即回到支持团队手中。' },
          { button: { label: '立即回复', url: d.trackingUrl } },
        ],
      };
}

/** Hours as a reader would say them: "about 2 days" past 48 hours, else hours. */
function timeLeft(hours: number, locale: Locale): string {
  if (hours >= 48) {
    const days = Math.round(hours / 24);
    return locale === 'en' ? `about ${days} days` : `约 ${days} 天`;
  }
  return locale === 'en' ? `${hours} hour${hours === 1 ? '' : 's'}` : `${hours} 小时`;
}

export function autoCloseReminder(d: PayloadOf<'auto_close_reminder'>, locale: Locale): Letter {
  const left = timeLeft(d.closesInHours, locale);
  return locale === 'en'
    ? {
        subject: `[${d.ticketNumber}] Closes in ${left}: ${d.subject}`,
        greeting: `Hello ${d.requesterName},`,
        blocks: [
          { paragraph: `Your ticket ${d.ticketNumber} was marked resolved and we have not heard from you. It closes by itself in ${left}.` },
          { button: { label: 'Yes, it is solved', url: d.confirmUrl } },
          { paragraph: 'If the problem is still there, reopen the ticket now and tell us what goes wrong.' },
          { button: { label: 'No, reopen the ticket', url: d.reopenUrl } },
        ],
      }
    : {
        subject: `[${d.ticketNumber}] 将在 ${left}后关闭：${d.subject}`,
        greeting: `${d.requesterName}，您好：`,
        blocks: [
          { paragraph: `您的工单 ${d.ticketNumber} 已标记为已解决，我们尚未收到您的确认。工单将在 ${left}后自动关闭。` },
          { button: { label: '是的，已解决', url: d.confirmUrl } },
          { paragraph: '如果问题仍然存在，请现在重新打开工单并告诉我们情况。' },
          { button: { label: '没有解决，重新打开', url: d.reopenUrl } },
        ],
      };
}

const closedBecause: Record<PayloadOf<'ticket_closed'>['reason'], Record<Locale, string>> = {
  confirmed: { en: 'Thank you for confirming that the problem is solved.', 'zh-Hans': '感谢您确认问题已经解决。' },
  staff: { en: 'Our team has closed it.', 'zh-Hans': '支持团队已关闭该工单。' },
  auto_closed: {
    en: 'It was resolved and we did not hear from you, so it closed by itself.',
    'zh-Hans': '该工单已解决且未收到您的回复，因此已自动关闭。',
  },
};

export function ticketClosed(d: PayloadOf<'ticket_closed'>, locale: Locale): Letter {
  return locale === 'en'
    ? {
        subject: `[${d.ticketNumber}] Closed: ${d.subject}`,
        greeting: `Hello ${d.requesterName},`,
        blocks: [
          { paragraph: `Your ticket ${d.ticketNumber} is closed. ${closedBecause[d.reason].en}` },
          {
            paragraph: `You can still read it, and reopen it if the problem comes back, for ${d.linkValidDays} days at this link. After that, please file a new ticket.`,
          },
          { button: { label: 'View the ticket', url: d.trackingUrl } },
        ],
      }
    : {
        subject: `[${d.ticketNumber}] 已关闭：${d.subject}`,
        greeting: `${d.requesterName}，您好：`,
        blocks: [
          { paragraph: `您的工单 ${d.ticketNumber} 已关闭。${closedBecause[d.reason]['zh-Hans']}` },
          { paragraph: `在 ${d.linkValidDays} 天内，您仍可通过下面的链接查看该工单，问题复现时也可重新打开。之后请提交新工单。` },
          { button: { label: '查看工单', url: d.trackingUrl } },
        ],
      };
}
