import { createServices } from '../src/services.js';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type AppContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { closeStaleResolvedTickets, startAutoCloser } from '../src/tickets/auto-close.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { silentLogger } from './support/logger.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { fileTestTicket, ticketTestConfig } from './support/ticket-api.js';

const config = ticketTestConfig();
const day = 86_400_000;

describe('the ticket lifecycle', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let agent: TestStaff;
  let colleague: TestStaff;
  let clock = new Date('2026-12-01T02:00:00.000Z');
  const context = (): AppContext => createContext({ config, db, logger: silentLogger, now: () => clock });

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config, now: () => clock });
    agent = await createStaff(db.prisma, { name: '李雷' });
    colleague = await createStaff(db.prisma, { name: '韩梅梅' });
  });
  afterAll(() => close());

  // The SLA clocks' timeline entries are tested with the clocks (test/sla/); these tests are about the ticket's own.
  const notSla = { NOT: { type: { startsWith: 'sla_' } } };
  const row = (number: string) =>
    db.prisma.ticket.findUniqueOrThrow({ where: { number: Number(number.slice(3)) }, include: { accessTokens: true, events: { where: notSla, orderBy: { createdAt: 'asc' } } } });
  const later = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };
  // Each request a second after the last, as in life: events of one instant have no defined order.
  const patch = (number: string, body: object, bearer = agent.bearer) => {
    later(1000);
    return request(app).patch(`/api/v1/tickets/${number}`).set('Authorization', bearer).send(body);
  };
  const post = (path: string, bearer: string) => {
    later(1000);
    return request(app).post(`/api/v1/tickets/${path}`).set('Authorization', bearer);
  };

  describe('staff changes', () => {
    it('when staff change several fields, then each becomes one event with before and after, and the version goes up by one', async () => {
      const t = await fileTestTicket(app);
      const res = await patch(t.number, {
        version: 1,
        status: 'open',
        priority: 'P1',
        assigneeId: agent.id,
        category: 'data',
        tags: ['数据库', 'Oracle'],
        subject: '生产数据库无法连接 🔥',
      }).expect(200);
      expect(res.body).toMatchObject({
        version: 2,
        status: 'open',
        priority: 'P1',
        category: 'data',
        tags: ['数据库', 'oracle'],
        subject: '生产数据库无法连接 🔥',
        assignee: { id: agent.id, name: '李雷', email: agent.email },
      });
      const stored = await row(t.number);
      const changes = Object.fromEntries(stored.events.filter((e) => e.type !== 'created').map((e) => [e.type, [e.before, e.after, e.actorUserId]]));
      expect(changes).toEqual({
        status_changed: [{ status: 'new' }, { status: 'open' }, agent.id],
        priority_changed: [{ priority: 'P2' }, { priority: 'P1' }, agent.id],
        assignee_changed: [{ assignee: null }, { assignee: { id: agent.id, name: '李雷' } }, agent.id],
        category_changed: [{ category: 'deployment' }, { category: 'data' }, agent.id],
        tags_changed: [{ tags: ['登录', 'upgrade'] }, { tags: ['数据库', 'oracle'] }, agent.id],
        subject_changed: [{ subject: '升级后无法登录 🔐' }, { subject: '生产数据库无法连接 🔥' }, agent.id],
      });
    });

    it('writes nothing and keeps the version when nothing actually changes', async () => {
      const t = await fileTestTicket(app);
      const res = await patch(t.number, { version: 1, priority: 'P2', category: 'deployment' }).expect(200);
      expect(res.body.version).toBe(1);
      expect((await row(t.number)).events).toHaveLength(1);
    });

    it('unassigns with assigneeId null, and refuses a deactivated or unknown assignee naming the field', async () => {
      const t = await fileTestTicket(app);
      await patch(t.number, { version: 1, assigneeId: colleague.id }).expect(200);
      const unassigned = await patch(t.number, { version: 2, assigneeId: null }).expect(200);
      expect(unassigned.body.assignee).toBeNull();
      const gone = await createStaff(db.prisma, { active: false });
      for (const assigneeId of [gone.id, '00000000-0000-4000-8000-000000000000']) {
        const res = await patch(t.number, { version: 3, assigneeId }).expect(400);
        expect(res.body.errors).toEqual([expect.objectContaining({ field: 'assigneeId', code: 'invalid_assignee' })]);
      }
    });

    it.each([
      ['a version', { status: 'open' }, 'version'],
      ['a known status', { version: 1, status: '已解决' }, 'status'],
      ['a configured category', { version: 1, category: 'billing' }, 'category'],
      ['a subject within 200 characters', { version: 1, subject: '长'.repeat(201) }, 'subject'],
      ['valid tags', { version: 1, tags: ['🔥'] }, 'tags.0'],
      ['a uuid assignee', { version: 1, assigneeId: '李雷' }, 'assigneeId'],
      ['only known fields', { version: 1, assignee: 'me' }, '(root)'],
    ])('refuses a change without %s, naming the field', async (_name, body, field) => {
      const t = await fileTestTicket(app);
      const res = await patch(t.number, body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('refuses a change based on a stale version with version_conflict, changing nothing', async () => {
      const t = await fileTestTicket(app);
      await patch(t.number, { version: 1, priority: 'P1' }).expect(200);
      const stale = await patch(t.number, { version: 1, priority: 'P4' }, colleague.bearer).set('Accept-Language', 'en').expect(409);
      expect(stale.body).toMatchObject({ code: 'version_conflict', title: 'Someone else changed this first' });
      expect(stale.body.detail).toContain('version 2');
      expect((await row(t.number)).priority).toBe('P1');
    });

    it('when two staff change the same ticket at once, then one wins and the other gets 409', async () => {
      for (let round = 0; round < 3; round += 1) {
        const t = await fileTestTicket(app);
        const results = await Promise.all([
          patch(t.number, { version: 1, priority: 'P1', assigneeId: agent.id }),
          patch(t.number, { version: 1, priority: 'P4', assigneeId: colleague.id }, colleague.bearer),
        ]);
        expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
        const winner = results.find((r) => r.status === 200)!;
        const stored = await row(t.number);
        expect(stored.version).toBe(2);
        expect(stored.priority).toBe(winner.body.priority);
        expect(stored.events.filter((e) => e.type === 'priority_changed')).toHaveLength(1);
      }
    });

    it('refuses an illegal status move with invalid_transition naming both statuses', async () => {
      const t = await fileTestTicket(app);
      const res = await patch(t.number, { version: 1, status: 'closed' }).expect(409);
      expect(res.body.code).toBe('invalid_transition');
      expect(res.body.detail).toContain('A new ticket cannot become closed');
      expect((await row(t.number)).status).toBe('new');
    });
  });

  describe('resolving, confirming, closing and reopening', () => {
    it('stamps resolvedAt and closedAt, and the tracking link expires TRACKING_LINK_TTL_DAYS after closing', async () => {
      const t = await fileTestTicket(app);
      await patch(t.number, { version: 1, status: 'resolved' }).expect(200);
      const resolvedAt = clock;
      const confirmed = await post(`${t.number}/confirm`, t.link).expect(200);
      expect(confirmed.body).toMatchObject({ status: 'closed', resolvedAt: resolvedAt.toISOString(), closedAt: clock.toISOString() });
      expect(confirmed.body.events.at(-1)).toMatchObject({ type: 'resolution_confirmed', actorType: 'customer' });
      const stored = await row(t.number);
      const expiresAt = new Date(clock.getTime() + 90 * day);
      expect(stored.accessTokens[0]!.expiresAt).toEqual(expiresAt);
      expect(stored.events.at(-1)).toMatchObject({ type: 'resolution_confirmed', actorType: 'customer', before: { status: 'resolved' }, after: { status: 'closed' } });

      const closedAt = clock;
      try {
        clock = new Date(expiresAt.getTime() - 1000);
        await request(app).get(`/api/v1/tickets/${t.number}`).set('Authorization', t.link).expect(200);
        clock = expiresAt;
        const expired = await request(app).get(`/api/v1/tickets/${t.number}`).set('Authorization', t.link).expect(410);
        expect(expired.body.code).toBe('link_expired');
        await post(`${t.number}/reopen`, t.link).expect(410);
      } finally {
        clock = new Date(closedAt.getTime() + 60_000);
      }
    });

    it('lets the customer reopen a closed ticket while the link is valid, clearing the finish and the expiry', async () => {
      const t = await fileTestTicket(app);
      await patch(t.number, { version: 1, status: 'resolved' }).expect(200);
      await patch(t.number, { version: 2, status: 'closed' }).expect(200);
      expect((await row(t.number)).accessTokens[0]!.expiresAt).not.toBeNull();
      later(10 * day);
      const reopened = await post(`${t.number}/reopen`, t.link).expect(200);
      expect(reopened.body).toMatchObject({ status: 'open', resolvedAt: null, closedAt: null });
      const stored = await row(t.number);
      expect(stored.accessTokens[0]!.expiresAt).toBeNull();
      expect(stored.events.at(-1)).toMatchObject({ type: 'reopened', actorType: 'customer', before: { status: 'closed' }, after: { status: 'open' } });
    });

    it('lets staff reopen a resolved ticket, answering with the staff view', async () => {
      const t = await fileTestTicket(app);
      await patch(t.number, { version: 1, status: 'resolved' }).expect(200);
      const res = await post(`${t.number}/reopen`, agent.bearer).expect(200);
      expect(res.body).toMatchObject({ status: 'open', version: 3 });
      expect(res.body.events.filter((e: { type: string }) => !e.type.startsWith('sla_')).at(-1)).toMatchObject({ type: 'reopened', actor: { type: 'staff', userId: agent.id } });
    });

    it.each(['new', 'open', 'pending'] as const)('refuses to confirm or reopen a %s ticket', async (status) => {
      const t = await fileTestTicket(app);
      if (status !== 'new') await patch(t.number, { version: 1, status }).expect(200);
      expect((await post(`${t.number}/confirm`, t.link).expect(409)).body.code).toBe('invalid_transition');
      expect((await post(`${t.number}/reopen`, t.link).expect(409)).body.code).toBe('invalid_transition');
    });

    it('refuses to confirm twice', async () => {
      const t = await fileTestTicket(app);
      await patch(t.number, { version: 1, status: 'resolved' }).expect(200);
      await post(`${t.number}/confirm`, t.link).expect(200);
      const again = await post(`${t.number}/confirm`, t.link).expect(409);
      expect(again.body.detail).toContain('this one is closed');
    });
  });

  describe('auto-close', () => {
    it('closes tickets resolved AUTO_CLOSE_DAYS ago as the system, and leaves younger or reopened ones', async () => {
      const stale = await fileTestTicket(app);
      const reopened = await fileTestTicket(app);
      await patch(stale.number, { version: 1, status: 'resolved' }).expect(200);
      await patch(reopened.number, { version: 1, status: 'resolved' }).expect(200);
      later(2 * day);
      await post(`${reopened.number}/reopen`, reopened.link).expect(200);
      const young = await fileTestTicket(app);
      await patch(young.number, { version: 1, status: 'resolved' }).expect(200);

      later(5 * day - 60_000);
      expect(await closeStaleResolvedTickets(createServices(context()).autoClose)).toBe(0);
      later(60_000);
      expect(await closeStaleResolvedTickets(createServices(context()).autoClose)).toBe(1);

      const closed = await row(stale.number);
      expect(closed).toMatchObject({ status: 'closed', closedAt: clock, version: 3 });
      expect(closed.events.at(-1)).toMatchObject({ type: 'auto_closed', actorType: 'system', actorUserId: null, after: { status: 'closed' } });
      expect(closed.accessTokens[0]!.expiresAt).toEqual(new Date(clock.getTime() + 90 * day));
      expect((await row(reopened.number)).status).toBe('open');
      expect((await row(young.number)).status).toBe('resolved');

      later(2 * day);
      expect(await closeStaleResolvedTickets(createServices(context()).autoClose)).toBe(1);
      expect((await row(young.number)).status).toBe('closed');
      expect(await closeStaleResolvedTickets(createServices(context()).autoClose)).toBe(0);
    });

    it('runs on a schedule until stopped, and stopping waits for the run in progress', async () => {
      const t = await fileTestTicket(app);
      await patch(t.number, { version: 1, status: 'resolved' }).expect(200);
      later(8 * day);
      const stop = startAutoCloser(createServices(context()).autoClose, 60_000);
      await stop();
      expect((await row(t.number)).status).toBe('closed');
    });
  });

  it('marks the first response once; later replies change nothing and do not make staff edits stale', async () => {
    const t = await fileTestTicket(app);
    const agent = await createStaff(db.prisma);
    const reply = (body: string) => request(app).post(`/api/v1/tickets/${t.number}/messages`).set('Authorization', agent.bearer).send({ body }).expect(201);
    const first = clock;
    await reply('我们正在排查。');
    later(60_000);
    await reply('还需要一点时间。');
    const stored = await row(t.number);
    expect(stored.firstResponseAt).toEqual(first);
    expect(stored.version).toBe(1);
    await patch(t.number, { version: 1, status: 'open' }).expect(200);
  });
});
