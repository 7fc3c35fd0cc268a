import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { testApp } from '../support/app.js';
import { migratedDatabase } from '../support/database.js';
import { createStaff, type TestStaff } from '../support/staff.js';
import { fileTestTicket, ticketTestConfig } from '../support/ticket-api.js';

const minutes = (n: number) => n * 60_000;
const hours = (n: number) => n * 3_600_000;
/** Wall-clock time in Shanghai. */
const shanghai = (local: string) => new Date(`${local}+08:00`);

/**
 * The SLA clocks through the one ticket change pipeline, with the server's clock set by the test: each step is a
 * real request against a real database, and the clocks are read back as stored.
 */
describe('SLA clocks on the ticket change pipeline', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let agent: TestStaff;
  let now = shanghai('2026-12-07T09:00');

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config: ticketTestConfig(), now: () => now });
    agent = await createStaff(db.prisma);
  });
  afterAll(() => close());

  const idOf = async (number: string) => (await db.prisma.ticket.findUniqueOrThrow({ where: { number: Number(number.slice(3)) }, select: { id: true } })).id;
  const clocks = async (number: string) => {
    const rows = await db.prisma.slaClock.findMany({ where: { ticketId: await idOf(number) } });
    return Object.fromEntries(rows.map((row) => [row.kind, { ...row, usedMs: Number(row.usedMs) }])) as Record<'first_response' | 'resolution', (typeof rows)[number] & { usedMs: number }>;
  };
  const slaEvents = async (number: string) =>
    (await db.prisma.ticketEvent.findMany({ where: { ticketId: await idOf(number), type: { startsWith: 'sla_' } }, orderBy: { createdAt: 'asc' } })).map(
      (event) => `${event.type}:${(event.after as { kind: string }).kind}`,
    );
  const staffReply = (number: string, body: Record<string, unknown>) => request(app).post(`/api/v1/tickets/${number}/messages`).set('Authorization', agent.bearer).send(body);
  const version = async (number: string) => (await request(app).get(`/api/v1/tickets/${number}`).set('Authorization', agent.bearer)).body.version as number;
  const patch = async (number: string, change: Record<string, unknown>) =>
    request(app).patch(`/api/v1/tickets/${number}`).set('Authorization', agent.bearer).send({ version: await version(number), ...change });

  it('when a ticket is filed, replied to, set pending, answered, resolved and reopened, then its clocks start, stop, pause and resume', async () => {
    now = shanghai('2026-12-07T09:00'); // a Monday
    const filed = await fileTestTicket(app, { priority: 'P2' });
    let c = await clocks(filed.number);
    expect(c.first_response.dueAt).toEqual(shanghai('2026-12-07T10:00'));
    expect(c.first_response.atRiskAt).toEqual(shanghai('2026-12-07T09:48'));
    expect(c.resolution.dueAt).toEqual(shanghai('2026-12-07T17:00'));
    expect((await db.prisma.ticket.findUniqueOrThrow({ where: { id: await idOf(filed.number) } })).slaDueAt).toEqual(shanghai('2026-12-07T10:00'));

    now = shanghai('2026-12-07T09:30');
    await staffReply(filed.number, { body: '请提供日志。' }).expect(201);
    c = await clocks(filed.number);
    expect(c.first_response).toMatchObject({ stoppedAt: now, metAt: now, breachedAt: null, dueAt: null, usedMs: minutes(30) });

    now = shanghai('2026-12-07T11:00');
    await staffReply(filed.number, { body: '等您回复。', status: 'pending' }).expect(201);
    c = await clocks(filed.number);
    expect(c.resolution).toMatchObject({ runningSince: null, pausedAt: now, dueAt: null, usedMs: hours(2) });

    // Overnight and the next morning the customer is awaited: none of it counts.
    now = shanghai('2026-12-08T10:00');
    await request(app).post(`/api/v1/tickets/${filed.number}/messages`).set('Authorization', filed.link).send({ body: '日志在附件里。' }).expect(201);
    c = await clocks(filed.number);
    expect(c.resolution).toMatchObject({ runningSince: now, pausedAt: null, usedMs: hours(2), dueAt: shanghai('2026-12-08T16:00') });

    now = shanghai('2026-12-08T12:00');
    await staffReply(filed.number, { body: '已修复。', status: 'resolved' }).expect(201);
    c = await clocks(filed.number);
    expect(c.resolution).toMatchObject({ runningSince: null, stoppedAt: now, metAt: now, breachedAt: null, usedMs: hours(4) });

    now = shanghai('2026-12-09T09:00');
    await request(app).post(`/api/v1/tickets/${filed.number}/reopen`).set('Authorization', filed.link).expect(200);
    c = await clocks(filed.number);
    expect(c.resolution).toMatchObject({ runningSince: now, stoppedAt: null, metAt: null, usedMs: hours(4), dueAt: shanghai('2026-12-09T13:00') });
    expect(c.first_response.stoppedAt).not.toBeNull();

    expect(await slaEvents(filed.number)).toEqual([
      'sla_started:first_response',
      'sla_started:resolution',
      'sla_met:first_response',
      'sla_paused:resolution',
      'sla_resumed:resolution',
      'sla_met:resolution',
      'sla_resumed:resolution',
    ]);
  });

  it('when the priority changes, then the due times are computed again with the time used and the pause kept', async () => {
    now = shanghai('2026-12-07T09:00');
    const filed = await fileTestTicket(app, { priority: 'P4' });
    now = shanghai('2026-12-07T12:00');
    await staffReply(filed.number, { body: '等您回复。', status: 'pending' }).expect(201);
    now = shanghai('2026-12-07T15:00');
    expect((await patch(filed.number, { priority: 'P3' })).status).toBe(200);
    const c = await clocks(filed.number);
    const p3 = await db.prisma.slaPolicy.findUniqueOrThrow({ where: { priority: 'P3' } });
    // Still paused, with the three hours used before the pause; the first response, met before, keeps its P4 result.
    expect(c.resolution).toMatchObject({ policyId: p3.id, runningSince: null, pausedAt: shanghai('2026-12-07T12:00'), usedMs: hours(3), dueAt: null });
    expect(c.first_response).toMatchObject({ stoppedAt: shanghai('2026-12-07T12:00'), metAt: shanghai('2026-12-07T12:00') });
    expect(c.first_response.policyId).not.toBe(p3.id);

    now = shanghai('2026-12-08T09:00');
    await request(app).post(`/api/v1/tickets/${filed.number}/messages`).set('Authorization', filed.link).send({ body: '好的' }).expect(201);
    // 24 business hours of P3 less the 3 used: 21 hours from Tuesday 09:00 is Thursday 12:00.
    expect((await clocks(filed.number)).resolution.dueAt).toEqual(shanghai('2026-12-10T12:00'));
    expect(await slaEvents(filed.number)).toContain('sla_recomputed:resolution');
  });

  it('when the first reply comes after the due time, then the first response is breached at the due time', async () => {
    now = shanghai('2026-12-07T09:00');
    const filed = await fileTestTicket(app, { priority: 'P1' });
    now = new Date(now.getTime() + minutes(20));
    await staffReply(filed.number, { body: '正在处理。' }).expect(201);
    const c = await clocks(filed.number);
    expect(c.first_response).toMatchObject({ metAt: null, breachedAt: shanghai('2026-12-07T09:15'), stoppedAt: now });
    expect(await slaEvents(filed.number)).toContain('sla_breached:first_response');
  });

  describe('the issue’s fixed dates, through the real pipeline', () => {
    it('a P3 filed on Friday at 17:30 is due for first response on Monday at 12:30', async () => {
      now = shanghai('2026-12-04T17:30');
      const filed = await fileTestTicket(app, { priority: 'P3' });
      expect((await clocks(filed.number)).first_response.dueAt).toEqual(shanghai('2026-12-07T12:30'));
    });

    it('a P2 filed on 2026-09-30 at 17:00 is due for resolution after the National Day holiday', async () => {
      now = shanghai('2026-09-30T17:00');
      const filed = await fileTestTicket(app, { priority: 'P2' });
      const c = await clocks(filed.number);
      expect(c.first_response.dueAt).toEqual(shanghai('2026-09-30T18:00'));
      expect(c.resolution.dueAt).toEqual(shanghai('2026-10-08T16:00'));
    });

    it('a P4 running across the make-up Saturday 2026-10-10 counts that Saturday', async () => {
      now = shanghai('2026-10-08T09:00');
      const filed = await fileTestTicket(app, { priority: 'P4' });
      const c = await clocks(filed.number);
      expect(c.first_response.dueAt).toEqual(shanghai('2026-10-08T17:00'));
      expect(c.resolution.dueAt).toEqual(shanghai('2026-10-13T13:00'));
    });
  });

  it('when a due time would fall in a year the calendar does not cover, then the clock needs attention and the filing goes through', async () => {
    now = shanghai('2026-12-28T09:00');
    const filed = await fileTestTicket(app, { priority: 'P4' });
    const c = await clocks(filed.number);
    expect(c.first_response).toMatchObject({ attention: null, dueAt: shanghai('2026-12-28T17:00') });
    expect(c.resolution).toMatchObject({ attention: 'calendar_not_covered', dueAt: null, runningSince: now });
    expect(await slaEvents(filed.number)).toEqual(['sla_started:first_response', 'sla_started:resolution']);
  });
});
