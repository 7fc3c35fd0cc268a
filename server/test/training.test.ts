import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { traineeCookie } from '../src/auth/tokens.js';
import { readDrillReport } from '../src/training/checks.js';
import { notifyChangedLessons } from '../src/training/lesson-changes.js';
import { TrainingRepository } from '../src/training/repository.js';
import { silentLogger } from './support/logger.js';
import { migratedDatabase } from './support/database.js';
import { createSession, createStaff, type TestStaff } from './support/staff.js';
import { someIp, ticketBody, ticketTestConfig, uniqueEmail } from './support/ticket-api.js';
import { testApp } from './support/app.js';
import { createCohort, createTrainee, testCurriculum } from './support/training.js';

const drillOutput = [
  'drill: live database handover_drill_live_1: 3000 tickets, 600 attachments, 9000 messages, 3000 outbox rows',
  'drill: server on the restored copy: /ready {"status":"ready"} after 1.20 s; HO-17 read with its tracking link',
  'drill: RTO measured: restore 4.10 s + server ready 1.20 s = 5.30 s for 3000 tickets (backup took 2.00 s)',
  'drill: passed',
].join('\n');

describe('training: cohorts, signing in by link, self-checked exercises, quizzes and the lead’s view', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let admin: TestStaff;
  let lead: TestStaff;
  let other: TestStaff;
  // 2026-11-30 (a Monday): weeks 1–3 of a cohort started on 2026-10-12 are long past due, week 5 not yet.
  const now = new Date('2026-11-30T04:00:00Z');

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config: ticketTestConfig(), curriculum: testCurriculum(), now: () => now });
    [admin, lead, other] = await Promise.all([createStaff(db.prisma, { role: 'admin' }), createStaff(db.prisma), createStaff(db.prisma)]);
  });
  afterAll(() => close());

  const signInLinkOf = async (email: string) => {
    const row = await db.prisma.outboxMessage.findFirst({ where: { recipient: email, kind: { in: ['trainee_invited', 'trainee_sign_in'] } }, orderBy: { createdAt: 'desc' } });
    const url = (row?.payload as { url?: string } | undefined)?.url ?? '';
    return /#token=(hol_[A-Za-z0-9_-]+)$/.exec(url)?.[1];
  };

  const signIn = async (token: string) => {
    const res = await request(app).post('/api/v1/training/sessions').set('X-Forwarded-For', someIp()).send({ token });
    const cookie = (res.headers['set-cookie'] as unknown as string[] | undefined)?.find((c) => c.startsWith(`${traineeCookie}=`));
    return { res, cookie: cookie?.split(';')[0] };
  };

  it('an administrator starts a cohort; its lead invites a trainee, who signs in once with the e-mailed link', async () => {
    const cohort = await request(app)
      .post('/api/v1/training/cohorts')
      .set('Authorization', admin.bearer)
      .send({ name: '2026 秋季交接', startsOn: '2026-10-12', leadId: lead.id })
      .expect(201);
    expect(cohort.body).toMatchObject({ name: '2026 秋季交接', startsOn: '2026-10-12', lead: { id: lead.id }, calendarId: 'cn-workdays', trainees: 0 });

    const email = uniqueEmail('trainee');
    const invited = await request(app)
      .post(`/api/v1/training/cohorts/${cohort.body.id}/trainees`)
      .set('Authorization', lead.bearer)
      .send({ email: email.toUpperCase(), name: '张伟', track: 'business', locale: 'zh-Hans' })
      .expect(201);
    expect(invited.body).toMatchObject({ email, track: 'business', joinedAt: null });
    const mail = await db.prisma.outboxMessage.findFirst({ where: { recipient: email, kind: 'trainee_invited' } });
    expect(mail?.payload).toMatchObject({ cohortName: '2026 秋季交接', startsOn: '2026-10-12', track: 'business', invitedBy: lead.name });
    expect((mail?.payload as { url: string }).url).toMatch(/^https:\/\/support\.example\.com\/training\/sign-in#token=hol_/);

    // The same address twice is refused at the field.
    const again = await request(app).post(`/api/v1/training/cohorts/${cohort.body.id}/trainees`).set('Authorization', admin.bearer).send({ email, name: 'x', track: 'developer' }).expect(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'taken' })]);
    // Another agent is not this cohort's lead.
    await request(app).post(`/api/v1/training/cohorts/${cohort.body.id}/trainees`).set('Authorization', other.bearer).send({ email: uniqueEmail(), name: 'x', track: 'developer' }).expect(403);

    const token = await signInLinkOf(email);
    const first = await signIn(token!);
    expect(first.res.status).toBe(200);
    expect(first.cookie).toMatch(new RegExp(`^${traineeCookie}=`));
    expect(String(first.res.headers['set-cookie'])).toContain('Path=/api/v1/training/me');
    expect(String(first.res.headers['set-cookie'])).toContain('HttpOnly');
    const me = await request(app).get('/api/v1/training/me').set('Cookie', first.cookie!).expect(200);
    expect(me.body).toMatchObject({ trainee: { name: '张伟', track: 'business' }, cohort: { name: '2026 秋季交接', lead: lead.name }, items: [], complete: false });
    expect(me.body.csrfToken).toEqual(expect.any(String));

    // A link works once.
    const second = await signIn(token!);
    expect(second.res.status).toBe(410);
    expect(second.res.body.code).toBe('link_expired');
    expect((await signIn('hol_not-a-real-token-at-all')).res.status).toBe(401);
  });

  it('asking for a sign-in link answers the same for any address, and e-mails only a trainee', async () => {
    const cohort = await createCohort(db.prisma, { leadId: lead.id });
    const trainee = await createTrainee(db.prisma, cohort.id);
    const stranger = uniqueEmail('stranger');
    const answers = await Promise.all(
      [trainee.email, stranger].map((email) => request(app).post('/api/v1/training/sign-in-links').set('X-Forwarded-For', someIp()).send({ email }).expect(202)),
    );
    expect(answers[0]!.body).toEqual(answers[1]!.body);
    await app.locals.background.idle();
    expect(await signInLinkOf(trainee.email)).toMatch(/^hol_/);
    expect(await db.prisma.outboxMessage.count({ where: { recipient: stranger } })).toBe(0);
  });

  it('a trainee reaches only their own training routes: not tickets, not the lead’s, and writes need the CSRF token', async () => {
    const cohort = await createCohort(db.prisma, { leadId: lead.id });
    const trainee = await createTrainee(db.prisma, cohort.id);
    await request(app).get('/api/v1/tickets').set('Cookie', trainee.headers.Cookie!).expect(403);
    await request(app).get(`/api/v1/training/cohorts/${cohort.id}/dashboard`).set('Cookie', trainee.headers.Cookie!).expect(403);
    const noCsrf = await request(app).post('/api/v1/training/me/items/w1-read/completion').set('Cookie', trainee.headers.Cookie!).send({}).expect(403);
    expect(noCsrf.body.code).toBe('csrf_failed');
    // Staff are not trainees.
    await request(app).get('/api/v1/training/me').set('Authorization', admin.bearer).expect(403);
  });

  it('exercises are checked against this instance: a P2 ticket with a log, a pending reply, the 5xx ratio, a drill report', async () => {
    const cohort = await createCohort(db.prisma, { leadId: lead.id });
    const trainee = await createTrainee(db.prisma, cohort.id, { track: 'business', invitedAt: new Date(now.getTime() - 86_400_000) });
    const complete = (item: string, body: object = {}) => request(app).post(`/api/v1/training/me/items/${item}/completion`).set(trainee.headers).send(body);

    const notYet = await complete('w4-file-p2').expect(422);
    expect(notYet.body.code).toBe('check_not_met');
    // A P3 without files does not count; a P2 with a log from the trainee's address does.
    await request(app).post('/api/v1/tickets').set('X-Forwarded-For', someIp()).send(ticketBody({ priority: 'P3' }, { email: trainee.email })).expect(201);
    await complete('w4-file-p2').expect(422);
    const filed = await request(app)
      .post('/api/v1/tickets')
      .set('X-Forwarded-For', someIp())
      .field('ticket', JSON.stringify(ticketBody({ priority: 'P2' }, { email: trainee.email })))
      .attach('files', Buffer.from('10:05 ERROR ready: database unreachable\n'), { filename: 'app.log', contentType: 'text/plain' })
      .expect(201);
    const done = await complete('w4-file-p2').expect(200);
    expect(done.body).toMatchObject({ itemId: 'w4-file-p2', status: 'done', changed: false, evidence: { ticket: filed.body.number, priority: 'P2' } });

    // The pending reply: from a staff account of the trainee's address, public, setting the ticket to pending.
    await complete('w4-pending-reply').expect(422);
    const practice = await createStaff(db.prisma);
    await db.prisma.user.update({ where: { id: practice.id }, data: { email: trainee.email } });
    const ticket = await request(app).get(`/api/v1/tickets/${filed.body.number}`).set('Authorization', practice.bearer).expect(200);
    await request(app)
      .post(`/api/v1/tickets/${filed.body.number}/messages`)
      .set('Authorization', practice.bearer)
      .send({ body: '请把 09:00 之后的日志发给我们。', visibility: 'public', status: 'pending', version: ticket.body.version })
      .expect(201);
    expect((await complete('w4-pending-reply').expect(200)).body.evidence).toEqual({ ticket: filed.body.number });

    // An operator's checks: the metrics answer and the drill report (the field at fault is named).
    const operator = await createTrainee(db.prisma, cohort.id, { track: 'operator' });
    const op = (item: string, body: object) => request(app).post(`/api/v1/training/me/items/${item}/completion`).set(operator.headers).send(body);
    await request(app).get('/api/v1/tickets/HO-999999').set('Authorization', admin.bearer).expect(404);
    const wrong = await op('w3-metrics', { answer: '0.5' }).expect(422);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'answer' })]);
    expect((await op('w3-metrics', { answer: 'lots' }).expect(422)).body.errors[0].field).toBe('answer');
    expect((await op('w3-metrics', { answer: '0%' }).expect(200)).body.evidence).toMatchObject({ answer: '0%', ratio: 0 });
    expect((await op('w3-drill', { report: 'drill: FAILED: backup.sh failed' }).expect(422)).body.errors[0].field).toBe('report');
    expect((await op('w3-drill', { report: drillOutput }).expect(200)).body.evidence).toEqual({ rtoSeconds: 5.3, tickets: 3000 });
    // An item of another track is not the trainee's.
    await op('w4-file-p2', {}).expect(404);
  });

  it('a quiz is graded by the server, kept at its best pass, and a lead signs off what needs it; then the certificate', async () => {
    const cohort = await createCohort(db.prisma, { leadId: lead.id });
    const trainee = await createTrainee(db.prisma, cohort.id, { track: 'business' });
    const quiz = (answers: Record<string, string>) => request(app).post('/api/v1/training/me/quizzes/w4-quiz/attempts').set(trainee.headers).send({ answers });

    const failed = await quiz({ 'w4-q1': 'b', 'w4-q2': 'a', 'w4-q3': 'a' }).expect(200);
    expect(failed.body).toMatchObject({ correct: 2, total: 5, passed: false, state: null });
    expect(failed.body.questions[2]).toEqual({ id: 'w4-q3', chosen: 'a', correct: 'c', right: false });
    const passed = await quiz({ 'w4-q1': 'b', 'w4-q2': 'a', 'w4-q3': 'c', 'w4-q4': 'a', 'w4-q5': 'a' }).expect(200);
    expect(passed.body).toMatchObject({ correct: 4, passed: true, state: { status: 'done', score: 0.8 } });
    const lower = await quiz({}).expect(200);
    expect(lower.body.state).toMatchObject({ status: 'done', score: 0.8 });
    expect((await quiz({ nope: 'a' }).expect(400)).body.errors[0].field).toBe('answers.nope');

    const roleplay = await request(app).post('/api/v1/training/me/items/w4-role-play/completion').set(trainee.headers).send({}).expect(200);
    expect(roleplay.body.status).toBe('awaiting_sign_off');
    await request(app).post(`/api/v1/training/trainees/${trainee.id}/items/w4-role-play/sign-off`).set('Authorization', other.bearer).expect(403);
    const signed = await request(app).post(`/api/v1/training/trainees/${trainee.id}/items/w4-role-play/sign-off`).set('Authorization', lead.bearer).expect(200);
    expect(signed.body).toMatchObject({ status: 'signed_off', signedOffBy: lead.name });

    let certificate = await request(app).get('/api/v1/training/me/certificate').set(trainee.headers).expect(200);
    expect(certificate.body.eligible).toBe(false);
    expect(certificate.body.missing.map((m: { itemId: string }) => m.itemId)).toEqual(['w1-read', 'w2-read', 'w3-read', 'w4-read', 'w4-file-p2', 'w4-pending-reply', 'w5-read']);

    // The rest, written as the checks would (the checks themselves are the test above).
    const repository = new TrainingRepository(db.prisma);
    const curriculum = testCurriculum();
    for (const id of ['w1-read', 'w2-read', 'w3-read', 'w4-read', 'w4-file-p2', 'w4-pending-reply', 'w5-read']) {
      await repository.saveCompletion({ traineeId: trainee.id, itemId: id, contentHash: curriculum.item(id)!.hash, status: 'done', evidence: null, score: null, completedAt: now });
    }
    certificate = await request(app).get('/api/v1/training/me/certificate').set(trainee.headers).expect(200);
    expect(certificate.body).toMatchObject({ eligible: true, track: 'business', cohort: cohort.name, missing: [], certificateId: expect.stringMatching(/^HO-T-[0-9A-F]{10}$/) });
  });

  it('the lead’s dashboard counts overdue items on the working-day calendar, and exports CSV', async () => {
    const cohort = await createCohort(db.prisma, { leadId: lead.id, startsOn: '2026-10-12' });
    const ahead = await createTrainee(db.prisma, cohort.id, { track: 'developer' });
    await createTrainee(db.prisma, cohort.id, { track: 'developer' });
    for (const item of ['w1-read', 'w2-read', 'w3-read']) {
      await request(app).post(`/api/v1/training/me/items/${item}/completion`).set(ahead.headers).send({}).expect(200);
    }
    await request(app).get(`/api/v1/training/cohorts/${cohort.id}/dashboard`).set('Authorization', other.bearer).expect(403);
    const dashboard = await request(app).get(`/api/v1/training/cohorts/${cohort.id}/dashboard`).set('Authorization', lead.bearer).expect(200);
    expect(dashboard.body.calendarAttention).toBeNull();
    // Five working days a week from Monday 12 October: week 1 ends Friday 16 October 18:00 in Shanghai; the
    // National Day make-up Saturday (10 October) is before the start, so week 3 ends Friday 30 October.
    expect(dashboard.body.weeks[0].dueAt).toBe('2026-10-16T10:00:00.000Z');
    expect(dashboard.body.weeks[2].dueAt).toBe('2026-10-30T10:00:00.000Z');
    const [first, second] = dashboard.body.rows;
    const rowOf = (id: string) => dashboard.body.rows.find((row: { trainee: { id: string } }) => row.trainee.id === id);
    expect(rowOf(ahead.id).weeks.map((w: { done: number }) => w.done)).toEqual([1, 1, 1, 0, 0]);
    // Weeks 4 (due 6 November: its reading and quiz) and 5 (due 13 November) are past by 30 November: three items overdue.
    expect(rowOf(ahead.id).overdue).toBe(3);
    expect(rowOf(ahead.id).weeks[3].overdueWorkingDays).toBe(16);
    expect([first, second].map((row: { overdue: number }) => row.overdue).sort()).toEqual([3, 6]);

    const csv = await request(app).get(`/api/v1/training/cohorts/${cohort.id}/dashboard.csv`).set('Authorization', lead.bearer).set('Accept-Language', 'en').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe('name,e-mail,track,week 1,week 2,week 3,week 4,week 5,done,required,overdue items,most working days late,quiz average,awaiting sign-off,changed since completed,complete');
    expect(lines.some((line) => line.includes(`${ahead.email},developer,1/1,1/1,1/1,0/2,0/1,3,6,3,16,`))).toBe(true);
  });

  it('a lesson that changes after completion is flagged, not reset, and the trainee is e-mailed once', async () => {
    const cohort = await createCohort(db.prisma, { leadId: lead.id });
    const trainee = await createTrainee(db.prisma, cohort.id, { track: 'business' });
    await request(app).post('/api/v1/training/me/items/w2-read/completion').set(trainee.headers).send({}).expect(200);

    const changed = testCurriculum(['w2-read']);
    const newer = testApp(db, { config: ticketTestConfig(), curriculum: changed, now: () => now });
    const me = await request(newer).get('/api/v1/training/me').set('Cookie', trainee.headers.Cookie!).expect(200);
    expect(me.body.items).toEqual([expect.objectContaining({ itemId: 'w2-read', status: 'done', changed: true })]);
    expect(me.body.weeks[1]).toMatchObject({ done: 1, required: 1 });

    const deps = { repository: new TrainingRepository(db.prisma), curriculum: changed, publicUrl: 'https://support.example.com', mailDomain: 'support.example.com', logger: silentLogger, now: () => now };
    const [a, b] = await Promise.all([notifyChangedLessons(deps), notifyChangedLessons(deps)]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    expect(await notifyChangedLessons(deps)).toBe(0);
    const mails = await db.prisma.outboxMessage.findMany({ where: { recipient: trainee.email, kind: 'trainee_lesson_changed' } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.payload).toMatchObject({ items: [{ week: 2, pageUrl: 'https://support.example.com/docs/training/week-2#w2-read' }], progressUrl: 'https://support.example.com/training/progress' });

    // Doing it again clears the flag.
    const redone = await request(newer).post('/api/v1/training/me/items/w2-read/completion').set(trainee.headers).send({}).expect(200);
    expect(redone.body.changed).toBe(false);
  });

  it('reads a drill report only when the drill passed', () => {
    expect(readDrillReport(drillOutput)).toEqual({ rtoSeconds: 5.3, tickets: 3000 });
    expect(readDrillReport(drillOutput.replace('drill: passed', ''))).toBeNull();
    expect(readDrillReport(`${drillOutput}\ndrill: FAILED: x`)).toBeNull();
  });

  it('a removed trainee is signed out at once', async () => {
    const cohort = await createCohort(db.prisma, { leadId: lead.id });
    const trainee = await createTrainee(db.prisma, cohort.id);
    const { body } = await request(app).get(`/api/v1/training/cohorts/${cohort.id}/trainees`).set(await createSession(db.prisma, lead)).expect(200);
    const version = body.trainees[0].version;
    await request(app).patch(`/api/v1/training/trainees/${trainee.id}`).set('Authorization', lead.bearer).send({ version, removed: true }).expect(200);
    await request(app).get('/api/v1/training/me').set('Cookie', trainee.headers.Cookie!).expect(401);
    await request(app).patch(`/api/v1/training/trainees/${trainee.id}`).set('Authorization', lead.bearer).send({ version, removed: false }).expect(409);
  });
});
