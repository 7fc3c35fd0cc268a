import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { newSecretToken } from '../src/shared/tokens.js';
import { recordEvent } from '../src/tickets/repository.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { createMagicLink } from './support/tickets.js';
import { fileTestTicket, someIp, ticketBody, ticketTestConfig } from './support/ticket-api.js';

const config = ticketTestConfig();

type Method = 'get' | 'post' | 'patch';
type ActorName = 'anonymous' | 'own link' | 'other link' | 'magic link' | 'other magic link' | 'agent' | 'admin' | 'deactivated staff' | 'guessed link';

describe('who may reach which ticket route', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let agent: TestStaff;
  let admin: TestStaff;
  let deactivated: TestStaff;
  let ticketA: Awaited<ReturnType<typeof fileTestTicket>>;
  let ticketB: Awaited<ReturnType<typeof fileTestTicket>>;
  const headers = {} as Record<ActorName, string | undefined>;

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config });
    [agent, admin, deactivated] = [
      await createStaff(db.prisma),
      await createStaff(db.prisma, { role: 'admin' }),
      await createStaff(db.prisma, { active: false }),
    ];
    ticketA = await fileTestTicket(app);
    ticketB = await fileTestTicket(app);
    Object.assign(headers, {
      anonymous: undefined,
      'own link': ticketA.link,
      'other link': ticketB.link,
      'magic link': await createMagicLink(db.prisma, ticketA.email),
      'other magic link': await createMagicLink(db.prisma, ticketB.email),
      agent: agent.bearer,
      admin: admin.bearer,
      'deactivated staff': deactivated.bearer,
      'guessed link': `Bearer ${newSecretToken('hot_')}`,
    });
  });
  afterAll(() => close());

  const send = (method: Method, path: string, actor: ActorName, body?: object) => {
    const req = request(app)[method](`/api/v1${path}`).set('X-Forwarded-For', someIp());
    if (headers[actor]) req.set('Authorization', headers[actor]!);
    return body ? req.send(body) : req;
  };

  const refusedCredentials = { 'deactivated staff': 401, 'guessed link': 401 } as const;
  const staffOnly = { anonymous: 401, 'own link': 403, 'other link': 403, 'magic link': 403, 'other magic link': 403, agent: 200, admin: 200, ...refusedCredentials };

  const routes: { name: string; method: Method; path: () => string; body?: () => object; expected: Record<ActorName, number> }[] = [
    { name: 'GET /tickets', method: 'get', path: () => '/tickets', expected: staffOnly },
    { name: 'GET /tickets/counts', method: 'get', path: () => '/tickets/counts', expected: staffOnly },
    {
      name: 'POST /tickets/bulk',
      method: 'post',
      path: () => '/tickets/bulk',
      body: () => ({ numbers: [ticketB.number], assigneeId: null }),
      expected: staffOnly,
    },
    {
      name: 'GET /tickets/{A}',
      method: 'get',
      path: () => `/tickets/${ticketA.number}`,
      expected: { ...staffOnly, 'own link': 200, 'other link': 404, 'magic link': 200, 'other magic link': 404 },
    },
    {
      name: 'PATCH /tickets/{A}',
      method: 'patch',
      path: () => `/tickets/${ticketA.number}`,
      body: () => ({ version: 1 }),
      expected: staffOnly,
    },
    {
      // 409: the link holder reaches the action, but a new ticket cannot be confirmed.
      name: 'POST /tickets/{A}/confirm',
      method: 'post',
      path: () => `/tickets/${ticketA.number}/confirm`,
      expected: { anonymous: 401, 'own link': 409, 'other link': 404, 'magic link': 409, 'other magic link': 404, agent: 403, admin: 403, ...refusedCredentials },
    },
    {
      name: 'POST /tickets/{A}/reopen',
      method: 'post',
      path: () => `/tickets/${ticketA.number}/reopen`,
      expected: { anonymous: 401, 'own link': 409, 'other link': 404, 'magic link': 409, 'other magic link': 404, agent: 409, admin: 409, ...refusedCredentials },
    },
    {
      name: 'GET /my/ticket',
      method: 'get',
      path: () => '/my/ticket',
      expected: { anonymous: 401, 'own link': 200, 'other link': 200, 'magic link': 403, 'other magic link': 403, agent: 403, admin: 403, ...refusedCredentials },
    },
    {
      name: 'GET /my/tickets',
      method: 'get',
      path: () => '/my/tickets',
      expected: { anonymous: 401, 'own link': 403, 'other link': 403, 'magic link': 200, 'other magic link': 200, agent: 403, admin: 403, ...refusedCredentials },
    },
    {
      name: 'POST /tickets',
      method: 'post',
      path: () => '/tickets',
      body: () => ticketBody(),
      expected: { anonymous: 201, 'own link': 201, 'other link': 201, 'magic link': 201, 'other magic link': 201, agent: 201, admin: 201, ...refusedCredentials },
    },
    {
      name: 'POST /access-links',
      method: 'post',
      path: () => '/access-links',
      body: () => ({ email: `nobody-${Math.random()}@example.com` }),
      expected: { anonymous: 202, 'own link': 202, 'other link': 202, 'magic link': 202, 'other magic link': 202, agent: 202, admin: 202, ...refusedCredentials },
    },
  ];

  const cases = routes.flatMap((route) => (Object.keys(route.expected) as ActorName[]).map((actor) => [route.name, actor, route] as const));

  it.each(cases)('%s as %s', async (_name, actor, route) => {
    const res = await send(route.method, route.path(), actor, route.body?.());
    expect({ status: res.status, code: res.body.code }).toMatchObject({ status: route.expected[actor] });
  });

  it('leaves ticket A untouched by all of that', async () => {
    const a = await db.prisma.ticket.findUniqueOrThrow({ where: { number: Number(ticketA.number.slice(3)) } });
    expect(a).toMatchObject({ status: 'new', version: 1, assigneeId: null });
  });

  it('when a tracking link opens /my/ticket, then it is that link’s own ticket, as its requester sees it', async () => {
    const own = await send('get', '/my/ticket', 'own link').expect(200);
    const other = await send('get', '/my/ticket', 'other link').expect(200);
    expect(own.body).toMatchObject({ number: ticketA.number, requester: { email: ticketA.email } });
    expect(other.body.number).toBe(ticketB.number);
    expect(own.body).not.toHaveProperty('version');
  });

  describe('IDOR attempts', () => {
    const withoutRequest = (body: Record<string, unknown>) => ({ ...body, instance: undefined, requestId: undefined });

    it('when I quote another ticket’s number with my link, then it is the same 404 as a ticket that does not exist', async () => {
      const bNumber = ticketB.number.slice(3);
      const other = await send('get', `/tickets/${ticketB.number}`, 'own link').expect(404);
      const missing = await send('get', '/tickets/HO-999999', 'own link').expect(404);
      expect(withoutRequest(other.body)).toEqual(withoutRequest(missing.body));
      for (const form of [bNumber, `ho-${bNumber}`]) await send('get', `/tickets/${form}`, 'own link').expect(404);
      await send('post', `/tickets/${ticketB.number}/reopen`, 'own link').expect(404);
      await send('post', `/tickets/${ticketB.number}/confirm`, 'magic link').expect(404);
    });

    it('refuses random, guessed and altered tracking tokens with 401', async () => {
      const altered = ticketA.token.slice(0, -1) + (ticketA.token.endsWith('A') ? 'B' : 'A');
      for (const token of [newSecretToken('hot_'), 'hot_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', altered, 'hot_', `${ticketA.token}x`, newSecretToken('hom_')]) {
        const res = await request(app).get(`/api/v1/tickets/${ticketA.number}`).set('Authorization', `Bearer ${token}`).expect(401);
        expect(res.body.code).toBe('unauthenticated');
      }
    });

    it('does not accept the tracking token anywhere but the Authorization header', async () => {
      await request(app).get(`/api/v1/tickets/${ticketA.number}?token=${ticketA.token}`).expect(401);
    });
  });

  describe('what the customer sees', () => {
    it('shows the link holder the customer view: no assignee e-mail, tags or internal timeline entries; staff see everything', async () => {
      const ticket = await fileTestTicket(app);
      const id = (await db.prisma.ticket.findUniqueOrThrow({ where: { number: Number(ticket.number.slice(3)) } })).id;
      await request(app)
        .patch(`/api/v1/tickets/${ticket.number}`)
        .set('Authorization', agent.bearer)
        .send({ version: 1, assigneeId: agent.id, tags: ['内部', 'vip'], status: 'open', priority: 'P1' })
        .expect(200);
      // What the conversation and attachment features record beside the ticket's own changes.
      const staffActor = { kind: 'staff', userId: agent.id, email: agent.email, name: agent.name, role: 'agent', locale: 'en', via: 'token' } as const;
      const at = new Date(Date.now() + 1000);
      await db.prisma.$transaction(async (tx) => {
        await recordEvent(tx, { ticketId: id, actor: staffActor, type: 'note_added', after: { messageId: 'n1', visibility: 'internal' }, at });
        await recordEvent(tx, { ticketId: id, actor: staffActor, type: 'attachment_added', after: { filename: '内部.txt', messageId: 'n1', visibility: 'internal' }, at });
        await recordEvent(tx, { ticketId: id, actor: staffActor, type: 'attachment_added', after: { filename: 'unmarked.txt' }, at });
        await recordEvent(tx, { ticketId: id, actor: staffActor, type: 'reply_added', after: { messageId: 'r1', visibility: 'public' }, at });
        await recordEvent(tx, { ticketId: id, actor: staffActor, type: 'attachment_added', after: { filename: '修复说明.pdf', messageId: 'r1', visibility: 'public' }, at });
      });

      const customer = await request(app).get(`/api/v1/tickets/${ticket.number}`).set('Authorization', ticket.link).expect(200);
      expect(customer.headers['cache-control']).toBe('no-store');
      expect(customer.body.assignee).toEqual({ name: agent.name });
      for (const field of ['tags', 'version', 'source', 'firstResponseAt']) expect(customer.body).not.toHaveProperty(field);
      expect(JSON.stringify(customer.body)).not.toContain(agent.email);
      expect(JSON.stringify(customer.body)).not.toContain(agent.id);
      expect(JSON.stringify(customer.body)).not.toContain('内部');
      expect(JSON.stringify(customer.body)).not.toContain('unmarked');
      // Events of one instant have no defined order, so only the set is certain after `created`.
      const types = customer.body.events.map((e: { type: string }) => e.type);
      expect(types[0]).toBe('created');
      expect(types.slice(1).sort()).toEqual(['attachment_added', 'priority_changed', 'reply_added', 'status_changed']);
      expect(customer.body.events.find((e: { type: string }) => e.type === 'attachment_added').after.filename).toBe('修复说明.pdf');
      const statusChange = customer.body.events.find((e: { type: string }) => e.type === 'status_changed');
      expect(statusChange).toMatchObject({ actorType: 'staff', before: { status: 'new' }, after: { status: 'open' } });

      const staff = await request(app).get(`/api/v1/tickets/${ticket.number}`).set('Authorization', admin.bearer).expect(200);
      expect(staff.body).toMatchObject({ assignee: { id: agent.id, name: agent.name, email: agent.email }, tags: ['内部', 'vip'], version: 2, source: 'web' });
      expect(staff.body.events.map((e: { type: string }) => e.type)).toEqual(
        expect.arrayContaining(['created', 'status_changed', 'priority_changed', 'tags_changed', 'assignee_changed', 'note_added', 'reply_added']),
      );
      const assigned = staff.body.events.find((e: { type: string }) => e.type === 'assignee_changed');
      expect(assigned).toMatchObject({ actor: { type: 'staff', userId: agent.id, name: agent.name }, before: { assignee: null }, after: { assignee: { id: agent.id } } });
    });
  });
});
