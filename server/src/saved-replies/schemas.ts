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
  description: '`shared`: seen by all staff, created and changed by administrators only; `personal`: seen and changed by its owner alone.',
});

/** Names are picked from a list: one line, any script, no control characters. */
const Name = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^\P{Cc}*$/u, 'must not contain control characters')
  .meta({ description: 'Unique, ignoring case, among the shared replies and among each member’s personal ones.', example: '索取日志 Ask for logs' });

const placeholderList = placeholderNames.map((name) => `\`{{${name}}}\``).join(', ');

// Not trimmed, like a message: leading spaces are Markdown and the text is kept as written.
function body(language: string) {
  return z
    .string()
    .min(1)
    .max(10_000)
    .refine((value) => value.trim().length > 0, 'must not be blank')
    .meta({ description: `The reply in ${language}: Markdown, with placeholders from ${placeholderList}. Any other \`{{…}}\` is refused (\`unknown_placeholder\`).` });
}

const Status = z
  .enum(replyStatuses)
  .nullable()
  .meta({ description: 'The status to set with the reply when it is sent (`pending` or `resolved`), or null to leave the status alone.' });

export const CreateSavedReplyBody = z.strictObject({
  name: Name,
  bodyZh: body('Simplified Chinese'),
  bodyEn: body('English'),
  status: Status.default(null),
  scope: Scope.default('personal'),
});
export type CreateSavedReplyInput = z.infer<typeof CreateSavedReplyBody>;

const Version = z.int().min(1).meta({ description: 'The version the change is based on, as last read.' });

export const UpdateSavedReplyBody = z
  .strictObject({ version: Version, name: Name.optional(), bodyZh: body('Simplified Chinese').optional(), bodyEn: body('English').optional(), status: Status.optional() })
  .refine(({ version: _version, ...change }) => Object.values(change).some((value) => value !== undefined), 'give at least one field to change');
export type UpdateSavedReplyInput = z.infer<typeof UpdateSavedReplyBody>;

export const SavedReplyParams = z.object({ id: z.uuid().meta({ description: 'The saved reply’s id.' }) });

export const RenderSavedReplyParams = TicketParams.extend(SavedReplyParams.shape);

export const SavedReplyQuery = z.object({
  q: z
    .preprocess((value) => (value === '' ? undefined : value), z.string().trim().min(1).max(200).optional())
    .meta({ description: 'Text in the name or either body, ignoring case.' }),
});
export type SavedReplyQuery = z.infer<typeof SavedReplyQuery>;

export const SavedReplyView = z.object({
  id: z.uuid(),
  name: z.string(),
  scope: z.enum(savedReplyScopes),
  bodyZh: z.string().meta({ description: 'Markdown with placeholders, as written.' }),
  bodyEn: z.string().meta({ description: 'Markdown with placeholders, as written.' }),
  status: z.enum(replyStatuses).nullable(),
  editable: z.boolean().meta({ description: 'Whether the caller may change or delete it: an administrator for a shared reply, the owner for a personal one.' }),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable().meta({ description: 'Who wrote it; null once that account is gone.' }),
  usageCount: z.int().meta({ description: 'How many times it was filled in for a ticket.' }),
  lastUsedAt: z.iso.datetime().nullable(),
  version: z.int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime().meta({ description: 'Last change of its name, bodies or status; using it does not count.' }),
});
export type SavedReplyView = z.infer<typeof SavedReplyView>;

export const SavedReplyList = z.object({
  items: z.array(SavedReplyView).meta({ description: 'The shared replies and the caller’s own personal ones, by name: Chinese by pinyin, then Latin ignoring case.' }),
});
export type SavedReplyList = z.infer<typeof SavedReplyList>;

export const RenderedReply = z.object({
  body: z.string().meta({ description: 'Markdown in the requester’s language with every placeholder filled; post it as the body of a reply.' }),
  status: z.enum(replyStatuses).nullable().meta({ description: 'Send it as the reply’s `status` (when not null) to set the ticket’s status in the same step.' }),
  locale: z.enum(locales).meta({ description: 'The requester’s language, which chose the body.' }),
});
export type RenderedReply = z.infer<typeof RenderedReply>;
