import { createServices } from '../src/services.js';
import type { Express } from 'express';
import type { ParsedMail } from 'mailparser';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type AppContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import type { Dispatcher } from '../src/notifications/dispatcher.js';
import { createDispatcher } from '../src/notifications/index.js';
import { smtpTransport, type MailTransport } from '../src/notifications/transport.js';
import { closeStaleResolvedTickets, sendAutoCloseReminders } from '../src/tickets/auto-close.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { silentLogger } from './support/logger.js';
import { mailCapture, mailHeader as header, mailKind as kind, mailTo as to } from './support/mail.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { fileTestTicket, ticketTestConfig } from './support/ticket-api.js';

// Staff e-mail settings (on call, switching kinds off, one-click unsubscribe) and the customer's e-mails around
// the automatic close, with a clock the test moves. Real dispatcher, real SMTP server.

// Customers here write from example.com, a trusted domain: their P1s page at once (p1-paging.test.ts covers the rest).
const config = ticketTestConfig({ AUTO_CLOSE_DAYS: '7', SUPPORT_TRUSTED_DOMAINS: 'example.com' });
const dayMs = 86_400_000;
let clock = new Date('2026-11-02T08:00:00Z');

let database: { db: Database; close(): Promise<void> };
let sink: SmtpSink;
let transport: MailTransport;
let dispatcher: Dispatcher;
let app: Express;
let admin: TestStaff;
let paged: TestStaff;
let quiet: TestStaff;

const context = (): AppContext => createContext({ config, db: database.db, logger: silentLogger, now: () => clock });

beforeAll(async () => {
  database = await migratedDatabase();
  sink = await startSmtpSink();
  transport = smtpTransport(sink.url, { maxConnections: 2 });
  dispatcher = createDispatcher(context(), { transport }).dispatcher;
  app = testApp(database.db, { config, now: () => clock });
  admin = await createStaff(database.db.prisma, { role: 'admin', locale: 'en' });
  paged = await createStaff(database.db.prisma, { locale: 'zh-Hans' });
  quiet = await createStaff(database.db.prisma, { locale: 'en' });
});
afterAll(async () => {
  transport?.close();
  await sink?.stop();
  await database?.close();
});

const drain = () => mailCapture(dispatcher, sink).drain();
const mailFrom = (act: () => Promise<unknown>) => mailCapture(dispatcher, sink).mailFrom(act);
const unsubscribeUrl = (mail: ParsedMail) => new URL(/^<([^>]+)>$/.exec(header(mail, 'List-Unsubscribe') ?? '')![1]!);
const pathOf = (url: URL) => `${url.pathname}${url.search}`;

async function settingsOf(member: TestStaff) {
  return (await request(app).get('/api/v1/auth/me/notifications').set('Authorization', member.bearer).expect(200)).body;
}

describe('the on-call list', () => {
  it('when an administrator puts a member on call, then P1 tickets page only them, and the rest of the team gets the ordinary alert', async () => {
    const res = await request(app).patch(`/api/v1/staff/${paged.id}`).set('Authorization', admin.bearer).send({ onCall: true }).expect(200);
    expect(res.body.onCall).toBe(true);
    expect((await settingsOf(paged)).onCall).toBe(true);

    let ticket!: Awaited<ReturnType<typeof fileTestTicket>>;
    const mails = await mailFrom(async () => (ticket = await fileTestTicket(app, { subject: '全部 502', priority: 'P1' })));
    expect(mails.map((m) => [to(m), kind(m)]).sort()).toEqual(
      [
        [ticket.email, 'ticket_received'],
        [paged.email, 'staff_urgent_ticket'],
        [admin.email, 'staff_new_ticket'],
        [quiet.email, 'staff_new_ticket'],
      ].sort(),
    );
    expect(mails.find((m) => to(m) === paged.email)!.subject).toBe(`[${ticket.number}] 紧急 P1：全部 502`);

    // A P2 is an ordinary ticket for everyone, on call or not.
    const p2 = await mailFrom(() => fileTestTicket(app, { priority: 'P2' }));
    expect(p2.filter((m) => kind(m) === 'staff_new_ticket').map(to).sort()).toEqual([admin.email, paged.email, quiet.email].sort());
  });

  it('when the on-call member switched new-ticket e-mail off, then a P1 still pages them', async () => {
    await request(app).patch('/api/v1/auth/me/notifications').set('Authorization', paged.bearer).send({ settings: { staff_new_ticket: false } }).expect(200);
    const mails = await mailFrom(() => fileTestTicket(app, { priority: 'P1' }));
    expect(mails.filter((m) => to(m) === paged.email).map(kind)).toEqual(['staff_urgent_ticket']);
    await request(app).patch('/api/v1/auth/me/notifications').set('Authorization', paged.bearer).send({ settings: { staff_new_ticket: true } }).expect(200);
  });

  it('when an agent tries to put themselves on call, then the request is refused', async () => {
    await request(app).patch(`/api/v1/staff/${quiet.id}`).set('Authorization', quiet.bearer).send({ onCall: true }).expect(403);
    // onCall is not part of one's own settings: naming it there is an error, not silently dropped.
    const res = await request(app).patch('/api/v1/auth/me/notifications').set('Authorization', quiet.bearer).send({ settings: {}, onCall: true }).expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect((await settingsOf(quiet)).onCall).toBe(false);
  });
});

