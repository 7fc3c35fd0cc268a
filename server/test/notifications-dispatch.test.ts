import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import type { Locale } from '../src/http/locale.js';
import { createDispatcher, startNotifications } from '../src/notifications/index.js';
import type { DispatcherOptions } from '../src/notifications/dispatcher.js';
import { mailDomain, ticketThreadId } from '../src/notifications/outbox.js';
import { enqueue } from '../src/notifications/outbox-repository.js';
import { OutboxRepository, type ClaimedMessage } from '../src/notifications/outbox-repository.js';
import { fileTransport, smtpTransport, type MailTransport } from '../src/notifications/transport.js';
import { samplePayloads } from '../src/notifications/templates/preview.js';
import { testConfig } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { silentLogger } from './support/logger.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { createTicket } from './support/tickets.js';
import { uniqueEmail } from './support/ticket-api.js';

const config = testConfig({ MAIL_FROM: 'Handover Support <support@support.example.com>', MAIL_REPLY_TO: 'helpdesk@example.com', MAIL_MAX_ATTEMPTS: '4' });
const domain = mailDomain(config.publicUrl);
const fast: Partial<DispatcherOptions> = { backoffBaseMs: 1_000, backoffCapMs: 60_000, leaseMs: 5 * 60_000, pollIntervalMs: 20 };

let database: { db: Database; close(): Promise<void> };
let sink: SmtpSink;
let refuse: (address: string) => number | undefined = () => undefined;
let slowData: (() => Promise<void>) | undefined;
const opened: MailTransport[] = [];

/** A clock the test moves: back-off and leases are minutes long, the test does not wait for them. */
const clock = { at: new Date('2026-11-25T08:00:00Z'), advance(ms: number) { this.at = new Date(this.at.getTime() + ms); } };

beforeAll(async () => {
  database = await migratedDatabase();
  sink = await startSmtpSink({ refuseRecipient: (address) => refuse(address), onData: () => slowData?.() ?? Promise.resolve() });
});
afterEach(() => {
  refuse = () => undefined;
  slowData = undefined;
});
afterAll(async () => {
  for (const transport of opened) transport.close();
  await sink.stop();
  await database.close();
});

function dispatcherFor(db: Database, overrides: { options?: Partial<DispatcherOptions>; afterSend?: (m: ClaimedMessage) => void; transport?: MailTransport } = {}) {
  const transport = overrides.transport ?? smtpTransport(sink.url, { maxConnections: 2 });
  opened.push(transport);
  const context = createContext({ config, db, logger: silentLogger, now: () => clock.at });
  return createDispatcher(context, { transport, options: { ...fast, ...overrides.options }, afterSend: overrides.afterSend }).dispatcher;
}

async function queueReceived(options: { locale?: Locale; recipient?: string } = {}) {
  const ticket = await createTicket(database.db.prisma);
  const recipient = options.recipient ?? uniqueEmail();
  const queued = await database.db.prisma.$transaction((tx) =>
    enqueue(
      tx,
      {
        kind: 'ticket_received',
        recipient,
        locale: options.locale ?? 'en',
        ticketId: ticket.id,
        payload: { ...samplePayloads.ticket_received, ticketNumber: ticket.reference, subject: 'Login fails <b>after</b> upgrade' },
      },
      { domain, at: clock.at },
    ),
  );
  return { ...queued, ticket, recipient };
}

const arrivedFor = (recipient: string) => sink.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === recipient);
const row = (id: string) => database.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });

