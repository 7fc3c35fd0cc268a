import { createServices } from '../src/services.js';
import type { BackgroundTasks } from '../src/shared/background.js';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import type { Dispatcher } from '../src/notifications/dispatcher.js';
import { createDispatcher } from '../src/notifications/index.js';
import { smtpTransport, type MailTransport } from '../src/notifications/transport.js';
import { FileTicketBody } from '../src/tickets/schemas.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { silentLogger } from './support/logger.js';
import { mailCapture, mailHeader as header, mailKind as kind, mailTo as to } from './support/mail.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { fileTestTicket, someIp, ticketBody, ticketTestConfig, uniqueEmail } from './support/ticket-api.js';

// Each event of the support process, driven through the API, then sent by a real dispatcher to a real SMTP
// server: who gets what, in which language, and that nobody else gets anything.

// Customers here write from example.com, a trusted domain: their P1s page at once (p1-paging.test.ts covers the rest).
const config = ticketTestConfig({ MAIL_FROM: 'Handover Support <support@support.example.com>', SUPPORT_TRUSTED_DOMAINS: 'example.com' });

let database: { db: Database; close(): Promise<void> };
let sink: SmtpSink;
let transport: MailTransport;
let dispatcher: Dispatcher;
let app: Express;
let agentEn: TestStaff;
let adminZh: TestStaff;
let retired: TestStaff;

beforeAll(async () => {
  database = await migratedDatabase();
  sink = await startSmtpSink();
  transport = smtpTransport(sink.url, { maxConnections: 2 });
  const context = createContext({ config, db: database.db, logger: silentLogger });
  dispatcher = createDispatcher(context, { transport }).dispatcher;
  app = testApp(database.db, { config });
  agentEn = await createStaff(database.db.prisma, { locale: 'en', name: 'Li Na' });
  adminZh = await createStaff(database.db.prisma, { role: 'admin', locale: 'zh-Hans' });
  retired = await createStaff(database.db.prisma, { active: false });
});
afterAll(async () => {
  transport?.close();
  await sink?.stop();
  await database?.close();
});

const drain = () => mailCapture(dispatcher, sink).drain();
const mailFrom = (act: () => Promise<unknown>) => mailCapture(dispatcher, sink).mailFrom(act);
/** The token in a mailed link, to prove the link really opens the ticket. */
const tokenIn = (text: string, prefix: string) => new RegExp(`${prefix}#token=(hot_[A-Za-z0-9_-]+)`).exec(text)?.[1];

async function staffReply(number: string, body: string, visibility: 'public' | 'internal', bearer = agentEn.bearer) {
  await request(app).post(`/api/v1/tickets/${number}/messages`).set('Authorization', bearer).send({ body, visibility }).expect(201);
}

async function setStatus(number: string, status: string) {
  const current = await request(app).get(`/api/v1/tickets/${number}`).set('Authorization', agentEn.bearer).expect(200);
  await request(app).patch(`/api/v1/tickets/${number}`).set('Authorization', agentEn.bearer).send({ version: current.body.version, status }).expect(200);
}

