import { defineRoutes } from '../http/route-spec.js';
import { PresenceList, type PresenceService } from './presence.js';
import { PresenceBody, PresenceTabParams, TicketParams } from './schemas.js';

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
    tag,
    audience: ['staff'],
    params: TicketParams,
    body: { schema: PresenceBody },
    responses: { 200: { description: 'The others on this ticket now.', schema: PresenceList } },
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
    description: 'Other staff members viewing or writing on this ticket, heard from in the last 60 seconds; your own tabs are left out.',
    tag,
    audience: ['staff'],
    params: TicketParams,
    responses: { 200: { description: 'The others on this ticket now.', schema: PresenceList } },
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
    description: 'Sent when the tab closes (`fetch(…, {keepalive: true})`); the others stop seeing it at once instead of after a minute. Repeating it is harmless.',
    tag,
    audience: ['staff'],
    params: PresenceTabParams,
    responses: { 204: { description: 'The tab is no longer present.' } },
    problems: ['unauthenticated', 'forbidden', 'not_found', 'validation_failed'],
    handler: async (req, res, { presence }) => {
      const { number, tabId } = PresenceTabParams.parse(req.params);
      await presence.leave(req.actor, number, tabId);
      res.status(204).end();
    },
  },
]);
