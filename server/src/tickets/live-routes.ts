import type { Request, Response } from 'express';
import { openEventStream } from '../http/event-stream.js';
import { defineRoutes } from '../http/route-spec.js';
import { ChangesPage, StreamedEvent, type LiveEvent } from './live.js';
import type { LiveFeed } from './live-feed.js';
import type { RecentChanges } from './recent-changes.js';
import { ChangesQuery } from './schemas.js';

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
    tag: 'tickets',
    audience: ['staff'],
    stream: true,
    responses: { 200: { description: 'The event stream.', contentType: 'text/event-stream', schema: StreamedEvent } },
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
    tag: 'tickets',
    audience: ['staff'],
    query: ChangesQuery,
    responses: { 200: { description: 'The changes since the cursor.', schema: ChangesPage } },
    problems: ['unauthenticated', 'forbidden', 'validation_failed'],
    handler: async (req, res, { recentChanges }) => {
      res.json(await recentChanges.since(ChangesQuery.parse(req.query).since));
    },
  },
]);
