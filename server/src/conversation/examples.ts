// Examples for the API reference (RouteSpec `examples`), checked by server/test/api-examples.test.ts.
import { exampleAttachment } from '../attachments/examples.js';
import type { RouteExamples } from '../http/route-spec.js';
import { exampleStaff, exampleTicketNumber } from '../tickets/examples.js';


const reply = {
  id: '5a7c9e1b-3d5f-4a7c-9e1b-3d5f7a9c1e3b',
  visibility: 'public',
  author: { type: 'staff', name: exampleStaff.name, userId: exampleStaff.id },
  body: '王芳您好，0.8.0 把备份清单改成了 SHA-256。请先运行 `scripts/backup.sh --verify` 重新生成清单，再执行一次备份。如果仍然报错，请回复本邮件并附上新的日志。',
  bodyHtml:
    '<p>王芳您好，0.8.0 把备份清单改成了 SHA-256。请先运行 <code>scripts/backup.sh --verify</code> 重新生成清单，再执行一次备份。如果仍然报错，请回复本邮件并附上新的日志。</p>',
  createdAt: '2026-11-30T02:05:41.000Z',
  attachments: [],
};

export const conversationExamples = {
  listTicketMessages: {
    params: { number: exampleTicketNumber },
    responses: {
      200: {
        ticketNumber: exampleTicketNumber,
        messages: [
          reply,
          {
            id: '7c9e1b3d-5f7a-4c1e-8b3d-5f7a9c1e3b5d',
            visibility: 'internal',
            author: { type: 'staff', name: '韩梅梅', userId: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f' },
            body: 'Same error as HO-0991: the manifest still has MD5 sums from 0.7.',
            bodyHtml: '<p>Same error as HO-0991: the manifest still has MD5 sums from 0.7.</p>',
            createdAt: '2026-11-30T02:12:00.000Z',
            attachments: [],
          },
        ],
        attachments: [exampleAttachment],
      },
    },
  },
  addTicketMessage: {
    params: { number: exampleTicketNumber },
    body: { body: reply.body, visibility: 'public', status: 'pending' },
    responses: { 201: reply },
  },
} satisfies Record<string, RouteExamples>;
