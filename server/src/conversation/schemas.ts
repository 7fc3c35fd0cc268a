import { z } from 'zod';
import { AttachmentView, FilesPart } from '../attachments/schemas.js';

export const TicketParams = z.object({
  number: z.string().meta({ description: 'Ticket number, as HO-1042 or 1042', descriptionZh: '工单编号，写作 HO-1042 或 1042', example: 'HO-1042' }),
});
export type TicketParams = z.infer<typeof TicketParams>;

export const messageVisibilities = ['public', 'internal'] as const;
export type MessageVisibility = (typeof messageVisibilities)[number];

/** A reply or note as posted: JSON, or the text fields of a multipart/form-data body. */
export const MessageInput = z.object({
  // Not trimmed: leading spaces are Markdown (an indented first line is a code block) and the body is stored as written.
  body: z
    .string()
    .min(1)
    .max(20_000)
    .refine((body) => body.trim().length > 0, 'must not be blank')
    .meta({ description: 'Markdown, stored as written. Raw HTML is shown as text, never rendered.', descriptionZh: 'Markdown，按原样保存。原始 HTML 以文本显示，从不渲染。' }),
  visibility: z
    .enum(messageVisibilities)
    .default('public')
    .meta({ description: 'public: a reply the customer sees; internal: a staff-only note (staff only)', descriptionZh: 'public：客户能看到的回复；internal：仅支持人员可见的备注（仅支持人员可用）' }),
  status: z
    .enum(['pending', 'resolved'])
    .optional()
    .meta({
      description:
        'Staff, with a public reply: also move the ticket to this status, in the same step. The customer gets one ' +
        'e-mail (waiting for your answer, or resolved) quoting the reply, instead of two. Refused with an internal note.',
      descriptionZh: '支持人员发送公开回复时：同时把工单转为此状态。客户只收到一封引用该回复的邮件（等待你的答复，或已解决），而不是两封。内部备注不接受此字段。',
    }),
});
export type MessageInput = z.infer<typeof MessageInput>;

/** The documented request body: MessageInput, plus files when sent as multipart/form-data. */
export const MessageRequestBody = MessageInput.extend({ files: FilesPart });

export const MessageView = z.object({
  id: z.uuid(),
  visibility: z.enum(messageVisibilities),
  author: z.object({
    type: z.enum(['customer', 'staff', 'system']),
    name: z.string(),
    /** Staff only see who among them wrote it; customers see the name alone. */
    userId: z.uuid().nullable().meta({ description: 'The staff author’s id; null for customers, the system, and customer readers', descriptionZh: '作者为支持人员时的 ID；客户、系统以及客户读取时为 null' }),
  }),
  body: z.string().meta({ description: 'Markdown as written', descriptionZh: '按原样保存的 Markdown' }),
  bodyHtml: z
    .string()
    .meta({ description: 'The body rendered as safe HTML: no raw HTML, no scripts, links rel="nofollow noopener noreferrer"', descriptionZh: '正文渲染成的安全 HTML：不含原始 HTML 和脚本，链接带 rel="nofollow noopener noreferrer"' }),
  createdAt: z.iso.datetime(),
  attachments: z.array(AttachmentView),
});
export type MessageView = z.infer<typeof MessageView>;

export const ConversationView = z.object({
  ticketNumber: z.string().meta({ example: 'HO-1042' }),
  messages: z.array(MessageView).meta({ description: 'Oldest first. Customers get public messages only.', descriptionZh: '最早的在前。客户只得到公开消息。' }),
  attachments: z.array(AttachmentView).meta({ description: 'Files filed with the ticket itself', descriptionZh: '随工单本身提交的文件' }),
});
export type ConversationView = z.infer<typeof ConversationView>;
