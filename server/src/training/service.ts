import { createHash } from 'node:crypto';
import type { StaffActor, TraineeActor } from '../auth/actor.js';
import { tokenPrefixes } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { TransactionClient } from '../db/transaction.js';
import { ProblemError } from '../http/errors.js';
import { toLocale } from '../http/locale.js';
import type { Logger } from '../logger.js';
import { enqueue } from '../notifications/index.js';
import type { RateLimiter, RateLimitRule } from '../rate-limit/limiter.js';
import { dateColumn, plainDateOf, toBusinessCalendar } from '../sla/calendar-records.js';
import type { BusinessCalendar } from '../sla/calendar/index.js';
import { hashToken, newSecretToken } from '../shared/tokens.js';
import { runCheck, type CheckContext } from './checks.js';
import { defaultPassMark, type Curriculum } from './curriculum.js';
import { itemState, summarise, type ProgressSummary } from './progress.js';
import type { CohortRow, TraineeRow, TrainingRepository } from './repository.js';
import { weekDeadlines } from './schedule.js';
import type {
  Certificate,
  CohortBody,
  CohortPatch,
  CohortView,
  CompletionBody,
  Dashboard,
  InviteBody,
  ItemStateView,
  MyTraining,
  QuizResult,
  TraineePatch,
  TraineeProgress,
  TraineeView,
} from './schemas.js';

export const trainingLimits = {
  linkPerClient: { name: 'training-link:ip', limit: 10, windowSeconds: 3600 },
  linkPerEmail: { name: 'training-link:email', limit: 3, windowSeconds: 3600 },
  signInPerClient: { name: 'training-sign-in:ip', limit: 30, windowSeconds: 3600 },
} satisfies Record<string, RateLimitRule>;

export type TrainingDeps = {
  config: Pick<Config, 'publicUrl' | 'training'> & { support: { timeZone: string } };
  repository: TrainingRepository;
  curriculum: Curriculum;
  limiter: RateLimiter;
  mailDomain: string;
  logger: Logger;
  now: () => Date;
};

const cohortView = (row: CohortRow): CohortView => ({
  id: row.id,
  name: row.name,
  startsOn: plainDateOf(row.startsOn),
  lead: row.lead,
  calendarId: row.calendarId,
  trainees: row._count.trainees,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
});

const traineeView = (row: TraineeRow): TraineeView => ({
  ...row,
  locale: toLocale(row.locale),
  invitedAt: row.invitedAt.toISOString(),
  joinedAt: row.joinedAt?.toISOString() ?? null,
  removedAt: row.removedAt?.toISOString() ?? null,
});

/** Cohorts and their trainees, signing in by link, progress, self-checked exercises, quizzes and the lead's view. */
export class TrainingService {
  constructor(private readonly deps: TrainingDeps) {}

  private signInUrl(token: string, locale: string): string {
    // The token travels in the fragment: never sent to the server in a request line, never in a Referer.
    return `${this.deps.config.publicUrl}${locale === 'en' ? '/en' : ''}/training/sign-in#token=${token}`;
  }

  private newLink(at: Date) {
    const token = newSecretToken(tokenPrefixes.traineeLink);
    return { token, tokenHash: hashToken(token), at, expiresAt: new Date(at.getTime() + this.deps.config.training.linkTtlHours * 3_600_000) };
  }

  // ---- cohorts (staff) ----

  async listCohorts(staff: StaffActor): Promise<CohortView[]> {
    const rows = await this.deps.repository.listCohorts(staff.role === 'admin' ? undefined : staff.userId);
    return rows.map(cohortView);
  }

  /** The cohort, if the caller may lead it: administrators, and the cohort's own lead. */
  private async ledCohort(staff: StaffActor, id: string): Promise<CohortRow> {
    const cohort = await this.deps.repository.findCohort(id);
    if (!cohort) throw new ProblemError('not_found');
    if (staff.role !== 'admin' && cohort.leadId !== staff.userId) {
      throw new ProblemError('forbidden', { detail: 'Only the cohort’s lead and administrators may do this.' });
    }
    return cohort;
  }

