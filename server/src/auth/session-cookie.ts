import type { CookieOptions, Request, Response } from 'express';
import { parse as parseCookies, serialize } from 'cookie';
import type { Config } from '../config.js';
import { sessionCookie, traineeCookie, traineeCookiePath } from './tokens.js';

/**
 * The staff session cookie: unreadable by scripts (httpOnly), not sent on cross-site sub-requests (Lax), and
 * Secure whenever the public address is https, so the token never travels in clear over the internet.
 */
function cookieOptions(config: Pick<Config, 'publicUrl'>): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.publicUrl.startsWith('https:'), path: '/' };
}

export function setSessionCookie(res: Response, token: string, config: Pick<Config, 'publicUrl' | 'sessionTtlHours'>): void {
  res.cookie(sessionCookie, token, { ...cookieOptions(config), maxAge: config.sessionTtlHours * 3_600_000 });
}

export function clearSessionCookie(res: Response, config: Pick<Config, 'publicUrl'>): void {
  res.clearCookie(sessionCookie, cookieOptions(config));
}

export function presentedSessionToken(req: Request): string | undefined {
  return req.headers.cookie ? parseCookies(req.headers.cookie)[sessionCookie] : undefined;
}

/**
 * Sent with the 401 for a session that has ended, so the browser drops a cookie that can no longer work.
 * Secure is left out on purpose: a deletion needs only the name and path to match.
 */
export const expiredSessionCookie = serialize(sessionCookie, '', { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 0 });

/** The trainee's session cookie: like the staff one, but sent only to the trainee's own routes. */
export function setTraineeCookie(res: Response, token: string, config: Pick<Config, 'publicUrl'> & { training: { sessionTtlDays: number } }): void {
  res.cookie(traineeCookie, token, { ...cookieOptions(config), path: traineeCookiePath, maxAge: config.training.sessionTtlDays * 86_400_000 });
}

export function clearTraineeCookie(res: Response, config: Pick<Config, 'publicUrl'>): void {
  res.clearCookie(traineeCookie, { ...cookieOptions(config), path: traineeCookiePath });
}

export function presentedTraineeToken(req: Request): string | undefined {
  return req.headers.cookie ? parseCookies(req.headers.cookie)[traineeCookie] : undefined;
}

export const expiredTraineeCookie = serialize(traineeCookie, '', { httpOnly: true, sameSite: 'lax', path: traineeCookiePath, maxAge: 0 });
