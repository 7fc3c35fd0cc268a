import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Secrets that travel in links, cookies and Authorization headers: 32 random bytes (256 bits), base64url.
 * Only their SHA-256 is stored, so a copy of the database opens no ticket and no session. A fast hash is right
 * here (unlike passwords): the input already has full entropy, and lookups by hash must be indexable.
 */
export function newSecretToken(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
