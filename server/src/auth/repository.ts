import type { PrismaClient } from '../db/database.js';

const staffFields = { id: true, email: true, name: true, role: true, locale: true, active: true } as const;

/** The lookups that turn a presented secret (by its hash) into an actor. */
export class CredentialRepository {
  constructor(private readonly prisma: PrismaClient) {}

  findSession(tokenHash: string) {
    return this.prisma.session.findUnique({
      where: { tokenHash },
      select: { id: true, csrfToken: true, expiresAt: true, lastSeenAt: true, user: { select: staffFields } },
    });
  }

  touchSession(id: string, lastSeenAt: Date, expiresAt: Date) {
    return this.prisma.session.updateMany({ where: { id }, data: { lastSeenAt, expiresAt } });
  }

  findApiToken(tokenHash: string) {
    return this.prisma.apiToken.findUnique({
      where: { tokenHash },
      select: { id: true, expiresAt: true, revokedAt: true, lastUsedAt: true, user: { select: staffFields } },
    });
  }

  touchApiToken(id: string, lastUsedAt: Date) {
    return this.prisma.apiToken.updateMany({ where: { id }, data: { lastUsedAt } });
  }

  findTrackingLink(tokenHash: string) {
    return this.prisma.ticketAccessToken.findUnique({
      where: { tokenHash },
      select: { ticketId: true, expiresAt: true, revokedAt: true },
    });
  }

  findMagicLink(tokenHash: string) {
    return this.prisma.magicLink.findUnique({ where: { tokenHash }, select: { email: true, expiresAt: true } });
  }
}
