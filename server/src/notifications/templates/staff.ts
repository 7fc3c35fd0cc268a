import type { Locale } from '../../http/locale.js';
import type { PayloadOf } from '../messages.js';
import { statusName } from './labels.js';
import type { Letter } from './layout.js';

// Letters to staff. Each names the ticket in its subject and links to it in the console; the ones a member can
// switch off end with the link that does it (the same one mail clients offer through List-Unsubscribe).

/** The first part of a long text: enough to triage from the inbox, the rest is in the console. */
function excerpt(text: string, limit = 1200): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/**
 * The link in the body opens the console's unsubscribe page, which asks before switching the kind off; the
 * List-Unsubscribe header keeps the API address for one-click unsubscribing by mail clients (RFC 8058).
 */
export function unsubscribePageUrl(apiUrl: string, locale: Locale): string {
  const at = apiUrl.indexOf('/api/v1/');
  const token = new URL(apiUrl).searchParams.get('token') ?? '';
  return `${at === -1 ? new URL(apiUrl).origin : apiUrl.slice(0, at)}${locale === 'en' ? '/en' : ''}/console/unsubscribe#token=${token}`;
}

function unsubscribe(url: string | undefined, locale: Locale): Letter['unsubscribe'] {
  if (!url) return undefined;
  return { label: locale === 'en' ? 'Stop e-mails of this kind' : '不再接收此类邮件', url: unsubscribePageUrl(url, locale) };
}

function requesterLine(d: PayloadOf<'staff_new_ticket'>): string {
  return `${d.requesterName} <${d.requesterEmail}>${d.requesterOrganisation ? `, ${d.requesterOrganisation}` : ''}`;
}

/** The docs page the ticket was filed from ("ask about this page"), as one more fact when there is one. */
function pageFact(d: PayloadOf<'staff_new_ticket'>, label: string): [string, string][] {
  return d.pageTitle ? [[label, d.pageTitle]] : [];
}

export function staffNewTicket(d: PayloadOf<'staff_new_ticket'>, locale: Locale): Letter {
  const requester = requesterLine(d);
  return locale === 'en'
    ? {
        subject: `[${d.ticketNumber}] New ${d.priority} ticket: ${d.subject}`,
        greeting: 'Hello,',
        blocks: [
          { paragraph: 'A new ticket is waiting in the queue.' },
          { facts: [['Ticket', d.ticketNumber], ['Priority', d.priority], ['Category', d.category], ['From', requester], ...pageFact(d, 'Filed from page')] },
          { quote: excerpt(d.description) },
          { button: { label: 'Open in the console', url: d.consoleUrl } },
        ],
        unsubscribe: unsubscribe(d.unsubscribeUrl, locale),
      }
    : {
        subject: `[${d.ticketNumber}] 新的 ${d.priority} 工单：${d.subject}`,
        greeting: '您好：',
        blocks: [
          { paragraph: '队列中有一个新工单等待处理。' },
          { facts: [['工单', d.ticketNumber], ['优先级', d.priority], ['类别', d.category], ['提交人', requester], ...pageFact(d, '来源页面')] },
          { quote: excerpt(d.description) },
          { button: { label: '在控制台中打开', url: d.consoleUrl } },
        ],
        unsubscribe: unsubscribe(d.unsubscribeUrl, locale),
      };
}

export function staffUrgentTicket(d: PayloadOf<'staff_urgent_ticket'>, locale: Locale): Letter {
  const requester = requesterLine(d);
  return locale === 'en'
    ? {
        subject: `[${d.ticketNumber}] URGENT ${d.priority}: ${d.subject}`,
        greeting: 'Hello,',
        blocks: [
          { paragraph: `An emergency ticket arrived. P1 tickets are handled around the clock: please take it now, or make sure someone on call does.` },
          { facts: [['Ticket', d.ticketNumber], ['Priority', d.priority], ['Category', d.category], ['From', requester], ...pageFact(d, 'Filed from page')] },
          { quote: excerpt(d.description) },
          { button: { label: 'Take it in the console', url: d.consoleUrl } },
        ],
      }
    : {
        subject: `[${d.ticketNumber}] 紧急 ${d.priority}：${d.subject}`,
        greeting: '您好：',
        blocks: [
          { paragraph: '收到一个紧急工单。P1 工单 7×24 小时处理：请立即接手，或确保值班同事已在处理。' },
          { facts: [['工单', d.ticketNumber], ['优先级', d.priority], ['类别', d.category], ['提交人', requester], ...pageFact(d, '来源页面')] },
          { quote: excerpt(d.description) },
          { button: { label: '在控制台中接手', url: d.consoleUrl } },
        ],
      };
}