describe('e-mail from the outbox, over a real SMTP connection', () => {
  it('when a message is queued, then exactly one e-mail arrives, in the recipient’s language, threaded under its ticket', async () => {
    const queued = await queueReceived({ locale: 'en' });
    const report = await dispatcherFor(database.db).dispatchDue();
    expect(report).toMatchObject({ sent: 1, retried: 0, dead: 0 });

    const [mail, ...others] = arrivedFor(queued.recipient);
    expect(others).toHaveLength(0);
    expect(mail!.subject).toBe(`[${queued.ticket.reference}] We received your request: Login fails <b>after</b> upgrade`);
    expect(mail!.messageId).toBe(queued.messageId);
    expect(queued.messageId).toBe(`<outbox.${queued.id}@support.example.com>`);
    expect(mail!.inReplyTo).toBe(ticketThreadId(queued.ticket.id, domain));
    expect(mail!.references).toBe(ticketThreadId(queued.ticket.id, domain));
    expect(mail!.from!.value).toEqual([{ name: 'Handover Support', address: 'support@support.example.com' }]);
    expect(mail!.replyTo!.text).toBe('helpdesk@example.com');
    expect(mail!.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail!.text).toContain('Track your ticket');
    expect(mail!.html).toContain('Login fails &#60;b&#62;after&#60;/b&#62; upgrade');
    expect(mail!.html).not.toContain('<b>after</b>');

    expect(await row(queued.id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null, sentAt: clock.at });
    expect((await dispatcherFor(database.db).dispatchDue()).sent).toBe(0);
  });

  it('writes to a Chinese-speaking customer in Chinese', async () => {
    const queued = await queueReceived({ locale: 'zh-Hans' });
    await dispatcherFor(database.db).dispatchDue();
    const [mail] = arrivedFor(queued.recipient);
    expect(mail!.subject).toBe(`[${queued.ticket.reference}] 我们已收到您的工单：Login fails <b>after</b> upgrade`);
    expect(mail!.text).toContain('查看工单');
  });

  it('when the SMTP server is down for a while, then every message arrives once it is back, and only once', async () => {
    await sink.stop();
    const queued = await Promise.all(Array.from({ length: 6 }, () => queueReceived()));
    const dispatcher = dispatcherFor(database.db);
    expect(await dispatcher.dispatchDue()).toMatchObject({ sent: 0, retried: 6 });
    const waiting = await row(queued[0]!.id);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(clock.at.getTime());
    expect((await dispatcher.dispatchDue()).retried).toBe(0); // not due yet: back-off

    clock.advance(60_000);
    expect(await dispatcher.dispatchDue()).toMatchObject({ retried: 6 });
    await sink.start();
    clock.advance(120_000);
    expect(await dispatcher.dispatchDue()).toMatchObject({ sent: 6 });
    clock.advance(3600_000);
    await dispatcher.dispatchDue();

    for (const q of queued) {
      const arrived = arrivedFor(q.recipient);
      expect(arrived.map((m) => m.messageId)).toEqual([q.messageId]);
      expect(await row(q.id)).toMatchObject({ status: 'sent', attempts: 3 });
    }
  });

  it('when the process dies between sending and recording it, then after the lease the e-mail goes again with the same Message-ID', async () => {
    const queued = await queueReceived();
    const crashing = dispatcherFor(database.db, {
      afterSend: () => {
        throw new Error('simulated crash');
      },
    });
    await expect(crashing.dispatchDue()).rejects.toThrow('simulated crash');
    expect(await row(queued.id)).toMatchObject({ status: 'sending', attempts: 1 });
    expect(arrivedFor(queued.recipient)).toHaveLength(1);

    const restarted = dispatcherFor(database.db);
    expect((await restarted.dispatchDue()).sent).toBe(0); // the lease still runs: it might be a slow replica
    clock.advance(5 * 60_000 + 1);
    expect((await restarted.dispatchDue()).sent).toBe(1);

    const arrived = arrivedFor(queued.recipient);
    expect(arrived).toHaveLength(2);
    expect(arrived.map((m) => m.messageId)).toEqual([queued.messageId, queued.messageId]);
    expect(await row(queued.id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('when the server refuses the recipient permanently (5xx), then the message is a dead letter at once, never retried', async () => {
    const queued = await queueReceived({ recipient: uniqueEmail('no-such-user') });
    refuse = (address) => (address === queued.recipient ? 550 : undefined);
    const dispatcher = dispatcherFor(database.db);
    expect(await dispatcher.dispatchDue()).toMatchObject({ dead: 1, retried: 0 });
    const dead = await row(queued.id);
    expect(dead).toMatchObject({ status: 'dead', attempts: 1 });
    expect(dead.lastError).toContain('550');

    refuse = () => undefined;
    clock.advance(24 * 3600_000);
    await dispatcher.dispatchDue();
    expect(await row(queued.id)).toMatchObject({ status: 'dead', attempts: 1 });
    expect(arrivedFor(queued.recipient)).toHaveLength(0);
  });

  it('when an admin resends a dead letter, then it goes once more, with the same Message-ID', async () => {
    const queued = await queueReceived({ recipient: uniqueEmail('mailbox-full') });
    refuse = (address) => (address === queued.recipient ? 552 : undefined);
    const dispatcher = dispatcherFor(database.db);
    await dispatcher.dispatchDue();
    expect(await row(queued.id)).toMatchObject({ status: 'dead' });

    refuse = () => undefined;
    const outbox = new OutboxRepository(database.db.prisma);
    expect(await outbox.requeueDead(queued.id, clock.at)).toBe(true);
    expect(await outbox.requeueDead(queued.id, clock.at)).toBe(false); // already queued again
    expect((await dispatcher.dispatchDue()).sent).toBe(1);
    expect(arrivedFor(queued.recipient).map((m) => m.messageId)).toEqual([queued.messageId]);
    expect(await row(queued.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('forgets sent messages after the retention period, but never an unsent or dead one', async () => {
    const sent = await queueReceived();
    const dead = await queueReceived({ recipient: uniqueEmail('gone') });
    refuse = (address) => (address === dead.recipient ? 550 : undefined);
    await dispatcherFor(database.db).dispatchDue();
    refuse = () => undefined;
    const waiting = await queueReceived();
    await database.db.prisma.outboxMessage.update({ where: { id: waiting.id }, data: { nextAttemptAt: new Date(clock.at.getTime() + 3_600_000) } });
    expect(await row(sent.id)).toMatchObject({ status: 'sent' });

    const outbox = new OutboxRepository(database.db.prisma);
    await outbox.pruneSent(clock.at);
    expect(await row(sent.id)).toMatchObject({ status: 'sent' }); // sent at the cut-off itself: kept
    expect(await outbox.pruneSent(new Date(clock.at.getTime() + 1))).toBeGreaterThanOrEqual(1);
    expect(await database.db.prisma.outboxMessage.findUnique({ where: { id: sent.id } })).toBeNull();
    expect(await row(dead.id)).toMatchObject({ status: 'dead' });
    expect(await row(waiting.id)).toMatchObject({ status: 'pending' });
  });

  it('retries a temporary refusal (4xx), and gives up after MAIL_MAX_ATTEMPTS', async () => {
    const queued = await queueReceived({ recipient: uniqueEmail('greylisted') });
    refuse = (address) => (address === queued.recipient ? 451 : undefined);
    const dispatcher = dispatcherFor(database.db);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect((await dispatcher.dispatchDue()).retried).toBe(1);
      expect(await row(queued.id)).toMatchObject({ status: 'pending', attempts: attempt });
      clock.advance(60_000);
    }
    expect((await dispatcher.dispatchDue()).dead).toBe(1);
    const dead = await row(queued.id);
    expect(dead).toMatchObject({ status: 'dead', attempts: 4 });
    expect(dead.lastError).toContain('451');
  });

  it('when stopped mid-send, then the send in progress finishes and is recorded, and untried claims are given back', async () => {
    const queued = await Promise.all(Array.from({ length: 3 }, () => queueReceived()));
    let dataStarted!: () => void;
    const started = new Promise<void>((resolve) => (dataStarted = resolve));
    slowData = async () => {
      dataStarted();
      await new Promise((resolve) => setTimeout(resolve, 300));
    };
    const dispatcher = dispatcherFor(database.db, { options: { concurrency: 1 } });
    dispatcher.start();
    await started;
    await dispatcher.stop();

    const rows = await Promise.all(queued.map((q) => row(q.id)));
    expect(rows.map((r) => r.status).sort()).toEqual(['pending', 'pending', 'sent']);
    expect(rows.filter((r) => r.status === 'pending').map((r) => r.attempts)).toEqual([0, 0]);
    expect(queued.flatMap((q) => arrivedFor(q.recipient))).toHaveLength(1);

    slowData = undefined;
    expect((await dispatcherFor(database.db).dispatchDue()).sent).toBe(2);
  });

  it('with the embedded mailbox, writes each message as a readable .eml file named after its Message-ID', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'handover-mail-'));
    try {
      const queued = await queueReceived({ locale: 'zh-Hans' });
      await dispatcherFor(database.db, { transport: fileTransport(directory) }).dispatchDue();
      const files = readdirSync(directory);
      expect(files).toEqual([`outbox.${queued.id}@support.example.com.eml`]);
      const mail = await simpleParser(readFileSync(path.join(directory, files[0]!)));
      expect(mail.messageId).toBe(queued.messageId);
      expect(mail.to && !Array.isArray(mail.to) && mail.to.text).toBe(queued.recipient);
      expect(mail.subject).toContain('我们已收到您的工单');
      expect(mail.text).toContain('查看工单');
      expect(mail.html).toContain('<html lang="zh-Hans">');
      expect(mail.inReplyTo).toBe(ticketThreadId(queued.ticket.id, domain));
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('without SMTP_URL, the background dispatcher delivers to DATA_DIR/mail, and stops cleanly', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'handover-data-'));
    try {
      const queued = await queueReceived();
      const context = createContext({ config: testConfig({ DATA_DIR: dataDir }), db: database.db, logger: silentLogger, now: () => clock.at });
      const stop = startNotifications(context);
      const file = path.join(dataDir, 'mail', `outbox.${queued.id}@support.example.com.eml`);
      await expect.poll(() => existsSync(file), { timeout: 5_000 }).toBe(true);
      await stop();
      expect(await row(queued.id)).toMatchObject({ status: 'sent' });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('turns a row that cannot be rendered into a dead letter instead of retrying it forever', async () => {
    const created = await database.db.prisma.$transaction((tx) =>
      enqueue(tx, { kind: 'staff_reply', recipient: uniqueEmail(), locale: 'en', payload: { ticketNumber: 'HO-1' } as never }, { domain, at: clock.at }),
    );
    expect((await dispatcherFor(database.db).dispatchDue()).dead).toBe(1);
    expect((await row(created.id)).lastError).toMatch(/payload of staff_reply does not parse/);
  });
});
