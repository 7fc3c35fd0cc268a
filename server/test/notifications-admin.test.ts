import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import type { Locale } from '../src/http/locale.js';
import { createDispatcher } from '../src/notifications/index.js';
import { mailboxDirectory } from '../src/notifications/mailbox.js';
import { mailDomain } from '../src/notifications/outbox.js';
import { enqueue } from '../src/notifications/outbox-repository.js';
import { emlFileName, fileTransport, smtpTransport, type MailTransport } from '../src/notifications/transport.js';
import { testApp, testConfig } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { captureLogger, silentLogger } from './support/logger.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { uniqueEmail } from './support/ticket-api.js';
import { createTicket } from './support/tickets.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'handover-admin-mail-'));
const config = testConfig({ DATA_DIR: dataDir, MAIL_FROM: 'Handover Support <support@support.example.com>' });
const domain = mailDomain(config.publicUrl);

/** One clock for the app (a resend is due "now") and the dispatcher (which sends what is due). */
const clock = { at: new Date('2026-11-25T08:00:00Z') };
const now = () => clock.at;

let database: { db: Database; close(): Promise<void> };
let sink: SmtpSink;
let refuse: (address: string) => number | undefined = () => undefined;
const log = captureLogger();
let app: Express;
let admin: TestStaff;
let agent: TestStaff;
const opened: MailTransport[] = [];

