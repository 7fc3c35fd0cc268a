import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import type { Dispatcher } from '../../src/notifications/dispatcher.js';
import { createDispatcher } from '../../src/notifications/index.js';
import { smtpTransport, type MailTransport } from '../../src/notifications/transport.js';
import { createServices, type Services } from '../../src/services.js';
import { runSlaEscalations } from '../../src/sla/escalations.js';
import { testApp } from '../support/app.js';
import { migratedDatabase } from '../support/database.js';
import { silentLogger } from '../support/logger.js';
import { mailCapture, mailKind as kind, mailTo as to } from '../support/mail.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { createStaff, type TestStaff } from '../support/staff.js';
import { fileTestTicket, ticketTestConfig } from '../support/ticket-api.js';

/** Wall-clock time in Shanghai, the PRC working-day calendar's zone. */
const shanghai = (local: string) => new Date(`${local}+08:00`);

// Requesters write from example.com, a trusted domain, so their P1s page at once.
const config = ticketTestConfig({ SUPPORT_TRUSTED_DOMAINS: 'example.com' });

/**
 * SLA escalations end to end, on an injected clock: the escalation run claims each warning, the ticket change
 * pipeline records it and queues its e-mails, and a real dispatcher sends them to a real SMTP server when they are
 * due. The default policies: P1 15 min first response on 7×24, P3 4 business hours on the PRC working-day calendar.
 */
