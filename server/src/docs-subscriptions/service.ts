import { tokenPrefixes } from '../auth/tokens.js';
import type { TransactionClient } from '../db/transaction.js';
import { ProblemError } from '../http/errors.js';
import type { Logger } from '../logger.js';
import { queueDocsConfirmation, queueDocsDigest, type DocsMailSettings } from '../notifications/docs-mail.js';
import type { RateLimiter, RateLimitRule } from '../rate-limit/limiter.js';
import { startPeriodic } from '../shared/periodic.js';
import { hashToken, newSecretToken } from '../shared/tokens.js';
import { changesFor, docsSections, type DocsLedger } from './ledger.js';
import type { DocsSubscriptionRepository, DueSubscription } from './repository.js';
import type { SubscribeBody, SubscriptionConfirmed, SubscriptionSummary } from './schemas.js';

export const docsSubscribeLimits = {
  perClient: { name: 'docs-subscribe:ip', limit: 10, windowSeconds: 3600 },
  // Each request e-mails the address: three an hour is enough for a typo, too few to flood someone's inbox.
  perEmail: { name: 'docs-subscribe:email', limit: 3, windowSeconds: 3600 },
} satisfies Record<string, RateLimitRule>;

const periods = { daily: 86_400_000, weekly: 7 * 86_400_000 } as const;

export type DocsSubscriptionDeps = {
  subscriptions: DocsSubscriptionRepository;
  /** The ledger this server ships with, read once (docs-subscriptions/ledger.ts). */
  ledger: () => DocsLedger;
  mail: DocsMailSettings;
  limiter: RateLimiter;
  confirmTtlHours: number;
  logger: Logger;
  now: () => Date;
};

/**
 * Readers' subscriptions to docs sections: a request only e-mails a confirmation link (double opt-in; nothing else
 * is sent before it is followed), confirming starts the digests from the ledger's newest change, and the digest
 * run lists each change once per subscriber. Unsubscribing is the notifications' one-click link.
 */
export class DocsSubscriptionService {
  constructor(private readonly deps: DocsSubscriptionDeps) {}

  /** The answer is the same whether or not the address already subscribed. */
  async subscribe(request: SubscribeBody, clientIp: string | undefined): Promise<void> {
    const { limiter, subscriptions, mail, confirmTtlHours, now } = this.deps;
    if (clientIp) await limiter.hit(docsSubscribeLimits.perClient, clientIp);
    await limiter.hit(docsSubscribeLimits.perEmail, hashToken(request.email));
    const at = now();
    const token = newSecretToken(tokenPrefixes.docsSubscription);
    const sections = docsSections.filter((section) => request.sections.includes(section));
    await subscriptions.transaction(async (tx) => {
      await subscriptions.createPending(tx, {
        email: request.email,
        locale: request.locale,
        sections,
        frequency: request.frequency,
        confirmTokenHash: hashToken(token),
        confirmExpiresAt: new Date(at.getTime() + confirmTtlHours * 3_600_000),
      });
      await queueDocsConfirmation(tx, mail, request, { sections, frequency: request.frequency, expiresInHours: confirmTtlHours }, token, at);
    });
  }

  /** Follows the confirmation link: the digests start with the changes made after this moment. */
  async confirm(token: string): Promise<SubscriptionConfirmed> {
    const { subscriptions, now } = this.deps;
    const at = now();
    const last = this.deps.ledger().last;
    return subscriptions.transaction(async (tx: TransactionClient) => {
      const found = await subscriptions.findByConfirmToken(tx, hashToken(token));
      if (!found || found.status !== 'pending' || found.confirmExpiresAt <= at) {
        throw new ProblemError('link_expired', { detail: 'This confirmation link is not valid or has expired; subscribe again.' });
      }
      const frequency = found.frequency === 'daily' ? 'daily' : 'weekly';
      if (!(await subscriptions.activate(tx, found.id, found.email, found.locale, at, last, new Date(at.getTime() + periods[frequency])))) {
        throw new ProblemError('link_expired', { detail: 'This confirmation link was already used.' });
      }
      this.deps.logger.info({ sections: found.sections, frequency }, 'docs subscription confirmed');
      return { sections: found.sections as SubscriptionConfirmed['sections'], frequency, locale: found.locale === 'en' ? 'en' : 'zh-Hans' };
    });
  }

