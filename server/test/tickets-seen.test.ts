import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createSession, createStaff, type TestStaff } from './support/staff.js';
import { fileTestTicket, ticketTestConfig } from './support/ticket-api.js';

const config = ticketTestConfig();

describe('"changed since I last opened it" in the queue', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let li: TestStaff;
  let han: TestStaff;
  const sessions: Record<string, Record<string, string>> = {};
  let clock = new Date('2026-12-01T02:00:00.000Z');
  const later = (ms = 60_000) => {
    clock = new Date(clock.getTime() + ms);
  };

  /** Opens the ticket in the console (a session), as an agent does. */
  const open = (staff: TestStaff, number: string) => request(app).get(`/api/v1/tickets/${number}`).set(sessions[staff.id]!).expect(200);
  const unseen = async (staff: TestStaff, number: string) => {
    const res = await request(app).get('/api/v1/tickets?sort=updated&limit=100').set(sessions[staff.id]!).expect(200);
    const row = (res.body.items as { number: string; unseen: boolean }[]).find((item) => item.number === number);
    if (!row) throw new Error(`${number} is not in the queue`);
    return row.unseen;
  };
  const customerReplies = (ticket: { number: string; link: string }, body = '还是不行') => {
    later();
    return request(app).post(`/api/v1/tickets/${ticket.number}/messages`).set('Authorization', ticket.link).send({ body }).expect(201);
  };
  const newTicket = async () => {
    later();
    return fileTestTicket(app);
  };

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config, now: () => clock });
    li = await createStaff(db.prisma, { name: '李雷' });
    han = await createStaff(db.prisma, { name: '韩梅梅' });
    sessions[li.id] = await createSession(db.prisma, li);
    sessions[han.id] = await createSession(db.prisma, han);
  });
  afterAll(() => close());

  it('marks a ticket never opened as unseen, and seen once the agent has opened it', async () => {
    const ticket = await newTicket();
    expect(await unseen(li, ticket.number)).toBe(true);
    later();
    await open(li, ticket.number);
    expect(await unseen(li, ticket.number)).toBe(false);
    expect(await unseen(han, ticket.number)).toBe(true); // per agent
  });

  it('marks it unseen again when the customer replies, and seen after the agent reads the reply', async () => {
    const ticket = await newTicket();
    await open(li, ticket.number);
    await customerReplies(ticket);
    expect(await unseen(li, ticket.number)).toBe(true);
    later();
    await open(li, ticket.number);
    expect(await unseen(li, ticket.number)).toBe(false);
  });

  it('writes nothing when an agent re-reads a ticket that has not changed', async () => {
    const ticket = await newTicket();
    await open(li, ticket.number);
    const where = { userId: li.id, ticket: { number: Number(ticket.number.slice(3)) } };
    const first = await db.prisma.ticketView.findFirstOrThrow({ where });
    later();
    await open(li, ticket.number);
    expect(await db.prisma.ticketView.findFirstOrThrow({ where })).toEqual(first);
    // What is kept is the ticket's own time, not the reader's clock.
    const row = await db.prisma.ticket.findUniqueOrThrow({ where: { number: Number(ticket.number.slice(3)) } });
    expect(first).toMatchObject({ seenAt: row.updatedAt, seenVersion: row.version });
  });

  it('does not mark the agent’s own change as news to them, but does to a colleague', async () => {
    const ticket = await newTicket();
    await open(li, ticket.number);
    await open(han, ticket.number);
    later();
    const current = await open(li, ticket.number);
    await request(app)
      .patch(`/api/v1/tickets/${ticket.number}`)
      .set(sessions[li.id]!)
      .send({ version: current.body.version, status: 'open', priority: 'P1' })
      .expect(200);
    later();
    await request(app).post(`/api/v1/tickets/${ticket.number}/messages`).set(sessions[li.id]!).send({ body: '我们正在排查。' }).expect(201);
    expect(await unseen(li, ticket.number)).toBe(false);
    expect(await unseen(han, ticket.number)).toBe(true);
  });

  it('keeps a ticket unseen when the agent changes it without having read the customer’s latest reply', async () => {
    const ticket = await newTicket();
    await open(li, ticket.number);
    await customerReplies(ticket, '补充：日志在附件里');
    later();
    const res = await request(app)
      .post('/api/v1/tickets/bulk')
      .set(sessions[li.id]!)
      .send({ numbers: [ticket.number], priority: 'P3' })
      .expect(200);
    expect(res.body.succeeded).toBe(1);
    expect(await unseen(li, ticket.number)).toBe(true); // the reply is still news to them
  });

  it('does not count a read with an API token (a script) as the agent having seen it', async () => {
    const ticket = await newTicket();
    await request(app).get(`/api/v1/tickets/${ticket.number}`).set('Authorization', li.bearer).expect(200);
    expect(await unseen(li, ticket.number)).toBe(true);
    expect(await db.prisma.ticketView.count({ where: { userId: li.id, ticket: { number: Number(ticket.number.slice(3)) } } })).toBe(0);
  });
});
