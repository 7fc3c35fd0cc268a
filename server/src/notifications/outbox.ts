import type { Locale } from '../http/locale.js';
import type { NotificationKind, PayloadOf } from './messages.js';

/**
 * The channel on which a commit that queued e-mail wakes the dispatchers (PostgreSQL NOTIFY, also in PGlite). The
 * trigger on outbox_messages sends it; the name is repeated in that migration.
 */
export const outboxChannel = 'handover_outbox';

export type NewNotification<K extends NotificationKind = NotificationKind> = {
  kind: K;
  recipient: string;
  locale: Locale;
  ticketId?: string | null;
  payload: PayloadOf<K>;
  /** Not sent before this time (a burst of replies is folded into one later e-mail); default: at once. */
  notBefore?: Date;
};

/** The domain of generated Message-IDs: the host of PUBLIC_URL, so ids are unique to this installation. */
export function mailDomain(publicUrl: string): string {
  return new URL(publicUrl).hostname;
}

/** A row's Message-ID. Derived from the row, so every attempt (and a resend after a crash) carries the same one. */
export function outboxMessageId(outboxId: string, domain: string): string {
  return `<outbox.${outboxId}@${domain}>`;
}

/** The id every message about one ticket replies to, so a mail client shows the ticket as one thread. */
export function ticketThreadId(ticketId: string, domain: string): string {
  return `<ticket.${ticketId}@${domain}>`;
}