describe('SLA warnings and breach notices by e-mail', () => {
  let database: { db: Database; close(): Promise<void> };
  let sink: SmtpSink;
  let transport: MailTransport;
  let dispatcher: Dispatcher;
  let services: Services;
  let other: Services;
  let app: Express;
  let agentZh: TestStaff;
  let onCallEn: TestStaff;
  let adminEn: TestStaff;
  let now = shanghai('2026-12-03T09:00');
  const clock = () => now;

  beforeAll(async () => {
    database = await migratedDatabase();
    sink = await startSmtpSink();
    transport = smtpTransport(sink.url, { maxConnections: 2 });
    const context = createContext({ config, db: database.db, logger: silentLogger, now: clock });
    dispatcher = createDispatcher(context, { transport }).dispatcher;
    services = createServices(context);
    // A second replica's services on the same database: it runs the same escalations at the same moments.
    other = createServices(createContext({ config, db: database.db, logger: silentLogger, now: clock }));
    app = testApp(database.db, { config, now: clock });
    agentZh = await createStaff(database.db.prisma, { locale: 'zh-Hans', name: '张工' });
    onCallEn = await createStaff(database.db.prisma, { locale: 'en', name: 'On Call' });
    await database.db.prisma.user.update({ where: { id: onCallEn.id }, data: { onCall: true } });
    adminEn = await createStaff(database.db.prisma, { role: 'admin', locale: 'en', name: 'Admin' });
  });
  afterAll(async () => {
    transport?.close();
    await sink?.stop();
    await database?.close();
  });

  const capture = () => mailCapture(dispatcher, sink);
  const idOf = async (number: string) => (await database.db.prisma.ticket.findUniqueOrThrow({ where: { number: Number(number.slice(3)) }, select: { id: true } })).id;
  const slaEvents = async (number: string) =>
    (await database.db.prisma.ticketEvent.findMany({ where: { ticketId: await idOf(number), type: { startsWith: 'sla_' } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })).map(
      (event) => `${event.type}:${(event.after as { kind: string }).kind}`,
    ).sort(); // events of one change share their time
  /** The e-mails about one ticket: the earlier tests' tickets go on breaching in the background of later ones. */
  const about = (number: string, mails: Awaited<ReturnType<ReturnType<typeof capture>['mailFrom']>>) => mails.filter((m) => (m.subject ?? '').startsWith(`[${number}]`));
  /** Both replicas run their escalations at once, as two servers would. */
  const escalate = async () => {
    const [a, b] = await Promise.all([runSlaEscalations(services.slaEscalations), runSlaEscalations(other.slaEscalations)]);
    return { at_risk: a.at_risk + b.at_risk, breached: a.breached + b.breached };
  };

  it('when a P1 is filed at 23:00, then the on-call list is paged at once, warned at 23:12 and the administrators told at 23:15, at night', async () => {
    await capture().drain();
    now = shanghai('2026-12-03T23:00');
    let filed!: Awaited<ReturnType<typeof fileTestTicket>>;
    const paged = await capture().mailFrom(async () => (filed = await fileTestTicket(app, { priority: 'P1' })));
    expect(paged.filter((m) => kind(m) === 'staff_urgent_ticket').map(to)).toEqual([onCallEn.email]);

    now = shanghai('2026-12-03T23:12');
    const warned = about(filed.number, await capture().mailFrom(escalate));
    // Unassigned: the whole team is warned, each in their language, at night because it is a P1.
    expect(warned.map((m) => [kind(m), to(m)]).sort()).toEqual(
      [
        ['staff_sla_at_risk', adminEn.email],
        ['staff_sla_at_risk', agentZh.email],
        ['staff_sla_at_risk', onCallEn.email],
      ].sort(),
    );
    const zh = warned.find((m) => to(m) === agentZh.email)!;
    expect(zh.subject).toBe(`[${filed.number}] SLA 即将超时（首次响应）：${(filed.body as { subject: string }).subject}`);
    expect(zh.text).toContain('2026年12月3日 23:15 (Asia/Shanghai)');

    now = shanghai('2026-12-03T23:16');
    const breached = about(filed.number, await capture().mailFrom(escalate));
    expect(breached.map((m) => [kind(m), to(m)])).toEqual([['staff_sla_breached', adminEn.email]]);
    expect(breached[0]!.subject).toContain('SLA breached (first response)');
    expect(await slaEvents(filed.number)).toEqual(['sla_started:first_response', 'sla_started:resolution', 'sla_at_risk:first_response', 'sla_breached:first_response', 'sla_escalated:first_response'].sort());

    // Later runs, on either replica, find nothing more to say about this clock.
    now = shanghai('2026-12-03T23:30');
    expect(about(filed.number, await capture().mailFrom(escalate))).toEqual([]);
  });

  it('when a P3 at-risk warning is found at 02:00, then its e-mails wait for 09:00, the start of the working day, and go once', async () => {
    await capture().drain();
    // Thursday 14:48: 3 h 12 min (80 % of 4 business hours) later is 18:00, the end of the working day.
    now = shanghai('2026-12-03T14:48');
    const filed = await fileTestTicket(app, { priority: 'P3' });
    const id = await idOf(filed.number);
    const firstResponse = await database.db.prisma.slaClock.findFirstOrThrow({ where: { ticketId: id, kind: 'first_response' } });
    expect(firstResponse.atRiskAt).toEqual(shanghai('2026-12-03T18:00'));
    expect(firstResponse.dueAt).toEqual(shanghai('2026-12-04T09:48'));
    await capture().drain();

    // The server was down from 17:59 until 02:00: the warning is found in the night.
    now = shanghai('2026-12-04T02:00');
    expect((await escalate()).at_risk).toBe(1);
    const queued = await database.db.prisma.outboxMessage.findMany({ where: { ticketId: id, kind: 'staff_sla_at_risk' } });
    expect(queued).toHaveLength(3);
    expect(new Set(queued.map((row) => row.nextAttemptAt.toISOString()))).toEqual(new Set([shanghai('2026-12-04T09:00').toISOString()]));

    // What the dispatcher sends when it runs at a given time (mailFrom would send what is due before it starts).
    const sentAt = async (local: string) => {
      now = shanghai(local);
      const before = sink.messages.length;
      await capture().drain();
      return about(filed.number, sink.messages.slice(before));
    };
    expect(await sentAt('2026-12-04T08:59')).toEqual([]);
    const morning = await sentAt('2026-12-04T09:00');
    expect(morning.map((m) => [kind(m), to(m)]).sort()).toEqual(
      [
        ['staff_sla_at_risk', adminEn.email],
        ['staff_sla_at_risk', agentZh.email],
        ['staff_sla_at_risk', onCallEn.email],
      ].sort(),
    );
    expect(await sentAt('2026-12-04T09:01')).toEqual([]); // once
    expect(await slaEvents(filed.number)).toEqual(['sla_at_risk:first_response', 'sla_started:first_response', 'sla_started:resolution']);
  });

  it('when a warned ticket is assigned and then misses its target, then only the administrators are told, in working time', async () => {
    await capture().drain();
    now = shanghai('2026-12-07T09:00'); // a Monday
    const filed = await fileTestTicket(app, { priority: 'P3' });
    const current = await request(app).get(`/api/v1/tickets/${filed.number}`).set('Authorization', adminEn.bearer).expect(200);
    await request(app).patch(`/api/v1/tickets/${filed.number}`).set('Authorization', adminEn.bearer).send({ version: current.body.version, assigneeId: agentZh.id }).expect(200);
    await capture().drain();

    now = shanghai('2026-12-07T12:12'); // 80 % of 4 hours
    const warned = about(filed.number, await capture().mailFrom(escalate));
    expect(warned.map((m) => [kind(m), to(m)])).toEqual([['staff_sla_at_risk', agentZh.email]]);
    expect(warned[0]!.text).toContain('分配给您的工单');

    now = shanghai('2026-12-07T13:01');
    const breached = about(filed.number, await capture().mailFrom(escalate));
    expect(breached.map((m) => [kind(m), to(m)])).toEqual([['staff_sla_breached', adminEn.email]]);
    expect(breached[0]!.text).toContain('张工');
    const clock = await database.db.prisma.slaClock.findFirstOrThrow({ where: { ticketId: await idOf(filed.number), kind: 'first_response' } });
    expect(clock.breachedAt).toEqual(shanghai('2026-12-07T13:00'));
    expect(clock.breachNotifiedAt).toEqual(now);

    // The late first reply stops the clock as breached; the administrators were told already.
    now = shanghai('2026-12-07T13:30');
    await request(app).post(`/api/v1/tickets/${filed.number}/messages`).set('Authorization', agentZh.bearer).send({ body: '我们在查。' }).expect(201);
    expect(about(filed.number, await capture().mailFrom(escalate)).filter((m) => String(kind(m)).startsWith('staff_sla'))).toEqual([]);
    expect((await slaEvents(filed.number)).filter((event) => event.endsWith(':first_response'))).toEqual(
      ['sla_started:first_response', 'sla_at_risk:first_response', 'sla_breached:first_response', 'sla_escalated:first_response'].sort(),
    );
  });

  it('when a ticket waits on the customer, then its paused resolution clock is never warned about', async () => {
    await capture().drain();
    now = shanghai('2026-12-08T09:00'); // Tuesday
    const filed = await fileTestTicket(app, { priority: 'P3' });
    now = shanghai('2026-12-08T09:30');
    await request(app).post(`/api/v1/tickets/${filed.number}/messages`).set('Authorization', agentZh.bearer).send({ body: '请提供日志。', status: 'pending' }).expect(201);
    await capture().drain();
    // Two working days later the resolution clock (24 business hours) would be at risk had it run.
    now = shanghai('2026-12-11T17:00');
    const mails = about(filed.number, await capture().mailFrom(escalate));
    // The first-response clock did stop at the reply; nothing else is said.
    expect(mails).toEqual([]);
  });
});
