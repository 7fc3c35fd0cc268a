import { locales, type Locale } from '../../http/locale.js';
import { notificationKinds, type NotificationKind, type PayloadOf } from '../messages.js';
import { renderTemplate } from './index.js';
import type { RenderedLetter } from './layout.js';

const site = 'https://support.example.com';

/** Sample data for every kind, with the awkward cases a real message meets: markup, long lines, line breaks. */
export const samplePayloads: { [K in NotificationKind]: PayloadOf<K> } = {
  ticket_received: {
    ticketNumber: 'HO-1042',
    subject: '升级后无法登录 <script>alert(1)</script>',
    requesterName: '王小明',
    priority: 'P2',
    trackingUrl: `${site}/support/track#token=hot_sample`,
    answerBy: { at: '2026-12-04T02:00:00.000Z', timeZone: 'Asia/Shanghai' },
  },
  staff_reply: {
    ticketNumber: 'HO-1042',
    subject: '升级后无法登录',
    requesterName: '王小明',
    staffName: 'Li Na',
    body: '请执行以下命令并把输出发给我们：\n\n    handover doctor --json\n\n<b>谢谢</b> & regards',
    trackingUrl: `${site}/support/track#token=hot_sample`,
  },
  ticket_resolved: {
    ticketNumber: 'HO-1042',
    subject: '升级后无法登录',
    requesterName: '王小明',
    confirmUrl: `${site}/support/track?action=confirm#token=hot_sample`,
    reopenUrl: `${site}/support/track?action=reopen#token=hot_sample`,
    autoCloseDays: 7,
  },
  ticket_pending: {
    ticketNumber: 'HO-1042',
    subject: '升级后无法登录',
    requesterName: '王小明',
    staffName: 'Li Na',
    lastReply: '请把 /var/log/handover/app.log 中 09:00 之后的部分作为附件发给我们。',
    trackingUrl: `${site}/support/track#token=hot_sample`,
  },
  auto_close_reminder: {
    ticketNumber: 'HO-1042',
    subject: '升级后无法登录',
    requesterName: '王小明',
    closesInHours: 24,
    confirmUrl: `${site}/support/track?action=confirm#token=hot_sample`,
    reopenUrl: `${site}/support/track?action=reopen#token=hot_sample`,
  },
  ticket_closed: {
    ticketNumber: 'HO-1042',
    subject: '升级后无法登录',
    requesterName: '王小明',
    reason: 'auto_closed',
    trackingUrl: `${site}/support/track#token=hot_sample`,
    linkValidDays: 90,
  },
  trainee_invited: {
    traineeName: '张伟',
    cohortName: '2027 春季交接',
    startsOn: '2027-03-01',
    track: 'operator',
    invitedBy: 'Li Na',
    url: `${site}/training/sign-in#token=hol_sample`,
    expiresInHours: 72,
  },
  trainee_sign_in: { traineeName: '张伟', url: `${site}/training/sign-in#token=hol_sample`, expiresInHours: 72 },
  trainee_lesson_changed: {
    traineeName: '张伟',
    items: [{ title: '运行备份演练 <b>drill</b>', week: 3, pageUrl: `${site}/docs/training/week-3#w3-backup-drill` }],
    progressUrl: `${site}/training/progress`,
  },
  magic_link: {
    url: `${site}/support/my-tickets#token=hom_sample`,
    expiresInMinutes: 30,
    tickets: [
      { ticketNumber: 'HO-1042', subject: '升级后无法登录', status: 'resolved' },
      { ticketNumber: 'HO-1077', subject: 'Backup job fails at 02:00', status: 'open' },
    ],
  },
  staff_new_ticket: {
    ticketNumber: 'HO-1043',
    subject: 'Production is down',
    priority: 'P1',
    category: 'deployment',
    requesterName: 'Alice Example',
    requesterEmail: 'alice@example.com',
    requesterOrganisation: 'Example Corp',
    description: 'Since 09:12 every request returns 502.\n\n```\nupstream connect error\n```',
    consoleUrl: `${site}/console/tickets/HO-1043`,
    pageTitle: 'Backup and restore',
    unsubscribeUrl: `${site}/api/v1/notifications/unsubscribe?token=hou_sample`,
  },
  staff_urgent_ticket: {
    ticketNumber: 'HO-1044',
    subject: '生产环境全部 502',
    priority: 'P1',
    category: 'deployment',
    requesterName: '张伟',
    requesterEmail: 'zhang.wei@example.cn',
    requesterOrganisation: '示例集团',
    description: '09:12 起所有请求返回 502，已回滚无效。',
    consoleUrl: `${site}/console/tickets/HO-1044`,
  },
  staff_assigned: {
    ticketNumber: 'HO-1042',
    subject: '升级后无法登录',
    priority: 'P2',
    status: 'open',
    assignedBy: 'Chen Jie',
    requesterName: '王小明',
    consoleUrl: `${site}/console/tickets/HO-1042`,
    unsubscribeUrl: `${site}/api/v1/notifications/unsubscribe?token=hou_sample`,
  },
  staff_customer_reply: {
    ticketNumber: 'HO-1042',
    subject: '升级后无法登录',
    priority: 'P2',
    requesterName: '王小明',
    body: '日志已附上。<i>登录页</i>仍然报错 & 无法进入。',
    assignedToYou: true,
    consoleUrl: `${site}/console/tickets/HO-1042`,
    unsubscribeUrl: `${site}/api/v1/notifications/unsubscribe?token=hou_sample`,
  },
  staff_reopened: {
    ticketNumber: 'HO-1042',
    subject: '升级后无法登录',
    priority: 'P2',
    reopenedBy: '王小明',
    byCustomer: true,
    consoleUrl: `${site}/console/tickets/HO-1042`,
    unsubscribeUrl: `${site}/api/v1/notifications/unsubscribe?token=hou_sample`,
  },
  staff_sla_at_risk: {
    ticketNumber: 'HO-1042',
    subject: '升级后无法登录',
    priority: 'P2',
    clock: 'first_response',
    dueAt: '2026-12-04T02:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    assignedToYou: true,
    consoleUrl: `${site}/console/tickets/HO-1042`,
  },
  staff_sla_breached: {
    ticketNumber: 'HO-1042',
    subject: '升级后无法登录',
    priority: 'P2',
    clock: 'resolution',
    dueAt: '2026-12-04T09:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    assignedToYou: false,
    assigneeName: '李工',
    consoleUrl: `${site}/console/tickets/HO-1042`,
  },
  docs_subscription_confirm: {
    confirmUrl: `${site}/docs-changes/confirm#token=hod_sample`,
    sections: ['operations', 'faq'],
    frequency: 'weekly',
    expiresInHours: 48,
  },
  docs_digest: {
    frequency: 'weekly',
    sections: ['operations', 'blog'],
    changes: [
      { title: '备份与恢复 <b>', url: `${site}/docs/operations/backup`, section: 'operations', date: '2026-12-03', kind: 'updated' },
      { title: 'Handover 0.8：SLA', url: `${site}/blog/handover-0-8-sla`, section: 'blog', date: '2026-12-03', kind: 'added' },
    ],
    changesPageUrl: `${site}/docs-changes`,
    unsubscribeUrl: `${site}/api/v1/notifications/unsubscribe?token=hou_sample`,
  },
};

export type Preview = { kind: NotificationKind; locale: Locale } & RenderedLetter;

/** Every template in every language, rendered with the sample data, for review. */
export function renderPreview(): Preview[] {
  return notificationKinds.flatMap((kind) =>
    locales.map((locale) => ({ kind, locale, ...renderTemplate(kind, samplePayloads[kind] as never, locale) })),
  );
}
