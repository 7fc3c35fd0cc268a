import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { encodeCursor } from '../src/http/cursor.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { postTicket, ticketBody, ticketTestConfig } from './support/ticket-api.js';
import { createMagicLink, createTicket, type TestTicket } from './support/tickets.js';

const lone = '\ud800';

/** Each of these reached PostgreSQL or the outbox and came back as a 500; each must be a field error now. */
describe('bad input is a field error, never a 500', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let agent: TestStaff;
  let admin: TestStaff;
  let ticket: TestTicket;
  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config: ticketTestConfig() });
    agent = await createStaff(db.prisma);
    admin = await createStaff(db.prisma, { role: 'admin' });
    ticket = await createTicket(db.prisma, { status: 'open' });
  });
  afterAll(() => close());

  const fields = (res: request.Response) => {
    expect(res.status).toBe(400);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.code).toBe('validation_failed');
    return (res.body.errors as { field: string; code: string }[]).map((e) => [e.field, e.code]);
  };

  it.each(['/api/v1/tickets/%zz', '/api/v1/tickets/%E0%A4%A/messages', `/api/v1/tickets/HO-1/attachments/%zz`])('a bad percent-escape in %s', async (path) => {
    expect(fields(await request(app).get(path).set('Authorization', agent.bearer))).toEqual([['(path)', 'invalid_escape']]);
    expect(fields(await request(app).get(path))).toEqual([['(path)', 'invalid_escape']]);
  });

  it('a NUL character in a reply or in the queue filters', async () => {
    const reply = await request(app).post(`/api/v1/tickets/${ticket.reference}/messages`).set('Authorization', ticket.bearer).send({ body: 'log:\u0000end' });
    expect(fields(reply)).toEqual([['body', 'invalid_text']]);
    const note = await request(app).post(`/api/v1/tickets/${ticket.reference}/messages`).set('Authorization', agent.bearer).field('body', 'a\u0000b');
    expect(fields(note)).toEqual([['body', 'invalid_text']]);
    for (const filter of ['q', 'category', 'tag', 'requester']) {
      const res = await request(app).get('/api/v1/tickets').query({ [filter]: 'a\u0000b' }).set('Authorization', agent.bearer);
      expect(fields(res)).toEqual([[filter, 'invalid_text']]);
    }
    expect(await db.prisma.message.count()).toBe(0);
  });

  it('a lone surrogate in a subject, description, name or reply', async () => {
    const before = await db.prisma.ticket.count();
    const cases: [Record<string, unknown>, Record<string, unknown>, string][] = [
      [{ subject: `登录失败 ${lone}` }, {}, 'subject'],
      [{ description: `日志 ${lone}` }, {}, 'description'],
      [{}, { name: `王${lone}` }, 'requester.name'],
      [{}, { organisation: `${lone}` }, 'requester.organisation'],
    ];
    for (const [overrides, requester, field] of cases) {
      expect(fields(await postTicket(app, ticketBody(overrides, requester)))).toEqual([[field, 'invalid_text']]);
    }
    const multipart = await request(app)
      .post('/api/v1/tickets')
      .field('ticket', JSON.stringify(ticketBody({ subject: `x${lone}` })))
      .attach('files', Buffer.from('log line\n'), 'a.log');
    expect(fields(multipart)).toEqual([['subject', 'invalid_text']]);
    const reply = await request(app).post(`/api/v1/tickets/${ticket.reference}/messages`).set('Authorization', ticket.bearer).send({ body: `thanks ${lone}` });
    expect(fields(reply)).toEqual([['body', 'invalid_text']]);
    expect(await db.prisma.ticket.count()).toBe(before);
    expect(await db.prisma.outboxMessage.count()).toBe(0);
  });

  const outOfRange = [
    ['year 0000 (priority order)', encodeCursor(['p', 'P2', '0000-01-01T00:00:00.000Z', 5]), 'priority'],
    ['a number past 2^31 (priority order)', encodeCursor(['p', 'P2', '2026-01-01T00:00:00.000Z', 2 ** 31]), 'priority'],
    ['year 0000 (updated order)', encodeCursor(['u', '0000-06-01T00:00:00Z', 5]), 'updated'],
    ['a number past 2^31 (updated order)', encodeCursor(['u', '2026-01-01T00:00:00Z', 2 ** 40]), 'updated'],
  ] as const;

  it.each(outOfRange)('a queue cursor holding %s', async (_name, cursor, sort) => {
    const res = await request(app).get('/api/v1/tickets').query({ cursor, sort }).set('Authorization', agent.bearer);
    expect(fields(res)).toEqual([['cursor', 'invalid_cursor']]);
  });

  it('a "my tickets" cursor and an outbox cursor out of range', async () => {
    const magic = await createMagicLink(db.prisma, ticket.requesterEmail);
    for (const [, cursor, sort] of outOfRange.filter(([, , sort]) => sort === 'updated')) {
      const mine = await request(app).get('/api/v1/my/tickets').query({ cursor }).set('Authorization', magic);
      expect(fields(mine), sort).toEqual([['cursor', 'invalid_cursor']]);
    }
    for (const cursor of [encodeCursor(['o', '0000-01-01T00:00:00Z', '6f1c1a8e-52a7-4c4e-9d55-6a1f0e1e2b3c']), encodeCursor(['o', '+275760-09-13T00:00:00Z', 'x'])]) {
      const outbox = await request(app).get('/api/v1/admin/outbox').query({ cursor }).set('Authorization', admin.bearer);
      expect(fields(outbox)).toEqual([['cursor', 'invalid_cursor']]);
    }
  });
});