export function staffAssigned(d: PayloadOf<'staff_assigned'>, locale: Locale): Letter {
  return locale === 'en'
    ? {
        subject: `[${d.ticketNumber}] Assigned to you: ${d.subject}`,
        greeting: 'Hello,',
        blocks: [
          { paragraph: `${d.assignedBy} assigned ticket ${d.ticketNumber} to you.` },
          { facts: [['Ticket', d.ticketNumber], ['Priority', d.priority], ['Status', statusName(d.status, locale)], ['Customer', d.requesterName]] },
          { button: { label: 'Open in the console', url: d.consoleUrl } },
        ],
        unsubscribe: unsubscribe(d.unsubscribeUrl, locale),
      }
    : {
        subject: `[${d.ticketNumber}] 已分配给您：${d.subject}`,
        greeting: '您好：',
        blocks: [
          { paragraph: `${d.assignedBy} 将工单 ${d.ticketNumber} 分配给了您。` },
          { facts: [['工单', d.ticketNumber], ['优先级', d.priority], ['状态', statusName(d.status, locale)], ['客户', d.requesterName]] },
          { button: { label: '在控制台中打开', url: d.consoleUrl } },
        ],
        unsubscribe: unsubscribe(d.unsubscribeUrl, locale),
      };
}

export function staffCustomerReply(d: PayloadOf<'staff_customer_reply'>, locale: Locale): Letter {
  return locale === 'en'
    ? {
        subject: `[${d.ticketNumber}] Customer replied: ${d.subject}`,
        greeting: 'Hello,',
        blocks: [
          {
            paragraph:
              (d.assignedToYou
                ? `${d.requesterName} replied to ticket ${d.ticketNumber}, which is assigned to you`
                : `${d.requesterName} replied to ticket ${d.ticketNumber}, which nobody is assigned to yet`) +
              (d.replyCount ? ` (${d.replyCount} replies in a row; the latest below):` : ':'),
          },
          { quote: excerpt(d.body) },
          { button: { label: 'Answer in the console', url: d.consoleUrl } },
        ],
        unsubscribe: unsubscribe(d.unsubscribeUrl, locale),
      }
    : {
        subject: `[${d.ticketNumber}] 客户已回复：${d.subject}`,
        greeting: '您好：',
        blocks: [
          {
            paragraph:
              (d.assignedToYou
                ? `${d.requesterName} 回复了分配给您的工单 ${d.ticketNumber}`
                : `${d.requesterName} 回复了尚未分配处理人的工单 ${d.ticketNumber}`) +
              (d.replyCount ? `（连续 ${d.replyCount} 条回复，下面是最新一条）：` : '：'),
          },
          { quote: excerpt(d.body) },
          { button: { label: '在控制台中回复', url: d.consoleUrl } },
        ],
        unsubscribe: unsubscribe(d.unsubscribeUrl, locale),
      };
}

export function staffReopened(d: PayloadOf<'staff_reopened'>, locale: Locale): Letter {
  return locale === 'en'
    ? {
        subject: `[${d.ticketNumber}] Reopened: ${d.subject}`,
        greeting: 'Hello,',
        blocks: [
          {
            paragraph: d.byCustomer
              ? `The customer, ${d.reopenedBy}, reopened ticket ${d.ticketNumber}: the problem is not solved.`
              : `${d.reopenedBy} reopened ticket ${d.ticketNumber}.`,
          },
          { facts: [['Ticket', d.ticketNumber], ['Priority', d.priority]] },
          { button: { label: 'Open in the console', url: d.consoleUrl } },
        ],
        unsubscribe: unsubscribe(d.unsubscribeUrl, locale),
      }
    : {
        subject: `[${d.ticketNumber}] 已重新打开：${d.subject}`,
        greeting: '您好：',
        blocks: [
          {
            paragraph: d.byCustomer
              ? `客户 ${d.reopenedBy} 重新打开了工单 ${d.ticketNumber}：问题尚未解决。`
              : `${d.reopenedBy} 重新打开了工单 ${d.ticketNumber}。`,
          },
          { facts: [['工单', d.ticketNumber], ['优先级', d.priority]] },
          { button: { label: '在控制台中打开', url: d.consoleUrl } },
        ],
        unsubscribe: unsubscribe(d.unsubscribeUrl, locale),
      };
}

