import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { createContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { readMigrations } from '../src/db/migrations.js';
import { createServices } from '../src/services.js';
import { closeStaleResolvedTickets, sendAutoCloseReminders } from '../src/tickets/auto-close.js';
import type { ChangeSource, TicketChange, TicketSubscriber } from '../src/tickets/pipeline.js';
import { migratedDatabase } from './support/database.js';
import { silentLogger } from './support/logger.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { fileTestTicket, ticketBody, ticketTestConfig } from './support/ticket-api.js';

const dayMs = 86_400_000;

/**
 * Every source of change reaches the one change path: each writes its timeline event and reaches every subscriber
 * inside its transaction, and a subscriber that throws takes the whole change with it.
 */
describe('the ticket change pipeline', () => {
  let db: Database;
  let close: () => Promise<void>;
  let clock = new Date('2026-12-01T08:00:00Z');
  const seen: TicketChange[] = [];
  let failOn: ChangeSource | undefined;
  const recorder: TicketSubscriber = {
    name: 'test recorder',
    async onTicketChange(_tx, change) {
      if (change.source === failOn) throw new Error(`subscriber refuses ${change.source}`);
      seen.push(change);
    },
  };
  const config = ticketTestConfig({ AUTO_CLOSE_DAYS: '7' });
  let services: ReturnType<typeof createServices>;
  let app: ReturnType<typeof createApp>;
  let agent: TestStaff;

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    services = createServices(createContext({ config, db, logger: silentLogger, now: () => clock }), { ticketSubscribers: [recorder] });
    app = createApp({ config, logger: silentLogger, db, migrations: readMigrations(), services });
    agent = await createStaff(db.prisma);
  });
  afterAll(() => close());

  /** The change the last call made, after checking it reached the subscriber with the event it wrote to the timeline. */
  async function lastChange(source: ChangeSource, eventType: string) {
    const change = seen.findLast((c) => c.source === source);
    expect(change, `no ${source} change reached the subscriber`).toBeDefined();
    expect(change!.events.map((e) => e.type)).toContain(eventType);
    const stored = await db.prisma.ticketEvent.findMany({ where: { ticketId: change!.ticket.id, type: eventType as never } });
    expect(stored.length, `${eventType} is on the timeline`).toBeGreaterThan(0);
    return change!;
  }
  const staff = (path: string) => ({ post: request(app).post(path).set('Authorization', agent.bearer), patch: request(app).patch(path).set('Authorization', agent.bearer) });

  it('filing, staff edits, bulk changes, replies, confirm, reopen, auto-close and the reminder each go through it', async () => {
    const filed = await fileTestTicket(app);
    expect((await lastChange('filed', 'created')).filing?.trackingUrl).toContain('#token=hot_');

    await staff(`/api/v1/tickets/${filed.number}`).patch.send({ version: 1, priority: 'P3' }).expect(200);
    expect((await lastChange('staff_edit', 'priority_changed')).after.priority).toBe('P3');

    await staff('/api/v1/tickets/bulk').post.send({ numbers: [filed.number], status: 'open' }).expect(200);
    expect((await lastChange('bulk', 'status_changed')).after.status).toBe('open');

    // The first public staff reply records the first response (no new version), and a reply may set the status.
    await staff(`/api/v1/tickets/${filed.number}/messages`).post.send({ body: '请提供日志。' }).expect(201);
    const firstReply = seen.findLast((c) => c.source === 'reply')!;
    expect(firstReply.data.firstResponseAt).toEqual(clock);
    expect(firstReply.message?.body).toBe('请提供日志。');
    await staff(`/api/v1/tickets/${filed.number}/messages`).post.send({ body: '等您回复。', status: 'pending' }).expect(201);
    expect((await lastChange('reply', 'status_changed')).after.status).toBe('pending');

    // The customer's answer moves the pending ticket back to open, through the workflow check.
    await request(app).post(`/api/v1/tickets/${filed.number}/messages`).set('Authorization', filed.link).send({ body: '日志在附件里。' }).expect(201);
    const answered = await lastChange('customer_reply', 'status_changed');
    expect([answered.before.status, answered.after.status]).toEqual(['pending', 'open']);

    await staff(`/api/v1/tickets/${filed.number}/messages`).post.send({ body: '已修复。', status: 'resolved' }).expect(201);
    await request(app).post(`/api/v1/tickets/${filed.number}/confirm`).set('Authorization', filed.link).expect(200);
    expect((await lastChange('confirm', 'resolution_confirmed')).after.status).toBe('closed');

    await request(app).post(`/api/v1/tickets/${filed.number}/reopen`).set('Authorization', filed.link).expect(200);
    expect((await lastChange('reopen', 'reopened')).reopened).toBe(true);

    // Resolved again; a day before the automatic close the customer is reminded, then it closes by itself.
    const version = (await request(app).get(`/api/v1/tickets/${filed.number}`).set('Authorization', agent.bearer)).body.version as number;
    await staff(`/api/v1/tickets/${filed.number}`).patch.send({ version, status: 'resolved' }).expect(200);
    clock = new Date(clock.getTime() + 6.5 * dayMs);
    expect(await sendAutoCloseReminders(services.autoClose)).toBe(1);
    expect((await lastChange('close_reminder', 'close_reminder_sent')).reminder?.closesInHours).toBeGreaterThan(0);
    clock = new Date(clock.getTime() + dayMs);
    expect(await closeStaleResolvedTickets(services.autoClose)).toBe(1);
    expect((await lastChange('auto_close', 'auto_closed')).after.status).toBe('closed');
  });

  it('confirming a P1 requester’s address goes through it too', async () => {
    const filed = await request(app).post('/api/v1/tickets').send(ticketBody({ priority: 'P1' })).expect(201);
    const ticket = await db.prisma.ticket.findUniqueOrThrow({ where: { number: Number(String(filed.body.number).slice(3)) } });
    const ack = await db.prisma.outboxMessage.findFirstOrThrow({ where: { ticketId: ticket.id, kind: 'ticket_received' } });
    const token = /#token=(hoc_[\w-]+)/.exec((ack.payload as { confirmAddressUrl: string }).confirmAddressUrl)![1]!;
    await request(app).post('/api/v1/address-confirmations').send({ token }).expect(200);
    const confirmed = await lastChange('address_confirmed', 'requester_confirmed');
    expect(confirmed.data.urgentPagedAt).toEqual(clock);
  });

  it('rolls the whole change back when a subscriber throws: no ticket, no event, no e-mail', async () => {
    const counts = async () => [await db.prisma.ticket.count(), await db.prisma.ticketEvent.count(), await db.prisma.outboxMessage.count()];
    const before = await counts();
    failOn = 'filed';
    await request(app).post('/api/v1/tickets').send(ticketBody({ tags: undefined })).expect(500);
    expect(await counts()).toEqual(before);

    failOn = undefined;
    const filed = await fileTestTicket(app);
    const afterFiling = await counts();
    failOn = 'staff_edit';
    await staff(`/api/v1/tickets/${filed.number}`).patch.send({ version: 1, priority: 'P4', status: 'open' }).expect(500);
    expect(await counts()).toEqual(afterFiling);
    const row = await db.prisma.ticket.findUniqueOrThrow({ where: { number: Number(filed.number.slice(3)) } });
    expect([row.priority, row.status, row.version]).toEqual(['P2', 'new', 1]);

    failOn = 'reply';
    await staff(`/api/v1/tickets/${filed.number}/messages`).post.send({ body: 'lost with the change' }).expect(500);
    expect(await db.prisma.message.count({ where: { ticketId: row.id } })).toBe(0);
    expect((await db.prisma.ticket.findUniqueOrThrow({ where: { id: row.id } })).firstResponseAt).toBeNull();
    failOn = undefined;
  });
});
