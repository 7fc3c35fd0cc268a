import { tokenPrefixes } from '../auth/tokens.js';
import type { AppContext } from '../context.js';
import { mailSettings, notifyMagicLink } from '../notifications/ticket-mail.js';
import { RateLimiter, type RateLimitRule } from '../rate-limit/limiter.js';
import { hashToken, newSecretToken } from '../shared/tokens.js';
import { TicketRepository, type TransactionClient } from './repository.js';

/**
 * Sends the link to the address, inside the transaction that stores it: the link exists if and only if its
 * e-mail is queued. The only way the token leaves the server (the outbox row holds it until then); it must never
 * be logged. Tests pass their own.
 */
export type DeliverAccessLink = (tx: TransactionClient, email: string, link: string) => Promise<void>;

export const accessLinkLimits = {
  perClient: { name: 'access-link:ip', limit: 10, windowSeconds: 3600 },
  perEmail: { name: 'access-link:email', limit: 3, windowSeconds: 3600 },
} satisfies Record<string, RateLimitRule>;

/** The real delivery: a `magic_link` e-mail in the outbox, which the dispatcher sends. */
export function outboxDelivery(context: AppContext): DeliverAccessLink {
  const settings = mailSettings(context.config);
  return async (tx, email, url) => {
    await notifyMagicLink(tx, settings, { email, url, expiresInMinutes: context.config.magicLinkTtlMinutes }, context.now());
    // Operators see that links are asked for; neither the address nor the link is logged.
    context.logger.debug('access link issued; e-mail queued');
  };
}

/** Counts a request against the limits: the same work whether or not the address has tickets. */
export async function admitAccessLinkRequest(context: AppContext, email: string, clientIp: string | undefined): Promise<void> {
  const limiter = new RateLimiter(context.prisma, context.now);
  if (clientIp) await limiter.hit(accessLinkLimits.perClient, clientIp);
  await limiter.hit(accessLinkLimits.perEmail, hashToken(email));
}

/**
 * "E-mail me links to my tickets". The caller learns nothing about whether the address has tickets: the route
 * answers once the request is admitted and leaves this to run after the answer (`context.background`), so
 * neither the answer nor its timing depends on what it finds. A link is only made (and sent) when there are
 * tickets.
 */
export async function requestAccessLink(
  context: AppContext,
  email: string,
  options: { clientIp?: string; deliver?: DeliverAccessLink } = {},
): Promise<void> {
  await admitAccessLinkRequest(context, email, options.clientIp);
  await issueAccessLink(context, email, options.deliver);
}

/** Makes and sends the link if the address has tickets; failures are logged, never thrown. */
export async function issueAccessLink(context: AppContext, email: string, deliverTo?: DeliverAccessLink): Promise<void> {
  const tickets = new TicketRepository(context.prisma);
  if (!(await tickets.hasTicketsFrom(email))) return;
  const token = newSecretToken(tokenPrefixes.magicLink);
  const at = context.now();
  const expiresAt = new Date(at.getTime() + context.config.magicLinkTtlMinutes * 60_000);
  // The fragment keeps the token out of server logs and Referer headers, as for tracking links.
  const link = `${context.config.publicUrl}/support/my-tickets#token=${token}`;
  const deliver = deliverTo ?? outboxDelivery(context);
  try {
    // Inside the callback only `tx` may be used: on PGlite the outer client waits for this transaction forever.
    await context.prisma.$transaction(async (tx) => {
      await tx.magicLink.create({ data: { email, tokenHash: hashToken(token), createdAt: at, expiresAt }, select: { id: true } });
      await deliver(tx, email, link);
    });
  } catch (error) {
    // A failure here must not answer differently from an address without tickets (and leaves no link behind).
    // The error's text is logged with any token cut out, in case the mailer quoted the message it failed on.
    const reason = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).replace(/hom_[A-Za-z0-9_-]*/g, '[redacted]');
    context.logger.error({ reason }, 'access link delivery failed');
  }
}
