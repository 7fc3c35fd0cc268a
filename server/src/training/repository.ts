import type { PrismaClient } from '../db/database.js';
import type { Prisma } from '../db/generated/client.js';
import { inTransaction, type TransactionClient } from '../db/transaction.js';
import { calendarRowSelect, type CalendarRow } from '../sla/calendar-records.js';
import type { Track } from './curriculum.js';

const cohortSelect = {
  id: true,
  name: true,
  startsOn: true,
  leadId: true,
  lead: { select: { id: true, name: true } },
  calendarId: true,
  version: true,
  createdAt: true,
  _count: { select: { trainees: { where: { removedAt: null } } } },
} as const;
export type CohortRow = Prisma.TrainingCohortGetPayload<{ select: typeof cohortSelect }>;

const traineeSelect = {
  id: true,
  cohortId: true,
  email: true,
  name: true,
  track: true,
  locale: true,
  invitedAt: true,
  joinedAt: true,
  removedAt: true,
  version: true,
} as const;
export type TraineeRow = Prisma.TraineeGetPayload<{ select: typeof traineeSelect }>;

const completionSelect = {
  traineeId: true,
  itemId: true,
  contentHash: true,
  status: true,
  evidence: true,
  score: true,
  completedAt: true,
  signedOffBy: { select: { name: true } },
  signedOffAt: true,
  changeNotifiedHash: true,
} as const;
export type CompletionRow = Prisma.TrainingCompletionGetPayload<{ select: typeof completionSelect }>;

export type NewCompletion = {
  traineeId: string;
  itemId: string;
  contentHash: string;
  /** `signed_off` only when an item already signed off is done again after its lesson changed: the sign-off stays. */
  status: 'done' | 'awaiting_sign_off' | 'signed_off';
  evidence: Prisma.InputJsonValue | null;
  score: number | null;
  completedAt: Date;
};

/** Cohorts, trainees, their sign-in links and sessions, completions and quiz attempts. */
export class TrainingRepository {
  constructor(private readonly prisma: PrismaClient) {}

  listCohorts(leadId?: string): Promise<CohortRow[]> {
    return this.prisma.trainingCohort.findMany({ where: leadId ? { leadId } : {}, select: cohortSelect, orderBy: [{ startsOn: 'desc' }, { name: 'asc' }] });
  }

  findCohort(id: string): Promise<CohortRow | null> {
    return this.prisma.trainingCohort.findUnique({ where: { id }, select: cohortSelect });
  }

  createCohort(data: { name: string; startsOn: Date; leadId: string | null; calendarId: string }): Promise<CohortRow> {
    return this.prisma.trainingCohort.create({ data, select: cohortSelect });
  }

  /** Applies the change if the cohort is still at `version`; null when it is not (or is gone). */
  async updateCohort(id: string, version: number, data: { name?: string; startsOn?: Date; leadId?: string | null; calendarId?: string }): Promise<CohortRow | null> {
    const { count } = await this.prisma.trainingCohort.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    return count === 1 ? this.findCohort(id) : null;
  }

  staffExists(id: string): Promise<boolean> {
    return this.prisma.user.count({ where: { id, active: true } }).then((n) => n > 0);
  }

  calendarExists(id: string): Promise<boolean> {
    return this.prisma.slaCalendar.count({ where: { id } }).then((n) => n > 0);
  }

  calendar(id: string): Promise<CalendarRow | null> {
    return this.prisma.slaCalendar.findUnique({ where: { id }, select: calendarRowSelect });
  }

  traineesOf(cohortId: string): Promise<TraineeRow[]> {
    return this.prisma.trainee.findMany({ where: { cohortId }, select: traineeSelect, orderBy: [{ removedAt: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }] });
  }

  findTrainee(id: string): Promise<TraineeRow | null> {
    return this.prisma.trainee.findUnique({ where: { id }, select: traineeSelect });
  }

  findTraineeByEmail(email: string): Promise<TraineeRow | null> {
    return this.prisma.trainee.findUnique({ where: { email }, select: traineeSelect });
  }

  /** Stores the trainee and their first sign-in link, and runs `deliver` in the same transaction. */
  inviteTrainee(
    data: { cohortId: string; email: string; name: string; track: Track; locale: string; invitedById: string; invitedAt: Date },
    link: { tokenHash: string; expiresAt: Date },
    deliver: (tx: TransactionClient, trainee: TraineeRow) => Promise<void>,
  ): Promise<TraineeRow> {
    return inTransaction(this.prisma, async (tx) => {
      const trainee = await tx.trainee.create({ data, select: traineeSelect });
      await tx.traineeSignInLink.create({ data: { traineeId: trainee.id, tokenHash: link.tokenHash, createdAt: data.invitedAt, expiresAt: link.expiresAt }, select: { id: true } });
      await deliver(tx, trainee);
      return trainee;
    });
  }