beforeAll(async () => {
  database = await migratedDatabase();
  sink = await startSmtpSink({ refuseRecipient: (address) => refuse(address) });
  app = testApp(database.db, { config, logger: log.logger, now });
  [admin, agent] = await Promise.all([createStaff(database.db.prisma, { role: 'admin' }), createStaff(database.db.prisma)]);
});
afterEach(() => {
  refuse = () => undefined;
});
afterAll(async () => {
  for (const transport of opened) transport.close();
  await sink.stop();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function dispatcher(transport: MailTransport = smtpTransport(sink.url, { maxConnections: 1 })) {
  opened.push(transport);
  const context = createContext({ config, db: database.db, logger: silentLogger, now });
  return createDispatcher(context, { transport, options: { backoffBaseMs: 1_000 } }).dispatcher;
}

/** A real ticket_received e-mail about a real ticket, as filing one queues it. */
async function queueReceived(options: { recipient?: string; locale?: Locale } = {}) {
  const ticket = await createTicket(database.db.prisma);
  const recipient = options.recipient ?? uniqueEmail();
  const trackingUrl = `https://support.example.com/support/track#token=ho_t_${randomBytes(12).toString('hex')}`;
  const queued = await database.db.prisma.$transaction((tx) =>
    enqueue(
      tx,
      {
        kind: 'ticket_received',
        recipient,
        locale: options.locale ?? 'en',
        ticketId: ticket.id,
        payload: { ticketNumber: ticket.reference, subject: '升级后无法登录', requesterName: '王小明', priority: 'P2', trackingUrl },
      },
      { domain, at: clock.at },
    ),
  );
  return { ...queued, ticket, recipient, trackingUrl };
}

const asAdmin = (req: request.Test) => req.set('Authorization', admin.bearer);

describe('the outbox, for administrators', () => {
  it('lists rows newest first, page by page, with counts per status and never the payload', async () => {
    const kind = `listing_${randomBytes(4).toString('hex')}`;
    const ticket = await createTicket(database.db.prisma);
    const secret = `ho_t_${randomBytes(12).toString('hex')}`;
    const base = clock.at.getTime() + 30 * 86_400_000; // not due while this file runs: the dispatchers below leave them be
    const times = [0, 60_000, 60_000, 120_000, 180_000]; // two queued in the same millisecond
    const queued = [];
    for (const [index, offset] of times.entries()) {
      queued.push(
        await database.db.prisma.$transaction((tx) =>
          enqueue(
            tx,
            { kind, recipient: uniqueEmail(), locale: 'zh-Hans', ticketId: index === 0 ? ticket.id : null, payload: { trackingUrl: secret } } as never,
            { domain, at: new Date(base + offset) },
          ),
        ),
      );
    }
    const rows = await database.db.prisma.outboxMessage.findMany({ where: { kind }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });

    const seen: Record<string, unknown>[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await asAdmin(request(app).get('/api/v1/admin/outbox').query({ kind, limit: 2, ...(cursor ? { cursor } : {}) })).expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).not.toContain(secret);
      expect(res.body.counts).toEqual({ pending: 5, sending: 0, sent: 0, dead: 0 });
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);

    expect(seen.map((item) => item.id)).toEqual(rows.map((r) => r.id));
    expect(seen.every((item) => !('payload' in item))).toBe(true);
    const oldest = seen.at(-1)!;
    expect(oldest).toEqual({
      id: queued[0]!.id,
      kind,
      recipient: rows.at(-1)!.recipient,
      locale: 'zh-Hans',
      ticketNumber: ticket.reference,
      status: 'pending',
      attempts: 0,
      lastError: null,
      messageId: queued[0]!.messageId,
      createdAt: new Date(base).toISOString(),
      nextAttemptAt: new Date(base).toISOString(),
      claimedAt: null,
      sentAt: null,
    });
    expect(seen[0]!.ticketNumber).toBeNull();
  });

  it('lists a dead letter with its error; resent, it goes with the next dispatch under the same Message-ID', async () => {
    const queued = await queueReceived({ recipient: uniqueEmail('no-such-user') });
    refuse = (address) => (address === queued.recipient ? 550 : undefined);
    expect((await dispatcher().dispatchDue()).dead).toBe(1);

    const dead = await asAdmin(request(app).get('/api/v1/admin/outbox').query({ status: 'dead', kind: 'ticket_received' })).expect(200);
    const listed = dead.body.items.find((item: { id: string }) => item.id === queued.id);
    expect(listed).toMatchObject({ status: 'dead', attempts: 1, ticketNumber: queued.ticket.reference, recipient: queued.recipient });
    expect(listed.lastError).toContain('550');
    expect(dead.body.items.every((item: { status: string }) => item.status === 'dead')).toBe(true);
    expect(dead.body.counts.dead).toBeGreaterThanOrEqual(1);
    expect(dead.text).not.toContain(queued.trackingUrl);

    const one = await asAdmin(request(app).get(`/api/v1/admin/outbox/${queued.id}`)).expect(200);
    expect(one.body).toEqual(listed);

    refuse = () => undefined;
    const resent = await asAdmin(request(app).post(`/api/v1/admin/outbox/${queued.id}/resend`)).expect(200);
    expect(resent.headers['cache-control']).toBe('no-store');
    expect(resent.body).toMatchObject({ id: queued.id, status: 'pending', attempts: 0, messageId: queued.messageId });
    expect(resent.body.nextAttemptAt).toBe(clock.at.toISOString());
    expect(resent.text).not.toContain(queued.trackingUrl);

    const line = log.lines.find((l) => l.msg === 'dead letter queued again by an administrator' && l.outboxId === queued.id);
    expect(line).toMatchObject({ level: 30, by: admin.id, kind: 'ticket_received' });
    expect(log.lines.some((l) => JSON.stringify(l).includes(queued.recipient))).toBe(false);

    expect((await dispatcher().dispatchDue()).sent).toBe(1);
    const arrived = sink.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === queued.recipient);
    expect(arrived.map((m) => m.messageId)).toEqual([queued.messageId]);
    const sent = await asAdmin(request(app).get(`/api/v1/admin/outbox/${queued.id}`)).expect(200);
    expect(sent.body).toMatchObject({ status: 'sent', attempts: 1, lastError: null, sentAt: clock.at.toISOString() });

    const again = await asAdmin(request(app).post(`/api/v1/admin/outbox/${queued.id}/resend`)).expect(409);
    expect(again.body).toMatchObject({ code: 'not_resendable', detail: 'This message is sent; only a dead letter can be resent.' });
  });

  it('refuses to resend a message that is not a dead letter, and answers 404 for one that does not exist', async () => {
    const queued = await queueReceived();
    const res = await asAdmin(request(app).post(`/api/v1/admin/outbox/${queued.id}/resend`).set('Accept-Language', 'zh-CN')).expect(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'not_resendable', title: '只有投递失败的邮件才能重新发送' });
    expect(res.body.detail).toContain('pending');
    expect((await database.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: queued.id } })).status).toBe('pending');

    await asAdmin(request(app).post(`/api/v1/admin/outbox/${randomUUID()}/resend`)).expect(404);
    const missing = await asAdmin(request(app).get(`/api/v1/admin/outbox/${randomUUID()}`)).expect(404);
    expect(missing.body.code).toBe('not_found');
    expect(missing.headers['cache-control']).toBe('no-store');
  });

  it('finds what was sent about one ticket, and to one address whatever its case', async () => {
    const first = await queueReceived({ recipient: uniqueEmail('filter') });
    const other = await queueReceived({ recipient: uniqueEmail('filter') });
    const about = await asAdmin(request(app).get('/api/v1/admin/outbox').query({ ticket: first.ticket.reference })).expect(200);
    expect(about.body.items.map((i: { id: string }) => i.id)).toEqual([first.id]);
    expect(about.body.counts).toMatchObject({ pending: 1 });
    const bare = await asAdmin(request(app).get('/api/v1/admin/outbox').query({ ticket: first.ticket.reference.replace(/^HO-/, '') })).expect(200);
    expect(bare.body.items.map((i: { id: string }) => i.id)).toEqual([first.id]);

    const to = await asAdmin(request(app).get('/api/v1/admin/outbox').query({ recipient: ` ${other.recipient.toUpperCase()} ` })).expect(200);
    expect(to.body.items.map((i: { id: string }) => i.id)).toEqual([other.id]);
    const nobody = await asAdmin(request(app).get('/api/v1/admin/outbox').query({ ticket: 'HO-999999999' })).expect(200);
    expect(nobody.body.items).toEqual([]);
  });

  it('rejects malformed filters, limits, cursors and ids, naming the field', async () => {
    const field = async (query: Record<string, string>) =>
      (await asAdmin(request(app).get('/api/v1/admin/outbox').query(query)).expect(400)).body.errors[0].field;
    expect(await field({ status: 'lost' })).toBe('status');
    expect(await field({ limit: '101' })).toBe('limit');
    expect(await field({ limit: '0' })).toBe('limit');
    expect(await field({ kind: 'Robert"); DROP TABLE' })).toBe('kind');
    expect(await field({ cursor: 'not-a-cursor' })).toBe('cursor');
    expect(await field({ ticket: 'HO-12a' })).toBe('ticket');
    expect(await field({ recipient: 'not an address' })).toBe('recipient');
    const id = await asAdmin(request(app).get('/api/v1/admin/outbox/42')).expect(400);
    expect(id.body.errors[0].field).toBe('id');
  });

  it('is for administrators only: agents get 403, anonymous callers 401', async () => {
    const queued = await queueReceived();
    for (const [method, url] of [
      ['get', '/api/v1/admin/outbox'],
      ['get', `/api/v1/admin/outbox/${queued.id}`],
      ['post', `/api/v1/admin/outbox/${queued.id}/resend`],
      ['get', '/api/v1/admin/mailbox'],
    ] as const) {
      const asAgent = await request(app)[method](url).set('Authorization', agent.bearer).expect(403);
      expect(asAgent.body.code).toBe('forbidden');
      expect(asAgent.text).not.toContain(queued.recipient);
      expect((await request(app)[method](url).expect(401)).body.code).toBe('unauthenticated');
    }
  });
});

