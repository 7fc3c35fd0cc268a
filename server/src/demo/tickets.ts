import type { FileTicketInput } from '../tickets/schemas.js';

type Step =
  | { kind: 'change'; status?: 'open' | 'pending' | 'resolved' | 'closed'; assignTo?: 'admin' | 'agent' }
  | { kind: 'reply' | 'note'; body: string };

/**
 * Demo tickets: one per status and priority, in both languages, like the first week of a real handover. Two were
 * asked from a docs page ("ask about this page"), so the console has a page context to show.
 */
export const demoTickets: { ticket: FileTicketInput; steps: Step[] }[] = [
  {
    ticket: {
      subject: '生产环境订单服务无法启动',
      description: '升级到 2.3.0 后，`order-service` 启动即退出，日志显示 **数据库连接超时**。所有下单功能不可用。',
      priority: 'P1',
      category: 'deployment',
      tags: ['生产', 'upgrade'],
      requester: { email: 'ops@customer.example', name: '王磊', organisation: '示例客户有限公司', locale: 'zh-Hans' },
      context: { title: '回滚', url: '/docs/operations/rollback' },
    },
    steps: [
      { kind: 'change', status: 'open', assignTo: 'agent' },
      { kind: 'note', body: '连接池上限在 2.3.0 中改为 5，客户库有 40 个并发连接。先让客户调大 `DATABASE_POOL_SIZE`。' },
      { kind: 'reply', body: '您好，我们已定位到原因：新版本默认连接池较小。请将 `DATABASE_POOL_SIZE` 设为 40 后重启，并把结果告诉我们。' },
      { kind: 'change', status: 'pending' },
    ],
  },
  {
    ticket: {
      subject: 'Nightly backup job reports checksum mismatch',
      description: 'Since Monday the nightly backup ends with `checksum mismatch on part 3`. Restores from Sunday still work.',
      priority: 'P2',
      category: 'data',
      tags: ['backup'],
      requester: { email: 'dba@customer.example', name: 'Alice Chen', organisation: 'Example Customer Ltd', locale: 'en' },
      context: { title: 'Backup and restore', url: '/en/docs/operations/backup#backup', version: '0.4' },
    },
    steps: [{ kind: 'change', status: 'open', assignTo: 'admin' }],
  },
  {
    ticket: {
      subject: '如何为新员工开通只读账号？',
      description: '我们的审计同事需要查看报表，但不能修改数据。请问应该分配哪个角色？',
      priority: 'P4',
      category: 'how-to',
      requester: { email: 'it@customer.example', name: '李娜', locale: 'zh-Hans' },
    },
    steps: [
      { kind: 'reply', body: '可以在「系统设置 → 角色」中选择 **只读审计员**，它只能查看报表和导出 CSV。' },
      { kind: 'change', status: 'resolved' },
    ],
  },
  {
    ticket: {
      subject: 'Typo on the invoice PDF footer',
      description: 'The footer says "Thank you for your bussiness". Cosmetic only.',
      priority: 'P4',
      category: 'defect',
      tags: ['invoice'],
      requester: { email: 'finance@customer.example', name: 'Bob Smith', locale: 'en' },
    },
    steps: [],
  },
  {
    ticket: {
      subject: '报表导出偶尔超时',
      description: '月底导出全年报表时，大约三次里有一次在 60 秒后超时。',
      priority: 'P3',
      category: 'defect',
      requester: { email: 'ops@customer.example', name: '王磊', organisation: '示例客户有限公司', locale: 'zh-Hans' },
    },
    steps: [
      { kind: 'change', status: 'open', assignTo: 'agent' },
      { kind: 'reply', body: '已在 2.3.1 中把导出改为后台任务，完成后会发邮件通知。请升级后确认。' },
      { kind: 'change', status: 'resolved' },
      { kind: 'change', status: 'closed' },
    ],
  },
];
