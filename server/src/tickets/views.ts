import { z } from 'zod';
import { locales } from '../http/locale.js';
import type { TicketEventType } from './events.js';
import { formatTicketNumber } from './number.js';
import type { EventRecord, TicketRecord } from './repository.js';
import { FilingSuggestions, TicketPrioritySchema, TicketStatusSchema, type FilingSuggestion } from './schemas.js';
import { transitions } from './workflow.js';

const Timestamp = z.iso.datetime();
const Number_ = z.string().meta({ example: 'HO-1042' });
const Payload = z.record(z.string(), z.unknown()).nullable();

export const PublicTicketEvent = z.object({
  type: z.string(),
  at: Timestamp,
  actorType: z.enum(['customer', 'staff', 'system']),
  before: Payload,
  after: Payload,
});

/** Where the customer was when they asked. It is their own data, so their view shows it as the staff view does. */
const PageContextView = z
  .object({ title: z.string(), url: z.string(), version: z.string().nullable() })
  .nullable()
  .meta({ description: 'The docs page the ticket was filed from ("ask about this page"); null when it was not filed from one.', descriptionZh: '提交工单时所在的文档页面（“就此页提问”）；不是从文档页面提交时为 null。' });

/** What a customer sees: no assignee e-mail, no tags, no internal bookkeeping. */
export const PublicTicket = z.object({
  number: Number_,
  subject: z.string(),
  description: z.string().meta({ description: 'Markdown as written; render it safely.', descriptionZh: '按原样保存的 Markdown；请安全地渲染。' }),
  status: TicketStatusSchema,
  priority: TicketPrioritySchema,
  category: z.string(),
  requester: z.object({
    email: z.string(),
    name: z.string(),
    organisation: z.string().nullable(),
    phone: z.string().nullable(),
    locale: z.enum(locales),
  }),
  assignee: z.object({ name: z.string() }).nullable(),
  context: PageContextView,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  resolvedAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
});
export type PublicTicket = z.infer<typeof PublicTicket>;

export const PublicTicketDetail = PublicTicket.extend({
  events: z.array(PublicTicketEvent),
  answerBy: Timestamp.nullable().meta({ description: 'When we promise the first answer (the first-response due time of the priority’s SLA); null once answered, or when no SLA applies.', descriptionZh: '承诺的首次答复时间（该优先级服务级别的首次响应到期时间）；已答复或不适用服务级别时为 null。' }),
});
export type PublicTicketDetail = z.infer<typeof PublicTicketDetail>;

export const FiledTicket = PublicTicket.extend({
  trackingToken: z.string().meta({ description: 'Shown once; only its hash is stored. Send it as `Authorization: Bearer`.', descriptionZh: '只显示一次；服务器只保存它的哈希值。以 `Authorization: Bearer` 发送。' }),
  trackingUrl: z.url().meta({ description: 'The private page where the customer follows the ticket.', descriptionZh: '客户跟踪工单的私人页面。' }),
});
export type FiledTicket = z.infer<typeof FiledTicket>;

export const StaffTicketEvent = z.object({
  type: z.string(),
  at: Timestamp,
  actor: z.object({ type: z.enum(['customer', 'staff', 'system']), userId: z.string().nullable(), name: z.string().nullable() }),
  before: Payload,
  after: Payload,
});

export const StaffTicket = PublicTicket.extend({
  tags: z.array(z.string()),
  source: z.enum(['web', 'api', 'email']),
  version: z.int(),
  assignee: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  firstResponseAt: Timestamp.nullable(),
  allowedStatuses: z.array(TicketStatusSchema).meta({ description: 'The statuses the workflow allows this ticket to move to now, so a console offers only those.', descriptionZh: '工作流此刻允许该工单转入的状态，控制台只提供这些选项。' }),
  suggestions: FilingSuggestions.nullable().meta({ description: 'What the portal suggested before the customer filed, and which they opened; null when filed elsewhere.', descriptionZh: '客户提交前门户推荐的内容以及客户打开过哪些；从其他渠道提交时为 null。' }),
  events: z.array(StaffTicketEvent),
});
export type StaffTicket = z.infer<typeof StaffTicket>;

/**
 * The timeline a customer may see: changes to the ticket's own fields and the public conversation. Notes,
 * assignments and tags stay inside the team. Entries about messages and files show only when they say they
 * are public (the conversation and attachment features record `visibility`), so an unmarked one stays hidden.
 */
const customerEventTypes: ReadonlySet<string> = new Set<TicketEventType>([
  'created',
  'status_changed',
  'priority_changed',
  'category_changed',
  'subject_changed',
  'resolution_confirmed',
  'reopened',
  'auto_closed',
]);
const publicWhenMarked: ReadonlySet<string> = new Set<TicketEventType>(['reply_added', 'attachment_added']);

function customerSees(event: EventRecord): boolean {
  if (customerEventTypes.has(event.type)) return true;
  return publicWhenMarked.has(event.type) && payload(event.after)?.visibility === 'public';
}

export const iso = (date: Date | null) => (date ? date.toISOString() : null);
const payload = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

export function toPublicTicket(ticket: TicketRecord): PublicTicket {
  return {
    number: formatTicketNumber(ticket.number),
    subject: ticket.subject,
    description: ticket.description,
    status: ticket.status,
    priority: ticket.priority,
    category: ticket.category,
    requester: {
      email: ticket.requesterEmail,
      name: ticket.requesterName,
      organisation: ticket.requesterOrganisation,
      phone: ticket.requesterPhone,
      locale: ticket.requesterLocale === 'en' ? 'en' : 'zh-Hans',
    },
    assignee: ticket.assignee ? { name: ticket.assignee.name } : null,
    context: ticket.contextTitle !== null && ticket.contextUrl !== null ? { title: ticket.contextTitle, url: ticket.contextUrl, version: ticket.contextVersion } : null,
    createdAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
    resolvedAt: iso(ticket.resolvedAt),
    closedAt: iso(ticket.closedAt),
  };
}

export function toPublicTicketDetail(ticket: TicketRecord, events: EventRecord[], answerBy: Date | null = null): PublicTicketDetail {
  return {
    ...toPublicTicket(ticket),
    answerBy: iso(answerBy),
    events: events.filter(customerSees).map((event) => ({
      type: event.type,
      at: event.createdAt.toISOString(),
      actorType: event.actorType,
      // `created` records the source and other bookkeeping; the rest describe what the customer sees anyway.
      before: event.type === 'created' ? null : payload(event.before),
      after: event.type === 'created' ? null : payload(event.after),
    })),
  };
}

export function toStaffTicket(ticket: TicketRecord, events: EventRecord[]): StaffTicket {
  return {
    ...toPublicTicket(ticket),
    tags: ticket.tags,
    source: ticket.source,
    version: ticket.version,
    assignee: ticket.assignee,
    firstResponseAt: iso(ticket.firstResponseAt),
    allowedStatuses: [...transitions[ticket.status]],
    suggestions: parseSuggestions(ticket.filingSuggestions),
    events: events.map((event) => ({
      type: event.type,
      at: event.createdAt.toISOString(),
      actor: { type: event.actorType, userId: event.actorUser?.id ?? null, name: event.actorUser?.name ?? null },
      before: payload(event.before),
      after: payload(event.after),
    })),
  };
}

/** The stored suggestions as filed; anything else (a hand-edited row) shows as none. */
function parseSuggestions(value: unknown): FilingSuggestion[] | null {
  const parsed = FilingSuggestions.safeParse(value);
  return parsed.success ? parsed.data : null;
}
