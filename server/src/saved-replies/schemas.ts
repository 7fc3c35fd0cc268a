import { z } from 'zod';
import { locales } from '../http/locale.js';
import { TicketParams } from '../tickets/schemas.js';
import { placeholderNames } from './placeholders.js';

export const savedReplyScopes = ['shared', 'personal'] as const;
export type SavedReplyScope = (typeof savedReplyScopes)[number];

/** The statuses a reply may set (the same two as `POST /tickets/{number}/messages` takes). */
export const replyStatuses = ['pending', 'resolved'] as const;
export type ReplyStatus = (typeof replyStatuses)[number];

const Scope = z.enum(savedReplyScopes).meta({
  description: '`shared`: seen by all staff, created and changed by administrators only; `personal`: seen and changed by its owner alone.', descriptionZh: '`shared`：全体员工可见，只有管理员能创建和修改；`personal`：只有其所有者能看到和修改。',
});

/** Names are picked from a list: one line, any script, no control characters. */
const Name = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^\P{Cc}*$/u, 'must not contain control characters')
  .meta({ description: 'Unique, ignoring case, among the shared replies and among each member’s personal ones.', descriptionZh: '在共享回复中、以及每位成员的个人回复中唯一（不区分大小写）。', example: '索取日志 Ask for logs' });

const placeholderList = placeholderNames.map((name) => `\`{{${name}}}\``).join(', ');

// Not trimmed, like a message: leading spaces are Markdown and the text is kept as written.
function body(language: string, languageZh: string) {
  return z
    .string()
    .min(1)
    .max(10_000)
    .refine((value) => value.trim().length > 0, 'must not be blank')
    .meta({
      description: `The reply in ${language}: Markdown, with placeholders from ${placeholderList}. Any other \`{{…}}\` is refused (\`unknown_placeholder\`).`,
      descriptionZh: `${languageZh}的回复：Markdown，可使用占位符 ${placeholderList.replaceAll(', ', '、')}。其他 \`{{…}}\` 会被拒绝（\`unknown_placeholder\`）。`,
    });
}

const Status = z
  .enum(replyStatuses)
  .nullable()
  .meta({ description: 'The status to set with the reply when it is sent (`pending` or `resolved`), or null to leave the status alone.', descriptionZh: '发送回复时同时设置的状态（`pending` 或 `resolved`），null 表示不改变状态。' });

export const CreateSavedReplyBody = z.strictObject({
  name: Name,
  bodyZh: body('Simplified Chinese', '简体中文'),
  bodyEn: body('English', '英文'),
  status: Status.default(null),
  scope: Scope.default('personal'),
});
export type CreateSavedReplyInput = z.infer<typeof CreateSavedReplyBody>;

const Version = z.int().min(1).meta({ description: 'The version the change is based on, as last read.', descriptionZh: '这次修改所依据的版本号，即最近一次读取时的版本号。' });

export const UpdateSavedReplyBody = z
  .strictObject({ version: Version, name: Name.optional(), bodyZh: body('Simplified Chinese', '简体中文').optional(), bodyEn: body('English', '英文').optional(), status: Status.optional() })
  .refine(({ version: _version, ...change }) => Object.values(change).some((value) => value !== undefined), 'give at least one field to change');
export type UpdateSavedReplyInput = z.infer<typeof UpdateSavedReplyBody>;

export const SavedReplyParams = z.object({ id: z.uuid().meta({ description: 'The saved reply’s id.', descriptionZh: '常用回复的 ID。' }) });

export const RenderSavedReplyParams = TicketParams.extend(SavedReplyParams.shape);

export const SavedReplyQuery = z.object({
  q: z
    .preprocess((value) => (value === '' ? undefined : value), z.string().trim().min(1).max(200).optional())
    .meta({ description: 'Text in the name or either body, ignoring case.', descriptionZh: '名称或任一语言正文中的文字，不区分大小写。' }),
});
export type SavedReplyQuery = z.infer<typeof SavedReplyQuery>;

export const SavedReplyView = z.object({
  id: z.uuid(),
  name: z.string(),
  scope: z.enum(savedReplyScopes),
  bodyZh: z.string().meta({ description: 'Markdown with placeholders, as written.', descriptionZh: '带占位符的 Markdown，按原样保存。' }),
  bodyEn: z.string().meta({ description: 'Markdown with placeholders, as written.', descriptionZh: '带占位符的 Markdown，按原样保存。' }),
  status: z.enum(replyStatuses).nullable().meta({
    description: 'The status the reply sets when it is sent (`pending` or `resolved`); null leaves the status alone.',
    descriptionZh: '发送回复时设置的状态（`pending` 或 `resolved`）；null 表示不改变状态。',
  }),
  editable: z.boolean().meta({ description: 'Whether the caller may change or delete it: an administrator for a shared reply, the owner for a personal one.', descriptionZh: '调用方能否修改或删除它：共享回复由管理员、个人回复由其所有者修改。' }),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable().meta({ description: 'Who wrote it; null once that account is gone.', descriptionZh: '作者；该账号不存在后为 null。' }),
  usageCount: z.int().meta({ description: 'How many times it was filled in for a ticket.', descriptionZh: '为工单填充使用过的次数。' }),
  lastUsedAt: z.iso.datetime().nullable(),
  version: z.int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime().meta({ description: 'Last change of its name, bodies or status; using it does not count.', descriptionZh: '名称、正文或状态的最近一次修改时间；使用它不算修改。' }),
});
export type SavedReplyView = z.infer<typeof SavedReplyView>;

export const SavedReplyList = z.object({
  items: z.array(SavedReplyView).meta({ description: 'The shared replies and the caller’s own personal ones, by name: Chinese by pinyin, then Latin ignoring case.', descriptionZh: '共享回复和调用方自己的个人回复，按名称排列：中文按拼音，然后是拉丁字母（不区分大小写）。' }),
});
export type SavedReplyList = z.infer<typeof SavedReplyList>;

export const RenderedReply = z.object({
  body: z.string().meta({ description: 'Markdown in the requester’s language with every placeholder filled; post it as the body of a reply.', descriptionZh: '提交人语言的 Markdown，所有占位符均已填充；作为回复的正文发送。' }),
  status: z.enum(replyStatuses).nullable().meta({ description: 'Send it as the reply’s `status` (when not null) to set the ticket’s status in the same step.', descriptionZh: '（不为 null 时）作为回复的 `status` 发送，一步设置工单的状态。' }),
  locale: z.enum(locales).meta({ description: 'The requester’s language, which chose the body.', descriptionZh: '提交人的语言，据此选择了正文。' }),
});
export type RenderedReply = z.infer<typeof RenderedReply>;