/** A due time as the calendar's wall clock, with its zone named: the team works by that calendar. */
function dueTime(iso: string | null, timeZone: string, locale: Locale): string {
  if (!iso) return locale === 'en' ? 'unknown (the calendar does not cover it)' : '未知（日历未覆盖这段日期）';
  const written = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone, dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(iso));
  return `${written} (${timeZone})`;
}

const clockNames = {
  first_response: { en: 'first response', 'zh-Hans': '首次响应' },
  resolution: { en: 'resolution', 'zh-Hans': '解决' },
} as const;

export function staffSlaAtRisk(d: PayloadOf<'staff_sla_at_risk'>, locale: Locale): Letter {
  const clock = clockNames[d.clock][locale];
  const due = dueTime(d.dueAt, d.timeZone, locale);
  return locale === 'en'
    ? {
        subject: `[${d.ticketNumber}] SLA at risk (${clock}): ${d.subject}`,
        greeting: 'Hello,',
        blocks: [
          {
            paragraph:
              (d.assignedToYou ? `Ticket ${d.ticketNumber}, assigned to you,` : `Ticket ${d.ticketNumber}, which nobody is assigned to yet,`) +
              ` has used most of its ${clock} time. It is due by ${due}.`,
          },
          { facts: [['Ticket', d.ticketNumber], ['Priority', d.priority], ['Target', clock], ['Due', due]] },
          { button: { label: 'Open in the console', url: d.consoleUrl } },
        ],
      }
    : {
        subject: `[${d.ticketNumber}] SLA 即将超时（${clock}）：${d.subject}`,
        greeting: '您好：',
        blocks: [
          {
            paragraph:
              (d.assignedToYou ? `分配给您的工单 ${d.ticketNumber}` : `尚未分配处理人的工单 ${d.ticketNumber}`) + `的${clock}时间已用去大部分，须在 ${due} 之前完成。`,
          },
          { facts: [['工单', d.ticketNumber], ['优先级', d.priority], ['目标', clock], ['到期', due]] },
          { button: { label: '在控制台中打开', url: d.consoleUrl } },
        ],
      };
}

export function staffSlaBreached(d: PayloadOf<'staff_sla_breached'>, locale: Locale): Letter {
  const clock = clockNames[d.clock][locale];
  const due = dueTime(d.dueAt, d.timeZone, locale);
  return locale === 'en'
    ? {
        subject: `[${d.ticketNumber}] SLA breached (${clock}): ${d.subject}`,
        greeting: 'Hello,',
        blocks: [
          { paragraph: `Ticket ${d.ticketNumber} missed its ${clock} target, due by ${due}. You are told as an administrator.` },
          { facts: [['Ticket', d.ticketNumber], ['Priority', d.priority], ['Target', clock], ['Due', due], ['Assignee', d.assigneeName ?? 'nobody']] },
          { button: { label: 'Open in the console', url: d.consoleUrl } },
        ],
      }
    : {
        subject: `[${d.ticketNumber}] SLA 已超时（${clock}）：${d.subject}`,
        greeting: '您好：',
        blocks: [
          { paragraph: `工单 ${d.ticketNumber} 未能在 ${due} 之前完成${clock}，已超时。您作为管理员收到这封邮件。` },
          { facts: [['工单', d.ticketNumber], ['优先级', d.priority], ['目标', clock], ['到期', due], ['处理人', d.assigneeName ?? '无']] },
          { button: { label: '在控制台中打开', url: d.consoleUrl } },
        ],
      };
}
