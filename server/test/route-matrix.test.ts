import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import type { Audience } from '../src/http/route-spec.js';
import { routeSpecs } from '../src/openapi/specs.js';
import { testApp, testConfig } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { headOfEventStream } from './support/event-stream.js';
import { createSession, createStaff } from './support/staff.js';
import { createMagicLink, createTicket } from './support/tickets.js';
import { createCohort, createTrainee, testCurriculum } from './support/training.js';

/**
 * Every declared route against every kind of caller. A caller outside a route's audience must be refused (401, 403
 * or 404 — never a 2xx, never a validation answer that shows the route went further). A caller inside it must get
 * through: not refused, not 404 (every id below exists, so a 404 means the route is not where its declaration
 * says), never a 5xx. The audiences come from the same declarations that mount the router and build the OpenAPI
 * document, so a new route is in this matrix the moment it is declared.
 */
type Role = 'anonymous' | 'deactivated' | 'otherLink' | 'link' | 'requester' | 'trainee' | 'agent' | 'admin' | 'agentSession' | 'adminSession';
const roles: Role[] = ['anonymous', 'deactivated', 'otherLink', 'link', 'requester', 'trainee', 'agent', 'admin', 'agentSession', 'adminSession'];

/** `otherLink` holds a link to another ticket: refused on a ticket's own routes, at home on a route naming none. */
function allowed(role: Role, audience: Audience[], path: string): boolean {
  if (audience.includes('anyone')) return true;
  if (role === 'otherLink') return audience.includes('ticket-link') && !path.includes('{number}');
  if (role === 'admin' || role === 'adminSession') return audience.includes('staff') || audience.includes('admin');
  if (role === 'agent' || role === 'agentSession') return audience.includes('staff');
  if (role === 'link') return audience.includes('ticket-link');
  if (role === 'requester') return audience.includes('requester');
  if (role === 'trainee') return audience.includes('trainee');
  return false;
}

/** Deliberate narrowing inside an audience: an API token may not mint tokens or add staff (a session must). */
const refusedByDesign: Record<string, Role[]> = { createApiToken: ['agent', 'admin'], createStaff: ['admin'] };

