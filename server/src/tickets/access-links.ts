import { tokenPrefixes } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { TransactionClient } from '../db/transaction.js';
import type { Logger } from '../logger.js';
import type { RateLimiter, RateLimitRule } from '../rate-limit/limiter.js';
import { hashToken, newSecretToken } from '../shared/tokens.js';
import type { AccessLinkRepository } from './access-link-repository.js';
import { myTicketsUrl } from './links.js';
import type { TicketRepository } from './repository.js';

/**
 * Sends the link to the address, inside the transaction that stores it: the link exists if and only if its
 * e-mail is queued. The only way the token leaves the server (the outbox row holds it until then); it must never
 * be logged. The composition root passes the outbox's; tests pass their own.
 */
export type DeliverAccessLink = (tx: TransactionClient, email: string, link: string) => Promise<void>;

export const accessLinkLimits = {
  perClient: { name: 'access-link:ip', limit: 10, windowSeconds: 3600 },
  perEmail: { name: 'access-link:email', limit: 3, windowSeconds: 3600 },
} satisfies Record<string, RateLimitRule>;

export type AccessLinkDeps = {
  config: Pick<Config, 'publicUrl' | 'magicLinkTtlMinutes'>;
  tickets: TicketRepository;
  links: AccessLinkRepository;
  limiter: RateLimiter;
  deliver: DeliverAccessLink;
  logger: Logger;
  now: () => Date;
};

/** Counts a request against the limits: the same work whether or not the address has tickets. */
export async function admitAccessLinkRequest(deps: Pick<AccessLinkDeps, 'limiter'>, email: string, clientIp: string | undefined): Promise<void> {
  if (clientIp) await deps.limiter.hit(accessLinkLimits.perClient, clientIp);
  await deps.limiter.hit(accessLinkLimits.perEmail, hashToken(email));
}

/**
 * "E-mail me links to my tickets". The caller learns nothing about whether the address has tickets: the route
 * answers once the request is admitted and leaves this to run after the answer (background work), so neither
 * the answer nor its timing depends on what it finds. A link is only made (and sent) when there are tickets.
 */
export async function requestAccessLink(deps: AccessLinkDeps, email: string, options: { clientIp?: string; deliver?: DeliverAccessLink } = {}): Promise<void> {
  await admitAccessLinkRequest(deps, email, options.clientIp);
  await issueAccessLink(options.deliver ? { ...deps, deliver: options.deliver } : deps, email);
}

/** Makes and sends the link if the address has tickets; failures are logged, never thrown. */
export async function issueAccessLink(deps: AccessLinkDeps, email: string): Promise<void> {
  if (!(await deps.tickets.hasTicketsFrom(email))) return;
  const token = newSecretToken(tokenPrefixes.magicLink);
  const at = deps.now();
  const expiresAt = new Date(at.getTime() + deps.config.magicLinkTtlMinutes * 60_000);
  const link = myTicketsUrl(deps.config.publicUrl, token);
  try {
    await deps.links.issue({ email, tokenHash: hashToken(token), at, expiresAt }, (tx) => deps.deliver(tx, email, link));
  } catch (error) {
    // A failure here must not answer differently from an address without tickets (and leaves no link behind).
    // The error's text is logged with any token cut out, in case the mailer quoted the message it failed on.
    const reason = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).replace(/hom_[A-Za-z0-9_-]*/g, '[redacted]');
    deps.logger.error({ reason }, 'access link delivery failed');
  }
}
