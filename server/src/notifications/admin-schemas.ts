import { z } from 'zod';

// What administrators see of outgoing e-mail: the outbox (every message and its fate) and, without SMTP, the
// embedded mailbox the messages were delivered to. Used to parse requests and to build the OpenAPI document.

export const outboxStatuses = ['pending', 'sending', 'sent', 'dead'] as const;
export const OutboxStatus = z.enum(outboxStatuses).meta({
  description: '`pending`: waiting for its next attempt; `sending`: being sent; `sent`; `dead`: given up on (a dead letter).',
});
export type OutboxStatus = z.infer<typeof OutboxStatus>;

/** An empty query parameter (`?kind=`) means "not given". */
function optionalParam<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

export const OutboxQuery = z.object({
  status: optionalParam(OutboxStatus),
  kind: optionalParam(z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'must be a kind of e-mail, e.g. ticket_received')).meta({
    description: 'Only this kind of e-mail, e.g. `ticket_received`.',
  }),
  ticket: optionalParam(z.string().regex(/^(HO-)?\d{1,9}$/i, 'must be a ticket number such as HO-1042')).meta({
    description: 'Only e-mails about this ticket, as HO-1042 or 1042: "what did we send about it?"',
  }),
  recipient: optionalParam(z.string().trim().toLowerCase().pipe(z.email())).meta({
    description: 'Only e-mails to this address (case does not matter): "did the customer get our e-mail?"',
  }),
  limit: z.coerce.number().int().min(1).max(100).default(50).meta({ description: 'Rows per page, 1–100.' }),
  cursor: optionalParam(z.string().max(500)).meta({ description: 'nextCursor of the previous page.' }),
});
export type OutboxQuery = z.infer<typeof OutboxQuery>;

export const OutboxParams = z.object({ id: z.uuid().meta({ description: 'The outbox row’s id' }) });

const Timestamp = z.iso.datetime();

/** One outbox row, without its payload: until the message is sent, that holds live tracking and sign-in links. */
export const OutboxItem = z.object({
  id: z.uuid(),
  kind: z.string().meta({ description: 'Which template, e.g. `ticket_received`, `staff_reply`, `magic_link`.' }),
  recipient: z.string(),
  locale: z.string(),
  ticketNumber: z.string().nullable().meta({ description: 'The ticket the e-mail is about, as HO-1042, if any.', example: 'HO-1042' }),
  status: OutboxStatus,
  attempts: z.int().nonnegative().meta({ description: 'Sending attempts so far (reset to 0 by a resend).' }),
  lastError: z.string().nullable().meta({ description: 'The last failure, e.g. the SMTP server’s reply.' }),
  messageId: z.string().meta({ description: 'The RFC 5322 Message-ID, the same on every attempt and resend.' }),
  createdAt: Timestamp,
  nextAttemptAt: Timestamp,
  claimedAt: Timestamp.nullable(),
  sentAt: Timestamp.nullable(),
});
export type OutboxItem = z.infer<typeof OutboxItem>;

export const OutboxCounts = z
  .object({ pending: z.int(), sending: z.int(), sent: z.int(), dead: z.int() })
  .meta({ description: 'Rows per status, with the `kind` filter (not the `status` filter) applied.' });
export type OutboxCounts = z.infer<typeof OutboxCounts>;

export const OutboxPage = z.object({
  items: z.array(OutboxItem).meta({ description: 'Newest first.' }),
  nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last.' }),
  counts: OutboxCounts,
});
export type OutboxPage = z.infer<typeof OutboxPage>;

/** The characters `emlFileName` writes, without the `.eml`; no path separators, no `..`. */
export const mailboxIdPattern = /^(?!.*\.\.)[A-Za-z0-9._@-]{1,240}$/;
export const MailboxId = z
  .string()
  .regex(mailboxIdPattern, 'must be a mailbox message id: letters, digits and . _ @ -, without ..')
  .meta({ description: 'The file name without `.eml`, e.g. `outbox.7d1e…@support.example.com`.' });

export const MailboxParams = z.object({ id: MailboxId });

export const MailboxQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).meta({ description: 'Messages per page, 1–200.' }),
  before: optionalParam(z.string().max(500)).meta({ description: 'nextBefore of the previous page.' }),
});
export type MailboxQuery = z.infer<typeof MailboxQuery>;

const Text = z.string().nullable();

export const MailboxItem = z.object({
  id: MailboxId,
  messageId: Text,
  from: Text,
  to: Text,
  subject: Text,
  date: Timestamp.nullable().meta({ description: 'The Date header.' }),
  size: z.int().nonnegative().meta({ description: 'Bytes of the .eml file.' }),
  kind: Text.meta({ description: 'The X-Handover-Kind header: which template.' }),
});
export type MailboxItem = z.infer<typeof MailboxItem>;

export const MailboxPage = z.object({
  items: z.array(MailboxItem).meta({ description: 'Newest first (by file time).' }),
  nextBefore: z.string().nullable().meta({ description: 'Pass as `before` for the next page; null on the last.' }),
});
export type MailboxPage = z.infer<typeof MailboxPage>;

export const MailboxMessage = MailboxItem.omit({ size: true }).extend({
  inReplyTo: Text,
  references: z.array(z.string()),
  replyTo: Text,
  headers: z
    .object({ 'Auto-Submitted': z.string(), 'List-Unsubscribe': z.string(), 'List-Unsubscribe-Post': z.string() })
    .partial()
    .meta({ description: 'These headers, as written, when the message has them.' }),
  text: Text,
  html: Text,
});
export type MailboxMessage = z.infer<typeof MailboxMessage>;
