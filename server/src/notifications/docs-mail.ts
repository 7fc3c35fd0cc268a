import type { TransactionClient } from '../db/transaction.js';
import { toLocale } from '../http/locale.js';
import { hashToken, newSecretToken } from '../shared/tokens.js';
import { tokenPrefixes } from '../auth/tokens.js';
import { MailRepository } from './mail-repository.js';
import type { PayloadOf } from './messages.js';
import { enqueue } from './outbox-repository.js';

/** The e-mails of docs subscriptions, queued in the transaction of the change they report, as every e-mail is. */

type Tx = TransactionClient;
export type DocsMailSettings = { publicUrl: string; domain: string };

/** As long as a staff e-mail's: a digest's link keeps working for half a year. */
const unsubscribeLinkDays = 180;

export function docsChangesPageUrl(publicUrl: string, locale: string): string {
  return `${publicUrl}${toLocale(locale) === 'en' ? '/en' : ''}/docs-changes`;
}

/** The double opt-in: a link to the site's confirmation page, the token in its fragment. */
export async function queueDocsConfirmation(
  tx: Tx,
  settings: DocsMailSettings,
  to: { email: string; locale: string },
  payload: Omit<PayloadOf<'docs_subscription_confirm'>, 'confirmUrl'>,
  token: string,
  at: Date,
): Promise<void> {
  const confirmUrl = `${docsChangesPageUrl(settings.publicUrl, to.locale)}/confirm#token=${token}`;
  await enqueue(tx, { kind: 'docs_subscription_confirm', recipient: to.email, locale: toLocale(to.locale), payload: { ...payload, confirmUrl } }, { domain: settings.domain, at });
}

/** A digest, with its own one-click unsubscribe link (the staff e-mails' table and route: only the hash is kept). */
export async function queueDocsDigest(
  tx: Tx,
  settings: DocsMailSettings,
  subscription: { id: string; email: string; locale: string },
  payload: Omit<PayloadOf<'docs_digest'>, 'unsubscribeUrl' | 'changesPageUrl'>,
  at: Date,
): Promise<void> {
  const token = newSecretToken(tokenPrefixes.unsubscribeLink);
  await new MailRepository(tx).saveUnsubscribeTokens([
    { tokenHash: hashToken(token), subscriptionId: subscription.id, kind: 'docs_digest', createdAt: at, expiresAt: new Date(at.getTime() + unsubscribeLinkDays * 86_400_000) },
  ]);
  const unsubscribeUrl = `${settings.publicUrl}/api/v1/notifications/unsubscribe?token=${token}`;
  await enqueue(
    tx,
    {
      kind: 'docs_digest',
      recipient: subscription.email,
      locale: toLocale(subscription.locale),
      payload: { ...payload, changesPageUrl: docsChangesPageUrl(settings.publicUrl, subscription.locale), unsubscribeUrl },
    },
    { domain: settings.domain, at },
  );
}
