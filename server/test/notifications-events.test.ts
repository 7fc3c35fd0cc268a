import type { Express } from 'express';
import type { ParsedMail } from 'mailparser';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import type { Dispatcher } from '../src/notifications/dispatcher.js';
import { createDispatcher } from '../src/notifications/index.js';
import { smtpTransport, type MailTransport } from '../src/notifications/transport.js';
import { FileTicketBody } from '../src/tickets/schemas.js';
import { TicketService } from '../src/tickets/service.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { silentLogger } from './support/logger.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { fileTestTicket, someIp, ticketBody, ticketTestConfig, uniqueEmail } from './support/ticket-api.js';

// Each event of the support process, driven through the API, then sent by a real dispatcher to a real SMTP
// server: who gets what, in which language, and that nobody else gets anything.

const config = ticketTestConfig({ MAIL_FROM: 'Handover Support <support@support.example.com>' });

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

/** Runs `act`, sends everything it queued, and returns the e-mails that arrived because of it. */
async function mailFrom(act: () => Promise<unknown>): Promise<ParsedMail[]> {
  await drain();
  const before = sink.messages.length;
  await act();
  await drain();
  return sink.messages.slice(before);
}

async function drain(): Promise<void> {
  for (;;) {
    const report = await dispatcher.dispatchDue();
    if (report.sent + report.retried + report.dead === 0) return;
  }
}

const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(',') : mail.to?.text);
const kind = (mail: ParsedMail) => mail.headers.get('x-handover-kind');
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
    const mails = await mailFrom(async () => (filed = await fileTestTicket(app, { subject: 'Login <b>fails</b>', priority: 'P1' }, { locale: 'zh-Hans' })));

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
    expect(mails.find((m) => to(m) === agentEn.email)!.subject).toBe(`[${filed.number}] New P1 ticket: Login <b>fails</b>`);
    expect(mails.find((m) => to(m) === adminZh.email)!.subject).toBe(`[${filed.number}] 新的 P1 工单：Login <b>fails</b>`);
    expect(mails.map(to)).not.toContain(retired.email);
  });

  it('when filing fails inside its transaction, then no e-mail is queued for the ticket that never was', async () => {
    const service = new TicketService(createContext({ config, db: database.db, logger: silentLogger }));
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

  it('when staff write an internal note, or the customer replies, then nobody is e-mailed', async () => {
    const ticket = await fileTestTicket(app);
    const note = await mailFrom(() => staffReply(ticket.number, 'Customer is on the legacy plan.', 'internal'));
    expect(note).toEqual([]);
    const customer = await mailFrom(() => staffReply(ticket.number, 'Any news?', 'public', ticket.link));
    expect(customer).toEqual([]);
  });

  it('when staff mark a ticket resolved, then the requester gets confirm and reopen links in their language; other status changes send nothing', async () => {
    const ticket = await fileTestTicket(app, {}, { locale: 'zh-Hans' });
    expect(await mailFrom(() => setStatus(ticket.number, 'pending'))).toEqual([]);
    const mails = await mailFrom(() => setStatus(ticket.number, 'resolved'));
    expect(mails.map((m) => [to(m), kind(m)])).toEqual([[ticket.email, 'ticket_resolved']]);
    expect(mails[0]!.subject).toMatch(new RegExp(`^\\[${ticket.number}\\] 已解决：`));
    expect(mails[0]!.text).toContain(`${config.autoCloseDays} 天后自动关闭`);
    const confirm = tokenIn(mails[0]!.text!, '/support/track\\?action=confirm');
    expect(confirm).toBeTruthy();
    expect(tokenIn(mails[0]!.text!, '/support/track\\?action=reopen')).toBe(confirm);
    await request(app).post(`/api/v1/tickets/${ticket.number}/confirm`).set('Authorization', `Bearer ${confirm}`).expect(200);
  });

  it('when a customer asks for their links, then the address gets one listing its tickets; an unknown address gets nothing, with the same answer', async () => {
    const email = uniqueEmail();
    const first = await fileTestTicket(app, { subject: 'First problem' }, { email, locale: 'en' });
    const ask = (address: string) => request(app).post('/api/v1/access-links').set('X-Forwarded-For', someIp()).send({ email: address });
    let answers: string[] = [];
    const mails = await mailFrom(async () => (answers = [(await ask(email).expect(202)).text, (await ask(uniqueEmail()).expect(202)).text]));
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