  /** A new sign-in link for a trainee, stored if and only if `deliver` queued its e-mail. */
  issueSignInLink(traineeId: string, link: { tokenHash: string; at: Date; expiresAt: Date }, deliver: (tx: TransactionClient) => Promise<void>): Promise<void> {
    return inTransaction(this.prisma, async (tx) => {
      await tx.traineeSignInLink.create({ data: { traineeId, tokenHash: link.tokenHash, createdAt: link.at, expiresAt: link.expiresAt }, select: { id: true } });
      await deliver(tx);
    });
  }

  async updateTrainee(id: string, version: number, data: { name?: string; track?: Track; removedAt?: Date | null }): Promise<TraineeRow | null> {
    return inTransaction(this.prisma, async (tx) => {
      const { count } = await tx.trainee.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
      if (count !== 1) return null;
      // A removed trainee is signed out everywhere at once, and their unused links stop working.
      if (data.removedAt) {
        await tx.traineeSession.deleteMany({ where: { traineeId: id } });
        await tx.traineeSignInLink.deleteMany({ where: { traineeId: id, usedAt: null } });
      }
      return tx.trainee.findUnique({ where: { id }, select: traineeSelect });
    });
  }

  /**
   * Uses a sign-in link once: marks it used and opens a session in one transaction. Null when the link is unknown,
   * used, expired, or its trainee removed — the caller says which by `linkState`.
   */
  consumeSignInLink(tokenHash: string, at: Date, session: { tokenHash: string; csrfToken: string; expiresAt: Date }): Promise<TraineeRow | null> {
    return inTransaction(this.prisma, async (tx) => {
      const link = await tx.traineeSignInLink.findUnique({ where: { tokenHash }, select: { id: true, traineeId: true, trainee: { select: { removedAt: true } } } });
      if (!link || link.trainee.removedAt) return null;
      const { count } = await tx.traineeSignInLink.updateMany({ where: { id: link.id, usedAt: null, expiresAt: { gt: at } }, data: { usedAt: at } });
      if (count !== 1) return null;
      await tx.traineeSession.create({ data: { traineeId: link.traineeId, ...session, createdAt: at, lastSeenAt: at }, select: { id: true } });
      await tx.trainee.updateMany({ where: { id: link.traineeId, joinedAt: null }, data: { joinedAt: at } });
      return tx.trainee.findUnique({ where: { id: link.traineeId }, select: traineeSelect });
    });
  }

  /** Why a link did not work: `expired` (or used) to say so; `unknown` for anything else. */
  async linkState(tokenHash: string): Promise<'expired' | 'unknown'> {
    const link = await this.prisma.traineeSignInLink.findUnique({ where: { tokenHash }, select: { trainee: { select: { removedAt: true } } } });
    return link && !link.trainee.removedAt ? 'expired' : 'unknown';
  }

  findSession(tokenHash: string) {
    return this.prisma.traineeSession.findUnique({
      where: { tokenHash },
      select: { id: true, csrfToken: true, expiresAt: true, lastSeenAt: true, trainee: { select: { ...traineeSelect, removedAt: true } } },
    });
  }

  async touchSession(id: string, at: Date, expiresAt: Date): Promise<void> {
    await this.prisma.traineeSession.updateMany({ where: { id }, data: { lastSeenAt: at, expiresAt } });
  }

  async endSession(id: string): Promise<void> {
    await this.prisma.traineeSession.deleteMany({ where: { id } });
  }

  sessionCsrf(id: string): Promise<string | null> {
    return this.prisma.traineeSession.findUnique({ where: { id }, select: { csrfToken: true } }).then((row) => row?.csrfToken ?? null);
  }

  completionsOf(traineeIds: string[]): Promise<CompletionRow[]> {
    return this.prisma.trainingCompletion.findMany({ where: { traineeId: { in: traineeIds } }, select: completionSelect });
  }

  findCompletion(traineeId: string, itemId: string): Promise<CompletionRow | null> {
    return this.prisma.trainingCompletion.findUnique({ where: { traineeId_itemId: { traineeId, itemId } }, select: completionSelect });
  }