describe('e-mail for each event of a ticket', () => {
  it('when a ticket is filed, then the requester gets its tracking link in their language, and each active staff member is told in theirs', async () => {
    let filed!: Awaited<ReturnType<typeof fileTestTicket>>;
    const mails = await mailFrom(async () => (filed = await fileTestTicket(app, { subject: 'Login <b>fails</b>', priority: 'P2' }, { locale: 'zh-Hans' })));

    expect(mails.map((m) => [to(m), kind(m)]).sort()).toEqual(
      [
        [filed.email, 'ticket_received'],
        [agentEn.email, 'staff_new_ticket'],
        [adminZh.email, 'staff_new_ticket'],
      ].sort(),
    );
    const received = mails.find((m) => kind(m) === 'ticket_received')!;
    expect(received.subject).toBe(`[${filed.number}] 我们已收到您的工单：Login <b>fails</b>`);
    expect(tokenIn(received.text!, '/support/track')).toBe(filed.token);
    expect(header(received, 'List-Unsubscribe')).toBeUndefined();
    expect(mails.find((m) => to(m) === agentEn.email)!.subject).toBe(`[${filed.number}] New P2 ticket: Login <b>fails</b>`);
    expect(mails.find((m) => to(m) === adminZh.email)!.subject).toBe(`[${filed.number}] 新的 P2 工单：Login <b>fails</b>`);
    expect(mails.map(to)).not.toContain(retired.email);
  });

  it('when a ticket is filed from a docs page, then the staff e-mail names the page, in each member’s language', async () => {
    const context = { title: '备份与恢复', url: '/docs/operations/backup' };
    const mails = await mailFrom(() => fileTestTicket(app, { priority: 'P3', context }));
    expect(mails.find((m) => to(m) === agentEn.email)!.text).toContain('Filed from page: 备份与恢复');
    expect(mails.find((m) => to(m) === adminZh.email)!.text).toContain('来源页面：备份与恢复');
    const plain = await mailFrom(() => fileTestTicket(app, { priority: 'P3' }));
    expect(plain.find((m) => to(m) === agentEn.email)!.text).not.toContain('Filed from page');
  });

  it('when a P1 ticket is filed and nobody is on call, then every active staff member is paged with the urgent e-mail, once', async () => {
    let filed!: Awaited<ReturnType<typeof fileTestTicket>>;
    const mails = await mailFrom(async () => (filed = await fileTestTicket(app, { subject: 'Production down', priority: 'P1' })));
    expect(mails.map((m) => [to(m), kind(m)]).sort()).toEqual(
      [
        [filed.email, 'ticket_received'],
        [agentEn.email, 'staff_urgent_ticket'],
        [adminZh.email, 'staff_urgent_ticket'],
      ].sort(),
    );
    expect(mails.find((m) => to(m) === agentEn.email)!.subject).toBe(`[${filed.number}] URGENT P1: Production down`);
    // The page is not something a member can switch off, so it offers no unsubscribe link.
    expect(header(mails.find((m) => to(m) === agentEn.email)!, 'List-Unsubscribe')).toBeUndefined();
  });

  it('when filing fails inside its transaction, then no e-mail is queued for the ticket that never was', async () => {
    const service = createServices(createContext({ config, db: database.db, logger: silentLogger })).tickets;
    const rows = () => database.db.prisma.outboxMessage.count();
    const before = await rows();
    const failing = async () => {
      throw new Error('attachment refused');
    };
    const input = FileTicketBody.parse(ticketBody());
    await expect(service.fileTicket(input, { kind: 'anonymous' }, { alsoInTransaction: failing })).rejects.toThrow('attachment refused');
    expect(await rows()).toBe(before);
  });

  it('when staff reply in public, then only the requester is told, with the reply and a link that opens the ticket', async () => {
    const ticket = await fileTestTicket(app, {}, { locale: 'en' });
    const mails = await mailFrom(() => staffReply(ticket.number, 'Please run `handover doctor` <now>.', 'public'));
    expect(mails.map((m) => [to(m), kind(m)])).toEqual([[ticket.email, 'staff_reply']]);
    const [mail] = mails;
    expect(mail!.subject).toMatch(new RegExp(`^\\[${ticket.number}\\] New reply: `));
    expect(mail!.text).toContain('Li Na replied');
    expect(mail!.text).toContain('> Please run `handover doctor` <now>.');
    const token = tokenIn(mail!.text!, '/support/track');
    expect(token).toBeTruthy();
    await request(app).get(`/api/v1/tickets/${ticket.number}`).set('Authorization', `Bearer ${token}`).expect(200);
  });

  it('when staff write an internal note, then nobody is e-mailed', async () => {
    const ticket = await fileTestTicket(app);
    const note = await mailFrom(() => staffReply(ticket.number, 'Customer is on the legacy plan.', 'internal'));
    expect(note).toEqual([]);
  });

  it('when the customer replies to an unassigned ticket, then every active staff member is told, with the reply; the customer is not', async () => {
    const ticket = await fileTestTicket(app, { subject: 'Slow reports' }, { name: '王小明' });
    const mails = await mailFrom(() => staffReply(ticket.number, 'Still slow <i>today</i>.', 'public', ticket.link));
    expect(mails.map((m) => [to(m), kind(m)]).sort()).toEqual(
      [
        [agentEn.email, 'staff_customer_reply'],
        [adminZh.email, 'staff_customer_reply'],
      ].sort(),
    );
    const mail = mails.find((m) => to(m) === agentEn.email)!;
    expect(mail.subject).toBe(`[${ticket.number}] Customer replied: Slow reports`);
    expect(mail.text).toContain('which nobody is assigned to yet');
    expect(mail.text).toContain('> Still slow <i>today</i>.');
    expect(mail.html).toContain('Still slow &#60;i&#62;today&#60;/i&#62;.');
    expect(header(mail, 'List-Unsubscribe')).toMatch(/^<https?:\/\/[^>]+\/api\/v1\/notifications\/unsubscribe\?token=hou_[A-Za-z0-9_-]+>$/);
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  });

  it('when someone assigns a ticket, then the assignee is told in their language; assigning oneself sends nothing', async () => {
    const ticket = await fileTestTicket(app, { subject: 'Backup fails' });
    const assign = async (assigneeId: string, bearer: string) => {
      const current = await request(app).get(`/api/v1/tickets/${ticket.number}`).set('Authorization', bearer).expect(200);
      await request(app).patch(`/api/v1/tickets/${ticket.number}`).set('Authorization', bearer).send({ version: current.body.version, assigneeId }).expect(200);
    };
    const mails = await mailFrom(() => assign(agentEn.id, adminZh.bearer));
    expect(mails.map((m) => [to(m), kind(m)])).toEqual([[agentEn.email, 'staff_assigned']]);
    expect(mails[0]!.subject).toBe(`[${ticket.number}] Assigned to you: Backup fails`);
    expect(mails[0]!.text).toContain(`${adminZh.name} assigned ticket ${ticket.number} to you.`);
    expect(await mailFrom(() => assign(adminZh.id, adminZh.bearer))).toEqual([]);
  });

  it('when the customer replies to an assigned ticket, or reopens it, then only the assignee is told', async () => {
    const ticket = await fileTestTicket(app, { subject: 'Export broken' }, { name: 'Alice' });
    const current = await request(app).get(`/api/v1/tickets/${ticket.number}`).set('Authorization', adminZh.bearer).expect(200);
    await request(app)
      .patch(`/api/v1/tickets/${ticket.number}`)
      .set('Authorization', adminZh.bearer)
      .send({ version: current.body.version, assigneeId: agentEn.id })
      .expect(200);
    await drain();

    const replied = await mailFrom(() => staffReply(ticket.number, 'Here is the log.', 'public', ticket.link));
    expect(replied.map((m) => [to(m), kind(m)])).toEqual([[agentEn.email, 'staff_customer_reply']]);
    expect(replied[0]!.text).toContain('which is assigned to you');

    await mailFrom(() => setStatus(ticket.number, 'resolved'));
    const reopened = await mailFrom(() => request(app).post(`/api/v1/tickets/${ticket.number}/reopen`).set('Authorization', ticket.link).expect(200));
    expect(reopened.map((m) => [to(m), kind(m)])).toEqual([[agentEn.email, 'staff_reopened']]);
    expect(reopened[0]!.subject).toBe(`[${ticket.number}] Reopened: Export broken`);
    expect(reopened[0]!.text).toContain('The customer, Alice, reopened');

    // The assignee reopening it themselves hears nothing (the customer gets the resolved e-mail before, nothing after).
    await mailFrom(() => setStatus(ticket.number, 'resolved'));
    expect(await mailFrom(() => setStatus(ticket.number, 'open'))).toEqual([]);
  });

  it('when staff set a ticket to pending, then the customer is asked for an answer, with the latest public reply and a working link', async () => {
    const ticket = await fileTestTicket(app, { subject: 'Import fails' }, { locale: 'en' });
    await staffReply(ticket.number, 'Which version are you on?', 'public');
    await staffReply(ticket.number, 'Internal: probably 2.3', 'internal');
    const mails = await mailFrom(() => setStatus(ticket.number, 'pending'));
    expect(mails.map((m) => [to(m), kind(m)])).toEqual([[ticket.email, 'ticket_pending']]);
    expect(mails[0]!.subject).toBe(`[${ticket.number}] Waiting for your answer: Import fails`);
    expect(mails[0]!.text).toContain('> Which version are you on?');
    expect(mails[0]!.text).not.toContain('Internal');
    const token = tokenIn(mails[0]!.text!, '/support/track');
    await request(app).get(`/api/v1/tickets/${ticket.number}`).set('Authorization', `Bearer ${token}`).expect(200);
  });

  it('when staff reply and set pending in one step, then the customer gets one e-mail, the question quoted', async () => {
    const ticket = await fileTestTicket(app, { subject: 'Sync stops' }, { locale: 'en' });
    const mails = await mailFrom(() =>
      request(app)
        .post(`/api/v1/tickets/${ticket.number}/messages`)
        .set('Authorization', agentEn.bearer)
        .send({ body: 'Which **version** do you run?', status: 'pending' })
        .expect(201),
    );
    expect(mails.map((m) => [to(m), kind(m)])).toEqual([[ticket.email, 'ticket_pending']]);
    expect(mails[0]!.text).toContain('> Which **version** do you run?');
    const view = await request(app).get(`/api/v1/tickets/${ticket.number}`).set('Authorization', agentEn.bearer).expect(200);
    expect(view.body.status).toBe('pending');
    expect(view.body.firstResponseAt).not.toBeNull();

    // Already pending: nothing to move, so the reply goes out as an ordinary reply.
    const again = await mailFrom(() =>
      request(app).post(`/api/v1/tickets/${ticket.number}/messages`).set('Authorization', agentEn.bearer).send({ body: 'Any news?', status: 'pending' }).expect(201),
    );
    expect(again.map(kind)).toEqual(['staff_reply']);
  });

  it('when staff reply and resolve in one step, then the resolved e-mail quotes the answer; a forbidden move stores nothing', async () => {
    const ticket = await fileTestTicket(app, {}, { locale: 'zh-Hans' });
    const mails = await mailFrom(() =>
      request(app)
        .post(`/api/v1/tickets/${ticket.number}/messages`)
        .set('Authorization', agentEn.bearer)
        .send({ body: '已在 2.4.1 中修复，请升级。', status: 'resolved' })
        .expect(201),
    );
    expect(mails.map((m) => [to(m), kind(m)])).toEqual([[ticket.email, 'ticket_resolved']]);
    expect(mails[0]!.text).toContain('> 已在 2.4.1 中修复，请升级。');
    expect(mails[0]!.text).toContain('/support/track?action=confirm#token=hot_');

    await mailFrom(() => setStatus(ticket.number, 'closed'));
    const before = await request(app).get(`/api/v1/tickets/${ticket.number}/messages`).set('Authorization', agentEn.bearer).expect(200);
    const refused = await mailFrom(async () => {
      const res = await request(app)
        .post(`/api/v1/tickets/${ticket.number}/messages`)
        .set('Authorization', agentEn.bearer)
        .send({ body: 'Back to pending?', status: 'pending' })
        .expect(409);
      expect(res.body.code).toBe('invalid_transition');
    });
    expect(refused).toEqual([]);
    const after = await request(app).get(`/api/v1/tickets/${ticket.number}/messages`).set('Authorization', agentEn.bearer).expect(200);
    expect(after.body.messages).toHaveLength(before.body.messages.length);
  });

  it('refuses a status with an internal note, or from the customer, and stores nothing', async () => {
    const ticket = await fileTestTicket(app);
    const note = await request(app)
      .post(`/api/v1/tickets/${ticket.number}/messages`)
      .set('Authorization', agentEn.bearer)
      .send({ body: 'note', visibility: 'internal', status: 'pending' })
      .expect(400);
    expect(note.body.errors[0].field).toBe('status');
    await request(app).post(`/api/v1/tickets/${ticket.number}/messages`).set('Authorization', ticket.link).send({ body: 'done!', status: 'resolved' }).expect(403);
    const bad = await request(app).post(`/api/v1/tickets/${ticket.number}/messages`).set('Authorization', agentEn.bearer).send({ body: 'x', status: 'closed' }).expect(400);
    expect(bad.body.errors[0].field).toBe('status');
    const messages = await request(app).get(`/api/v1/tickets/${ticket.number}/messages`).set('Authorization', agentEn.bearer).expect(200);
    expect(messages.body.messages).toEqual([]);
  });

  it('when staff close a ticket, then the customer is told it closed and keeps a link to read it', async () => {
    const ticket = await fileTestTicket(app, {}, { locale: 'zh-Hans' });
    await mailFrom(() => setStatus(ticket.number, 'resolved'));
    const mails = await mailFrom(() => setStatus(ticket.number, 'closed'));
    expect(mails.map((m) => [to(m), kind(m)])).toEqual([[ticket.email, 'ticket_closed']]);
    expect(mails[0]!.subject).toMatch(new RegExp(`^\\[${ticket.number}\\] 已关闭：`));
    expect(mails[0]!.text).toContain('支持团队已关闭该工单。');
    expect(mails[0]!.text).toContain(`${config.trackingLinkTtlDays} 天内`);
    const token = tokenIn(mails[0]!.text!, '/support/track');
    await request(app).get(`/api/v1/tickets/${ticket.number}`).set('Authorization', `Bearer ${token}`).expect(200);
  });

  it('when staff mark a ticket resolved, then the requester gets confirm and reopen links in their language; confirming sends a closing note', async () => {
    const ticket = await fileTestTicket(app, {}, { locale: 'zh-Hans' });
    const mails = await mailFrom(() => setStatus(ticket.number, 'resolved'));
    expect(mails.map((m) => [to(m), kind(m)])).toEqual([[ticket.email, 'ticket_resolved']]);
    expect(mails[0]!.subject).toMatch(new RegExp(`^\\[${ticket.number}\\] 已解决：`));
    expect(mails[0]!.text).toContain(`${config.autoCloseDays} 天后自动关闭`);
    const confirm = tokenIn(mails[0]!.text!, '/support/track\\?action=confirm');
    expect(confirm).toBeTruthy();
    expect(tokenIn(mails[0]!.text!, '/support/track\\?action=reopen')).toBe(confirm);
    const closed = await mailFrom(() => request(app).post(`/api/v1/tickets/${ticket.number}/confirm`).set('Authorization', `Bearer ${confirm}`).expect(200));
    expect(closed.map((m) => [to(m), kind(m)])).toEqual([[ticket.email, 'ticket_closed']]);
    expect(closed[0]!.text).toContain('感谢您确认问题已经解决。');
  });

  it('when a customer asks for their links, then the address gets one listing its tickets; an unknown address gets nothing, with the same answer', async () => {
    const email = uniqueEmail();
    const first = await fileTestTicket(app, { subject: 'First problem' }, { email, locale: 'en' });
    const ask = (address: string) => request(app).post('/api/v1/access-links').set('X-Forwarded-For', someIp()).send({ email: address });
    let answers: string[] = [];
    const mails = await mailFrom(async () => {
      answers = [(await ask(email).expect(202)).text, (await ask(uniqueEmail()).expect(202)).text];
      await (app.locals.background as BackgroundTasks).idle();
    });
    expect(answers[0]).toBe(answers[1]);
    expect(mails.map((m) => [to(m), kind(m)])).toEqual([[email, 'magic_link']]);
    expect(mails[0]!.subject).toBe('Your support tickets');
    expect(mails[0]!.text).toContain(`${first.number} · First problem`);
    const token = /\/support\/my-tickets#token=(hom_[A-Za-z0-9_-]+)/.exec(mails[0]!.text!)?.[1];
    const mine = await request(app).get('/api/v1/my/tickets').set('Authorization', `Bearer ${token}`).expect(200);
    expect(mine.body.items.map((t: { number: string }) => t.number)).toEqual([first.number]);
  });
});

describe('what the outbox keeps after sending', () => {
  it('drops the links (tokens) from a sent message, so a database copy opens no ticket', async () => {
    await mailFrom(() => fileTestTicket(app));
    const rows = await database.db.prisma.outboxMessage.findMany({ where: { kind: 'ticket_received', status: 'sent' } });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(JSON.stringify(row.payload)).not.toMatch(/hot_|hom_|token=/);
  });
});
