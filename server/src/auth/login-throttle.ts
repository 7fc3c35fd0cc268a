import type { RateLimiter, RateLimitRule } from '../rate-limit/limiter.js';
import { hashToken } from '../shared/tokens.js';

/** Every attempt from one address counts: it slows one machine trying many accounts. */
export const loginPerAddress: RateLimitRule = { name: 'login-ip', limit: 20, windowSeconds: 15 * 60 };

/**
 * Failures against one account, in two tiers so that the wait grows: 5 in a quarter of an hour, then 10 in an
 * hour. That caps guessing at 10 passwords an hour per account however many addresses an attacker has, while a
 * colleague who mistypes is locked out for minutes, not a day (there is no unlock button).
 */
export const loginPerAccount: RateLimitRule[] = [
  { name: 'login-account', limit: 5, windowSeconds: 15 * 60 },
  { name: 'login-account-hour', limit: 10, windowSeconds: 60 * 60 },
];

/**
 * Counts sign-in attempts before the password is checked, so a locked account answers 429 even to the right
 * password. Each attempt is counted against the account up front and a success forgets them all, which amounts
 * to counting failures only. Unknown addresses are counted alike, so a 429 says nothing about which accounts exist.
 */
export class LoginThrottle {
  constructor(private readonly limiter: RateLimiter) {}

  async beforeAttempt(address: string, email: string): Promise<void> {
    await this.limiter.hit(loginPerAddress, address);
    for (const rule of loginPerAccount) await this.limiter.hit(rule, accountKey(email));
  }

  async afterSuccess(email: string): Promise<void> {
    for (const rule of loginPerAccount) await this.limiter.reset(rule, accountKey(email));
  }
}

/** Hashed so the rate-limit table holds no address (nor a password typed into the e-mail field). */
function accountKey(email: string): string {
  return hashToken(email.toLowerCase());
}
