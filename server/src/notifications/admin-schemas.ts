import { z } from 'zod';

// What administrators see of outgoing e-mail: the outbox (every message and its fate) and, without SMTP, the
// embedded mailbox the messages were delivered to. Used to parse requests and to build the OpenAPI document.

export const outboxStatuses = ['pending', 'sending', 'sent', 'dead'] as const;
export const OutboxStatus = z.enum(outboxStatuses).meta({
  description: '`pending`: waiting for its next attempt; `sending`: being sent; `sent`; `dead`: given up on (a dead letter).', descriptionZh: '`pending`：等待下一次尝试；`sending`：正在发送；`sent`：已发送；`dead`：已放弃（死信）。',
});
export type OutboxStatus = z.infer<typeof OutboxStatus>;

/** An empty query parameter (`?kind=`) means "not given". */
function optionalParam<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

export const OutboxQuery = z.object({
  status: optionalParam(OutboxStatus),
  kind: optionalParam(z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'must be a kind of e-mail, e.g. ticket_received')).meta({
    description: 'Only this kind of e-mail, e.g. `ticket_received`.', descriptionZh: '只列出这类邮件，例如 `ticket_received`。',
  }),
  ticket: optionalParam(z.string().regex(/^(HO-)?\d{1,9}$/i, 'must be a ticket number such as HO-1042')).meta({
    description: 'Only e-mails about this ticket, as HO-1042 or 1042: "what did we send about it?"', descriptionZh: '只列出关于这个工单的邮件，写作 HO-1042 或 1042：“关于它我们发过什么？”',
  }),
  recipient: optionalParam(z.string().trim().toLowerCase().pipe(z.email())).meta({
    description: 'Only e-mails to this address (case does not matter): "did the customer get our e-mail?"', descriptionZh: '只列出发往这个地址的邮件（不区分大小写）：“客户收到我们的邮件了吗？”',
  }),
  limit: z.coerce.number().int().min(1).max(100).default(50).meta({ description: 'Rows per page, 1–100.', descriptionZh: '每页行数，1–100。' }),
  cursor: optionalParam(z.string().max(500)).meta({ description: 'nextCursor of the previous page.', descriptionZh: '上一页的 nextCursor。' }),
});
export type OutboxQuery = z.infer<typeof OutboxQuery>;

export const OutboxParams = z.object({ id: z.uuid().meta({ description: 'The outbox row’s id', descriptionZh: '发件箱行的 ID' }) });

const Timestamp = z.iso.datetime();

/** One outbox row, without its payload: until the message is sent, that holds live tracking and sign-in links. */
export const OutboxItem = z.object({
  id: z.uuid(),
  kind: z.string().meta({ description: 'Which template, e.g. `ticket_received`, `staff_reply`, `magic_link`.', descriptionZh: '使用的模板，例如 `ticket_received`、`staff_reply`、`magic_link`。' }),
  recipient: z.string(),
  locale: z.string(),
  ticketNumber: z.string().nullable().meta({ description: 'The ticket the e-mail is about, as HO-1042, if any.', descriptionZh: '邮件所涉及的工单，写作 HO-1042（如有）。', example: 'HO-1042' }),
  status: OutboxStatus,
  attempts: z.int().nonnegative().meta({ description: 'Sending attempts so far (reset to 0 by a resend).', descriptionZh: '目前的发送尝试次数（重新发送时归零）。' }),
  lastError: z.string().nullable().meta({ description: 'The last failure, e.g. the SMTP server’s reply.', descriptionZh: '最近一次失败的原因，例如 SMTP 服务器的回复。' }),
  messageId: z.string().meta({ description: 'The RFC 5322 Message-ID, the same on every attempt and resend.', descriptionZh: 'RFC 5322 Message-ID，每次尝试和重新发送都相同。' }),
  createdAt: Timestamp,
  nextAttemptAt: Timestamp,
  claimedAt: Timestamp.nullable(),
  sentAt: Timestamp.nullable(),
});
export type OutboxItem = z.infer<typeof OutboxItem>;

export const OutboxCounts = z
  .object({ pending: z.int(), sending: z.int(), sent: z.int(), dead: z.int() })
  .meta({ description: 'Rows per status, with the `kind` filter (not the `status` filter) applied.', descriptionZh: '各状态的行数，应用 `kind` 筛选（不应用 `status` 筛选）。' });
export type OutboxCounts = z.infer<typeof OutboxCounts>;

export const OutboxPage = z.object({
  items: z.array(OutboxItem).meta({ description: 'Newest first.', descriptionZh: '最新的在前。' }),
  nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last.', descriptionZh: '作为 `cursor` 传入以取下一页；最后一页为 null。' }),
  counts: OutboxCounts,
});
export type OutboxPage = z.infer<typeof OutboxPage>;

/** The characters `emlFileName` writes, without the `.eml`; no path separators, no `..`. */
export const mailboxIdPattern = /^(?!.*\.\.)[A-Za-z0-9._@-]{1,240}$/;
export const MailboxId = z
  .string()
  .regex(mailboxIdPattern, 'must be a mailbox message id: letters, digits and . _ @ -, without ..')
  .meta({ description: 'The file name without `.eml`, e.g. `outbox.7d1e…@support.example.com`.', descriptionZh: '不含 `.eml` 的文件名，例如 `outbox.7d1e…@support.example.com`。' });

export const MailboxParams = z.object({ id: MailboxId });

export const MailboxQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).meta({ description: 'Messages per page, 1–200.', descriptionZh: '每页邮件数，1–200。' }),
  before: optionalParam(z.string().max(500)).meta({ description: 'nextBefore of the previous page.', descriptionZh: '上一页的 nextBefore。' }),
});
export type MailboxQuery = z.infer<typeof MailboxQuery>;

const Text = z.string().nullable();

export const MailboxItem = z.object({
  id: MailboxId,
  messageId: Text,
  from: Text.meta({ description: 'The From header.', descriptionZh: 'From 邮件头（发件人）。' }),
  to: Text.meta({ description: 'The To header.', descriptionZh: 'To 邮件头（收件人）。' }),
  subject: Text,
  date: Timestamp.nullable().meta({ description: 'The Date header.', descriptionZh: 'Date 邮件头。' }),
  size: z.int().nonnegative().meta({ description: 'Bytes of the .eml file.', descriptionZh: '.eml 文件的字节数。' }),
  kind: Text.meta({ description: 'The X-Handover-Kind header: which template.', descriptionZh: 'X-Handover-Kind 邮件头：使用的模板。' }),
});
export type MailboxItem = z.infer<typeof MailboxItem>;

export const MailboxPage = z.object({
  items: z.array(MailboxItem).meta({ description: 'Newest first (by file time).', descriptionZh: '最新的在前（按文件时间）。' }),
  nextBefore: z.string().nullable().meta({ description: 'Pass as `before` for the next page; null on the last.', descriptionZh: '作为 `before` 传入以取下一页；最后一页为 null。' }),
});
export type MailboxPage = z.infer<typeof MailboxPage>;

export const MailboxMessage = MailboxItem.omit({ size: true }).extend({
  inReplyTo: Text,
  references: z.array(z.string()),
  replyTo: Text,
  headers: z
    .object({ 'Auto-Submitted': z.string(), 'List-Unsubscribe': z.string(), 'List-Unsubscribe-Post': z.string() })
    .partial()
    .meta({ description: 'These headers, as written, when the message has them.', descriptionZh: '邮件中有这些邮件头时，按原样列出。' }),
  text: Text,
  html: Text,
});
export type MailboxMessage = z.infer<typeof MailboxMessage>;
