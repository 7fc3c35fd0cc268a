import { z } from 'zod';
import { locales } from '../http/locale.js';
import { isIanaTimeZone } from '../sla/calendar/schema.js';
import { ticketPriorities, ticketStatuses } from './workflow.js';

// PostgreSQL text cannot hold NUL, and other control characters only hide things on a single line.
const controlCharacters = /[\u0000-\u001f\u007f]/;
const controlCharactersExceptLayout = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Text a person typed. Lengths count characters (code points), not UTF-16 units, so 200 Chinese characters or
 * emoji fit a 200-character subject just as 200 Latin letters do.
 */
function text(max: number, { multiline = false } = {}) {
  const base = multiline ? z.string() : z.string().trim();
  return base
    .refine((value) => value.trim().length > 0, 'must not be empty')
    .superRefine((value, ctx) => {
      if ([...value].length > max) {
        ctx.addIssue({ code: 'too_big', maximum: max, origin: 'string', inclusive: true, input: value, message: `must be at most ${max} characters` });
      }
      if ((multiline ? controlCharactersExceptLayout : controlCharacters).test(value)) {
        ctx.addIssue({ code: 'custom', input: value, message: 'must not contain control characters' });
      }
    })
    .meta({ minLength: 1, maxLength: max }); // JSON Schema counts code points too
}

/** HTML forms (and multipart) send empty fields as ""; they mean "not given". */
function optionalField<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());
}

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be a valid e-mail address'))
  .meta({ format: 'email', example: 'li.lei@example.com', description: 'Stored lower-cased.', descriptionZh: '以小写保存。' });

const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()\-.]{2,30}(?:\s*(?:ext\.?|x|转|分机)\s*[0-9]{1,8})?$/iu, 'must be a phone number, e.g. +86 10 6552 9988 转 123');

/** Categories are configured (TICKET_CATEGORIES); the service checks membership, this checks the shape. */
export const Category = z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters');

/** Lower-cased on the way in so that "VPN" and "vpn" are one tag; letters of any script count. */
export const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'must not be empty')
  .superRefine((value, ctx) => {
    if ([...value].length > 32) ctx.addIssue({ code: 'too_big', maximum: 32, origin: 'string', inclusive: true, input: value, message: 'must be at most 32 characters' });
  })
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._+-]*$/u, 'must be letters or digits, optionally joined by . _ + -')
  .meta({ maxLength: 32, description: 'Lower-cased on the way in.', descriptionZh: '接收时转为小写。' });

export const maxTagsPerTicket = 10;

const Tags = z
  .array(Tag)
  .max(maxTagsPerTicket, `at most ${maxTagsPerTicket} tags`)
  .transform((tags) => [...new Set(tags)]);

export const TicketStatusSchema = z.enum(ticketStatuses).meta({
  description: 'The ticket’s status: `new`, `open` (being worked on), `pending` (waiting for the customer), `resolved` or `closed`.',
  descriptionZh: '工单状态：`new`（新建）、`open`（处理中）、`pending`（等待客户）、`resolved`（已解决）或 `closed`（已关闭）。',
});
export const TicketPrioritySchema = z.enum(ticketPriorities).meta({ description: 'P1 is an emergency (7×24); P4 is the lowest.', descriptionZh: 'P1 为紧急（7×24）；P4 最低。' });

export const Requester = z.object({
  email: Email,
  name: text(100),
  organisation: optionalField(text(200)),
  phone: optionalField(Phone),
  locale: z.enum(locales).default('zh-Hans'),
  timeZone: optionalField(
    z
      .string()
      .max(64)
      .refine(isIanaTimeZone, { message: 'must be an IANA time zone such as Asia/Shanghai' })
      .meta({ description: 'The requester’s time zone (the portal sends the browser’s): the acknowledgement e-mail gives “we will answer by …” in it.', descriptionZh: '提交人的时区（门户发送浏览器的时区）：“已收到”邮件中的“我们将在……之前答复”按它显示。', example: 'Asia/Shanghai' }),
  ),
});

/** Stands in for this site's origin: a path that resolves away from it (`//host`, `/\host`) leaves the site. */
const siteOrigin = 'https://site.invalid';

