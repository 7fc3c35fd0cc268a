import type { Server } from 'node:http';
import net from 'node:net';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UploadBudget } from '../src/http/upload-budget.js';
import type { Database } from '../src/db/database.js';
import { customerReplyWindowMs } from '../src/notifications/ticket-mail.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createStaff } from './support/staff.js';
import { someIp, ticketBody, ticketTestConfig } from './support/ticket-api.js';
import { createTicket } from './support/tickets.js';

const log = (bytes: number) => Buffer.from('2026-12-01 ERROR x\n'.repeat(Math.ceil(bytes / 19)).slice(0, bytes));

/** Opens a request and sends only `start` of its body, leaving the connection open; resolves with what comes back. */
function partialRequest(port: number, head: string, start: string): { answer: Promise<string>; socket: net.Socket } {
  const socket = net.connect(port, '127.0.0.1');
  const answer = new Promise<string>((resolve) => {
    let text = '';
    socket.on('data', (chunk) => {
      text += String(chunk);
      if (text.includes('\r\n\r\n') && /\r\n\r\n[\s\S]*\}/.test(text)) resolve(text);
    });
    socket.on('error', () => resolve(text));
    socket.on('close', () => resolve(text));
  });
  socket.write(head + start);
  return { answer, socket };
}

describe('upload limits hold before and while files are read', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config: ticketTestConfig({ ATTACHMENT_MAX_BYTES: '8000', UPLOAD_MEMORY_BUDGET_BYTES: '10000' }) });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await close();
  });
  const budget = () => app.locals.uploads as UploadBudget;
  const head = (length: number) =>
    `POST /api/v1/tickets HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: ${someIp()}\r\nConnection: close\r\n` +
    `Content-Type: multipart/form-data; boundary=x\r\nContent-Length: ${length}\r\n\r\n`;

  it('refuses an invalid ticket part before reading the files that follow it', async () => {
    const start =
      `--x\r\nContent-Disposition: form-data; name="ticket"\r\n\r\n${JSON.stringify(ticketBody({ priority: 'P9', tags: undefined }))}\r\n` +
      `--x\r\nContent-Disposition: form-data; name="files"; filename="big.log"\r\n\r\n${log(2000)}`;
    // The body announces 5 MB and stops early: an answer can only come from the checks that run before the files.
    const { answer, socket } = partialRequest(port, head(5_000_000), start);
    const text = await answer;
    socket.destroy();
    expect(text).toMatch(/^HTTP\/1\.1 400/);
    expect(text).toContain('"field":"priority"');
    expect(budget().inUse).toBe(0);
  });

  it('answers 503 with Retry-After when uploads in flight would pass the server-wide budget, and files nothing', async () => {
    const before = await db.prisma.ticket.count();
    const res = await request(app)
      .post('/api/v1/tickets')
      .set('X-Forwarded-For', someIp())
      .field('ticket', JSON.stringify(ticketBody({ tags: undefined })))
      .attach('files', log(6000), 'a.log')
      .attach('files', log(6000), 'b.log')
      .expect(503);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.code).toBe('server_busy');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(await db.prisma.ticket.count()).toBe(before);
    await expect.poll(() => budget().inUse).toBe(0);
  });

  it('counts a slow upload still in flight against the budget, and gives its bytes back when it ends', async () => {
    const start =
      `--x\r\nContent-Disposition: form-data; name="ticket"\r\n\r\n${JSON.stringify(ticketBody({ tags: undefined }))}\r\n` +
      `--x\r\nContent-Disposition: form-data; name="files"; filename="slow.log"\r\n\r\n${log(7000)}`;
    const slow = partialRequest(port, head(1_000_000), start);
    await expect.poll(() => budget().inUse).toBe(7000);
    const refused = await request(app)
      .post('/api/v1/tickets')
      .set('X-Forwarded-For', someIp())
      .field('ticket', JSON.stringify(ticketBody({ tags: undefined })))
      .attach('files', log(5000), 'c.log');
    expect(refused.status).toBe(503);
    slow.socket.destroy();
    await expect.poll(() => budget().inUse).toBe(0);
    await request(app)
      .post('/api/v1/tickets')
      .set('X-Forwarded-For', someIp())
      .field('ticket', JSON.stringify(ticketBody({ tags: undefined })))
      .attach('files', log(5000), 'c.log')
      .expect(201);
    await expect.poll(() => budget().inUse).toBe(0);
  });
});

