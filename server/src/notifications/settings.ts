import type { StaffActor } from '../auth/actor.js';
import type { NotificationSettingsRepository } from './settings-repository.js';
import { toLocale, type Locale } from '../http/locale.js';
import { hashToken } from '../shared/tokens.js';
import { isMutableStaffKind, mutableStaffKinds, type MutableStaffKind, type UnsubscribableKind } from './messages.js';

/** A member's e-mail settings: every kind they may switch off, on or off, and whether they are on call. */
export type NotificationSettings = { onCall: boolean; settings: Record<MutableStaffKind, boolean> };

/** What each kind is called where a person chooses or confirms a setting. */
export const staffKindLabels: Record<MutableStaffKind, Record<Locale, string>> = {
  staff_new_ticket: { en: 'New tickets in the queue', 'zh-Hans': '队列中的新工单' },
  staff_assigned: { en: 'Tickets assigned to me', 'zh-Hans': '分配给我的工单' },
  staff_customer_reply: { en: 'Customer replies', 'zh-Hans': '客户回复' },
  staff_reopened: { en: 'Reopened tickets', 'zh-Hans': '重新打开的工单' },
};

/** What an unsubscribe link stops, as its page names it. */
export const unsubscribeLabels: Record<UnsubscribableKind, Record<Locale, string>> = {
  ...staffKindLabels,
  docs_digest: { en: 'Handover docs updates (digest)', 'zh-Hans': 'Handover 文档更新摘要' },
};

function settingsOf(user: { onCall: boolean; mutedNotifications: string[] | null }): NotificationSettings {
  const muted = new Set(user.mutedNotifications ?? []);
  const settings = Object.fromEntries(mutableStaffKinds.map((kind) => [kind, !muted.has(kind)])) as Record<MutableStaffKind, boolean>;
  return { onCall: user.onCall, settings };
}

export type Unsubscribed = { kind: UnsubscribableKind; locale: Locale };
type Found = (Unsubscribed & { kind: MutableStaffKind; userId: string }) | (Unsubscribed & { kind: 'docs_digest'; subscriptionId: string });

/**
 * Staff e-mail settings. Members switch kinds off for themselves (in the console or with the one-click link in
 * each such e-mail); whether they are on call is for administrators to set (PATCH /staff/{id}).
 */
export class NotificationSettingsService {
  constructor(
    private readonly settings: NotificationSettingsRepository,
    private readonly now: () => Date,
  ) {}

  async get(actor: StaffActor): Promise<NotificationSettings> {
    return settingsOf(await this.settings.find(actor.userId));
  }

  /** Kinds not named keep their setting. */
  update(actor: StaffActor, change: Partial<Record<MutableStaffKind, boolean>>): Promise<NotificationSettings> {
    return this.change(actor.userId, change);
  }

  /** Reads and rewrites the member's muted kinds in one transaction, so two changes at once cannot undo each other. */
  private async change(userId: string, change: Partial<Record<MutableStaffKind, boolean>>): Promise<NotificationSettings> {
    const updated = await this.settings.rewriteMuted(userId, (current) => {
      const muted = new Set(current);
      for (const kind of mutableStaffKinds) {
        if (change[kind] === true) muted.delete(kind);
        if (change[kind] === false) muted.add(kind);
      }
      return mutableStaffKinds.filter((kind) => muted.has(kind));
    });
    return settingsOf(updated);
  }

  /** The member and kind behind an unsubscribe link, if the link is genuine and current; changes nothing. */
  async lookUp(token: string): Promise<Unsubscribed | null> {
    const found = await this.find(token);
    return found && { kind: found.kind, locale: found.locale };
  }

  private async find(token: string): Promise<Found | null> {
    const row = await this.settings.findUnsubscribeToken(hashToken(token));
    if (!row || row.expiresAt <= this.now()) return null;
    // A docs digest's link ends the reader's subscription (docs-subscriptions/); the rest are staff e-mails.
    if (row.kind === 'docs_digest' && row.subscriptionId && row.subscription) {
      return { kind: 'docs_digest', locale: toLocale(row.subscription.locale), subscriptionId: row.subscriptionId };
    }
    if (!isMutableStaffKind(row.kind) || !row.userId || !row.user) return null;
    return { kind: row.kind, locale: toLocale(row.user.locale), userId: row.userId };
  }

  /** Switches the link's kind off for its member, or ends the docs subscription. Repeating it is harmless (mail clients may POST twice). */
  async unsubscribe(token: string): Promise<Unsubscribed | null> {
    const found = await this.find(token);
    if (!found) return null;
    if (found.kind === 'docs_digest') await this.settings.endDocsSubscription(found.subscriptionId, this.now());
    else await this.change(found.userId, { [found.kind]: false });
    return { kind: found.kind, locale: found.locale };
  }

  /** Drops unsubscribe links past their expiry. */
  async prune(): Promise<number> {
    return this.settings.pruneUnsubscribeTokens(this.now());
  }
}
