import { z } from 'zod';
import { problemTypes } from '../http/errors.js';
import { formatTicketNumber } from './number.js';
import type { QueueRecord, StaffQueueRecord } from './queue-repository.js';
import { PresenceStateSchema, TicketPrioritySchema, TicketStatusSchema } from './schemas.js';
import { iso } from './views.js';
import { stateOf as slaStateOf } from '../sla/clock-state.js';
import { SlaStateSchema } from '../sla/schemas.js';

const Timestamp = z.iso.datetime();
const Number_ = z.string().meta({ example: 'HO-1042' });
const NextCursor = z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.', descriptionZh: '作为 `cursor` 传入以取下一页；最后一页为 null。' });

/** One row of the staff queue: enough to triage, without the description. */
export const QueueItem = z.object({
  number: Number_,
  subject: z.string(),
  status: TicketStatusSchema,
  priority: TicketPrioritySchema,
  category: z.string(),
  tags: z.array(z.string()),
  requester: z.object({ email: z.string(), name: z.string(), organisation: z.string().nullable() }),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  version: z.int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  firstResponseAt: Timestamp.nullable(),
  presence: z
    .array(z.object({ name: z.string(), state: PresenceStateSchema }))
    .meta({ description: 'The other staff members who have the ticket open now; `writing`: one of them is writing a reply or note.', descriptionZh: '此刻打开着这个工单的其他支持人员；`writing`：其中有人正在撰写回复或备注。' }),
  unseen: z.boolean().meta({ description: 'The ticket changed since you last opened it in the console, or you never did.', descriptionZh: '自你上次在控制台打开以来工单有变化，或你从未打开过。' }),
  sla: z
    .object({
      dueAt: Timestamp.nullable().meta({ description: 'The earliest due time of its running SLA clocks (what `sort=due` orders by).', descriptionZh: '进行中 SLA 计时的最早到期时间（`sort=due` 按它排序）。' }),
      state: SlaStateSchema,
      clock: z.enum(['first_response', 'resolution']).meta({ description: 'The clock the state is of: first response until it stops, then resolution.', descriptionZh: '状态所属的计时：首次响应计时停止之前为首次响应，之后为解决。' }),
    })
    .nullable()
    .meta({ description: 'Null for tickets filed before SLA clocks existed. Details: `GET /tickets/{number}/sla`.', descriptionZh: 'SLA 计时功能启用前提交的工单为 null。详情见 `GET /tickets/{number}/sla`。' }),
});
export type QueueItem = z.infer<typeof QueueItem>;

export const QueuePage = z.object({ items: z.array(QueueItem), nextCursor: NextCursor });
export type QueuePage = z.infer<typeof QueuePage>;

/** One of the requester's own tickets, as a magic-link holder lists them. */
export const RequesterTicket = z.object({
  number: Number_,
  subject: z.string(),
  status: TicketStatusSchema,
  priority: TicketPrioritySchema,
  category: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  resolvedAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
});
export const RequesterPage = z.object({ items: z.array(RequesterTicket), nextCursor: NextCursor });
export type RequesterPage = z.infer<typeof RequesterPage>;

export const StatusCounts = z.object({
  new: z.int(),
  open: z.int(),
  pending: z.int(),
  resolved: z.int(),
  closed: z.int(),
  total: z.int(),
});
export type StatusCounts = z.infer<typeof StatusCounts>;

export const BulkOutcome = z.discriminatedUnion('ok', [
  z.object({ number: z.string(), ok: z.literal(true), status: TicketStatusSchema, priority: TicketPrioritySchema, tags: z.array(z.string()), version: z.int() }),
  z.object({
    number: z.string(),
    ok: z.literal(false),
    code: z.enum(Object.keys(problemTypes) as [keyof typeof problemTypes]),
    detail: z.string(),
  }),
]);
export type BulkOutcome = z.infer<typeof BulkOutcome>;
export const BulkResult = z.object({ results: z.array(BulkOutcome), succeeded: z.int(), failed: z.int() });
export type BulkResult = z.infer<typeof BulkResult>;

export const AccessLinkAccepted = z.object({
  message: z.string().meta({ description: 'The same text whether or not the address has tickets.', descriptionZh: '无论该地址是否有工单，文字都相同。' }),
});


/** The queue's SLA badge: first response while it runs, then resolution. */
function slaOf(row: StaffQueueRecord, now: Date): QueueItem['sla'] {
  const clock = row.slaClocks.find((candidate) => candidate.kind === 'first_response' && !candidate.stoppedAt) ?? row.slaClocks.find((candidate) => candidate.kind === 'resolution');
  if (!clock) return null;
  return { dueAt: iso(row.slaDueAt), state: slaStateOf(clock, now), clock: clock.kind };
}

export function toQueueItem(row: StaffQueueRecord, presence: QueueItem['presence'], now: Date): QueueItem {
  const seen = row.views[0];
  return {
    number: formatTicketNumber(row.number),
    subject: row.subject,
    status: row.status,
    priority: row.priority,
    category: row.category,
    tags: row.tags,
    requester: { email: row.requesterEmail, name: row.requesterName, organisation: row.requesterOrganisation },
    assignee: row.assignee,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    firstResponseAt: iso(row.firstResponseAt),
    presence,
    unseen: !seen || row.updatedAt > seen.seenAt,
    sla: slaOf(row, now),
  };
}

export function toRequesterTicket(row: QueueRecord): z.infer<typeof RequesterTicket> {
  return {
    number: formatTicketNumber(row.number),
    subject: row.subject,
    status: row.status,
    priority: row.priority,
    category: row.category,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    resolvedAt: iso(row.resolvedAt),
    closedAt: iso(row.closedAt),
  };
}
