// Examples for the API reference (RouteSpec `examples`), checked by server/test/api-examples.test.ts.
import type { RouteExamples } from '../http/route-spec.js';

const deadLetter = {
  id: 'c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60',
  kind: 'ticket_received',
  recipient: 'wang.fang@example.com',
  locale: 'zh-Hans',
  ticketNumber: 'HO-1042',
  status: 'dead',
  attempts: 8,
  lastError: '550 5.1.1 <wang.fang@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
  messageId: '<outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60@support.example.com>',
  createdAt: '2026-11-30T01:12:09.000Z',
  nextAttemptAt: '2026-11-30T07:40:12.000Z',
  claimedAt: null,
  sentAt: null,
};
const unsubscribeToken = 'hou_N4pR8tK1wY6cF0hJ5sD2gA9eU3iO7lZkQ3d9xV7bL2m';
const mailboxId = 'outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60@support.example.com';
const mailboxItem = {
  id: mailboxId,
  messageId: '<outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60@support.example.com>',
  from: 'Handover 支持团队 <support@support.example.com>',
  to: 'wang.fang@example.com',
  subject: '[HO-1042] 我们已收到您的工单：升级到 0.8.0 后夜间备份报错 checksum mismatch',
  date: '2026-11-30T01:12:10.000Z',
  kind: 'ticket_received',
};

export const notificationExamples = {
  getMyNotificationSettings: {
    responses: { 200: { onCall: true, settings: { staff_new_ticket: true, staff_assigned: true, staff_customer_reply: true, staff_reopened: false } } },
  },
  updateMyNotificationSettings: {
    body: { settings: { staff_new_ticket: false } },
    responses: { 200: { onCall: true, settings: { staff_new_ticket: false, staff_assigned: true, staff_customer_reply: true, staff_reopened: false } } },
  },
  showUnsubscribe: {
    query: { token: unsubscribeToken },
    responses: {
      200: '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>邮件设置</title></head><body><p>不再接收“队列中的新工单”邮件？</p><form method="post"><button type="submit">关闭这类邮件</button></form></body></html>',
    },
  },
  unsubscribe: { query: { token: unsubscribeToken }, responses: { 200: { kind: 'staff_new_ticket', enabled: false } } },
  listOutbox: {
    query: { status: 'dead', recipient: 'wang.fang@example.com', limit: 50 },
    responses: { 200: { items: [deadLetter], nextCursor: null, counts: { pending: 0, sending: 0, sent: 0, dead: 1 } } },
  },
  getOutboxMessage: { params: { id: deadLetter.id }, responses: { 200: deadLetter } },
  resendOutboxMessage: {
    params: { id: deadLetter.id },
    responses: { 200: { ...deadLetter, status: 'pending', attempts: 0, nextAttemptAt: '2026-11-30T08:02:00.000Z' } },
  },
  listMailbox: {
    query: { limit: 50 },
    responses: { 200: { items: [{ ...mailboxItem, size: 6841 }], nextBefore: null } },
  },
  getMailboxMessage: {
    params: { id: mailboxId },
    responses: {
      200: {
        ...mailboxItem,
        inReplyTo: null,
        references: [],
        replyTo: 'support@support.example.com',
        headers: { 'Auto-Submitted': 'auto-generated' },
        text: '王芳您好：\n\n我们已收到您的工单 HO-1042（优先级 P2），将在 2026-11-30 13:12 前答复。\n\n查看进度：https://support.example.com/support/track#token=hot_…',
        html: '<p>王芳您好：</p><p>我们已收到您的工单 HO-1042（优先级 P2），将在 2026-11-30 13:12 前答复。</p>',
      },
    },
  },
  downloadMailboxMessage: {
    params: { id: mailboxId },
    responses: {
      200: 'From: =?UTF-8?B?SGFuZG92ZXIg5pSv5oyB5Zui6Zif?= <support@support.example.com>\r\nTo: wang.fang@example.com\r\nSubject: =?UTF-8?B?W0hPLTEwNDJdIOaIkeS7rOW3suaUtuWIsOaCqOeahOW3peWNlQ==?=\r\nMessage-ID: <outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60@support.example.com>\r\nContent-Type: multipart/alternative; boundary="--_NmP-1"\r\n\r\n…',
    },
  },
} satisfies Record<string, RouteExamples>;
