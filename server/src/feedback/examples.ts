// Examples for the API reference (RouteSpec `examples`), checked by server/test/api-examples.test.ts. Readers answer
// on the backup page of the 0.8 docs, and HO-1042 (tickets/examples.ts) was filed from it ("ask about this page").
import type { RouteExamples } from '../http/route-spec.js';
import { exampleTicketNumber } from '../tickets/examples.js';
import type { PageFeedbackReport } from './schemas.js';
import { pageFeedbackCsv } from './service.js';

const commentId = '0b7f5d0e-8f51-4d3c-9a51-0d1c3f2a9e11';
const reportQuery = { from: '2026-11-01', to: '2026-11-30', sort: 'least_helpful' };

const report = {
  from: '2026-11-01',
  to: '2026-11-30',
  sort: 'least_helpful',
  totals: { yes: 31, no: 9, comments: 4, pages: 3 },
  pages: [
    {
      page: '/docs/operations/backup',
      title: '备份与恢复',
      docId: 'operations/backup',
      locale: 'zh-Hans',
      version: '0.8',
      yes: 3,
      no: 6,
      ratio: 0.3333,
      comments: 3,
      latestComments: [
        { id: commentId, helpful: false, comment: '升级到 0.8.0 后备份报 checksum mismatch，页面上没有说明怎么处理。', at: '2026-11-30T01:05:12.000Z' },
        { id: '6c2e9a41-3b7d-4f08-8e15-2a9d4c7b1f36', helpful: false, comment: '恢复步骤缺少按时间点恢复（PITR）的例子。', at: '2026-11-21T08:40:03.000Z' },
        { id: 'd4a1f8c2-7e3b-4c95-b0a6-5f2e8d1c9b47', helpful: true, comment: '备份脚本的参数说明很清楚。', at: '2026-11-12T02:17:45.000Z' },
      ],
      tickets: [{ number: exampleTicketNumber, subject: '升级到 0.8.0 后夜间备份报错 checksum mismatch', status: 'open', createdAt: '2026-11-30T01:12:08.000Z' }],
      ticketCount: 1,
    },
    {
      page: '/en/docs/operations/backup',
      title: 'Backup and restore',
      docId: 'operations/backup',
      locale: 'en',
      version: '0.8',
      yes: 4,
      no: 2,
      ratio: 0.6667,
      comments: 1,
      latestComments: [{ id: '9e3b5c17-2d4f-4a86-b1c9-7f0a3e6d2b58', helpful: false, comment: 'Which user must run backup.sh?', at: '2026-11-18T14:22:31.000Z' }],
      tickets: [],
      ticketCount: 0,
    },
    {
      page: '/docs/user-guide/staff',
      title: '员工指南',
      docId: 'user-guide/staff',
      locale: 'zh-Hans',
      version: '0.8',
      yes: 24,
      no: 1,
      ratio: 0.96,
      comments: 0,
      latestComments: [],
      tickets: [],
      ticketCount: 0,
    },
  ],
} satisfies PageFeedbackReport;

export const pageFeedbackExamples = {
  answerPageFeedback: {
    body: {
      page: '/docs/operations/backup',
      title: '备份与恢复',
      docId: 'operations/backup',
      locale: 'zh-Hans',
      version: '0.8',
      voterKey: 'Vq3kT8xZ1mR5nW2pL7bY4c',
      helpful: false,
      comment: '升级到 0.8.0 后备份报 checksum mismatch，页面上没有说明怎么处理。',
    },
    responses: { 200: { helpful: false, comment: '升级到 0.8.0 后备份报 checksum mismatch，页面上没有说明怎么处理。', changed: false } },
  },
  getPageFeedbackReport: { query: reportQuery, responses: { 200: report } },
  exportPageFeedbackReport: { query: reportQuery, responses: { 200: pageFeedbackCsv(report, 'en') } },
  removePageFeedbackComment: { params: { id: commentId }, responses: {} },
} satisfies Record<string, RouteExamples>;
