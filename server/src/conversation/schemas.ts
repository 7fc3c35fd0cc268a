import { z } from 'zod';
import { AttachmentView, FilesPart } from '../attachments/schemas.js';

export const TicketParams = z.object({
  number: z.string().meta({ description: 'Ticket number, as HO-1042 or 1042', example: 'HO-1042' }),
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
    .meta({ description: 'Markdown, stored as written. Raw HTML is shown as text, never rendered.' }),
  visibility: z
    .enum(messageVisibilities)
    .default('public')
    .meta({ description: 'public: a reply the customer sees; internal: a staff-only note (staff only)' }),
  status: z
    .enum(['pending', 'resolved'])
    .optional()
    .meta({
      description:
        'Staff, with a public reply: also move the ticket to this status, in the same step. The customer gets one ' +
        'e-mail (waiting for your answer, or resolved) quoting the reply, instead of two. Refused with an internal note.',
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
    userId: z.uuid().nullable().meta({ description: 'The staff author’s id; null for customers, the system, and customer readers' }),
  }),
  body: z.string().meta({ description: 'Markdown as written' }),
  bodyHtml: z
    .string()
    .meta({ description: 'The body rendered as safe HTML: no raw HTML, no scripts, links rel="nofollow noopener noreferrer"' }),
  createdAt: z.iso.datetime(),
  attachments: z.array(AttachmentView),
});
export type MessageView = z.infer<typeof MessageView>;

export const ConversationView = z.object({
  ticketNumber: z.string().meta({ example: 'HO-1042' }),
  messages: z.array(MessageView).meta({ description: 'Oldest first. Customers get public messages only.' }),
  attachments: z.array(AttachmentView).meta({ description: 'Files filed with the ticket itself' }),
});
export type ConversationView = z.infer<typeof ConversationView>;
