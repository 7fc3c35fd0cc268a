import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffActor } from '../src/auth/actor.js';
import { createContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { seedDemoData } from '../src/demo/seed.js';
import { createServices } from '../src/services.js';
import { testApp, testConfig } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { silentLogger } from './support/logger.js';
import { createSession, createStaff, type TestStaff } from './support/staff.js';
import { fileTestTicket, ticketTestConfig } from './support/ticket-api.js';

type Reply = { id: string; name: string; scope: string; status: string | null; editable: boolean; version: number; usageCount: number; bodyZh: string; bodyEn: string };

describe('saved replies', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let agent: TestStaff;
  let colleague: TestStaff;
  let admin: TestStaff;

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config: ticketTestConfig() });
    agent = await createStaff(db.prisma, { name: 'Li Lei' });
    colleague = await createStaff(db.prisma);
    admin = await createStaff(db.prisma, { role: 'admin' });
  });
  afterAll(() => close());

  let names = 0;
  const reply = (overrides: object = {}) => ({ name: `回复 Reply ${++names}`, bodyZh: '{{requester.name}}，您好！', bodyEn: 'Hello {{requester.name}},', ...overrides });
  const create = (staff: TestStaff, body: object) => request(app).post('/api/v1/saved-replies').set('Authorization', staff.bearer).send(body);
  const patch = (staff: TestStaff, id: string, body: object) => request(app).patch(`/api/v1/saved-replies/${id}`).set('Authorization', staff.bearer).send(body);
  const remove = (staff: TestStaff, id: string) => request(app).delete(`/api/v1/saved-replies/${id}`).set('Authorization', staff.bearer);
  const list = async (staff: TestStaff, q?: string): Promise<Reply[]> => {
    const res = await request(app).get('/api/v1/saved-replies').query(q === undefined ? {} : { q }).set('Authorization', staff.bearer).expect(200);
    return res.body.items;
  };
  const render = (staff: TestStaff, number: string, id: string) =>
    request(app).post(`/api/v1/tickets/${number}/saved-replies/${id}/render`).set('Authorization', staff.bearer);

  describe('who sees and changes which', () => {
    it('keeps an agent’s personal reply to that agent: listed for them, 404 for everyone else, administrators included', async () => {
      const res = await create(agent, reply({ name: '我的问候 My greeting' })).expect(201);
      const mine = res.body as Reply;
      expect(res.headers.location).toBe(`/api/v1/saved-replies/${mine.id}`);
      expect(mine).toMatchObject({ scope: 'personal', status: null, editable: true, version: 1, usageCount: 0, createdBy: { id: agent.id, name: 'Li Lei' } });
      expect((await list(agent)).map((r) => r.id)).toContain(mine.id);
      for (const other of [colleague, admin]) {
        expect((await list(other)).map((r) => r.id)).not.toContain(mine.id);
        expect((await patch(other, mine.id, { version: 1, name: 'taken over' }).expect(404)).body.code).toBe('not_found');
        await remove(other, mine.id).expect(404);
        const { number } = await fileTestTicket(app);
        await render(other, number, mine.id).expect(404);
      }
    });

    it('refuses an agent a shared reply with 403 and stores nothing', async () => {
      const before = await db.prisma.savedReply.count();
      const res = await create(agent, reply({ scope: 'shared' })).expect(403);
      expect(res.body.code).toBe('forbidden');
      expect(await db.prisma.savedReply.count()).toBe(before);
    });

    it('shows an administrator’s shared reply to every member, and lets only administrators change or delete it', async () => {
      const shared = (await create(admin, reply({ scope: 'shared', status: 'pending' })).expect(201)).body as Reply;
      expect(shared).toMatchObject({ scope: 'shared', status: 'pending', editable: true });
      for (const member of [agent, colleague]) {
        expect((await list(member)).find((r) => r.id === shared.id)).toMatchObject({ editable: false });
        expect((await patch(member, shared.id, { version: 1, status: null }).expect(403)).body.code).toBe('forbidden');
        await remove(member, shared.id).expect(403);
      }
      const changed = await patch(admin, shared.id, { version: 1, status: null, bodyEn: 'Hi {{requester.name}}' }).expect(200);
      expect(changed.body).toMatchObject({ status: null, bodyEn: 'Hi {{requester.name}}', bodyZh: shared.bodyZh, version: 2 });
      await remove(admin, shared.id).expect(204);
      expect((await list(agent)).map((r) => r.id)).not.toContain(shared.id);
      await remove(admin, shared.id).expect(404);
    });

    it('lets an owner change and delete a personal reply, and an administrator keep personal ones too', async () => {
      const mine = (await create(colleague, reply()).expect(201)).body as Reply;
      const renamed = await patch(colleague, mine.id, { version: 1, name: '  Renamed  ', status: 'resolved' }).expect(200);
      expect(renamed.body).toMatchObject({ name: 'Renamed', status: 'resolved', version: 2 });
      await remove(colleague, mine.id).expect(204);
      const adminOwn = (await create(admin, reply()).expect(201)).body as Reply;
      expect(adminOwn.scope).toBe('personal');
      expect((await list(agent)).map((r) => r.id)).not.toContain(adminOwn.id);
    });

    it('asks anonymous callers to sign in', async () => {
      expect((await request(app).get('/api/v1/saved-replies').expect(401)).body.code).toBe('unauthenticated');
      await request(app).post('/api/v1/saved-replies').send(reply()).expect(401);
    });

    it('wants the CSRF token with a console session, like every write', async () => {
      const session = await createSession(db.prisma, agent);
      await request(app).post('/api/v1/saved-replies').set('Cookie', session.Cookie!).send(reply()).expect(403);
      await request(app).post('/api/v1/saved-replies').set(session).send(reply()).expect(201);
    });
  });

  describe('names', () => {
    it('are unique among the shared replies and among each member’s own, ignoring case', async () => {
      await create(admin, reply({ scope: 'shared', name: 'Restart the service' })).expect(201);
      const again = await create(admin, reply({ scope: 'shared', name: 'RESTART the Service' })).expect(409);
      expect(again.body.code).toBe('conflict');
      expect(again.body.errors).toEqual([{ field: 'name', code: 'taken', message: 'This name is already in use.' }]);
      // The same name in another scope, or as another member's personal reply, is a different reply.
      const personal = (await create(agent, reply({ name: 'restart the service' })).expect(201)).body as Reply;
      await create(colleague, reply({ name: 'Restart The Service' })).expect(201);
      await create(agent, reply({ name: 'Restart the service' })).expect(409);
      const other = (await create(agent, reply({ name: 'Something else' })).expect(201)).body as Reply;
      expect((await patch(agent, other.id, { version: 1, name: 'RESTART THE SERVICE' }).expect(409)).body.errors[0].field).toBe('name');
      expect((await db.prisma.savedReply.findUniqueOrThrow({ where: { id: other.id } })).version).toBe(1);
      expect(personal.name).toBe('restart the service');
    });

    it('are listed in order (Chinese by pinyin, then Latin ignoring case, numbers by value) and filtered by text in the name or a body', async () => {
      const staff = await createStaff(db.prisma);
      for (const name of ['beta', 'Alpha', '问候', 'Step 10', '索取日志', 'Step 2']) await create(staff, reply({ name, bodyEn: `About ${name}: {{ticket.subject}}` })).expect(201);
      const own = (await list(staff)).filter((r) => r.scope === 'personal').map((r) => r.name);
      expect(own).toEqual(['索取日志', '问候', 'Alpha', 'beta', 'Step 2', 'Step 10']);
      expect((await list(staff, 'STEP')).filter((r) => r.scope === 'personal').map((r) => r.name)).toEqual(['Step 2', 'Step 10']);
      expect((await list(staff, 'about alpha')).map((r) => r.name)).toEqual(['Alpha']);
      // LIKE's wildcards are text here.
      await create(staff, reply({ name: '折扣 100%' })).expect(201);
      expect((await list(staff, '%')).map((r) => r.name)).toEqual(['折扣 100%']);
      expect(await list(staff, 'Step_')).toEqual([]);
    });

    it('are required and kept to 100 characters on one line', async () => {
      const blank = await create(agent, reply({ name: '   ' })).expect(400);
      expect(blank.body.errors[0].field).toBe('name');
      await create(agent, reply({ name: 'x'.repeat(101) })).expect(400);
      await create(agent, reply({ name: 'two\nlines' })).expect(400);
      await create(agent, reply({ bodyEn: '  ' })).expect(400);
      await create(agent, reply({ status: 'closed' })).expect(400);
      await create(agent, { name: 'no bodies' }).expect(400);
    });
  });

  it('refuses a stale edit with version_conflict and keeps the other edit', async () => {
    const shared = (await create(admin, reply({ scope: 'shared' })).expect(201)).body as Reply;
    const other = await createStaff(db.prisma, { role: 'admin' });
    await patch(other, shared.id, { version: 1, bodyZh: '第一位管理员的修改' }).expect(200);
    const stale = await patch(admin, shared.id, { version: 1, bodyZh: '第二位的修改' }).expect(409);
    expect(stale.body.code).toBe('version_conflict');
    expect(stale.body.detail).toContain('now at version 2');
    const stored = await db.prisma.savedReply.findUniqueOrThrow({ where: { id: shared.id } });
    expect(stored).toMatchObject({ bodyZh: '第一位管理员的修改', version: 2 });
    await patch(admin, shared.id, { version: 2, bodyZh: '第二位的修改' }).expect(200);
    expect((await patch(admin, shared.id, { version: 3 }).expect(400)).body.code).toBe('validation_failed');
  });

  describe('placeholders', () => {
    it('refuses an unknown one when saving, naming each body that holds one, and stores nothing', async () => {
      const before = await db.prisma.savedReply.count();
      const res = await create(agent, reply({ bodyZh: '{{customer.name}}，您好', bodyEn: 'Dear {{ requester.email }} and {{customer.name}}' })).expect(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
        ['bodyZh', 'unknown_placeholder'],
        ['bodyEn', 'unknown_placeholder'],
      ]);
      expect(res.body.errors[1].message).toContain('{{requester.email}}, {{customer.name}}');
      expect(res.body.errors[1].message).toContain('{{tracking.link}}');
      expect(await db.prisma.savedReply.count()).toBe(before);
    });

    it('refuses an unknown one in a change too, and accepts every known one, spaces inside the braces allowed', async () => {
      const mine = (await create(agent, reply()).expect(201)).body as Reply;
      const typo = await patch(agent, mine.id, { version: 1, bodyEn: 'See {{tracking.url}}' }).expect(400);
      expect(typo.body.errors).toEqual([expect.objectContaining({ field: 'bodyEn', code: 'unknown_placeholder' })]);
      const all = '{{requester.name}} {{ ticket.number }} {{ticket.subject}} {{tracking.link}} {{agent.name}} { single } {{ unclosed';
      await patch(agent, mine.id, { version: 1, bodyEn: all }).expect(200);
    });
  });

  describe('filled in for a ticket', () => {
    let template: Reply;
    beforeAll(async () => {
      template = (
        await create(admin, {
          name: '索取日志 Ask for logs',
          scope: 'shared',
          status: 'pending',
          bodyZh: '{{requester.name}}，您好：\n\n关于 {{ticket.number}}「{{ticket.subject}}」，请把日志发给我们。进度：{{tracking.link}}\n\n{{agent.name}}',
          bodyEn: 'Hello {{requester.name}},\n\nAbout {{ ticket.number }} "{{ticket.subject}}": please send us the logs. Progress: {{tracking.link}}\n\n{{agent.name}}',
        }).expect(201)
      ).body as Reply;
    });

    it('uses the requester’s language and the ticket’s values, the tracking link being the my-tickets page', async () => {
      const zh = await fileTestTicket(app, { subject: '升级后无法登录' }, { name: '王小明', locale: 'zh-Hans' });
      const res = await render(agent, zh.number, template.id).expect(200);
      expect(res.body).toEqual({
        body: `王小明，您好：\n\n关于 ${zh.number}「升级后无法登录」，请把日志发给我们。进度：https://support.example.com/support/my-tickets\n\nLi Lei`,
        status: 'pending',
        locale: 'zh-Hans',
      });

      const en = await fileTestTicket(app, { subject: 'Cannot sign in' }, { name: 'Alice Chen', locale: 'en' });
      const english = await render(agent, en.number.replace('HO-', ''), template.id).expect(200);
      expect(english.body).toEqual({
        body: `Hello Alice Chen,\n\nAbout ${en.number} "Cannot sign in": please send us the logs. Progress: https://support.example.com/en/support/my-tickets\n\nLi Lei`,
        status: 'pending',
        locale: 'en',
      });
    });

    it('inserts what the customer typed as text: Markdown in it is escaped, a placeholder in it is not filled', async () => {
      const filed = await fileTestTicket(app, { subject: '[Reset your password](https://evil.example) {{agent.name}}' }, { name: 'O’Brien *bold*', locale: 'en' });
      const res = await render(agent, filed.number, template.id).expect(200);
      expect(res.body.body).toContain('Hello O’Brien \\*bold\\*,');
      expect(res.body.body).toContain('"\\[Reset your password\\](https://evil.example) {{agent.name}}"');
    });

    it('counts the use without a new version, so an editor’s copy stays current', async () => {
      const { number } = await fileTestTicket(app);
      await render(colleague, number, template.id).expect(200);
      const stored = await db.prisma.savedReply.findUniqueOrThrow({ where: { id: template.id } });
      expect(stored.usageCount).toBeGreaterThanOrEqual(1);
      expect(stored.lastUsedAt).toBeInstanceOf(Date);
      expect(stored.version).toBe(1);
      expect(stored.updatedAt).toEqual(stored.createdAt);
    });

    it('answers 404 for a missing ticket or reply', async () => {
      const { number } = await fileTestTicket(app);
      await render(agent, 'HO-999999', template.id).expect(404);
      await render(agent, number, '00000000-0000-4000-8000-000000000000').expect(404);
      expect((await render(agent, number, 'not-a-uuid').expect(400)).body.errors[0].field).toBe('id');
    });

    it('posted through the conversation with its status, moves the ticket and tells the customer in one e-mail', async () => {
      const resolvedReply = (
        await create(agent, reply({ status: 'resolved', bodyZh: '{{requester.name}}，已修复，请确认。', bodyEn: 'Fixed, {{requester.name}}; please confirm.' })).expect(201)
      ).body as Reply;
      const filed = await fileTestTicket(app, {}, { name: '李娜', locale: 'zh-Hans' });
      for (const [saved, expected] of [[template, 'pending'], [resolvedReply, 'resolved']] as const) {
        const rendered = (await render(agent, filed.number, saved.id).expect(200)).body as { body: string; status: string };
        const mailsBefore = await db.prisma.outboxMessage.count({ where: { recipient: filed.email } });
        await request(app)
          .post(`/api/v1/tickets/${filed.number}/messages`)
          .set('Authorization', agent.bearer)
          .send({ body: rendered.body, status: rendered.status })
          .expect(201);
        const ticket = await request(app).get(`/api/v1/tickets/${filed.number}`).set('Authorization', agent.bearer).expect(200);
        expect(ticket.body.status).toBe(expected);
        const mails = await db.prisma.outboxMessage.findMany({ where: { recipient: filed.email }, orderBy: { createdAt: 'asc' }, select: { kind: true } });
        expect(mails.slice(mailsBefore).map((m) => m.kind)).toEqual([`ticket_${expected}`]);
      }
      const messages = await request(app).get(`/api/v1/tickets/${filed.number}/messages`).set('Authorization', filed.link).expect(200);
      expect(messages.body.messages.map((m: { body: string }) => m.body)).toEqual([expect.stringContaining('李娜，您好'), '李娜，已修复，请确认。']);
    });
  });
});

