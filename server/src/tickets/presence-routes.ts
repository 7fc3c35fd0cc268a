import { defineRoutes } from '../http/route-spec.js';
import { PresenceList, type PresenceService } from './presence.js';
import { PresenceBody, PresenceTabParams, TicketParams } from './schemas.js';
import { ticketExamples } from './examples.js';

export type PresenceRouteServices = { presence: PresenceService };

const tag = 'tickets';

/** Who else has a ticket open in the console, so that two agents do not answer one customer twice. */
export const presenceRoutes = defineRoutes<PresenceRouteServices>([
  {
    method: 'put',
    path: '/tickets/{number}/presence',
    operationId: 'renewTicketPresence',
    summary: 'Say that this tab is on the ticket (heartbeat)',
    summaryZh: '报告本标签页正在查看或编辑工单（心跳）',
    description:
      'The console sends this when a ticket opens, when its state changes (viewing, writing) and every 20 seconds. ' +
      'A tab not heard from for 60 seconds counts as gone. Answers with the other staff members present, like the GET.',
    descriptionZh: '控制台在打开工单时、状态变化（viewing、writing）时以及每隔 20 秒发送此请求。60 秒没有消息的标签页视为已离开。与 GET 一样，返回此刻在场的其他支持人员。',
    tag,
    audience: ['staff'],
    examples: ticketExamples.renewTicketPresence,
    params: TicketParams,
    body: { schema: PresenceBody },
    responses: { 200: { description: 'The others on this ticket now.', descriptionZh: '此刻在这个工单上的其他人。', schema: PresenceList } },
    problems: ['unauthenticated', 'forbidden', 'not_found', 'validation_failed'],
    handler: async (req, res, { presence }) => {
      res.json(await presence.renew(req.actor, TicketParams.parse(req.params).number, PresenceBody.parse(req.body)));
    },
  },
  {
    method: 'get',
    path: '/tickets/{number}/presence',
    operationId: 'getTicketPresence',
    summary: 'Who else is on the ticket',
    summaryZh: '还有谁在查看或编辑工单',
    description: 'Other staff members viewing or writing on this ticket, heard from in the last 60 seconds; your own tabs are left out.', descriptionZh: '最近 60 秒内在这个工单上查看或撰写的其他支持人员；不包括你自己的标签页。',
    tag,
    audience: ['staff'],
    examples: ticketExamples.getTicketPresence,
    params: TicketParams,
    responses: { 200: { description: 'The others on this ticket now.', descriptionZh: '此刻在这个工单上的其他人。', schema: PresenceList } },
    problems: ['unauthenticated', 'forbidden', 'not_found'],
    handler: async (req, res, { presence }) => {
      res.json(await presence.others(req.actor, TicketParams.parse(req.params).number));
    },
  },
  {
    method: 'delete',
    path: '/tickets/{number}/presence/{tabId}',
    operationId: 'leaveTicketPresence',
    summary: 'Say that this tab has left the ticket',
    summaryZh: '报告本标签页已离开工单',
    description: 'Sent when the tab closes (`fetch(…, {keepalive: true})`); the others stop seeing it at once instead of after a minute. Repeating it is harmless.', descriptionZh: '在标签页关闭时发送（`fetch(…, {keepalive: true})`）；其他人会立即而不是一分钟后不再看到它。重复调用没有副作用。',
    tag,
    audience: ['staff'],
    examples: ticketExamples.leaveTicketPresence,
    params: PresenceTabParams,
    responses: { 204: { description: 'The tab is no longer present.', descriptionZh: '该标签页已不在场。' } },
    problems: ['unauthenticated', 'forbidden', 'not_found', 'validation_failed'],
    handler: async (req, res, { presence }) => {
      const { number, tabId } = PresenceTabParams.parse(req.params);
      await presence.leave(req.actor, number, tabId);
      res.status(204).end();
    },
  },
]);
