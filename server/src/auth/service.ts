import { randomUUID } from 'node:crypto';
import { ProblemError } from '../http/errors.js';
import { hashToken, newSecretToken } from '../shared/tokens.js';
import type { StaffActor } from './actor.js';
import type { LoginThrottle } from './login-throttle.js';
import { hashPassword, needsRehash, verifyPassword } from './password.js';
import type { AccountRepository } from './repository.js';
import type { ChangePasswordBody, LoginBody, MeResponse, SignedInUser } from './schemas.js';

export type OpenedSession = { user: SignedInUser; sessionToken: string; csrfToken: string };

type StaffRow = { id: string; email: string; name: string; role: SignedInUser['role']; locale: string };

/** Locales are validated when written, so a stored one is one of ours. */
function signedInUser({ id, email, name, role, locale }: StaffRow): SignedInUser {
  return { id, email, name, role, locale: locale as SignedInUser['locale'] };
}

let dummyHash: Promise<string> | undefined;
/**
 * A hash to check unknown addresses against, so that "no such account" costs the same scrypt run as "wrong
 * password" and response times do not reveal who has an account. Made with today's parameters, once.
 */
export function dummyPasswordHash(): Promise<string> {
  return (dummyHash ??= hashPassword(randomUUID()));
}

/** Signing in and out, and changing one's own password. */
export class AuthService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly throttle: LoginThrottle,
    private readonly sessionTtlHours: number,
    private readonly now: () => Date,
  ) {}

  /**
   * Every refusal is the same `invalid_credentials`, whether the address is unknown, the password wrong or the
   * account deactivated, so the answer tells a guesser nothing. `replacing` is the session cookie the browser
   * already held: it is ended, so signing in again does not leave an orphaned session behind.
   */
  async login(credentials: LoginBody, client: { address: string; replacing?: string }): Promise<OpenedSession> {
    await this.throttle.beforeAttempt(client.address, credentials.email);
    const account = await this.accounts.findByEmail(credentials.email);
    const matches = await verifyPassword(credentials.password, account?.passwordHash ?? (await dummyPasswordHash()));
    if (!account || !matches || !account.active) throw new ProblemError('invalid_credentials');
    await this.throttle.afterSuccess(credentials.email);
    if (needsRehash(account.passwordHash)) await this.accounts.setPasswordHash(account.id, await hashPassword(credentials.password));
    if (client.replacing) await this.accounts.deleteSession({ tokenHash: hashToken(client.replacing) });
    return { user: signedInUser(account), ...(await this.openSession(account.id)) };
  }

  async logout(actor: StaffActor): Promise<void> {
    if (actor.sessionId) await this.accounts.deleteSession({ id: actor.sessionId });
  }

  /** A member's own language: their e-mails are written in it and their e-mailed links open it. */
  async updateMe(actor: StaffActor, change: { locale: 'zh-Hans' | 'en' }): Promise<MeResponse> {
    const user = await this.accounts.setLocale(actor.userId, change.locale);
    return this.me({ ...actor, locale: user.locale });
  }

  async me(actor: StaffActor): Promise<MeResponse> {
    const user = signedInUser({ id: actor.userId, email: actor.email, name: actor.name, role: actor.role, locale: actor.locale });
    const session = actor.sessionId ? await this.accounts.findSessionCsrfToken(actor.sessionId) : null;
    return session ? { user, csrfToken: session.csrfToken } : { user };
  }

  /**
   * Ends every other session of the user, so a password changed because it leaked also signs the thief out.
   * API tokens stay: they are listed and revoked one by one. Wrong current passwords count towards the same
   * lock-out as failed sign-ins, or a stolen session could be used to guess the password without limit.
   */
  async changePassword(actor: StaffActor, change: ChangePasswordBody, client: { address: string }): Promise<void> {
    await this.throttle.beforeAttempt(client.address, actor.email);
    const account = await this.accounts.findById(actor.userId);
    if (!account || !(await verifyPassword(change.currentPassword, account.passwordHash))) {
      throw new ProblemError('validation_failed', {
        errors: [{ field: 'currentPassword', code: 'incorrect', message: 'The current password is not correct.' }],
      });
    }
    await this.throttle.afterSuccess(actor.email);
    await this.accounts.setPasswordHash(actor.userId, await hashPassword(change.newPassword));
    await this.accounts.deleteSessionsOf(actor.userId, actor.sessionId);
  }

  private async openSession(userId: string): Promise<{ sessionToken: string; csrfToken: string }> {
    const at = this.now();
    const sessionToken = newSecretToken();
    const csrfToken = newSecretToken();
    const expiresAt = new Date(at.getTime() + this.sessionTtlHours * 3_600_000);
    await this.accounts.createSession({ userId, tokenHash: hashToken(sessionToken), csrfToken, at, expiresAt });
    return { sessionToken, csrfToken };
  }
}