function isPageAddress(value: string): boolean {
  if (/^https?:\/\//i.test(value)) return URL.canParse(value);
  return value.startsWith('/') && URL.canParse(value, siteOrigin) && new URL(value, siteOrigin).origin === siteOrigin;
}

/**
 * Handover's own links carry their tokens in the fragment (`#token=…`); a question asked from such a page must not
 * store the secret in the clear, so that fragment goes. Other fragments (a heading's anchor) are kept.
 */
function withoutTokenFragment(value: string): string {
  const hash = value.indexOf('#');
  return hash >= 0 && /token=/i.test(value.slice(hash)) ? value.slice(0, hash) : value;
}

const PageAddress = text(2000)
  .superRefine((value, ctx) => {
    if (value !== '' && !isPageAddress(value)) {
      ctx.addIssue({ code: 'invalid_format', format: 'url', input: value, message: 'must be an absolute http(s) URL or a path on this site starting with /' });
    }
  })
  .transform(withoutTokenFragment)
  .meta({
    format: 'uri-reference',
    description: 'The page address: an absolute http(s) URL, or a path on this site such as `/docs/intro`. A fragment carrying a token (`#token=…`) is dropped before it is stored.', descriptionZh: '页面地址：绝对的 http(s) 网址，或本站路径，例如 `/docs/intro`。带令牌的片段（`#token=…`）在保存前去掉。',
    example: '/docs/operations/backup#restore',
  });

/** Where a question came from: the docs page whose "ask about this page" link opened the form. */
export const PageContext = z
  .object({
    title: text(300).meta({ description: 'The page title.', descriptionZh: '页面标题。', example: '备份与恢复' }),
    url: PageAddress,
    version: optionalField(text(40)).meta({ description: 'The docs version the page belongs to, e.g. `0.4` or `next`.', descriptionZh: '页面所属的文档版本，例如 `0.4` 或 `next`。', example: '0.4' }),
  })
  .meta({ description: 'The docs page the ticket was filed from, when the form was opened from one.', descriptionZh: '表单从文档页面打开时，提交工单所在的文档页面。' });

/** What the portal shows and the customer opened before filing, stored with the ticket. */
export const FilingSuggestion = z.strictObject({
  url: z.string().max(500).regex(/^\/[^\s]*$/, 'must be a site path'),
  title: z.string().max(300),
  type: z.enum(['doc', 'faq', 'article']),
  clicked: z.boolean(),
});
export const FilingSuggestions = z
  .array(FilingSuggestion)
  .max(10)
  .meta({ description: 'The articles the portal suggested while the customer wrote, each with whether they opened it; staff see them with the ticket.', descriptionZh: '客户填写时门户推荐的文章，以及客户是否打开过每一篇；支持人员会在工单中看到。' });
export type FilingSuggestion = z.infer<typeof FilingSuggestion>;

export const FileTicketBody = z.object({
  subject: text(200),
  description: text(20_000, { multiline: true }).meta({ description: 'Markdown.', descriptionZh: 'Markdown。' }),
  priority: TicketPrioritySchema,
  category: Category,
  tags: optionalField(Tags),
  requester: Requester,
  context: optionalField(PageContext),
  suggestions: optionalField(FilingSuggestions),
});
export type FileTicketInput = z.infer<typeof FileTicketBody>;

export const TicketParams = z.object({
  number: z.string().meta({ description: 'HO-1042, or the bare number 1042', descriptionZh: 'HO-1042，或只写数字 1042', example: 'HO-1042' }),
});

const Version = z.int().min(1).meta({ description: 'The version the change is based on, as last read.', descriptionZh: '这次修改所依据的版本号，即最近一次读取时的版本号。' });

export const UpdateTicketBody = z.strictObject({
  version: Version,
  status: TicketStatusSchema.optional(),
  priority: TicketPrioritySchema.optional(),
  assigneeId: z.uuid().nullable().optional().meta({ description: 'An active staff member, or null to unassign.', descriptionZh: '一位在职的支持人员，null 表示取消分配。' }),
  category: Category.optional(),
  tags: Tags.optional(),
  subject: text(200).optional(),
});
export type UpdateTicketInput = z.infer<typeof UpdateTicketBody>;

const TagChanges = z
  .strictObject({
    add: Tags.optional().meta({ description: 'Tags each ticket gets (a ticket keeps at most 10).', descriptionZh: '每个工单要加上的标签（每个工单最多 10 个）。' }),
    remove: Tags.optional().meta({ description: 'Tags each ticket loses.', descriptionZh: '每个工单要去掉的标签。' }),
  })
  .superRefine((tags, ctx) => {
    if (!tags.add?.length && !tags.remove?.length) ctx.addIssue({ code: 'custom', path: ['add'], input: tags, message: 'give add, remove, or both' });
    const both = (tags.add ?? []).filter((tag) => tags.remove?.includes(tag));
    if (both.length) ctx.addIssue({ code: 'custom', path: ['remove'], input: tags, message: `cannot both add and remove: ${both.join(', ')}` });
  });

export const BulkUpdateBody = z
  .strictObject({
    numbers: z.array(z.union([z.string().max(20), z.int()])).min(1).max(100),
    status: TicketStatusSchema.optional(),
    assigneeId: z.uuid().nullable().optional(),
    priority: TicketPrioritySchema.optional(),
    tags: TagChanges.optional(),
  })
  .refine((body) => body.status !== undefined || body.assigneeId !== undefined || body.priority !== undefined || body.tags !== undefined, {
    message: 'give at least one of status, assigneeId, priority and tags',
    path: ['status'],
  });
export type BulkUpdateInput = z.infer<typeof BulkUpdateBody>;

/** Made up by the console for each browser tab (a random UUID, say), so one member's two tabs are two presences. */
const TabId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, - or _')
  .meta({ description: 'An id the console makes up for each browser tab.', descriptionZh: '控制台为每个浏览器标签页生成的 ID。', example: '3b241101-e2bb-4255-8caf-4136c566a962' });

export const PresenceStateSchema = z.enum(['viewing', 'writing']).meta({ description: '`writing` while a reply or note is being written.', descriptionZh: '正在撰写回复或备注时为 `writing`。' });

export type PresenceState = z.infer<typeof PresenceStateSchema>;

export const PresenceBody = z.strictObject({ tabId: TabId, state: PresenceStateSchema });
export type PresenceInput = z.infer<typeof PresenceBody>;

export const PresenceTabParams = TicketParams.extend({ tabId: TabId });

export const ChangesQuery = z.object({
  since: optionalField(z.string().max(200)).meta({ description: '`cursor` of the previous poll; without it, the changes of the last 90 seconds.', descriptionZh: '上一次轮询的 `cursor`；省略时返回最近 90 秒的变更。' }),
});

export const AccessLinkBody = z.object({ email: Email });

export const AddressConfirmationBody = z.object({
  token: z.string().min(1).max(200).meta({ description: 'The `hoc_…` token from the link in the acknowledgement e-mail.', descriptionZh: '“已收到”邮件链接中的 `hoc_…` 令牌。' }),
});

export const AddressConfirmed = z.object({
  ticketNumber: z.string().meta({ example: 'HO-1042' }),
  paged: z.boolean().meta({ description: 'Whether the on-call list was paged now (false: not a P1 any more, paged already, or resolved).', descriptionZh: '此时是否通知了值班人员（false：已不是 P1、已经通知过，或已解决）。' }),
});

/** `?status=new&status=open` and `?status=new,open` mean the same. */
function many<T extends z.ZodType>(item: T) {
  const toList = (value: unknown) =>
    value === undefined || value === ''
      ? undefined
      : (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v])).filter((v) => v !== '');
  return z.preprocess(toList, z.array(item).min(1).max(10).optional());
}