  private async assertReferences(body: { leadId?: string | null; calendarId?: string }): Promise<void> {
    if (body.leadId && !(await this.deps.repository.staffExists(body.leadId))) {
      throw new ProblemError('validation_failed', { errors: [{ field: 'leadId', code: 'unknown_staff', message: 'no active staff member has this id' }] });
    }
    if (body.calendarId && !(await this.deps.repository.calendarExists(body.calendarId))) {
      throw new ProblemError('validation_failed', { errors: [{ field: 'calendarId', code: 'unknown_calendar', message: 'no SLA calendar has this id' }] });
    }
  }

  async createCohort(body: CohortBody): Promise<CohortView> {
    await this.assertReferences(body);
    const row = await this.deps.repository.createCohort({ name: body.name, startsOn: dateColumn(body.startsOn), leadId: body.leadId, calendarId: body.calendarId });
    return cohortView(row);
  }

  async updateCohort(id: string, patch: CohortPatch): Promise<CohortView> {
    await this.assertReferences(patch);
    const { version, startsOn, ...rest } = patch;
    const row = await this.deps.repository.updateCohort(id, version, { ...rest, ...(startsOn ? { startsOn: dateColumn(startsOn) } : {}) });
    if (row) return cohortView(row);
    if (!(await this.deps.repository.findCohort(id))) throw new ProblemError('not_found');
    throw new ProblemError('version_conflict');
  }

  async cohortTrainees(staff: StaffActor, id: string): Promise<{ cohort: CohortView; trainees: TraineeView[] }> {
    const cohort = await this.ledCohort(staff, id);
    return { cohort: cohortView(cohort), trainees: (await this.deps.repository.traineesOf(id)).map(traineeView) };
  }

  async invite(staff: StaffActor, cohortId: string, body: InviteBody): Promise<TraineeView> {
    const cohort = await this.ledCohort(staff, cohortId);
    if (await this.deps.repository.findTraineeByEmail(body.email)) {
      throw new ProblemError('conflict', { detail: 'This address is already a trainee.', errors: [{ field: 'email', code: 'taken', message: 'is already a trainee' }] });
    }
    const at = this.deps.now();
    const link = this.newLink(at);
    const row = await this.deps.repository.inviteTrainee(
      { cohortId, email: body.email, name: body.name, track: body.track, locale: body.locale, invitedById: staff.userId, invitedAt: at },
      link,
      (tx, trainee) => this.sendInvitation(tx, trainee, cohort, staff.name, link.token, at),
    );
    return traineeView(row);
  }

  private async sendInvitation(tx: TransactionClient, trainee: TraineeRow, cohort: CohortRow, invitedBy: string, token: string, at: Date): Promise<void> {
    await enqueue(
      tx,
      {
        kind: 'trainee_invited',
        recipient: trainee.email,
        locale: toLocale(trainee.locale),
        payload: {
          traineeName: trainee.name,
          cohortName: cohort.name,
          startsOn: plainDateOf(cohort.startsOn),
          track: trainee.track,
          invitedBy,
          url: this.signInUrl(token, trainee.locale),
          expiresInHours: this.deps.config.training.linkTtlHours,
        },
      },
      { domain: this.deps.mailDomain, at },
    );
  }

  private async ledTrainee(staff: StaffActor, id: string): Promise<{ trainee: TraineeRow; cohort: CohortRow }> {
    const trainee = await this.deps.repository.findTrainee(id);
    if (!trainee) throw new ProblemError('not_found');
    return { trainee, cohort: await this.ledCohort(staff, trainee.cohortId) };
  }

  /** A new invitation e-mail with a fresh link (the earlier links keep working until they expire). */
  async resendInvitation(staff: StaffActor, id: string): Promise<void> {
    const { trainee, cohort } = await this.ledTrainee(staff, id);
    if (trainee.removedAt) throw new ProblemError('validation_failed', { detail: 'This trainee was removed from the cohort.' });
    const at = this.deps.now();
    const link = this.newLink(at);
    await this.deps.repository.issueSignInLink(trainee.id, link, (tx) => this.sendInvitation(tx, trainee, cohort, staff.name, link.token, at));
  }

