import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { applyMigrations } from '../src/db/migrations.js';
import { createDispatcher } from '../src/notifications/index.js';
import type { Dispatcher } from '../src/notifications/dispatcher.js';
import { mailDomain } from '../src/notifications/outbox.js';
import { enqueue } from '../src/notifications/outbox-repository.js';
import { smtpTransport, type MailTransport } from '../src/notifications/transport.js';
import { samplePayloads } from '../src/notifications/templates/preview.js';
import { testConfig } from './support/app.js';
import { createTestDatabase, usingPostgres, type TestDatabase } from './support/database.js';
import { silentLogger } from './support/logger.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';

const config = testConfig();
const domain = mailDomain(config.publicUrl);
const rows = 300;

let testDb: TestDatabase;
let replicas: Database[];
let sink: SmtpSink;
const transports: MailTransport[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
  const first = await testDb.open();
  await applyMigrations(first, silentLogger);
  // On PostgreSQL each "replica" has its own pool; PGlite is one connection, so both share it.
  replicas = usingPostgres ? [first, await testDb.open()] : [first, first];
  sink = await startSmtpSink();
});
afterAll(async () => {
  for (const transport of transports) transport.close();
  await sink.stop();
  for (const db of new Set(replicas)) await db.close();
  await testDb.drop();
});

function replicaDispatcher(db: Database): Dispatcher {
  const transport = smtpTransport(sink.url, { maxConnections: 4 });
  transports.push(transport);
  return createDispatcher(createContext({ config, db, logger: silentLogger }), { transport, options: { batchSize: 7, concurrency: 4 } }).dispatcher;
}

/** Dispatches until a claim comes back empty; returns how many this dispatcher sent. */
async function drain(dispatcher: Dispatcher): Promise<number> {
  let sent = 0;
  for (;;) {
    const report = await dispatcher.dispatchDue();
    sent += report.sent;
    if (report.sent + report.retried + report.dead + report.released === 0) return sent;
  }
}

describe('two dispatchers on one database', () => {
  it(`never send one row twice (${rows} messages, ${usingPostgres ? 'PostgreSQL, two pools' : 'PGlite, one connection'})`, async () => {
    const queued = await replicas[0]!.prisma.$transaction(async (tx) => {
      const ids: string[] = [];
      for (let i = 0; i < rows; i += 1) {
        const { messageId } = await enqueue(
          tx,
          { kind: 'magic_link', recipient: `replica-${i}@example.com`, locale: i % 2 ? 'en' : 'zh-Hans', payload: samplePayloads.magic_link },
          { domain },
        );
        ids.push(messageId);
      }
      return ids;
    });

    const sentBy = await Promise.all(replicas.map((db) => drain(replicaDispatcher(db))));

    expect(sentBy[0]! + sentBy[1]!).toBe(rows);
    if (usingPostgres) expect(sentBy.every((count) => count > 0)).toBe(true);
    const arrived = sink.messages.map((m) => m.messageId);
    expect(arrived).toHaveLength(rows);
    expect(new Set(arrived)).toEqual(new Set(queued));
    const statuses = await replicas[0]!.prisma.outboxMessage.groupBy({ by: ['status', 'attempts'], _count: true });
    expect(statuses).toEqual([{ status: 'sent', attempts: 1, _count: rows }]);
  });
});
