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

  findTraineeSession(tokenHash: string) {
    return this.prisma.traineeSession.findUnique({
      where: { tokenHash },
      select: {
        id: true,
        csrfToken: true,
        expiresAt: true,
        lastSeenAt: true,
        trainee: { select: { id: true, cohortId: true, email: true, name: true, track: true, locale: true, invitedAt: true, removedAt: true } },
      },
    });
  }

  touchTraineeSession(id: string, lastSeenAt: Date, expiresAt: Date) {
    return this.prisma.traineeSession.updateMany({ where: { id }, data: { lastSeenAt, expiresAt } });
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

  /**
   * Deletes sessions (staff and trainee) past their expiry, and magic links and trainee sign-in links that expired
   * before `linksBefore`.
   */
  async pruneExpired(now: Date, linksBefore: Date): Promise<{ sessions: number; magicLinks: number }> {
    const sessions = await this.prisma.session.deleteMany({ where: { expiresAt: { lte: now } } });
    const traineeSessions = await this.prisma.traineeSession.deleteMany({ where: { expiresAt: { lte: now } } });
    const magicLinks = await this.prisma.magicLink.deleteMany({ where: { expiresAt: { lte: linksBefore } } });
    const traineeLinks = await this.prisma.traineeSignInLink.deleteMany({ where: { expiresAt: { lte: linksBefore } } });
    return { sessions: sessions.count + traineeSessions.count, magicLinks: magicLinks.count + traineeLinks.count };
  }
}

const signedInFields = { id: true, email: true, name: true, role: true, locale: true } as const;
const apiTokenFields = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true } as const;

/** Passwords and sessions: what signing in, out, and changing a password read and write. */
export class AccountRepository {
  constructor(private readonly prisma: PrismaClient) {}

  findByEmail(email: string) {
    return this.prisma.user.findUnique({ where: { email }, select: { ...signedInFields, active: true, passwordHash: true } });
  }

  findById(id: string) {
    return this.prisma.user.findUnique({ where: { id }, select: { ...signedInFields, passwordHash: true } });
  }

  setLocale(userId: string, locale: string) {
    return this.prisma.user.update({ where: { id: userId }, data: { locale }, select: signedInFields });
  }

  setPasswordHash(userId: string, passwordHash: string) {
    return this.prisma.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } });
  }

  createSession(session: { userId: string; tokenHash: string; csrfToken: string; at: Date; expiresAt: Date }) {
    const { at, ...data } = session;
    return this.prisma.session.create({ data: { ...data, createdAt: at, lastSeenAt: at }, select: { id: true } });
  }

  findSessionCsrfToken(id: string) {
    return this.prisma.session.findUnique({ where: { id }, select: { csrfToken: true } });
  }

  deleteSession(where: { id: string } | { tokenHash: string }) {
    return this.prisma.session.deleteMany({ where });
  }

  /** Every session of the user but `keepId` (the one making the request, if any). */
  deleteSessionsOf(userId: string, keepId?: string) {
    return this.prisma.session.deleteMany({ where: { userId, ...(keepId ? { id: { not: keepId } } : {}) } });
  }
}

/** A staff member's personal API tokens. Lists never include the hash. */
export class ApiTokenRepository {
  constructor(private readonly prisma: PrismaClient) {}

  listOf(userId: string) {
    return this.prisma.apiToken.findMany({ where: { userId }, select: apiTokenFields, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] });
  }

  create(token: { userId: string; name: string; tokenHash: string; prefix: string; createdAt: Date; expiresAt: Date | null }) {
    return this.prisma.apiToken.create({ data: token, select: apiTokenFields });
  }

  /** Revokes one of the user's own tokens; counts 0 when the id is not theirs. Revoking twice keeps the first date. */
  async revoke(userId: string, id: string, at: Date): Promise<number> {
    const owned = await this.prisma.apiToken.count({ where: { id, userId } });
    if (owned) await this.prisma.apiToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: at } });
    return owned;
  }
}
