import type { RequestHandler } from 'express';
import { ProblemError } from '../http/errors.js';
import { hashToken, sameSecret } from '../shared/tokens.js';
import type { Actor } from './actor.js';
import type { CredentialRepository } from './repository.js';
import { expiredSessionCookie, expiredTraineeCookie, presentedSessionToken, presentedTraineeToken } from './session-cookie.js';
import { csrfHeader, tokenPrefixes } from './tokens.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Refreshing `last_seen_at` on every request would write on every read; once a minute is plenty. */
const touchIntervalMs = 60_000;

type Options = { credentials: CredentialRepository; sessionTtlHours: number; traineeSessionTtlDays: number; now?: () => Date };

/**
 * Sets `req.actor` from, in order: an `Authorization: Bearer` token (API token, tracking link or magic link by
 * its prefix), the staff session cookie, or nobody. A presented credential that is unknown, expired, revoked or
 * belongs to a deactivated account is refused outright rather than downgraded to anonymous, so a client
 * learns at once that its credential stopped working.
 */
export function resolveActor({ credentials, sessionTtlHours, traineeSessionTtlDays, now = () => new Date() }: Options): RequestHandler {
  const fromBearer = async (token: string, at: Date): Promise<Actor> => {
    const hash = hashToken(token);
    if (token.startsWith(tokenPrefixes.apiToken)) {
      const row = await credentials.findApiToken(hash);
      if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= at)) throw new ProblemError('unauthenticated');
      if (!row.user.active) throw new ProblemError('unauthenticated', { detail: 'This account is deactivated.' });
      if (!row.lastUsedAt || at.getTime() - row.lastUsedAt.getTime() > touchIntervalMs) {
        await credentials.touchApiToken(row.id, at);
      }
      const { user } = row;
      return { kind: 'staff', userId: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, via: 'token' };
    }
    if (token.startsWith(tokenPrefixes.trackingLink)) {
      const row = await credentials.findTrackingLink(hash);
      if (!row || row.revokedAt) throw new ProblemError('unauthenticated');
      if (row.expiresAt && row.expiresAt <= at) throw new ProblemError('link_expired');
      return { kind: 'ticket-link', ticketId: row.ticketId };
    }
    if (token.startsWith(tokenPrefixes.magicLink)) {
      const row = await credentials.findMagicLink(hash);
      if (!row) throw new ProblemError('unauthenticated');
      if (row.expiresAt <= at) throw new ProblemError('link_expired');
      return { kind: 'requester', email: row.email };
    }
    throw new ProblemError('unauthenticated');
  };

  const fromSession = async (token: string, method: string, csrf: string | undefined, at: Date): Promise<Actor> => {
    const row = await credentials.findSession(hashToken(token));
    // The cookie is cleared with the refusal: a browser holding a dead one would otherwise be refused on every call.
    const headers = { 'Set-Cookie': expiredSessionCookie };
    if (!row || row.expiresAt <= at) {
      throw new ProblemError('unauthenticated', { detail: 'The session has ended; sign in again.', headers });
    }
    if (!row.user.active) throw new ProblemError('unauthenticated', { detail: 'This account is deactivated.', headers });
    if (!safeMethods.has(method) && !(csrf && sameSecret(csrf, row.csrfToken))) throw new ProblemError('csrf_failed');
    if (at.getTime() - row.lastSeenAt.getTime() > touchIntervalMs) {
      await credentials.touchSession(row.id, at, new Date(at.getTime() + sessionTtlHours * 3_600_000));
    }
    const { user } = row;
    return {
      kind: 'staff',
      userId: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      locale: user.locale,
      via: 'session',
      sessionId: row.id,
    };
  };

  // The trainee cookie's path sends it only to the trainee's own routes, where it wins over a staff cookie the same
  // browser may hold (a trainee practising the console signs in there with a staff account of the same address).
  const fromTraineeSession = async (token: string, method: string, csrf: string | undefined, at: Date): Promise<Actor> => {
    const row = await credentials.findTraineeSession(hashToken(token));
    const headers = { 'Set-Cookie': expiredTraineeCookie };
    if (!row || row.expiresAt <= at || row.trainee.removedAt) {
      throw new ProblemError('unauthenticated', { detail: 'The training session has ended; sign in again.', headers });
    }
    if (!safeMethods.has(method) && !(csrf && sameSecret(csrf, row.csrfToken))) throw new ProblemError('csrf_failed');
    if (at.getTime() - row.lastSeenAt.getTime() > touchIntervalMs) {
      await credentials.touchTraineeSession(row.id, at, new Date(at.getTime() + traineeSessionTtlDays * 86_400_000));
    }
    const { trainee } = row;
    return {
      kind: 'trainee',
      traineeId: trainee.id,
      cohortId: trainee.cohortId,
      email: trainee.email,
      name: trainee.name,
      track: trainee.track,
      locale: trainee.locale,
      invitedAt: trainee.invitedAt,
      sessionId: row.id,
    };
  };

  return async (req, _res, next) => {
    const at = now();
    const authorization = req.get('authorization');
    if (authorization) {
      const [scheme, token] = authorization.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !token) throw new ProblemError('unauthenticated', { detail: 'Use Authorization: Bearer <token>.' });
      req.actor = await fromBearer(token, at);
      return next();
    }
    const traineeSession = presentedTraineeToken(req);
    if (traineeSession) {
      req.actor = await fromTraineeSession(traineeSession, req.method, req.get(csrfHeader), at);
      return next();
    }
    const session = presentedSessionToken(req);
    req.actor = session ? await fromSession(session, req.method, req.get(csrfHeader), at) : { kind: 'anonymous' };
    next();
  };
}