const Limit = z.coerce.number().int().min(1).max(100).default(25);
const Cursor = optionalField(z.string().max(500)).meta({ description: 'nextCursor of the previous page.', descriptionZh: '上一页的 nextCursor。' });

export const QueueQuery = z.object({
  status: many(TicketStatusSchema),
  priority: many(TicketPrioritySchema),
  assignee: optionalField(z.union([z.literal('me'), z.literal('unassigned'), z.uuid()])).meta({
    description: '`me`, `unassigned`, or a staff user id.', descriptionZh: '`me`（我）、`unassigned`（未分配）或支持人员的用户 ID。',
  }),
  category: optionalField(Category),
  tag: optionalField(Tag),
  requester: optionalField(Email),
  q: optionalField(z.string().trim().min(1).max(200)).meta({ description: 'Text in the subject or description.', descriptionZh: '主题或描述中的文字。' }),
  sort: z.enum(['priority', 'updated', 'due']).default('priority').meta({
    description:
      '`priority`: P1 first, then oldest first. `updated`: most recently updated first. `due`: the earliest SLA due time ' +
      'first (the running clock due soonest); tickets without a running clock last.',
    descriptionZh: '`priority`：P1 在前，同优先级中最早的在前。`updated`：最近更新的在前。`due`：SLA 到期时间最早的在前（最先到期的进行中计时）；没有进行中计时的工单排在最后。',
  }),
  limit: Limit,
  cursor: Cursor,
});
export type QueueQueryInput = z.infer<typeof QueueQuery>;
export type QueueSort = QueueQueryInput['sort'];

export const CountsQuery = QueueQuery.omit({ status: true, sort: true, limit: true, cursor: true });
export type QueueFilters = z.infer<typeof CountsQuery> & { status?: QueueQueryInput['status'] };

export const PageQuery = z.object({ limit: Limit, cursor: Cursor });
export type PageQueryInput = z.infer<typeof PageQuery>;
