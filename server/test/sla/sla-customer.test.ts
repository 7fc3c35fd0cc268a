import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import type { Dispatcher } from '../../src/notifications/dispatcher.js';
import { createDispatcher } from '../../src/notifications/index.js';
import { smtpTransport, type MailTransport } from '../../src/notifications/transport.js';
import { testApp } from '../support/app.js';
import { migratedDatabase } from '../support/database.js';
import { silentLogger } from '../support/logger.js';
import { mailCapture, mailKind as kind } from '../support/mail.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { createStaff, type TestStaff } from '../support/staff.js';
import { fileTestTicket, postTicket, ticketBody, ticketTestConfig } from '../support/ticket-api.js';

const shanghai = (local: string) => new Date(`${local}+08:00`);
const config = ticketTestConfig();

/** What the customer is promised: "we will answer by …" in the acknowledgement e-mail and on the tracking page. */
describe('the first-response promise to the customer', () => {
  let database: { db: Database; close(): Promise<void> };
  let sink: SmtpSink;
  let transport: MailTransport;
  let dispatcher: Dispatcher;
  let app: Express;
  let agent: TestStaff;
  let now = shanghai('2026-12-03T14:48');
  const clock = () => now;

  beforeAll(async () => {
    database = await migratedDatabase();
    sink = await startSmtpSink();
    transport = smtpTransport(sink.url, { maxConnections: 1 });
    dispatcher = createDispatcher(createContext({ config, db: database.db, logger: silentLogger, now: clock }), { transport }).dispatcher;
    app = testApp(database.db, { config, now: clock });
    agent = await createStaff(database.db.prisma);
  });
  afterAll(async () => {
    transport?.close();
    await sink?.stop();
    await database?.close();
  });

  const mailFrom = (act: () => Promise<unknown>) => mailCapture(dispatcher, sink).mailFrom(act);

  it('when a P3 is filed from Berlin on Thursday 14:48 Shanghai time, then the e-mail promises Friday 09:48 Shanghai as 02:48 in Berlin', async () => {
    let filed!: Awaited<ReturnType<typeof fileTestTicket>>;
    const mails = await mailFrom(async () => (filed = await fileTestTicket(app, { priority: 'P3' }, { locale: 'en', timeZone: 'Europe/Berlin' })));
    const received = mails.find((m) => kind(m) === 'ticket_received')!;
    expect(received.text).toContain('We will answer by Friday, 4 December 2026 at 02:48 (Europe/Berlin).');

    const tracked = await request(app).get('/api/v1/my/ticket').set('Authorization', filed.link).expect(200);
    expect(tracked.body.answerBy).toBe(shanghai('2026-12-04T09:48').toISOString());

    // Answered: the promise is kept and no longer shown.
    now = shanghai('2026-12-03T15:00');
    await request(app).post(`/api/v1/tickets/${filed.number}/messages`).set('Authorization', agent.bearer).send({ body: 'We are on it.' }).expect(201);
    expect((await request(app).get('/api/v1/my/ticket').set('Authorization', filed.link).expect(200)).body.answerBy).toBeNull();
  });

  it('when no time zone is given, then the e-mail writes the calendar’s own, in Chinese for a Chinese requester', async () => {
    now = shanghai('2026-12-07T09:00'); // Monday
    const mails = await mailFrom(() => fileTestTicket(app, { priority: 'P2' }, { locale: 'zh-Hans' }));
    const received = mails.find((m) => kind(m) === 'ticket_received')!;
    expect(received.text).toContain('我们将在 2026年12月7日星期一 10:00 (Asia/Shanghai) 之前答复您。');
  });

  it('when a P1 is filed, then the promise is 15 minutes around the clock, written in the support zone', async () => {
    now = shanghai('2026-12-05T23:00'); // Saturday night
    const mails = await mailFrom(() => fileTestTicket(app, { priority: 'P1' }, { locale: 'en' }));
    const received = mails.find((m) => kind(m) === 'ticket_received')!;
    expect(received.text).toContain('We will answer by Saturday, 5 December 2026 at 23:15 (Asia/Shanghai).');
  });

  it('when the time zone is not a real one, then filing names the field', async () => {
    const res = await postTicket(app, ticketBody({}, { timeZone: 'Mars/Olympus_Mons' })).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'requester.timeZone' })]);
  });
});
