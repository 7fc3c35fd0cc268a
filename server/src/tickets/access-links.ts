import { tokenPrefixes } from '../auth/tokens.js';
import type { AppContext } from '../context.js';
import type { Logger } from '../logger.js';
import { RateLimiter, type RateLimitRule } from '../rate-limit/limiter.js';
import { hashToken, newSecretToken } from '../shared/tokens.js';
import { TicketRepository } from './repository.js';

/** Sends the link to the address. The only place the token leaves the server; it must never be logged. */
export type DeliverAccessLink = (email: string, link: string) => Promise<void>;

export const accessLinkLimits = {
  perClient: { name: 'access-link:ip', limit: 10, windowSeconds: 3600 },
  perEmail: { name: 'access-link:email', limit: 3, windowSeconds: 3600 },
} satisfies Record<string, RateLimitRule>;

/** Until e-mail delivery exists, an operator can at least see that links are being asked for. */
export function logOnlyDelivery(logger: Logger): DeliverAccessLink {
  return async () => {
    logger.debug('access link issued; e-mail delivery is not configured, so it was not sent');
  };
}

/**
 * "E-mail me links to my tickets". The caller learns nothing about whether the address has tickets: the answer
 * and its failure modes are the same for both, and a link is only made (and sent) when there are tickets.
 */
export async function requestAccessLink(
  context: AppContext,
  email: string,
  options: { clientIp?: string; deliver?: DeliverAccessLink } = {},
): Promise<void> {
  const limiter = new RateLimiter(context.prisma, context.now);
  if (options.clientIp) await limiter.hit(accessLinkLimits.perClient, options.clientIp);
  await limiter.hit(accessLinkLimits.perEmail, hashToken(email));

  const tickets = new TicketRepository(context.prisma);
  if (!(await tickets.hasTicketsFrom(email))) return;
  const token = newSecretToken(tokenPrefixes.magicLink);
  const at = context.now();
  await tickets.createMagicLink(email, hashToken(token), at, new Date(at.getTime() + context.config.magicLinkTtlMinutes * 60_000));
  const deliver = options.deliver ?? logOnlyDelivery(context.logger);
  try {
    // The fragment keeps the token out of server logs and Referer headers, as for tracking links.
    await deliver(email, `${context.config.publicUrl}/support/my-tickets#token=${token}`);
  } catch (error) {
    // A failure here must not answer differently from an address without tickets. The error's text is logged
    // with any token cut out, in case the mailer quoted the message it failed to send.
    const reason = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).replace(/hom_[A-Za-z0-9_-]*/g, '[redacted]');
    context.logger.error({ reason }, 'access link delivery failed');
  }
}
