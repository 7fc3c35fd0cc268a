// Examples for the API reference (RouteSpec `examples`), checked against the schemas by
// server/test/api-examples.test.ts. One ticket, HO-1042, runs through them, so the pages tell one story.
import type { RouteExamples } from '../http/route-spec.js';

export const exampleTicketNumber = 'HO-1042';
export const exampleStaff = { id: '8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21', name: '李雷', email: 'li.lei@support.example.com' };
export const exampleTrackingToken = 'hot_Q3d9xV7bL2mN4pR8tK1wY6cF0hJ5sD2gA9eU3iO7lZk';

const requester = {
  email: 'wang.fang@example.com',
  name: '王芳',
  organisation: '华东电网信息中心',
  phone: '+86 21 5888 1234 转 806',
  locale: 'zh-Hans' as const,
};
const context = { title: '备份与恢复', url: '/docs/operations/backup#restore', version: '0.8' };
const subject = '升级到 0.8.0 后夜间备份报错 checksum mismatch';
const description =
  '昨晚 02:00 的定时备份失败，`scripts/backup.sh` 输出：\n\n```\nERROR checksum mismatch: base.tar.gz\n```\n\n升级前（0.7.3）一直正常。日志见附件 backup-2026-11-30.log。';

/** The customer's view, as a tracking-link holder reads it. */
const publicTicket = {
  number: exampleTicketNumber,
  subject,
  description,
  status: 'open' as const,
  priority: 'P2' as const,
  category: 'deployment',
  requester,
  assignee: { name: exampleStaff.name },
  context,
  createdAt: '2026-11-30T01:12:08.000Z',
  updatedAt: '2026-11-30T02:05:41.000Z',
  resolvedAt: null,
  closedAt: null,
};

const publicEvents = [
  { type: 'created', at: '2026-11-30T01:12:08.000Z', actorType: 'customer', before: null, after: null },
  { type: 'status_changed', at: '2026-11-30T02:05:41.000Z', actorType: 'staff', before: { status: 'new' }, after: { status: 'open' } },
];

export const examplePublicTicketDetail = { ...publicTicket, events: publicEvents, answerBy: null };

/** The staff view of the same ticket. */
export const exampleStaffTicket = {
  ...publicTicket,
  assignee: exampleStaff,
  tags: ['backup', 'v0.8'],
  source: 'web',
  version: 4,
  firstResponseAt: '2026-11-30T02:05:41.000Z',
  allowedStatuses: ['pending', 'resolved'],
  suggestions: [
    { url: '/docs/operations/backup', title: '备份与恢复', type: 'doc', clicked: true },
    { url: '/docs/faq/backup-checksum', title: '备份校验和不一致怎么办？', type: 'faq', clicked: false },
  ],
  events: [
    { type: 'created', at: '2026-11-30T01:12:08.000Z', actor: { type: 'customer', userId: null, name: '王芳' }, before: null, after: { source: 'web' } },
    {
      type: 'assignee_changed',
      at: '2026-11-30T02:04:10.000Z',
      actor: { type: 'staff', userId: exampleStaff.id, name: exampleStaff.name },
      before: { assigneeId: null },
      after: { assigneeId: exampleStaff.id },
    },
    {
      type: 'status_changed',
      at: '2026-11-30T02:05:41.000Z',
      actor: { type: 'staff', userId: exampleStaff.id, name: exampleStaff.name },
      before: { status: 'new' },
      after: { status: 'open' },
    },
  ],
};

const fileTicketBody = {
  subject,
  description,
  priority: 'P2',
  category: 'deployment',
  tags: ['backup'],
  requester: { ...requester, timeZone: 'Asia/Shanghai' },
  context,
  suggestions: [{ url: '/docs/operations/backup', title: '备份与恢复', type: 'doc', clicked: true }],
};

