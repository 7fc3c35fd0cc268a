import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../src/db/database.js';
import { csrfHeader, sessionCookie, tokenPrefixes } from '../../src/auth/tokens.js';
import { hashToken, newSecretToken } from '../../src/shared/tokens.js';

export type TestStaff = { id: string; email: string; name: string; role: 'agent' | 'admin'; token: string; bearer: string };

/**
 * A staff member with a personal API token, written straight to the database so that feature tests do not depend
 * on the login flow. `active: false` gives a deactivated account whose token must no longer work.
 */
export async function createStaff(
  prisma: PrismaClient,
  options: { role?: 'agent' | 'admin'; active?: boolean; name?: string; locale?: string } = {},
): Promise<TestStaff> {
  const email = `staff-${randomUUID().slice(0, 8)}@example.com`;
  const user = await prisma.user.create({
    data: {
      email,
      name: options.name ?? `Staff ${email.slice(6, 10)}`,
      role: options.role ?? 'agent',
      active: options.active ?? true,
      locale: options.locale ?? 'en',
      passwordHash: 'scrypt$1$1$1$invalid$invalid', // cannot log in with a password
    },
  });
  const token = newSecretToken(tokenPrefixes.apiToken);
  await prisma.apiToken.create({ data: { userId: user.id, name: 'test', tokenHash: hashToken(token), prefix: token.slice(0, 8) } });
  return { id: user.id, email, name: user.name, role: user.role, token, bearer: `Bearer ${token}` };
}

/** Headers of a signed-in console session for `staff` (cookie and CSRF token), written straight to the database. */
export async function createSession(prisma: PrismaClient, staff: { id: string }): Promise<Record<string, string>> {
  const token = newSecretToken();
  const csrfToken = newSecretToken();
  await prisma.session.create({
    data: { userId: staff.id, tokenHash: hashToken(token), csrfToken, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  return { Cookie: `${sessionCookie}=${token}`, [csrfHeader]: csrfToken };
}
