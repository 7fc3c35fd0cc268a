import { toLocale } from '../http/locale.js';
import { isNotificationKind, payloadSchemas } from './messages.js';
import { ticketThreadId } from './outbox.js';
import type { ClaimedMessage } from './outbox-repository.js';
import { renderTemplate } from './templates/index.js';
import { PermanentMailError, type OutgoingMail } from './transport.js';

export type ComposeOptions = { from: string; replyTo?: string; domain: string };

/**
 * Turns an outbox row into the e-mail to send. Messages about one ticket all answer the ticket's thread id, so
 * mail clients group them; the row's own Message-ID stays the same on every attempt.
 */
export function composeMail(message: ClaimedMessage, options: ComposeOptions): OutgoingMail {
  if (!isNotificationKind(message.kind)) throw new PermanentMailError(`unknown kind of e-mail: ${message.kind}`);
  const payload = payloadSchemas[message.kind].safeParse(message.payload);
  if (!payload.success) throw new PermanentMailError(`payload of ${message.kind} does not parse: ${payload.error.message}`);
  const rendered = renderTemplate(message.kind, payload.data as never, toLocale(message.locale));
  const thread = message.ticketId ? ticketThreadId(message.ticketId, options.domain) : undefined;
  const unsubscribeUrl = (payload.data as { unsubscribeUrl?: string }).unsubscribeUrl;
  // RFC 2369 + RFC 8058: mail clients show an "unsubscribe" button that POSTs to the link without opening it.
  const unsubscribe: Record<string, string> = unsubscribeUrl ? { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {};
  return {
    from: options.from,
    to: message.recipient,
    ...(options.replyTo ? { replyTo: options.replyTo } : {}),
    ...rendered,
    messageId: message.messageId,
    ...(thread ? { inReplyTo: thread, references: thread } : {}),
    // RFC 3834: out-of-office robots must not answer a machine.
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Handover-Kind': message.kind, ...unsubscribe },
  };
}
