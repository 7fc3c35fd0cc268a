import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { magicLinkGraceMs, pruneExpiredCredentials } from '../src/auth/cleanup.js';
import { CredentialRepository } from '../src/auth/repository.js';
import type { Database } from '../src/db/database.js';
import { hashToken, newSecretToken } from '../src/shared/tokens.js';
import { migratedDatabase } from './support/database.js';
import { createStaff } from './support/staff.js';

// The hourly clean-up of credentials that can no longer be used.

let database: { db: Database; close(): Promise<void> };
beforeAll(async () => {
  database = await migratedDatabase();
});
afterAll(async () => {
  await database?.close();
});

const now = new Date('2026-11-25T12:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);

describe('pruning expired credentials', () => {
  it('deletes expired sessions and keeps current ones', async () => {
    const prisma = database.db.prisma;
    const staff = await createStaff(prisma);
    const session = (expiresAt: Date) =>
      prisma.session.create({ data: { userId: staff.id, tokenHash: hashToken(newSecretToken()), csrfToken: 'x', expiresAt }, select: { id: true } });
    const expired = await session(at(-1));
    const current = await session(at(3_600_000));
    await pruneExpiredCredentials(new CredentialRepository(prisma), now);
    expect(await prisma.session.findUnique({ where: { id: expired.id } })).toBeNull();
    expect(await prisma.session.findUnique({ where: { id: current.id } })).not.toBeNull();
  });

  it('keeps a "my tickets" link a week past its expiry (so it answers link_expired), then deletes it', async () => {
    const prisma = database.db.prisma;
    const link = (expiresAt: Date) =>
      prisma.magicLink.create({ data: { email: 'someone@example.com', tokenHash: hashToken(newSecretToken()), expiresAt }, select: { id: true } });
    const recentlyExpired = await link(at(-magicLinkGraceMs + 60_000));
    const longExpired = await link(at(-magicLinkGraceMs - 60_000));
    const result = await pruneExpiredCredentials(new CredentialRepository(prisma), now);
    expect(result.magicLinks).toBe(1);
    expect(await prisma.magicLink.findUnique({ where: { id: longExpired.id } })).toBeNull();
    expect(await prisma.magicLink.findUnique({ where: { id: recentlyExpired.id } })).not.toBeNull();
  });
});