  async summary(): Promise<SubscriptionSummary> {
    const counts = await this.deps.subscriptions.counts();
    return {
      pending: counts.byStatus.pending ?? 0,
      active: counts.byStatus.active ?? 0,
      ended: counts.byStatus.ended ?? 0,
      bySection: Object.fromEntries(docsSections.map((section) => [section, counts.bySection[section] ?? 0])) as SubscriptionSummary['bySection'],
      byFrequency: { daily: counts.byFrequency.daily ?? 0, weekly: counts.byFrequency.weekly ?? 0 },
      ledgerChanges: this.deps.ledger().last,
    };
  }

  /** Drops subscriptions never confirmed before their link ran out. */
  pruneUnconfirmed(): Promise<number> {
    return this.deps.subscriptions.pruneUnconfirmed(this.deps.now());
  }

  /**
   * Queues every digest that is due, in batches. Each is a claim on the subscription's position, taken in the
   * transaction that queues the e-mail: of several replicas (or a run after a crash) one moves the position, so a
   * change is listed in exactly one digest. A subscriber with nothing new gets no e-mail; the next digest is due
   * one period on. Returns how many digests were queued.
   */
  async sendDueDigests(batchSize = 100): Promise<number> {
    const { subscriptions, now } = this.deps;
    const ledger = this.deps.ledger();
    const at = now();
    let queued = 0;
    const skipped = new Set<string>();
    for (;;) {
      const batch = (await subscriptions.due(at, ledger.last, batchSize + skipped.size)).filter((s) => !skipped.has(s.id));
      for (const subscription of batch) {
        const sent = await this.digest(subscription, ledger, at);
        if (sent === null) skipped.add(subscription.id);
        else if (sent) queued += 1;
      }
      if (batch.length < batchSize) break;
    }
    return queued;
  }

  /** One subscriber's digest: true when an e-mail was queued, false when nothing changed, null when another run took it. */
  private digest(subscription: DueSubscription, ledger: DocsLedger, at: Date): Promise<boolean | null> {
    const { subscriptions, mail } = this.deps;
    const frequency = subscription.frequency === 'daily' ? 'daily' : 'weekly';
    const period = periods[frequency];
    // Kept on its schedule; a server that was down for longer starts a fresh period from now.
    const following = subscription.nextDigestAt.getTime() + period;
    const next = new Date(following > at.getTime() ? following : at.getTime() + period);
    return subscriptions.transaction(async (tx) => {
      if (!(await subscriptions.claimDigest(tx, subscription, ledger.last, at, next))) return null;
      const changes = changesFor(ledger, subscription, ledger.last);
      if (changes.length === 0) return false;
      await queueDocsDigest(
        tx,
        mail,
        subscription,
        {
          frequency,
          sections: subscription.sections,
          changes: changes.map((change) => ({ title: change.title, url: `${mail.publicUrl}${change.permalink}`, section: change.section, date: change.date, kind: change.kind })),
        },
        at,
      );
      return true;
    });
  }
}

/** Runs the digests now and then every `intervalMs` (default ten minutes) until stopped (see startPeriodic). */
export function startDocsDigests(service: DocsSubscriptionService, logger: Logger, intervalMs = 10 * 60_000): () => Promise<void> {
  return startPeriodic(
    async () => {
      const queued = await service.sendDueDigests();
      if (queued > 0) logger.info({ queued }, 'docs digests queued');
    },
    intervalMs,
    (error) => logger.error({ err: error }, 'docs digest run failed'),
  );
}
