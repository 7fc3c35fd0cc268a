import type { CredentialRepository } from './repository.js';

const dayMs = 86_400_000;

/**
 * A "my tickets" link is kept a week past its expiry, so that someone opening an old e-mail is told the link
 * expired (and asks for a new one) rather than that it never existed. Then it goes.
 */
export const magicLinkGraceMs = 7 * dayMs;

/**
 * Deletes sessions (staff and trainee) that have expired, and "my tickets" and trainee sign-in links a week past expiry: neither can be used again, and
 * left alone they would pile up for ever. Tracking links and API tokens stay (they are listed or expire with
 * their ticket). Safe on several replicas at once.
 */
export function pruneExpiredCredentials(credentials: CredentialRepository, now: Date): Promise<{ sessions: number; magicLinks: number }> {
  return credentials.pruneExpired(now, new Date(now.getTime() - magicLinkGraceMs));
}
