import { z } from 'zod';
import type { TransactionClient } from '../db/transaction.js';
import { LiveRepository, liveChannel } from './live-repository.js';
import { formatTicketNumber } from './number.js';
import type { TicketSubscriber } from './pipeline.js';
import { TicketStatusSchema } from './schemas.js';

export { liveChannel };

const Number_ = z.string().meta({ example: 'HO-1042' });

/** A ticket changed (any change: a field, a reply, a fact such as a reminder sent). */
export const TicketChangedEvent = z.object({
  number: Number_,
  version: z.int(),
  status: TicketStatusSchema,
  updatedAt: z.iso.datetime(),
});
export type TicketChangedEvent = z.infer<typeof TicketChangedEvent>;

/** Someone arrived at a ticket, left it, or began or stopped writing on it: ask for its presence again. */
export const PresenceChangedEvent = z.object({ number: Number_ });

/** What the channel carries; a payload that is not one of these (sent by hand, say) is ignored. */
export const LiveEvent = z.discriminatedUnion('type', [
  TicketChangedEvent.extend({ type: z.literal('ticket') }),
  PresenceChangedEvent.extend({ type: z.literal('presence') }),
]);
export type LiveEvent = z.infer<typeof LiveEvent>;

/** The stream's events as documented: each one's `event:` line and the JSON of its `data:` line. */
export const StreamedEvent = z
  .discriminatedUnion('event', [
    z.object({ event: z.literal('ticket'), data: TicketChangedEvent }),
    z.object({ event: z.literal('presence'), data: PresenceChangedEvent }),
    z.object({ event: z.literal('resync'), data: z.object({}) }),
  ])
  .meta({ description: 'One event of the stream: its `event:` line, and the JSON of its `data:` line.', descriptionZh: '事件流中的一个事件：它的 `event:` 行，以及 `data:` 行中的 JSON。' });

export function parseLiveEvent(payload: string): LiveEvent | null {
  try {
    const parsed = LiveEvent.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Announces every ticket change to the consoles of every replica: a NOTIFY written in the change's transaction,
 * so it is delivered at the commit, exactly when the change becomes visible, and never for a change rolled back.
 */
export function liveSubscriber(): TicketSubscriber {
  return {
    name: 'live updates',
    async onTicketChange(tx: TransactionClient, change): Promise<void> {
      await new LiveRepository(tx).announce({
        type: 'ticket',
        number: formatTicketNumber(change.ticket.number),
        version: change.version,
        status: change.after.status,
        updatedAt: change.at.toISOString(),
      });
    },
  };
}

export const ChangesPage = z.object({
  changes: z.array(TicketChangedEvent).meta({
    description:
      'Tickets changed after the cursor, oldest change first. A change is listed again on the polls of the next 90 seconds ' +
      '(the time a change may take to commit); the same number and updatedAt is the same change.',
    descriptionZh: '游标之后有变更的工单，最早的变更在前。一个变更在之后 90 秒内（变更提交可能需要的时间）的轮询中会再次列出；number 和 updatedAt 相同即为同一变更。',
  }),
  cursor: z.string().meta({ description: 'Pass as `since` on the next poll.', descriptionZh: '下次轮询时作为 `since` 传入。' }),
  more: z.boolean().meta({ description: 'More tickets changed than are listed: reload the queue instead of following the list.', descriptionZh: '变更的工单比列出的多：请重新加载队列，而不是按列表逐个处理。' }),
});
export type ChangesPage = z.infer<typeof ChangesPage>;
