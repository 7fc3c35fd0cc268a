import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { applyMigrations } from '../src/db/migrations.js';
import type { Dispatcher } from '../src/notifications/dispatcher.js';
import { createDispatcher } from '../src/notifications/index.js';
import { outboxChannel } from '../src/notifications/outbox.js';
import { smtpTransport, type MailTransport } from '../src/notifications/transport.js';
import { testApp } from './support/app.js';
import { createTestDatabase, usingPostgres, type TestDatabase } from './support/database.js';
import { silentLogger } from './support/logger.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { fileTestTicket, ticketTestConfig } from './support/ticket-api.js';

// A commit that queues e-mail wakes the dispatchers (NOTIFY on commit, LISTEN in each process), so mail goes out
// at once rather than at the next poll. The dispatchers here poll only every ten minutes: a message that arrives
// within the test's wait can only have been sent because of the wake-up.

const config = ticketTestConfig();
const tenMinutes = 600_000;

let testDb: TestDatabase;
let db: Database;
let sink: SmtpSink;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await applyMigrations(db, silentLogger);
  sink = await startSmtpSink();
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await sink?.stop();
  await db?.close();
  await testDb?.drop();
});

/** A started dispatcher on `database` that polls every ten minutes and listens for wake-ups. */
async function startListeningDispatcher(database: Database): Promise<Dispatcher> {
  const transport: MailTransport = smtpTransport(sink.url, { maxConnections: 1 });
  const context = createContext({ config, db: database, logger: silentLogger });
  const { dispatcher } = createDispatcher(context, { transport, options: { pollIntervalMs: tenMinutes } });
  dispatcher.start();
  const stopListening = await database.listen(outboxChannel, () => dispatcher.wake());
  cleanups.push(async () => {
    await stopListening();
    await dispatcher.stop();
    transport.close();
  });
  return dispatcher;
}

async function arrival(to: string, kind: string, waitMs = 20_000): Promise<ParsedMail | undefined> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const found = sink.messages.find((m) => m.headers.get('x-handover-kind') === kind && JSON.stringify(m.to).includes(to));
    if (found || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('waking the dispatcher when mail is committed', () => {
  it('sends a new ticket’s acknowledgement without waiting for the poll', async () => {
    const dispatcher = await startListeningDispatcher(db);
    await expect.poll(() => dispatcher.idle).toBe(true); // the first (empty) run is over; the next poll is ten minutes away
    const app = testApp(db, { config });
    const ticket = await fileTestTicket(app);
    expect(await arrival(ticket.email, 'ticket_received')).toBeDefined();
  });

  it.runIf(usingPostgres)('wakes the dispatcher of another replica of the same database', async () => {
    // Only the other replica sends: this one's dispatcher is stopped first.
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    const other = await testDb.open();
    cleanups.push(() => other.close());
    const dispatcher = await startListeningDispatcher(other);
    await expect.poll(() => dispatcher.idle).toBe(true);
    const app = testApp(db, { config });
    const ticket = await fileTestTicket(app, { subject: 'Across replicas' });
    const mail = await arrival(ticket.email, 'ticket_received');
    expect(mail?.subject).toContain('Across replicas');
  });

  it.runIf(usingPostgres)('listens again after its connection is cut, and is woken as before', async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    const dispatcher = await startListeningDispatcher(db);
    await expect.poll(() => dispatcher.idle).toBe(true);
    // Cut every LISTENing connection to this database, as a PostgreSQL restart or a failover would.
    const cut = await db.prisma.$queryRaw<unknown[]>`
      SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%'`;
    expect(cut).toHaveLength(1);
    // The listener reconnects after 5 s: wait until its LISTEN is back, not for a fixed time.
    const listening = async () =>
      (await db.prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%' AND state = 'idle'`)[0]!.n;
    await expect.poll(listening, { timeout: 20_000, interval: 200 }).toBe(1);
    const app = testApp(db, { config });
    const ticket = await fileTestTicket(app, { subject: 'After the cut' });
    expect((await arrival(ticket.email, 'ticket_received'))?.subject).toContain('After the cut');
  }, 30_000);
});