describe('switching kinds of e-mail off', () => {
  it('starts with every kind on, and a member switches one off for themselves only', async () => {
    expect(await settingsOf(quiet)).toEqual({
      onCall: false,
      settings: { staff_new_ticket: true, staff_assigned: true, staff_customer_reply: true, staff_reopened: true },
    });
    const res = await request(app)
      .patch('/api/v1/auth/me/notifications')
      .set('Authorization', quiet.bearer)
      .send({ settings: { staff_customer_reply: false } })
      .expect(200);
    expect(res.body.settings).toEqual({ staff_new_ticket: true, staff_assigned: true, staff_customer_reply: false, staff_reopened: true });

    const ticket = await fileTestTicket(app);
    const mails = await mailFrom(() =>
      request(app).post(`/api/v1/tickets/${ticket.number}/messages`).set('Authorization', ticket.link).send({ body: 'Any news?' }).expect(201),
    );
    expect(mails.map(to).sort()).toEqual([admin.email, paged.email].sort());
    await request(app).patch('/api/v1/auth/me/notifications').set('Authorization', quiet.bearer).send({ settings: { staff_customer_reply: true } }).expect(200);
  });

  it('refuses an unknown kind and the P1 page, naming the field', async () => {
    for (const settings of [{ staff_new_tickets: false }, { staff_urgent_ticket: false }, { staff_new_ticket: 'no' }]) {
      const res = await request(app).patch('/api/v1/auth/me/notifications').set('Authorization', quiet.bearer).send({ settings }).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.errors[0].field).toMatch(/^settings/);
    }
  });

  it('keeps settings to staff: customers and anonymous callers are refused', async () => {
    const ticket = await fileTestTicket(app);
    await request(app).get('/api/v1/auth/me/notifications').expect(401);
    await request(app).get('/api/v1/auth/me/notifications').set('Authorization', ticket.link).expect(403);
  });
});

describe('one-click unsubscribe (List-Unsubscribe)', () => {
  it('when a member opens the link, then a page asks first; when they (or their mail client) POST, then that kind is off', async () => {
    const mails = await mailFrom(() => fileTestTicket(app, { priority: 'P3' }));
    const mail = mails.find((m) => to(m) === quiet.email)!;
    expect(kind(mail)).toBe('staff_new_ticket');
    const url = unsubscribeUrl(mail);
    // The body's link opens the console's page (which asks first) with the same token, in the member's language.
    const token = url.searchParams.get('token')!;
    expect(mail.text).toContain(`https://support.example.com/en/console/unsubscribe#token=${token}`); // quiet reads English
    expect(mail.text).not.toContain(url.href);

    const page = await request(app).get(pathOf(url)).set('Accept', 'text/html').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('New tickets in the queue');
    expect(page.text).toContain('<form method="post">');
    expect((await settingsOf(quiet)).settings.staff_new_ticket).toBe(true); // looking changes nothing

    // RFC 8058: the client POSTs the form body, with no cookie and no CSRF token.
    const done = await request(app).post(pathOf(url)).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect(done.body).toEqual({ kind: 'staff_new_ticket', enabled: false });
    await request(app).post(pathOf(url)).type('form').send('List-Unsubscribe=One-Click').expect(200); // twice is harmless
    expect((await settingsOf(quiet)).settings).toEqual({ staff_new_ticket: false, staff_assigned: true, staff_customer_reply: true, staff_reopened: true });

    const next = await mailFrom(() => fileTestTicket(app, { priority: 'P3' }));
    expect(next.map(to)).not.toContain(quiet.email);
    await request(app).patch('/api/v1/auth/me/notifications').set('Authorization', quiet.bearer).send({ settings: { staff_new_ticket: true } }).expect(200);
  });

  it('answers the page in the member’s language, and a browser’s button press with a page too', async () => {
    const mails = await mailFrom(() => fileTestTicket(app, { priority: 'P4' }));
    const url = unsubscribeUrl(mails.find((m) => to(m) === paged.email)!);
    const page = await request(app).get(pathOf(url)).set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('<html lang="zh-Hans">');
    expect(page.text).toContain('不再接收“队列中的新工单”的邮件？');
    const done = await request(app).post(pathOf(url)).set('Accept', 'text/html').type('form').send('').expect(200);
    expect(done.text).toContain('您将不再收到“队列中的新工单”的邮件');
    await request(app).patch('/api/v1/auth/me/notifications').set('Authorization', paged.bearer).send({ settings: { staff_new_ticket: true } }).expect(200);
  });

  it('refuses a forged, malformed or expired link, and keeps the token out of the database', async () => {
    await request(app).post(`/api/v1/notifications/unsubscribe?token=hou_${'A'.repeat(43)}`).expect(410);
    const malformed = await request(app).post('/api/v1/notifications/unsubscribe?token=../../etc').expect(400);
    expect(malformed.body.errors[0].field).toBe('token');
    await request(app).get('/api/v1/notifications/unsubscribe').expect(400);

    const mails = await mailFrom(() => fileTestTicket(app, { priority: 'P4' }));
    const url = unsubscribeUrl(mails.find((m) => to(m) === admin.email)!);
    const token = url.searchParams.get('token')!;
    const rows = await database.db.prisma.unsubscribeToken.findMany({ select: { tokenHash: true } });
    expect(rows.map((r) => r.tokenHash)).not.toContain(token);
    // Sent rows keep no link either.
    const sent = await database.db.prisma.outboxMessage.findMany({ where: { kind: 'staff_new_ticket', status: 'sent' }, select: { payload: true } });
    for (const row of sent) expect(JSON.stringify(row.payload)).not.toContain('hou_');

    const saved = clock;
    clock = new Date(clock.getTime() + 181 * dayMs);
    const expired = await request(app).get(pathOf(url)).set('Accept', 'text/html').set('Accept-Language', 'en').expect(410);
    expect(expired.text).toContain('This link is not valid or has expired');
    await request(app).post(pathOf(url)).type('form').send('List-Unsubscribe=One-Click').expect(410);
    clock = saved;
    expect((await settingsOf(admin)).settings.staff_new_ticket).toBe(true);
  });
});

