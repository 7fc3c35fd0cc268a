// Examples for the API reference (RouteSpec `examples`), checked by server/test/api-examples.test.ts.
import type { RouteExamples } from '../http/route-spec.js';
import { exampleStaff, exampleTicketNumber } from '../tickets/examples.js';

const askForLogs = {
  id: 'd1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6',
  name: '索取日志 Ask for logs',
  scope: 'shared',
  bodyZh: '{{requester.name}}您好：\n\n为了定位 {{ticket.number}} 的问题，请在本工单中上传服务器当天的日志（`journalctl -u handover --since today > handover.log`）。\n\n{{agent.name}}',
  bodyEn:
    'Hello {{requester.name}},\n\nTo track down {{ticket.number}}, please attach today’s server log to this ticket (`journalctl -u handover --since today > handover.log`).\n\n{{agent.name}}',
  status: 'pending',
  editable: true,
  createdBy: { id: exampleStaff.id, name: exampleStaff.name },
  usageCount: 37,
  lastUsedAt: '2026-11-29T08:41:00.000Z',
  version: 3,
  createdAt: '2026-09-02T03:00:00.000Z',
  updatedAt: '2026-10-18T06:25:00.000Z',
};

const { id: _id, editable: _editable, createdBy: _createdBy, usageCount: _usage, lastUsedAt: _last, version: _version, createdAt: _created, updatedAt: _updated, ...askForLogsInput } = askForLogs;

export const savedReplyExamples = {
  listSavedReplies: {
    query: { q: '日志' },
    responses: { 200: { items: [askForLogs] } },
  },
  createSavedReply: {
    body: askForLogsInput,
    responses: { 201: { ...askForLogs, usageCount: 0, lastUsedAt: null, version: 1, updatedAt: askForLogs.createdAt } },
  },
  updateSavedReply: {
    params: { id: askForLogs.id },
    body: { version: 3, status: null },
    responses: { 200: { ...askForLogs, status: null, version: 4, updatedAt: '2026-11-30T03:00:00.000Z' } },
  },
  deleteSavedReply: { params: { id: askForLogs.id }, responses: {} },
  renderSavedReply: {
    params: { number: exampleTicketNumber, id: askForLogs.id },
    responses: {
      200: {
        body: '王芳您好：\n\n为了定位 HO-1042 的问题，请在本工单中上传服务器当天的日志（`journalctl -u handover --since today > handover.log`）。\n\n李雷',
        status: 'pending',
        locale: 'zh-Hans',
      },
    },
  },
} satisfies Record<string, RouteExamples>;
