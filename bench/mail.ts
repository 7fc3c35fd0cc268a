// npm run bench -- mail: the e-mail outbox. (1) Throughput: the real Dispatcher sending queued rows to a local
// SMTP sink, against the same letters sent straight with nodemailer. (2) Latency: tickets filed over HTTP to the
// real app with its dispatcher running, timed to the sink's acceptance of each `ticket_received`, against the
// filing round trip alone. Everything on a fresh database, dropped at the end.
import { setTimeout as sleep } from 'node:timers/promises';
import { openDatabase, type Database } from '../server/src/db/database.js';
import { applyMigrations } from '../server/src/db/migrations.js';
import { enqueue, mailDomain } from '../server/src/notifications/index.js';
import { createStaff, type TestStaff } from '../server/test/support/staff.js';
import { silentLogger } from '../server/test/support/logger.js';
import { ticketBody } from '../server/test/support/ticket-api.js';
import { expectStatus, httpClient, within } from './clients.js';
import { createBenchDatabase } from './database.js';
import { mailConfig, mailSettings, staffReplies } from './mail-messages.js';
import { summarise, type MailResults, type Throughput } from './mail-report.js';
import { startServerProcess, startWorkerProcess } from './servers.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

const numberFrom = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

function parseMode(text: string): { label: string; wake: boolean; pollIntervalMs: number } {
  const [kind, interval] = text.split(':');
  const pollIntervalMs = Number(interval);
  if ((kind !== 'wake' && kind !== 'poll') || !Number.isFinite(pollIntervalMs)) throw new Error(`BENCH_MAIL_MODES: not wake:<ms> or poll:<ms>: ${text}`);
  return { label: kind === 'wake' ? `woken, poll ${pollIntervalMs} ms` : `poll ${pollIntervalMs} ms only`, wake: kind === 'wake', pollIntervalMs };
}

export const mailBenchSettings = {
  ...mailSettings,
  throughput: { messages: numberFrom('BENCH_MAIL_MESSAGES', 2000), warmup: 200, rounds: numberFrom('BENCH_MAIL_ROUNDS', 3) },
  latency: {
    tickets: numberFrom('BENCH_MAIL_TICKETS', 100),
    perSecond: numberFrom('BENCH_MAIL_RATE', 10),
    warmup: 10,
    // `wake:2000` is production (woken on commit, polling every 2 s as the safety net); `poll:N` polls only, as
    // before the wake-up existed and as a replica whose LISTEN connection dropped does.
    modes: (process.env.BENCH_MAIL_MODES ?? 'wake:2000,poll:2000,poll:100').split(',').map(parseMode),
  },
  poolSize: 10,
};
const settings = mailBenchSettings;

type Job = { messages: number };
type Outcome = { elapsedMs: number };

/** Queues `messages` staff replies with the app's own `enqueue`, in one transaction (not timed). */
async function queueReplies(db: Database, ticketId: string, messages: number): Promise<void> {
  const domain = mailDomain(mailConfig({}).publicUrl);
  await db.prisma.$executeRawUnsafe('TRUNCATE outbox_messages');
  await db.prisma.$transaction(
    async (tx) => {
      for (const message of staffReplies(messages, ticketId)) await enqueue(tx, message, { domain });
    },
    { timeout: 600_000 },
  );
}

async function measureThroughput(db: Database, databaseUrl: string, sink: SmtpSink, ticketId: string) {
  const env = { BENCH_APP_DATABASE_URL: databaseUrl, BENCH_SMTP_URL: sink.url, BENCH_TICKET_ID: ticketId };
  const senders = {
    baseline: await startWorkerProcess<Job, Outcome>('mail-baseline.ts', env),
    app: await startWorkerProcess<Job, Outcome>('mail-app.ts', env),
  };
  const round = async (side: 'app' | 'baseline', messages: number): Promise<Throughput> => {
    if (side === 'app') await queueReplies(db, ticketId, messages);
    const before = sink.count();
    const { elapsedMs } = await senders[side].run({ messages });
    if (sink.count() - before !== messages) throw new Error(`${side}: the sink accepted ${sink.count() - before} of ${messages} messages`);
    return { messages, seconds: elapsedMs / 1000, messagesPerSecond: messages / (elapsedMs / 1000) };
  };
  try {
    const rounds: Record<'app' | 'baseline', Throughput[]> = { app: [], baseline: [] };
    for (const side of ['baseline', 'app'] as const) await round(side, settings.throughput.warmup);
    // Alternating, so a busy neighbour on this shared machine hits both sides alike.
    for (let i = 0; i < settings.throughput.rounds; i++) {
      for (const side of ['baseline', 'app'] as const) rounds[side].push(await round(side, settings.throughput.messages));
    }
    const unsent = await db.prisma.outboxMessage.count({ where: { status: { not: 'sent' } } });
    if (unsent) throw new Error(`${unsent} outbox rows were left unsent`);
    return rounds;
  } finally {
    await Promise.all(Object.values(senders).map((sender) => sender.stop()));
  }
}