const queueItem = {
  number: exampleTicketNumber,
  subject,
  status: 'open',
  priority: 'P2',
  category: 'deployment',
  tags: ['backup', 'v0.8'],
  requester: { email: requester.email, name: requester.name, organisation: requester.organisation },
  assignee: { id: exampleStaff.id, name: exampleStaff.name },
  version: 4,
  createdAt: '2026-11-30T01:12:08.000Z',
  updatedAt: '2026-11-30T02:05:41.000Z',
  firstResponseAt: '2026-11-30T02:05:41.000Z',
  presence: [{ name: '韩梅梅', state: 'writing' }],
  unseen: false,
  sla: { dueAt: '2026-11-30T09:12:08.000Z', state: 'on_track', clock: 'resolution' },
};

export const ticketExamples = {
  fileTicket: {
    body: fileTicketBody,
    responses: {
      201: {
        ...publicTicket,
        status: 'new',
        assignee: null,
        updatedAt: publicTicket.createdAt,
        trackingToken: exampleTrackingToken,
        trackingUrl: `https://support.example.com/support/track#token=${exampleTrackingToken}`,
      },
    },
  },
  listTickets: {
    query: { status: ['new', 'open'], priority: 'P1,P2', assignee: 'me', sort: 'due', limit: 25 },
    responses: {
      200: {
        items: [
          queueItem,
          {
            ...queueItem,
            number: 'HO-1047',
            subject: 'Login page returns 502 after switching to the Helm chart',
            status: 'new',
            priority: 'P1',
            category: 'deployment',
            tags: ['helm', 'ingress'],
            requester: { email: 'e.chen@example.org', name: 'Emily Chen', organisation: 'Northwind Logistics' },
            assignee: null,
            version: 1,
            createdAt: '2026-11-30T03:40:00.000Z',
            updatedAt: '2026-11-30T03:40:00.000Z',
            firstResponseAt: null,
            presence: [],
            unseen: true,
            sla: { dueAt: '2026-11-30T03:55:00.000Z', state: 'at_risk', clock: 'first_response' },
          },
        ],
        nextCursor: 'WyJkIiwiMjAyNi0xMi0wMVQwNToxMjowOC4wMDBaIiwxMDQyXQ',
      },
    },
  },
  countTickets: {
    query: { assignee: 'me', category: 'deployment' },
    responses: { 200: { new: 2, open: 5, pending: 3, resolved: 7, closed: 41, total: 58 } },
  },
  bulkUpdateTickets: {
    body: { numbers: ['HO-1042', 'HO-1043', 1044], status: 'pending', tags: { add: ['等待客户'] } },
    responses: {
      200: {
        results: [
          { number: 'HO-1042', ok: true, status: 'pending', priority: 'P2', tags: ['backup', 'v0.8', '等待客户'], version: 5 },
          { number: 'HO-1043', ok: true, status: 'pending', priority: 'P3', tags: ['等待客户'], version: 3 },
          { number: 'HO-1044', ok: false, code: 'invalid_transition', detail: 'closed cannot move to pending; allowed: open' },
        ],
        succeeded: 2,
        failed: 1,
      },
    },
  },
  getTicket: { params: { number: exampleTicketNumber }, responses: { 200: exampleStaffTicket } },
  getLinkedTicket: { responses: { 200: examplePublicTicketDetail } },
  updateTicket: {
    params: { number: exampleTicketNumber },
    body: { version: 4, status: 'pending', priority: 'P3', tags: ['backup', 'v0.8', 'checksum'] },
    responses: {
      200: {
        ...exampleStaffTicket,
        status: 'pending',
        priority: 'P3',
        tags: ['backup', 'checksum', 'v0.8'],
        version: 5,
        updatedAt: '2026-11-30T02:30:00.000Z',
        allowedStatuses: ['open', 'resolved'],
      },
    },
  },
  confirmResolution: {
    params: { number: exampleTicketNumber },
    responses: {
      200: {
        ...examplePublicTicketDetail,
        status: 'closed',
        updatedAt: '2026-12-01T01:20:00.000Z',
        resolvedAt: '2026-11-30T09:45:00.000Z',
        closedAt: '2026-12-01T01:20:00.000Z',
        events: [
          ...publicEvents,
          { type: 'status_changed', at: '2026-11-30T09:45:00.000Z', actorType: 'staff', before: { status: 'open' }, after: { status: 'resolved' } },
          { type: 'resolution_confirmed', at: '2026-12-01T01:20:00.000Z', actorType: 'customer', before: { status: 'resolved' }, after: { status: 'closed' } },
        ],
      },
    },
  },
  reopenTicket: {
    params: { number: exampleTicketNumber },
    responses: {
      200: {
        ...exampleStaffTicket,
        version: 7,
        updatedAt: '2026-12-02T00:50:00.000Z',
        events: [
          ...exampleStaffTicket.events,
          { type: 'reopened', at: '2026-12-02T00:50:00.000Z', actor: { type: 'customer', userId: null, name: '王芳' }, before: { status: 'resolved' }, after: { status: 'open' } },
        ],
      },
    },
  },
  requestAccessLink: {
    body: { email: 'wang.fang@example.com' },
    responses: { 202: { message: '如果此邮箱提交过工单，我们已向其发送查看全部工单的链接，30 分钟内有效。' } },
  },
  confirmRequesterAddress: {
    body: { token: 'hoc_7VbL2mN4pR8tK1wY6cF0hJ5sD2gA9eU3iO7lZkQ3d9x' },
    responses: { 200: { ticketNumber: 'HO-1047', paged: true } },
  },
  listMyTickets: {
    query: { limit: 10 },
    responses: {
      200: {
        items: [
          { ...pick(publicTicket), status: 'open' },
          {
            number: 'HO-0987',
            subject: '如何把附件大小上限调到 50 MB？',
            status: 'closed',
            priority: 'P4',
            category: 'how-to',
            createdAt: '2026-10-12T06:30:00.000Z',
            updatedAt: '2026-10-15T02:00:00.000Z',
            resolvedAt: '2026-10-13T08:10:00.000Z',
            closedAt: '2026-10-15T02:00:00.000Z',
          },
        ],
        nextCursor: null,
      },
    },
  },
  getTicketPresence: {
    params: { number: exampleTicketNumber },
    responses: { 200: { present: [{ name: '韩梅梅', state: 'writing', since: '2026-11-30T02:20:31.000Z' }] } },
  },
  renewTicketPresence: {
    params: { number: exampleTicketNumber },
    body: { tabId: '3b241101-e2bb-4255-8caf-4136c566a962', state: 'viewing' },
    responses: { 200: { present: [{ name: '韩梅梅', state: 'writing', since: '2026-11-30T02:20:31.000Z' }] } },
  },
  leaveTicketPresence: { params: { number: exampleTicketNumber, tabId: '3b241101-e2bb-4255-8caf-4136c566a962' }, responses: {} },
  streamEvents: {
    responses: { 200: { event: 'ticket', data: { number: exampleTicketNumber, version: 5, status: 'pending', updatedAt: '2026-11-30T02:30:00.000Z' } } },
  },
  listTicketChanges: {
    query: { since: 'WyJjIiwiMjAyNi0xMS0zMFQwMjoyOTo0NS4wMDBaIl0' },
    responses: {
      200: {
        changes: [{ number: exampleTicketNumber, version: 5, status: 'pending', updatedAt: '2026-11-30T02:30:00.000Z' }],
        cursor: 'WyJjIiwiMjAyNi0xMS0zMFQwMjozMDoxNS4wMDBaIl0',
        more: false,
      },
    },
  },
} satisfies Record<string, RouteExamples>;

function pick({ number, subject, status, priority, category, createdAt, updatedAt, resolvedAt, closedAt }: typeof publicTicket) {
  return { number, subject, status, priority, category, createdAt, updatedAt, resolvedAt, closedAt };
}