describe('customer replies are limited, and a burst of them makes one e-mail per staff member', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config: ticketTestConfig() });
    await createStaff(db.prisma);
    await createStaff(db.prisma, { role: 'admin' });
  });
  afterAll(() => close());

  it('refuses the 21st reply within an hour on one ticket, with Retry-After, before reading its files', async () => {
    const ticket = await createTicket(db.prisma, { status: 'open' });
    for (let i = 0; i < 20; i += 1) {
      await request(app).post(`/api/v1/tickets/${ticket.reference}/messages`).set('Authorization', ticket.bearer).set('X-Forwarded-For', someIp()).send({ body: `reply ${i}` }).expect(201);
    }
    const limited = await request(app)
      .post(`/api/v1/tickets/${ticket.reference}/messages`)
      .set('Authorization', ticket.bearer)
      .set('X-Forwarded-For', someIp())
      .field('body', 'one more')
      .attach('files', log(1000), 'more.log')
      .expect(429);
    expect(limited.body.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await db.prisma.message.count({ where: { ticketId: ticket.id } })).toBe(20);
    expect(await db.prisma.attachment.count({ where: { ticketId: ticket.id } })).toBe(0);
  });

  it('refuses replies past the per-address limit across tickets; staff are never limited', async () => {
    const ip = someIp();
    for (let i = 0; i < 60; i += 1) {
      const ticket = await createTicket(db.prisma, { status: 'open' });
      await request(app).post(`/api/v1/tickets/${ticket.reference}/messages`).set('Authorization', ticket.bearer).set('X-Forwarded-For', ip).send({ body: 'hi' }).expect(201);
    }
    const ticket = await createTicket(db.prisma, { status: 'open' });
    await request(app).post(`/api/v1/tickets/${ticket.reference}/messages`).set('Authorization', ticket.bearer).set('X-Forwarded-For', ip).send({ body: 'hi' }).expect(429);
    const agent = await createStaff(db.prisma);
    for (let i = 0; i < 25; i += 1) {
      await request(app).post(`/api/v1/tickets/${ticket.reference}/messages`).set('Authorization', agent.bearer).set('X-Forwarded-For', ip).send({ body: `note ${i}`, visibility: 'internal' }).expect(201);
    }
  });

  it('folds a burst of customer replies into one staff e-mail each, and defers the next one to the end of the window', async () => {
    const ticket = await createTicket(db.prisma, { status: 'open' });
    const reply = (body: string) =>
      request(app).post(`/api/v1/tickets/${ticket.reference}/messages`).set('Authorization', ticket.bearer).set('X-Forwarded-For', someIp()).send({ body }).expect(201);
    for (let i = 1; i <= 5; i += 1) await reply(`第 ${i} 条补充信息`);
    const staffMails = () =>
      db.prisma.outboxMessage.findMany({ where: { ticketId: ticket.id, kind: 'staff_customer_reply' }, orderBy: { createdAt: 'asc' } });
    const first = await staffMails();
    const activeStaff = await db.prisma.user.count({ where: { active: true } });
    expect(first).toHaveLength(activeStaff);
    for (const mail of first) expect(mail.payload).toMatchObject({ body: '第 5 条补充信息', replyCount: 5 });

    // Once those are sent, the next reply within the window waits for the window's end instead of going out at once.
    await db.prisma.outboxMessage.updateMany({ where: { id: { in: first.map((m) => m.id) } }, data: { status: 'sent', attempts: 1, sentAt: new Date() } });
    await reply('还有一件事');
    const later = (await staffMails()).filter((m) => m.status === 'pending');
    expect(later).toHaveLength(activeStaff);
    for (const mail of later) {
      const sentWith = first.find((m) => m.recipient === mail.recipient)!;
      expect(mail.nextAttemptAt.getTime()).toBe(sentWith.createdAt.getTime() + customerReplyWindowMs);
      expect(mail.payload).not.toHaveProperty('replyCount');
    }
  });
});