describe('around the automatic close', () => {
  async function resolvedTicket() {
    const ticket = await fileTestTicket(app, { subject: 'Report totals wrong' }, { locale: 'en' });
    const current = await request(app).get(`/api/v1/tickets/${ticket.number}`).set('Authorization', admin.bearer).expect(200);
    await request(app).patch(`/api/v1/tickets/${ticket.number}`).set('Authorization', admin.bearer).send({ version: current.body.version, status: 'resolved' }).expect(200);
    await drain();
    return ticket;
  }

  it('reminds the customer once, a day before a resolved ticket closes, then tells them it closed by itself', async () => {
    const start = clock;
    const ticket = await resolvedTicket();
    clock = new Date(start.getTime() + 5 * dayMs);
    expect(await mailFrom(() => sendAutoCloseReminders(createServices(context()).autoClose))).toEqual([]);

    clock = new Date(start.getTime() + 6 * dayMs + 60_000);
    const reminders = await mailFrom(() => sendAutoCloseReminders(createServices(context()).autoClose));
    expect(reminders.map((m) => [to(m), kind(m)])).toEqual([[ticket.email, 'auto_close_reminder']]);
    expect(reminders[0]!.subject).toBe(`[${ticket.number}] Closes in 24 hours: Report totals wrong`);
    const confirm = /\/support\/track\?action=confirm#token=(hot_[A-Za-z0-9_-]+)/.exec(reminders[0]!.text!)?.[1];
    await request(app).get(`/api/v1/tickets/${ticket.number}`).set('Authorization', `Bearer ${confirm}`).expect(200);
    const timeline = await request(app).get(`/api/v1/tickets/${ticket.number}`).set('Authorization', admin.bearer).expect(200);
    expect(timeline.body.events.map((e: { type: string }) => e.type)).toContain('close_reminder_sent');

    clock = new Date(start.getTime() + 6 * dayMs + 3_600_000);
    expect(await mailFrom(() => sendAutoCloseReminders(createServices(context()).autoClose))).toEqual([]); // once

    clock = new Date(start.getTime() + 7 * dayMs + 60_000);
    const closed = await mailFrom(() => closeStaleResolvedTickets(createServices(context()).autoClose));
    expect(closed.map((m) => [to(m), kind(m)])).toEqual([[ticket.email, 'ticket_closed']]);
    expect(closed[0]!.text).toContain('it closed by itself');
    clock = start;
  });

  it('reminds again after the customer reopened and staff resolved the ticket anew', async () => {
    const start = clock;
    const ticket = await resolvedTicket();
    clock = new Date(start.getTime() + 6 * dayMs + 60_000);
    expect((await mailFrom(() => sendAutoCloseReminders(createServices(context()).autoClose))).map(kind)).toEqual(['auto_close_reminder']);
    await request(app).post(`/api/v1/tickets/${ticket.number}/reopen`).set('Authorization', ticket.link).expect(200);
    const current = await request(app).get(`/api/v1/tickets/${ticket.number}`).set('Authorization', admin.bearer).expect(200);
    await request(app).patch(`/api/v1/tickets/${ticket.number}`).set('Authorization', admin.bearer).send({ version: current.body.version, status: 'resolved' }).expect(200);
    await drain();
    clock = new Date(start.getTime() + 12 * dayMs + 120_000);
    expect((await mailFrom(() => sendAutoCloseReminders(createServices(context()).autoClose))).map(kind)).toEqual(['auto_close_reminder']);
    clock = start;
  });
});
