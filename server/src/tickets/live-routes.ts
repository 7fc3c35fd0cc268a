import type { Request, Response } from 'express';
import { openEventStream } from '../http/event-stream.js';
import { defineRoutes } from '../http/route-spec.js';
import { ChangesPage, StreamedEvent, type LiveEvent } from './live.js';
import type { LiveFeed } from './live-feed.js';
import type { RecentChanges } from './recent-changes.js';
import { ChangesQuery } from './schemas.js';
import { ticketExamples } from './examples.js';

export type LiveRouteServices = { live: LiveFeed; recentChanges: RecentChanges };

/** Proxies and load balancers close connections idle for a minute or so; a comment this often keeps the stream up. */
const heartbeatMs = 25_000;
const retryMs = 3_000;

/**
 * One console's stream: every replica's ticket changes as they commit, and a catch-up from Last-Event-ID after a
 * reconnect. Subscribed before the catch-up is read, so nothing falls between the two (a change may come twice).
 */
async function streamEvents(req: Request, res: Response, { live, recentChanges }: LiveRouteServices): Promise<void> {
  const stream = openEventStream(req, res, { heartbeatMs, retryMs, heartbeatId: () => recentChanges.cursorNow() });
  const sendEvent = (event: LiveEvent) => {
    const { type, ...data } = event;
    stream.send({ event: type, data, ...(type === 'ticket' ? { id: recentChanges.cursorNow() } : {}) });
  };
  const resync = () => stream.send({ event: 'resync', id: recentChanges.cursorNow(), data: {} });
  stream.onClose(live.subscribe({ event: sendEvent, resync, close: () => stream.end() }));
  let missed: ChangesPage | null;
  try {
    missed = await recentChanges.replay(req.get('Last-Event-ID'));
  } catch (error) {
    req.log.warn({ err: error }, 'cannot read the ticket changes a reconnecting stream missed');
    return resync(); // the answer has begun: no problem document, but the console reloads what it shows
  }
  if (missed?.more) resync();
  else for (const change of missed?.changes ?? []) sendEvent({ type: 'ticket', ...change });
}

export const liveRoutes = defineRoutes<LiveRouteServices>([
  {
    method: 'get',
    path: '/events',
    operationId: 'streamEvents',
    summary: 'Live updates for the staff console (server-sent events)',
    summaryZh: '员工控制台的实时更新（服务器推送事件）',
    description:
      'A `text/event-stream` that stays open. `ticket` events (`{number, version, status, updatedAt}`) arrive when any replica ' +
      'commits a change to a ticket; `presence` events (`{number}`) when someone arrives at a ticket, leaves it, or begins ' +
      'or stops writing; `resync` when changes may have been missed (reload what is shown). A comment every 25 seconds ' +
      'keeps the connection up and carries an `id`, so a reconnecting EventSource sends a recent `Last-Event-ID` and ' +
      'is sent the ticket changes it missed. When the stream cannot be kept, poll `GET /tickets/changes` instead.',
    descriptionZh: '一个保持打开的 `text/event-stream`。任一副本提交对工单的修改时发出 `ticket` 事件（`{number, version, status, updatedAt}`）；有人打开或离开工单、开始或停止撰写时发出 `presence` 事件（`{number}`）；可能漏掉了变更时发出 `resync`（请重新加载显示的内容）。每 25 秒发送一条注释以保持连接，注释带有 `id`，因此重新连接的 EventSource 会发送最近的 `Last-Event-ID`，并收到它错过的工单变更。无法保持事件流时，改为轮询 `GET /tickets/changes`。',
    tag: 'tickets',
    audience: ['staff'],
    examples: ticketExamples.streamEvents,
    stream: true,
    responses: { 200: { description: 'The event stream.', descriptionZh: '事件流。', contentType: 'text/event-stream', schema: StreamedEvent } },
    problems: ['unauthenticated', 'forbidden'],
    handler: (req, res, services) => streamEvents(req, res, services),
  },
  {
    method: 'get',
    path: '/tickets/changes',
    operationId: 'listTicketChanges',
    summary: 'Tickets changed since the last poll',
    summaryZh: '上次轮询之后有变化的工单',
    description:
      'The polling fallback of `GET /events`, for a console whose stream dropped: poll every 15 seconds or less with the ' +
      '`cursor` of the previous answer as `since`, and refetch the queue and counts when `changes` is not empty.',
    descriptionZh: '`GET /events` 的轮询替代方案，供事件流中断的控制台使用：每 15 秒或更短时间轮询一次，把上一次响应的 `cursor` 作为 `since`，`changes` 不为空时重新获取队列和计数。',
    tag: 'tickets',
    audience: ['staff'],
    examples: ticketExamples.listTicketChanges,
    query: ChangesQuery,
    responses: { 200: { description: 'The changes since the cursor.', descriptionZh: '游标之后的变更。', schema: ChangesPage } },
    problems: ['unauthenticated', 'forbidden', 'validation_failed'],
    handler: async (req, res, { recentChanges }) => {
      res.json(await recentChanges.since(ChangesQuery.parse(req.query).since));
    },
  },
]);