  async updateTrainee(staff: StaffActor, id: string, patch: TraineePatch): Promise<TraineeView> {
    await this.ledTrainee(staff, id);
    const { version, removed, ...rest } = patch;
    const row = await this.deps.repository.updateTrainee(id, version, { ...rest, ...(removed === undefined ? {} : { removedAt: removed ? this.deps.now() : null }) });
    if (!row) throw new ProblemError('version_conflict');
    return traineeView(row);
  }

  // ---- signing in (anyone) ----

  /**
   * "E-mail me a sign-in link". Admitted by the rate limits, then answered the same whatever the address: the route
   * runs this after its answer, so neither the answer nor its timing says whether the address is a trainee.
   */
  async admitLinkRequest(email: string, clientIp: string | undefined): Promise<void> {
    if (clientIp) await this.deps.limiter.hit(trainingLimits.linkPerClient, clientIp);
    await this.deps.limiter.hit(trainingLimits.linkPerEmail, hashToken(email));
  }

  async sendSignInLink(email: string): Promise<void> {
    const trainee = await this.deps.repository.findTraineeByEmail(email);
    if (!trainee || trainee.removedAt) return;
    const at = this.deps.now();
    const link = this.newLink(at);
    try {
      await this.deps.repository.issueSignInLink(trainee.id, link, (tx) =>
        enqueue(
          tx,
          {
            kind: 'trainee_sign_in',
            recipient: trainee.email,
            locale: toLocale(trainee.locale),
            payload: { traineeName: trainee.name, url: this.signInUrl(link.token, trainee.locale), expiresInHours: this.deps.config.training.linkTtlHours },
          },
          { domain: this.deps.mailDomain, at },
        ).then(() => undefined),
      );
    } catch (error) {
      const reason = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).replace(/hol_[A-Za-z0-9_-]*/g, '[redacted]');
      this.deps.logger.error({ reason }, 'trainee sign-in link delivery failed');
    }
  }

  /** Trades a sign-in link (once) for a session. */
  async signIn(token: string, clientIp: string | undefined): Promise<{ sessionToken: string; trainee: TraineeRow }> {
    if (clientIp) await this.deps.limiter.hit(trainingLimits.signInPerClient, clientIp);
    const at = this.deps.now();
    const sessionToken = newSecretToken();
    const tokenHash = hashToken(token);
    const trainee = await this.deps.repository.consumeSignInLink(tokenHash, at, {
      tokenHash: hashToken(sessionToken),
      csrfToken: newSecretToken(),
      expiresAt: new Date(at.getTime() + this.deps.config.training.sessionTtlDays * 86_400_000),
    });
    if (trainee) return { sessionToken, trainee };
    if ((await this.deps.repository.linkState(tokenHash)) === 'expired') {
      throw new ProblemError('link_expired', { detail: 'This sign-in link was used already or has expired; ask for a new one.' });
    }
    throw new ProblemError('unauthenticated', { detail: 'This sign-in link is not valid.' });
  }

  signOut(trainee: TraineeActor): Promise<void> {
    return this.deps.repository.endSession(trainee.sessionId);
  }

  // ---- progress ----

  private async calendarOf(calendarId: string): Promise<BusinessCalendar | null> {
    const row = await this.deps.repository.calendar(calendarId);
    return row ? toBusinessCalendar(row) : null;
  }

  private async deadlines(cohort: { startsOn: Date; calendarId: string }) {
    const calendar = await this.calendarOf(cohort.calendarId);
    if (!calendar) return { calendar, dueAt: [null, null, null, null, null], attention: 'calendar_not_covered' as const };
    return { calendar, ...weekDeadlines(calendar, plainDateOf(cohort.startsOn), this.deps.config.support.timeZone) };
  }

  private async summaryFor(trainee: Pick<TraineeRow, 'id' | 'track'>, cohort: { startsOn: Date; calendarId: string }): Promise<ProgressSummary & { attention: string | null }> {
    const [{ calendar, dueAt, attention }, completions] = await Promise.all([this.deadlines(cohort), this.deps.repository.completionsOf([trainee.id])]);
    const summary = summarise({ curriculum: this.deps.curriculum, track: trainee.track, completions, dueAt, calendar, timeZone: this.deps.config.support.timeZone, now: this.deps.now() });
    return { ...summary, attention };
  }

  async me(actor: TraineeActor): Promise<MyTraining> {
    const [trainee, cohort, csrfToken] = await Promise.all([
      this.deps.repository.findTrainee(actor.traineeId),
      this.deps.repository.findCohort(actor.cohortId),
      this.deps.repository.sessionCsrf(actor.sessionId),
    ]);
    if (!trainee || !cohort || !csrfToken) throw new ProblemError('unauthenticated');
    const summary = await this.summaryFor(trainee, cohort);
    return {
      trainee: { id: trainee.id, name: trainee.name, email: trainee.email, track: trainee.track, locale: toLocale(trainee.locale) },
      cohort: { name: cohort.name, startsOn: plainDateOf(cohort.startsOn), lead: cohort.lead?.name ?? null, calendarAttention: summary.attention },
      csrfToken,
      items: summary.items,
      weeks: summary.weeks,
      outline: this.deps.curriculum.outline(trainee.track),
      complete: summary.complete,
    };
  }

  private itemFor(actor: TraineeActor, itemId: string) {
    const item = this.deps.curriculum.item(itemId);
    if (!item || !item.tracks.includes(actor.track)) throw new ProblemError('not_found', { detail: 'No such item in your track.' });
    return item;
  }

  /** Marks an item done: readings and manual exercises at the trainee's word, the others once the check passes. */
  async complete(actor: TraineeActor, itemId: string, input: CompletionBody, checks: Omit<CheckContext, 'repository'>): Promise<ItemStateView> {
    const item = this.itemFor(actor, itemId);
    if (item.check.type === 'quiz') throw new ProblemError('check_not_met', { detail: 'A quiz is done by submitting its answers.' });
    const { evidence } = await runCheck(item.check, actor, input, { ...checks, repository: this.deps.repository });
    const existing = await this.deps.repository.findCompletion(actor.traineeId, itemId);
    // Doing a signed-off item again (after its lesson changed) keeps the sign-off: the lead confirmed the skill.
    if (existing?.status === 'signed_off' && existing.contentHash === item.hash) return itemState(item, existing);
    const needsSignOff = item.check.type === 'manual' && item.check.signOff;
    const row = await this.deps.repository.saveCompletion({
      traineeId: actor.traineeId,
      itemId,
      contentHash: item.hash,
      status: existing?.status === 'signed_off' ? 'signed_off' : needsSignOff ? 'awaiting_sign_off' : 'done',
      evidence,
      score: null,
      completedAt: this.deps.now(),
    });
    return itemState(item, row);
  }

  async submitQuiz(actor: TraineeActor, quizId: string, answers: Record<string, string>): Promise<QuizResult> {
    const quiz = this.itemFor(actor, quizId);
    if (quiz.kind !== 'quiz' || !quiz.questions) throw new ProblemError('not_found', { detail: 'No such quiz in your track.' });
    const unknown = Object.keys(answers).filter((id) => !quiz.questions!.some((q) => q.id === id));
    if (unknown.length) {
      throw new ProblemError('validation_failed', { errors: unknown.map((id) => ({ field: `answers.${id}`, code: 'unknown_question', message: 'is not a question of this quiz' })) });
    }
    const questions = quiz.questions.map((q) => ({ id: q.id, chosen: answers[q.id] ?? null, correct: q.correct, right: answers[q.id] === q.correct }));
    const correct = questions.filter((q) => q.right).length;
    const total = questions.length;
    const score = total === 0 ? 0 : correct / total;
    const passMark = quiz.passMark ?? defaultPassMark;
    const passed = score >= passMark;
    const at = this.deps.now();
    await this.deps.repository.recordAttempt({ traineeId: actor.traineeId, quizId, contentHash: quiz.hash, answers, correct, total, passed, at });
    const existing = await this.deps.repository.findCompletion(actor.traineeId, quizId);
    let state = existing ? itemState(quiz, existing) : null;
    // A pass is kept: a later, lower attempt never takes it away; a better one, or a pass of a changed quiz, replaces it.
    if (passed && (!existing || existing.contentHash !== quiz.hash || (existing.score ?? 0) < score)) {
      const row = await this.deps.repository.saveCompletion({ traineeId: actor.traineeId, itemId: quizId, contentHash: quiz.hash, status: 'done', evidence: { correct, total }, score, completedAt: at });
      state = itemState(quiz, row);
    }
    return { quizId, correct, total, score, passMark, passed, questions, state };
  }

  async certificate(actor: TraineeActor): Promise<Certificate> {
    const [trainee, cohort] = await Promise.all([this.deps.repository.findTrainee(actor.traineeId), this.deps.repository.findCohort(actor.cohortId)]);
    if (!trainee || !cohort) throw new ProblemError('unauthenticated');
    const summary = await this.summaryFor(trainee, cohort);
    const locale = toLocale(trainee.locale);
    const completedAt = summary.complete ? summary.completedAt : null;
    return {
      eligible: summary.complete,
      name: trainee.name,
      track: trainee.track,
      cohort: cohort.name,
      completedAt: completedAt?.toISOString() ?? null,
      items: summary.required,
      missing: summary.missing.map((item) => ({ itemId: item.id, week: item.week, title: item.title[locale] })),
      certificateId: completedAt ? `HO-T-${createHash('sha256').update(`${trainee.id}:${completedAt.toISOString()}`).digest('hex').slice(0, 10).toUpperCase()}` : null,
    };
  }

  // ---- the lead's view ----

  async dashboard(staff: StaffActor, cohortId: string): Promise<Dashboard> {
    const cohort = await this.ledCohort(staff, cohortId);
    const [trainees, { calendar, dueAt, attention }] = await Promise.all([this.deps.repository.traineesOf(cohortId), this.deadlines(cohort)]);
    const active = trainees.filter((t) => !t.removedAt);
    const completions = await this.deps.repository.completionsOf(active.map((t) => t.id));
    const now = this.deps.now();
    const rows = active.map((trainee) => {
      const summary = summarise({
        curriculum: this.deps.curriculum,
        track: trainee.track,
        completions: completions.filter((row) => row.traineeId === trainee.id),
        dueAt,
        calendar,
        timeZone: this.deps.config.support.timeZone,
        now,
      });
      return {
        trainee: traineeView(trainee),
        weeks: summary.weeks,
        done: summary.done,
        required: summary.required,
        awaitingSignOff: summary.awaitingSignOff,
        changed: summary.changed,
        overdue: summary.overdue,
        complete: summary.complete,
      };
    });
    return { cohort: cohortView(cohort), calendarAttention: attention, weeks: dueAt.map((due, i) => ({ week: i + 1, dueAt: due?.toISOString() ?? null })), rows };
  }

  async traineeProgress(staff: StaffActor, id: string): Promise<TraineeProgress> {
    const { trainee, cohort } = await this.ledTrainee(staff, id);
    const summary = await this.summaryFor(trainee, cohort);
    return { trainee: traineeView(trainee), items: summary.items, weeks: summary.weeks, outline: this.deps.curriculum.outline(trainee.track) };
  }

  async signOff(staff: StaffActor, traineeId: string, itemId: string): Promise<ItemStateView> {
    await this.ledTrainee(staff, traineeId);
    const row = await this.deps.repository.signOff(traineeId, itemId, staff.userId, this.deps.now());
    if (!row) {
      const existing = await this.deps.repository.findCompletion(traineeId, itemId);
      if (!existing) throw new ProblemError('not_found', { detail: 'The trainee has not checked this item off yet.' });
      if (existing.status === 'signed_off') return itemState(this.deps.curriculum.item(itemId), existing);
      throw new ProblemError('validation_failed', { detail: 'This item does not need a sign-off.', errors: [{ field: 'itemId', code: 'no_sign_off', message: 'does not need a sign-off' }] });
    }
    return itemState(this.deps.curriculum.item(itemId), row);
  }

}