describe('the demo data', () => {
  it('shares three saved replies with the team, which fill in for the demo tickets in their requesters’ languages', async () => {
    const { db, close } = await migratedDatabase();
    try {
      const services = createServices(createContext({ config: testConfig(), db, logger: silentLogger }));
      await seedDemoData(services);
      const user = await db.prisma.user.findUniqueOrThrow({ where: { email: 'agent@example.com' } });
      const agent: StaffActor = { kind: 'staff', userId: user.id, email: user.email, name: user.name, role: 'agent', locale: user.locale, via: 'session' };
      const { items } = await services.savedReplies.list(agent);
      expect(items.map((r) => [r.name, r.scope, r.status, r.editable])).toEqual([
        ['索取日志 Ask for logs', 'shared', 'pending', false],
        ['问候 Greeting', 'shared', null, false],
        ['已修复，请确认 Fixed, please confirm', 'shared', 'resolved', false],
      ]);
      const english = await db.prisma.ticket.findFirstOrThrow({ where: { requesterLocale: 'en' }, orderBy: { number: 'asc' } });
      const chinese = await db.prisma.ticket.findFirstOrThrow({ where: { requesterLocale: 'zh-Hans' }, orderBy: { number: 'asc' } });
      for (const reply of items) {
        const en = await services.savedReplies.render(agent, String(english.number), reply.id);
        expect(en.body).toMatch(new RegExp(`^Hello ${english.requesterName},`));
        const zh = await services.savedReplies.render(agent, String(chinese.number), reply.id);
        expect(zh.body).toMatch(new RegExp(`^${chinese.requesterName}，您好`));
        for (const body of [en.body, zh.body]) {
          expect(body).not.toContain('{{');
          expect(body).toContain('演示客服 Demo Agent');
        }
      }
    } finally {
      await close();
    }
  });
});