export type Delivery = { filingMs: number; acceptMs: number };

/**
 * Files `count` tickets at a steady rate (an open loop: one every 1/perSecond s, whatever the replies take) and
 * times each from sending the request to its response, and to the sink's acceptance of its `ticket_received`.
 */
async function fileAndAwaitMail(baseUrl: string, staff: TestStaff, sink: SmtpSink, count: number, perSecond: number): Promise<Delivery[]> {
  const client = httpClient(baseUrl, 32);
  const waiting = new Map<string, (at: number) => void>();
  const stopListening = sink.onAccept((message) => {
    if (message.kind === 'ticket_received') for (const recipient of message.recipients) waiting.get(recipient)?.(message.at);
  });
  const start = performance.now();
  try {
    const deliveries = Array.from({ length: count }, async (_, i): Promise<Delivery> => {
      await sleep(Math.max(0, start + (i * 1000) / perSecond - performance.now()));
      const body = ticketBody();
      const recipient = String(body.requester.email).toLowerCase();
      const accepted = new Promise<number>((resolve) => waiting.set(recipient, resolve)); // before the request: mail may beat the reply
      const sentAt = performance.now();
      const reply = await client.request('POST', '/api/v1/tickets', { headers: { authorization: staff.bearer }, json: body });
      const filingMs = performance.now() - sentAt;
      expectStatus(reply, 201, 'filing a ticket');
      return { filingMs, acceptMs: (await within(accepted, 30_000, `no ticket_received for ${recipient} within 30 s of filing`)) - sentAt };
    });
    return await Promise.all(deliveries);
  } finally {
    stopListening();
    client.close();
  }
}

async function measureLatency(databaseUrl: string, sink: SmtpSink, staff: TestStaff) {
  const results: { mode: string; deliveries: Delivery[] }[] = [];
  for (const { label: mode, wake, pollIntervalMs } of settings.latency.modes) {
    const env = {
      BENCH_APP_DATABASE_URL: databaseUrl,
      BENCH_POOL_SIZE: String(settings.poolSize),
      BENCH_SMTP_URL: sink.url,
      BENCH_MAIL_POLL_MS: String(pollIntervalMs),
      BENCH_MAIL_WAKE: wake ? '1' : '0',
    };
    const app = await startServerProcess('app-server.ts', env);
    try {
      await fileAndAwaitMail(app.url, staff, sink, settings.latency.warmup, settings.latency.perSecond);
      results.push({ mode, deliveries: await fileAndAwaitMail(app.url, staff, sink, settings.latency.tickets, settings.latency.perSecond) });
    } finally {
      await app.stop();
    }
  }
  return results;
}

export async function benchMail(adminUrl: string): Promise<MailResults> {
  const clock = performance.now();
  const seconds = (from: number) => Math.round((performance.now() - from) / 100) / 10;
  const database = await createBenchDatabase(adminUrl);
  const sink = await startSmtpSink();
  try {
    const db = await openDatabase({ kind: 'postgresql', url: database.url, poolSize: 2 }, silentLogger);
    try {
      await applyMigrations(db, silentLogger);
      // One staff member: every filed ticket sends two e-mails, the customer's ticket_received and their alert.
      const staff = await createStaff(db.prisma);
      const ticket = await db.prisma.ticket.create({
        data: { subject: '升级后无法登录', description: '升级到 2.3 之后无法登录。', priority: 'P2', category: 'deployment', requesterEmail: 'customer@example.com', requesterName: '王小明' },
        select: { id: true },
      });
      let phase = performance.now();
      const throughput = await measureThroughput(db, database.url, sink, ticket.id);
      const throughputSeconds = seconds(phase);
      await db.prisma.$executeRawUnsafe('TRUNCATE outbox_messages');
      phase = performance.now();
      const latency = await measureLatency(database.url, sink, staff);
      return summarise(settings, throughput, latency, { throughput: throughputSeconds, latency: seconds(phase), total: seconds(clock) });
    } finally {
      await db.close();
    }
  } finally {
    await sink.close();
    await database.drop();
  }
}