  /** Records (or renews, after a lesson changed) a completion; a signed-off one keeps its sign-off. */
  saveCompletion(row: NewCompletion): Promise<CompletionRow> {
    const data = { contentHash: row.contentHash, status: row.status, evidence: row.evidence ?? undefined, score: row.score, completedAt: row.completedAt, changeNotifiedHash: null };
    return this.prisma.trainingCompletion.upsert({
      where: { traineeId_itemId: { traineeId: row.traineeId, itemId: row.itemId } },
      create: { traineeId: row.traineeId, itemId: row.itemId, ...data },
      update: data,
      select: completionSelect,
    });
  }

  async signOff(traineeId: string, itemId: string, by: string, at: Date): Promise<CompletionRow | null> {
    const { count } = await this.prisma.trainingCompletion.updateMany({
      where: { traineeId, itemId, status: 'awaiting_sign_off' },
      data: { status: 'signed_off', signedOffById: by, signedOffAt: at },
    });
    return count === 1 ? this.findCompletion(traineeId, itemId) : null;
  }

  async recordAttempt(row: { traineeId: string; quizId: string; contentHash: string; answers: Record<string, string>; correct: number; total: number; passed: boolean; at: Date }): Promise<void> {
    const { at, ...data } = row;
    await this.prisma.trainingQuizAttempt.create({ data: { ...data, submittedAt: at }, select: { id: true } });
  }

  /** The newest ticket filed from `email` since `since` that matches, for a "file a ticket" exercise. */
  async ticketFiledBy(email: string, since: Date, match: { priority?: 'P1' | 'P2' | 'P3' | 'P4'; attachment: boolean }): Promise<{ number: number; priority: string } | null> {
    return this.prisma.ticket.findFirst({
      where: {
        requesterEmail: email,
        createdAt: { gte: since },
        ...(match.priority ? { priority: match.priority } : {}),
        ...(match.attachment ? { attachments: { some: {} } } : {}),
      },
      orderBy: { createdAt: 'desc' },
      select: { number: true, priority: true },
    });
  }

  /** A ticket a staff account of this address set to `pending` with a public reply in the same change, since `since`. */
  async pendingReplyBy(email: string, since: Date): Promise<{ number: number } | null> {
    const events = await this.prisma.ticketEvent.findMany({
      where: { type: 'status_changed', createdAt: { gte: since }, actorUser: { email }, after: { path: ['status'], equals: 'pending' } },
      orderBy: { createdAt: 'desc' },
      take: 20,
      select: { ticketId: true, actorUserId: true, createdAt: true, ticket: { select: { number: true } } },
    });
    for (const event of events) {
      const window = 5_000;
      const reply = await this.prisma.message.count({
        where: {
          ticketId: event.ticketId,
          authorUserId: event.actorUserId,
          visibility: 'public',
          createdAt: { gte: new Date(event.createdAt.getTime() - window), lte: new Date(event.createdAt.getTime() + window) },
        },
      });
      if (reply > 0) return { number: event.ticket.number };
    }
    return null;
  }

  /** Completions of active trainees whose item changed since, and that the trainee was not yet told of. */
  changedCompletions(items: { id: string; hash: string }[]) {
    if (items.length === 0) return Promise.resolve([]);
    return this.prisma.trainingCompletion.findMany({
      where: {
        trainee: { removedAt: null },
        OR: items.map((item) => ({
          itemId: item.id,
          contentHash: { not: item.hash },
          OR: [{ changeNotifiedHash: null }, { changeNotifiedHash: { not: item.hash } }],
        })),
      },
      select: { traineeId: true, itemId: true, changeNotifiedHash: true, trainee: { select: { email: true, name: true, locale: true } } },
      take: 5_000,
    });
  }

  /**
   * Claims the "changed" notices of one trainee's items (each only if nobody claimed it meanwhile, so two replicas
   * never both tell) and runs `deliver` with the claimed ones in the same transaction.
   */
  claimChangeNotices(
    traineeId: string,
    notices: { itemId: string; seen: string | null; hash: string }[],
    deliver: (tx: TransactionClient, itemIds: string[]) => Promise<void>,
  ): Promise<number> {
    return inTransaction(this.prisma, async (tx) => {
      const claimed: string[] = [];
      for (const notice of notices) {
        const { count } = await tx.trainingCompletion.updateMany({
          where: { traineeId, itemId: notice.itemId, changeNotifiedHash: notice.seen },
          data: { changeNotifiedHash: notice.hash },
        });
        if (count === 1) claimed.push(notice.itemId);
      }
      if (claimed.length > 0) await deliver(tx, claimed);
      return claimed.length;
    });
  }
}