describe('the embedded mailbox, for administrators', () => {
  const mailDir = mailboxDirectory(dataDir);

  /** Delivers messages through the real file transport into DATA_DIR/mail, then dates the files one minute apart. */
  async function deliverToMailbox(count: number) {
    const queued = [];
    for (let i = 0; i < count; i += 1) queued.push(await queueReceived({ locale: 'zh-Hans' }));
    expect((await dispatcher(fileTransport(mailDir)).dispatchDue()).sent).toBeGreaterThanOrEqual(count);
    const start = Date.now() / 1000 + 3600; // later than anything already there
    queued.forEach((q, i) => {
      const at = start + i * 60;
      utimesSync(path.join(mailDir, emlFileName(q.messageId)), at, at);
    });
    return queued.map((q) => ({ ...q, id: emlFileName(q.messageId).slice(0, -'.eml'.length) }));
  }

  it('lists messages newest first, page by page, with decoded headers, skipping files that are not messages', async () => {
    const delivered = await deliverToMailbox(3);
    writeFileSync(path.join(mailDir, 'half-written.eml.123.tmp'), 'Subject: not yet\n\n');
    writeFileSync(path.join(mailDir, 'notes.txt'), 'not a message');

    const first = await asAdmin(request(app).get('/api/v1/admin/mailbox').query({ limit: 2 })).expect(200);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.body.items.map((m: { id: string }) => m.id)).toEqual([delivered[2]!.id, delivered[1]!.id]);
    expect(first.body.nextBefore).toEqual(expect.any(String));
    const newest = delivered[2]!;
    expect(first.body.items[0]).toEqual({
      id: newest.id,
      messageId: newest.messageId,
      from: '"Handover Support" <support@support.example.com>',
      to: newest.recipient,
      subject: expect.stringContaining(`[${newest.ticket.reference}] 我们已收到您的工单`),
      date: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      size: readFileSync(path.join(mailDir, `${newest.id}.eml`)).length,
      kind: 'ticket_received',
    });

    const second = await asAdmin(request(app).get('/api/v1/admin/mailbox').query({ limit: 2, before: first.body.nextBefore })).expect(200);
    expect(second.body.items[0].id).toBe(delivered[0]!.id);
    const all = await asAdmin(request(app).get('/api/v1/admin/mailbox').query({ limit: 200 })).expect(200);
    expect(all.body.items.some((m: { id: string }) => m.id.includes('half-written') || m.id === 'notes')).toBe(false);
    expect(all.body.nextBefore).toBeNull();

    const bad = await asAdmin(request(app).get('/api/v1/admin/mailbox').query({ before: 'nonsense' })).expect(400);
    expect(bad.body.errors[0].field).toBe('before');
    expect((await asAdmin(request(app).get('/api/v1/admin/mailbox').query({ limit: 201 })).expect(400)).body.errors[0].field).toBe('limit');
  });

  it('reads one message, parsed, with its text and HTML, and downloads it as an .eml file', async () => {
    const [message] = await deliverToMailbox(1);
    const res = await asAdmin(request(app).get(`/api/v1/admin/mailbox/${message!.id}`)).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({
      id: message!.id,
      messageId: message!.messageId,
      to: message!.recipient,
      kind: 'ticket_received',
      inReplyTo: `<ticket.${message!.ticket.id}@support.example.com>`,
      references: [`<ticket.${message!.ticket.id}@support.example.com>`],
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
    expect(res.body.subject).toBe(`[${message!.ticket.reference}] 我们已收到您的工单：升级后无法登录`);
    expect(res.body.text).toContain('查看工单');
    expect(res.body.html).toContain('<html lang="zh-Hans">');

    const raw = await asAdmin(request(app).get(`/api/v1/admin/mailbox/${message!.id}/raw`))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(raw.headers['content-type']).toMatch(/^message\/rfc822/);
    expect(raw.headers['content-disposition']).toBe(`attachment; filename="${message!.id}.eml"`);
    expect(raw.headers['cache-control']).toBe('no-store');
    expect((raw.body as Buffer).equals(readFileSync(path.join(mailDir, `${message!.id}.eml`)))).toBe(true);
  });

  it('refuses ids that try to leave the mailbox, and answers 404 for unknown ones', async () => {
    // A path with more segments (`/mailbox/a/b`) is no route at all: 404.
    expect((await asAdmin(request(app).get('/api/v1/admin/mailbox/a/b')).expect(404)).body.code).toBe('not_found');
    for (const url of ['/mailbox/..%2F..%2Fetc%2Fpasswd', '/mailbox/..%2F..%2Fetc%2Fpasswd/raw', '/mailbox/a%2Fb', '/mailbox/..']) {
      const res = await asAdmin(request(app).get(`/api/v1/admin${url}`));
      expect(res.status, url).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.errors[0].field).toBe('id');
    }
    expect((await asAdmin(request(app).get(`/api/v1/admin/mailbox/${'x'.repeat(241)}`)).expect(400)).body.errors[0].field).toBe('id');
    for (const url of ['/mailbox/outbox.no-such-message@support.example.com', '/mailbox/outbox.no-such-message@support.example.com/raw']) {
      expect((await asAdmin(request(app).get(`/api/v1/admin${url}`)).expect(404)).body.code).toBe('not_found');
    }
    // A directory named like a message is not one.
    mkdirSync(path.join(mailDir, 'folder.eml'), { recursive: true });
    await asAdmin(request(app).get('/api/v1/admin/mailbox/folder')).expect(404);
  });

  it('is an empty list when nothing was ever delivered', async () => {
    const fresh = testApp(database.db, { config: testConfig({ DATA_DIR: path.join(dataDir, 'never-used') }) });
    const res = await asAdmin(request(fresh).get('/api/v1/admin/mailbox')).expect(200);
    expect(res.body).toEqual({ items: [], nextBefore: null });
  });

  it('is off when SMTP is configured: the mailbox answers 409 mailbox_disabled, the outbox still answers', async () => {
    const smtp = testApp(database.db, { config: testConfig({ DATA_DIR: dataDir, SMTP_URL: 'smtp://127.0.0.1:9' }) });
    for (const url of ['/mailbox', '/mailbox/anything', '/mailbox/anything/raw']) {
      const res = await asAdmin(request(smtp).get(`/api/v1/admin${url}`).set('Accept-Language', 'en')).expect(409);
      expect(res.body).toMatchObject({ code: 'mailbox_disabled', title: 'The embedded mailbox is off because SMTP is configured' });
    }
    await asAdmin(request(smtp).get('/api/v1/admin/outbox')).expect(200);
  });
});