describe('who may reach which route', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  const auth = {} as Record<Role, Record<string, string>>;
  const ids = {} as Record<'number' | 'attachment' | 'staff' | 'outbox' | 'mailbox' | 'cohort' | 'trainee', string>;
  let cohortId = '';

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    const dataDir = mkdtempSync(path.join(tmpdir(), 'handover-matrix-'));
    mkdirSync(path.join(dataDir, 'mail'));
    writeFileSync(path.join(dataDir, 'mail', 'outbox.matrix@support.example.com.eml'), 'Subject: matrix\r\nFrom: a@example.com\r\n\r\nhello\r\n');
    app = testApp(db, { config: testConfig({ DATA_DIR: dataDir }), curriculum: testCurriculum() });
    const [agent, admin, deactivated] = await Promise.all([
      createStaff(db.prisma),
      createStaff(db.prisma, { role: 'admin' }),
      createStaff(db.prisma, { role: 'admin', active: false }),
    ]);
    const mine = await createTicket(db.prisma, { status: 'resolved' });
    const other = await createTicket(db.prisma);
    const attachment = await db.prisma.attachment.create({
      data: { ticketId: mine.id, filename: 'app.log', contentType: 'text/plain', size: 3, sha256: '0'.repeat(64), content: Buffer.from('log') },
    });
    const outbox = await db.prisma.outboxMessage.create({
      data: { kind: 'magic_link', recipient: 'x@example.com', locale: 'en', payload: {}, status: 'dead', messageId: `<outbox.${randomUUID()}@support.example.com>` },
    });
    // The agent leads the cohort, so the lead's routes are theirs; the trainee has an item waiting for sign-off.
    cohortId = (await createCohort(db.prisma, { leadId: agent.id })).id;
    const trainee = await createTrainee(db.prisma, cohortId, { track: 'business' });
    await db.prisma.trainingCompletion.create({ data: { traineeId: trainee.id, itemId: 'w4-role-play', contentHash: '0'.repeat(16), status: 'awaiting_sign_off', completedAt: new Date() } });
    const bearer = (token: string) => ({ Authorization: token });
    Object.assign(auth, {
      anonymous: {},
      deactivated: bearer(deactivated.bearer),
      otherLink: bearer(other.bearer),
      link: bearer(mine.bearer),
      requester: bearer(await createMagicLink(db.prisma, mine.requesterEmail)),
      trainee: trainee.headers,
      agent: bearer(agent.bearer),
      admin: bearer(admin.bearer),
      agentSession: await createSession(db.prisma, agent),
      adminSession: await createSession(db.prisma, admin),
    });
    Object.assign(ids, { number: mine.reference, attachment: attachment.id, staff: agent.id, outbox: outbox.id, mailbox: 'outbox.matrix@support.example.com', cohort: cohortId, trainee: trainee.id });
  });
  afterAll(() => close());

  const bodies: Record<string, object> = {
    addTicketMessage: { body: '你好 👋', visibility: 'public' },
    updateTicket: { version: 1, priority: 'P3' },
    bulkUpdateTickets: { numbers: ['HO-1'], status: 'open' },
    createStaff: { email: `new-${randomUUID().slice(0, 6)}@example.com`, name: '新同事', password: 'a long enough password' },
    updateStaff: { name: '改名 Renamed' },
    updateMe: { locale: 'en' },
    changePassword: { currentPassword: 'wrong password here', newPassword: 'another long password' },
    createApiToken: { name: 'ci' },
    updateMyNotificationSettings: { settings: { staff_new_ticket: true } },
    createSavedReply: { name: '问候 Greeting', bodyZh: '{{requester.name}}，您好！', bodyEn: 'Hello {{requester.name}},' },
    updateSavedReply: { version: 1, name: '改名 Renamed' },
    renewTicketPresence: { tabId: 'matrix-tab', state: 'viewing' },
    createSlaCalendar: { id: `matrix-${randomUUID().slice(0, 8)}`, name: '矩阵 Matrix', coverage: { from: '2026-01-01', until: '2026-12-31' } },
    replaceSlaCalendar: { name: '改名 Renamed', coverage: { from: '2026-01-01', until: '2026-12-31' } },
    addSlaCalendarDays: { days: [{ date: '2026-12-24', kind: 'holiday' }] },
    saveSlaPolicy: { firstResponseMinutes: 240, resolutionMinutes: 1440, calendarId: 'cn-workdays' },
    createCohort: { name: '矩阵 Matrix', startsOn: '2027-03-01' },
    updateCohort: { version: 1, name: '改名 Renamed' },
    inviteTrainee: { email: 'matrix-trainee@example.com', name: '矩阵学员', track: 'developer' },
    updateTrainee: { version: 1, name: '改名 Renamed' },
    submitQuizAttempt: { answers: { 'w4-q1': 'b' } },
  };

  /** Where a real id cannot be shared by every caller: a token can only be revoked by its owner. */
  const absentByDesign: Record<string, string> = { revokeApiToken: 'each token belongs to one caller' };

  const cases = routeSpecs
    .filter((spec) => !spec.audience.includes('anyone'))
    .flatMap((spec) => roles.map((role) => ({ spec, role, operation: spec.operationId })));

  /**
   * A fresh saved reply for each case, so a delete cannot take another case's id away: the agent's own personal
   * one for the agent (a shared one is the administrators' to change), a shared one for everyone else.
   */
  async function savedReplyFor(role: Role): Promise<string> {
    const mine = role === 'agent' || role === 'agentSession';
    const reply = await db.prisma.savedReply.create({
      data: { scope: mine ? 'personal' : 'shared', ownerId: mine ? ids.staff : null, name: `matrix ${randomUUID()}`, bodyZh: '您好', bodyEn: 'Hello' },
    });
    return reply.id;
  }

  /** A fresh calendar for each case, so a delete cannot take another case's away. */
  async function calendarFor(): Promise<string> {
    const id = `matrix-${randomUUID().slice(0, 8)}`;
    await db.prisma.slaCalendar.create({ data: { id, name: 'matrix', timeZone: 'Asia/Shanghai', weekly: {}, coverageFrom: new Date('2026-01-01'), coverageUntil: new Date('2026-12-31') } });
    return id;
  }

  /** A fresh answer with a comment for each case, so removing one comment leaves the next case its own. */
  async function pageAnswer(): Promise<string> {
    const answer = await db.prisma.pageFeedback.create({
      data: { page: '/docs/matrix', title: 'matrix', docId: 'matrix', locale: 'zh-Hans', voterKeyHash: randomUUID(), helpful: false, comment: '不清楚', updatedAt: new Date() },
    });
    return answer.id;
  }

  it.each(cases)('$operation as $role', async ({ spec, role }) => {
    const target = spec.path
      .replace('{number}', ids.number)
      .replace('{priority}', 'P3')
      .replace('{tabId}', 'matrix-tab')
      .replace('{itemId}', spec.path.includes('sign-off') ? 'w4-role-play' : 'w1-read')
      .replace('{quizId}', 'w4-quiz')
      .replace(
        '{id}',
        spec.path.startsWith('/staff')
          ? ids.staff
          : spec.path.startsWith('/training/cohorts')
            ? ids.cohort
            : spec.path.startsWith('/training/trainees')
              ? ids.trainee
              : spec.path.includes('attachments')
            ? ids.attachment
            : spec.path.includes('outbox')
              ? ids.outbox
              : spec.path.includes('mailbox')
                ? ids.mailbox
                : spec.path.includes('saved-replies/{id}')
                  ? await savedReplyFor(role)
                  : spec.path.includes('sla/calendars/{id}')
                    ? await calendarFor()
                    : spec.path.includes('page-feedback/{id}')
                      ? await pageAnswer()
                      : randomUUID(),
      );
    // Signing out ends the session it is called with: that case gets a session of its own.
    const headers = spec.operationId === 'signOutTrainee' && role === 'trainee' ? (await createTrainee(db.prisma, cohortId)).headers : auth[role];
    let req = request(app)[spec.method](`/api/v1${target}`).set(headers);
    if (spec.method !== 'get' && spec.method !== 'delete') req = req.send(bodies[spec.operationId] ?? {});
    // A stream (server-sent events) never ends by itself: its head is the answer.
    if (spec.stream) req = req.buffer(true).parse(headOfEventStream);
    const res = await req;
    const seen = `${res.status} ${JSON.stringify(res.body)}`;
    expect(res.status, seen).toBeLessThan(500);
    if (allowed(role, spec.audience, spec.path) && !refusedByDesign[spec.operationId]?.includes(role)) {
      expect([401, 403], seen).not.toContain(res.status);
      if (!absentByDesign[spec.operationId]) expect(res.status, seen).not.toBe(404);
    } else {
      expect([401, 403, 404], seen).toContain(res.status);
    }
  });

  it('covers every declared route, each at the path its declaration names', () => {
    const operations = new Set(routeSpecs.map((spec) => `${spec.method} ${spec.path}`));
    expect(operations.size).toBe(routeSpecs.length);
    expect(new Set(routeSpecs.map((spec) => spec.operationId)).size).toBe(routeSpecs.length);
  });
});
