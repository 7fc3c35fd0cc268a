import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { createServices } from '../src/services.js';
import { createContext } from '../src/context.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { silentLogger } from './support/logger.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { fileTestTicket, ticketTestConfig } from './support/ticket-api.js';

const config = ticketTestConfig();

describe('who else is on a ticket', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let li: TestStaff;
  let han: TestStaff;
  let clock = new Date('2026-12-01T02:00:00.000Z');
  const later = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  const renew = (staff: TestStaff, number: string, tabId: string, state: 'viewing' | 'writing' = 'viewing') =>
    request(app).put(`/api/v1/tickets/${number}/presence`).set('Authorization', staff.bearer).send({ tabId, state });
  const present = async (staff: TestStaff, number: string) =>
    (await request(app).get(`/api/v1/tickets/${number}/presence`).set('Authorization', staff.bearer).expect(200)).body.present;
  const queueRow = async (staff: TestStaff, number: string) => {
    const res = await request(app).get('/api/v1/tickets?sort=updated&limit=100').set('Authorization', staff.bearer).expect(200);
    return (res.body.items as { number: string; presence: unknown }[]).find((item) => item.number === number);
  };
  const newTicket = async () => (await fileTestTicket(app, {}, {}, li.bearer)).number;

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config, now: () => clock });
    li = await createStaff(db.prisma, { name: '李雷' });
    han = await createStaff(db.prisma, { name: '韩梅梅' });
  });
  afterAll(() => close());

  it('shows an agent who opens a ticket to the others, and not to themselves', async () => {
    const number = await newTicket();
    const arrivedAt = clock.toISOString();
    const heartbeat = await renew(han, number, 'han-tab-1').expect(200);
    expect(heartbeat.body).toEqual({ present: [] }); // nobody else yet

    expect(await present(li, number)).toEqual([{ name: '韩梅梅', state: 'viewing', since: arrivedAt }]);
    expect(await present(han, number)).toEqual([]);
    // Li's own heartbeat answers with the others, so the console needs no separate poll.
    expect((await renew(li, number, 'li-tab').expect(200)).body).toEqual({ present: [{ name: '韩梅梅', state: 'viewing', since: arrivedAt }] });
  });

  it('says when someone begins writing, from that moment, so a second answer is not started', async () => {
    const number = await newTicket();
    await renew(han, number, 'han-tab').expect(200);
    later(20_000);
    await renew(han, number, 'han-tab').expect(200); // a heartbeat keeps the arrival time
    expect(await present(li, number)).toEqual([{ name: '韩梅梅', state: 'viewing', since: new Date(clock.getTime() - 20_000).toISOString() }]);
    later(5_000);
    const startedWriting = clock.toISOString();
    await renew(han, number, 'han-tab', 'writing').expect(200);
    later(20_000);
    await renew(han, number, 'han-tab', 'writing').expect(200);
    expect(await present(li, number)).toEqual([{ name: '韩梅梅', state: 'writing', since: startedWriting }]);
  });

  it('drops a tab that stopped its heartbeat after 60 seconds, and the clean-up deletes its row', async () => {
    const number = await newTicket();
    await renew(han, number, 'han-quiet').expect(200);
    later(59_000);
    expect(await present(li, number)).toHaveLength(1);
    expect((await queueRow(li, number))?.presence).toEqual([{ name: '韩梅梅', state: 'viewing' }]);
    later(2_000);
    expect(await present(li, number)).toEqual([]);
    expect((await queueRow(li, number))?.presence).toEqual([]);

    const { presence } = createServices(createContext({ config, db, logger: silentLogger, now: () => clock }));
    expect(await presence.sweep()).toBeGreaterThanOrEqual(1);
    expect(await db.prisma.ticketPresence.count({ where: { ticket: { number: Number(number.slice(3)) } } })).toBe(0);
  });

  it('comes back as a new arrival when a tab that had gone quiet speaks again', async () => {
    const number = await newTicket();
    await renew(han, number, 'han-sleepy').expect(200);
    later(5 * 60_000); // the laptop slept
    const back = clock.toISOString();
    await renew(han, number, 'han-sleepy').expect(200);
    expect(await present(li, number)).toEqual([{ name: '韩梅梅', state: 'viewing', since: back }]);
  });

  it('keeps two tabs of one agent apart: closing one leaves the other, closing both removes the agent at once', async () => {
    const number = await newTicket();
    const arrivedAt = clock.toISOString();
    await renew(han, number, 'han-a').expect(200);
    later(1_000);
    await renew(han, number, 'han-b', 'writing').expect(200);
    expect(await db.prisma.ticketPresence.count({ where: { userId: han.id, ticket: { number: Number(number.slice(3)) } } })).toBe(2);
    // One entry per person: writing in any tab is writing.
    expect(await present(li, number)).toEqual([{ name: '韩梅梅', state: 'writing', since: new Date(clock).toISOString() }]);

    await request(app).delete(`/api/v1/tickets/${number}/presence/han-b`).set('Authorization', han.bearer).expect(204);
    expect(await present(li, number)).toEqual([{ name: '韩梅梅', state: 'viewing', since: arrivedAt }]);
    await request(app).delete(`/api/v1/tickets/${number}/presence/han-a`).set('Authorization', han.bearer).expect(204);
    expect(await present(li, number)).toEqual([]); // at once, not a minute later
    // A goodbye sent twice (or after the row expired) is not an error.
    await request(app).delete(`/api/v1/tickets/${number}/presence/han-a`).set('Authorization', han.bearer).expect(204);
  });

  it('lets an agent remove only their own tab', async () => {
    const number = await newTicket();
    await renew(han, number, 'shared-name').expect(200);
    await request(app).delete(`/api/v1/tickets/${number}/presence/shared-name`).set('Authorization', li.bearer).expect(204);
    expect(await present(li, number)).toHaveLength(1);
  });

  it('puts the others present on each queue row', async () => {
    const [a, b, c] = [await newTicket(), await newTicket(), await newTicket()];
    await renew(han, a, 'han-q').expect(200);
    await renew(han, b, 'han-q', 'writing').expect(200);
    await renew(li, b, 'li-q').expect(200);
    expect((await queueRow(li, a))?.presence).toEqual([{ name: '韩梅梅', state: 'viewing' }]);
    expect((await queueRow(li, b))?.presence).toEqual([{ name: '韩梅梅', state: 'writing' }]);
    expect((await queueRow(li, c))?.presence).toEqual([]);
    expect((await queueRow(han, b))?.presence).toEqual([{ name: '李雷', state: 'viewing' }]);
  });

  it('leaves out a deactivated member', async () => {
    const number = await newTicket();
    const leaving = await createStaff(db.prisma, { name: '离职的人' });
    await renew(leaving, number, 'tab').expect(200);
    await db.prisma.user.update({ where: { id: leaving.id }, data: { active: false } });
    expect(await present(li, number)).toEqual([]);
  });

  it('refuses a malformed tab id or state, and an unknown ticket', async () => {
    const number = await newTicket();
    const bad = await renew(li, number, 'not a tab/id').expect(400);
    expect(bad.body.errors[0].field).toBe('tabId');
    await request(app).put(`/api/v1/tickets/${number}/presence`).set('Authorization', li.bearer).send({ tabId: 't', state: 'typing' }).expect(400);
    await renew(li, 'HO-999999', 'tab').expect(404);
    await request(app).delete(`/api/v1/tickets/${number}/presence/${'x'.repeat(65)}`).set('Authorization', li.bearer).expect(400);
  });
});
