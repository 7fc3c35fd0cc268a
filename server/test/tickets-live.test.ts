import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { createContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { applyMigrations, readMigrations } from '../src/db/migrations.js';
import { ProblemError } from '../src/http/errors.js';
import { startServer } from '../src/server.js';
import { createServices, type Services } from '../src/services.js';
import type { TicketSubscriber } from '../src/tickets/pipeline.js';
import { createTestDatabase, usingPostgres, type TestDatabase } from './support/database.js';
import { openEventStream, type OpenStream, type ReceivedEvent } from './support/event-stream.js';
import { testConfig } from './support/app.js';
import { captureLogger, silentLogger } from './support/logger.js';
import { createSession, createStaff, type TestStaff } from './support/staff.js';
import { createTicket } from './support/tickets.js';
import { fileTestTicket, ticketTestConfig } from './support/ticket-api.js';

const config = ticketTestConfig();

/** One replica: its own services (so the test can reach its live feed) and app, on `db`. */
function replica(db: Database, now: () => Date, ticketSubscribers: TicketSubscriber[] = []): { app: Express; services: Services } {
  const services = createServices(createContext({ config, db, logger: silentLogger, now }), { ticketSubscribers });
  return { app: createApp({ config, logger: silentLogger, db, migrations: readMigrations(), services }), services };
}

/** A subscriber after the live one that throws: the change, and the NOTIFY written in its transaction, roll back. */
const refusesP4: TicketSubscriber = {
  name: 'refuses P4',
  async onTicketChange(_tx, change) {
    if (change.after.priority === 'P4') throw new ProblemError('invalid_transition', { detail: 'No P4 in this test.' });
  },
};

/** Matches the `ticket` event of `number` whose data has the `expected` fields. */
const ticketEvent = (number: string, expected: Record<string, unknown> = {}) => (event: ReceivedEvent) => {
  const data = event.data as Record<string, unknown>;
  return event.event === 'ticket' && data.number === number && Object.entries(expected).every(([key, value]) => data[key] === value);
};

describe('live updates for the console', () => {
  let testDb: TestDatabase;
  let db: Database;
  let app: Express;
  let services: Services;
  let agent: TestStaff;
  let session: Record<string, string>;
  let clock = new Date('2026-12-01T02:00:00.000Z');
  const later = (ms = 1_000) => {
    clock = new Date(clock.getTime() + ms);
  };
  const streams: OpenStream[] = [];
  const stream = async (headers: Record<string, string> = {}) => {
    const opened = await openEventStream(app, '/api/v1/events', { ...session, ...headers });
    streams.push(opened);
    return opened;
  };

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await testDb.open();
    await applyMigrations(db, silentLogger);
    ({ app, services } = replica(db, () => clock, [refusesP4]));
    agent = await createStaff(db.prisma, { name: '李雷' });
    session = await createSession(db.prisma, agent);
  });
  afterAll(async () => {
    for (const opened of streams) await opened.close();
    await services.live.close();
    await db.close();
    await testDb.drop();
  });

  describe('the event stream', () => {
    it('opens at once as an uncached text/event-stream', async () => {
      const opened = await stream();
      expect(opened.status).toBe(200);
      expect(opened.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      expect(opened.headers['cache-control']).toBe('no-store');
      await expect.poll(() => opened.text()).toMatch(/^retry: \d+\n/);
      await opened.close();
    });

    it('sends each committed change to a ticket: filed, changed, replied to', async () => {
      const opened = await stream();
      later();
      const filed = await fileTestTicket(app);
      const created = await opened.next(ticketEvent(filed.number));
      expect(created.data).toEqual({ number: filed.number, version: 1, status: 'new', updatedAt: clock.toISOString() });
      expect(created.id).toEqual(expect.any(String)); // a cursor for Last-Event-ID

      later();
      await request(app).patch(`/api/v1/tickets/${filed.number}`).set('Authorization', agent.bearer).send({ version: 1, status: 'open' }).expect(200);
      await opened.next(ticketEvent(filed.number, { version: 2, status: 'open', updatedAt: clock.toISOString() }));

      later();
      await request(app).post(`/api/v1/tickets/${filed.number}/messages`).set('Authorization', filed.link).send({ body: '补充一点' }).expect(201);
      // A reply is a change without a new version: same version, later updatedAt.
      await opened.next(ticketEvent(filed.number, { version: 2, updatedAt: clock.toISOString() }));
    });

    it('sends nothing for a change that was refused and rolled back', async () => {
      const opened = await stream();
      const refused = await fileTestTicket(app);
      const other = await fileTestTicket(app);
      await opened.next(ticketEvent(other.number));
      const before = opened.events.length;
      await request(app).patch(`/api/v1/tickets/${refused.number}`).set('Authorization', agent.bearer).send({ version: 1, priority: 'P4' }).expect(409);
      expect((await request(app).get(`/api/v1/tickets/${refused.number}`).set('Authorization', agent.bearer).expect(200)).body.version).toBe(1);
      await request(app).patch(`/api/v1/tickets/${other.number}`).set('Authorization', agent.bearer).send({ version: 1, status: 'open' }).expect(200);
      await opened.next(ticketEvent(other.number, { version: 2 }));
      // Notifications arrive in commit order: had the refused change sent one, it would be before this.
      expect(opened.events.slice(before).filter(ticketEvent(refused.number))).toEqual([]);
    });

    it('tells the console when someone arrives at a ticket or leaves it, not at every heartbeat', async () => {
      const { number } = await fileTestTicket(app);
      const opened = await stream();
      const colleague = await createStaff(db.prisma, { name: '韩梅梅' });
      const put = () => request(app).put(`/api/v1/tickets/${number}/presence`).set('Authorization', colleague.bearer).send({ tabId: 'tab-1', state: 'viewing' }).expect(200);
      await put();
      await opened.next((e) => e.event === 'presence');
      later(20_000);
      await put(); // a heartbeat: nothing new
      await request(app).delete(`/api/v1/tickets/${number}/presence/tab-1`).set('Authorization', colleague.bearer).expect(204);
      await expect.poll(() => opened.events.filter((e) => e.event === 'presence')).toHaveLength(2);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(opened.events.filter((e) => e.event === 'presence').map((e) => e.data)).toEqual([{ number }, { number }]);
    });

    it('sends a reconnecting stream the changes it missed, from its Last-Event-ID', async () => {
      const first = await stream();
      const seen = await fileTestTicket(app);
      const lastEvent = await first.next(ticketEvent(seen.number));
      await first.close();
      later();
      const missed = await fileTestTicket(app); // while no stream was open
      const again = await stream({ 'Last-Event-ID': lastEvent.id! });
      await again.next(ticketEvent(missed.number, { status: 'new' }));
    });

    it('ignores a Last-Event-ID that is not one of its cursors, as a new stream would', async () => {
      const opened = await stream({ 'Last-Event-ID': 'not-a-cursor' });
      expect(opened.status).toBe(200);
      const { number } = await fileTestTicket(app);
      await opened.next(ticketEvent(number));
    });

    it('answers HEAD with the head alone, and refuses anyone but staff before the stream opens', async () => {
      const head = await request(app).head('/api/v1/events').set(session).expect(200);
      expect(head.headers['content-type']).toMatch(/^text\/event-stream/);
      const anonymous = await request(app).get('/api/v1/events').expect(401);
      expect(anonymous.type).toBe('application/problem+json');
      const customer = await createTicket(db.prisma);
      await request(app).get('/api/v1/events').set('Authorization', customer.bearer).expect(403);
    });

    it('listens only while a stream is open, and ends every stream when the process stops', async () => {
      for (const opened of streams.splice(0)) await opened.close();
      await expect.poll(() => services.live.listening).toBe(false);
      const own = replica(db, () => clock);
      const opened = await openEventStream(own.app, '/api/v1/events', session);
      streams.push(opened);
      expect(own.services.live).toMatchObject({ streams: 1, listening: true });
      await own.services.live.close();
      await opened.ended; // the server ended the answer: a browser reconnects, to another replica when this one stops
      expect(own.services.live).toMatchObject({ streams: 0, listening: false });
    });
  });

  describe('the polling fallback', () => {
    const poll = (since?: string) => request(app).get(`/api/v1/tickets/changes${since ? `?since=${since}` : ''}`).set('Authorization', agent.bearer);
    // Past the real clock: rows written with the database's own now() (createTicket) are history too. (A bearer
    // token, since the test session expires by the real clock.)
    beforeAll(() => {
      clock = new Date('2027-01-01T00:00:00.000Z');
    });

    it('lists the tickets changed since the previous poll, and again for the commit window after', async () => {
      const start = await poll().expect(200);
      expect(start.body).toEqual({ changes: [], cursor: expect.any(String), more: false });
      later();
      const { number } = await fileTestTicket(app);
      const changed = await poll(start.body.cursor).expect(200);
      expect(changed.body.changes).toEqual([{ number, version: 1, status: 'new', updatedAt: clock.toISOString() }]);
      // A change may still be committing while the next poll runs: it is listed until it is older than the window.
      later(60_000);
      expect((await poll(changed.body.cursor).expect(200)).body.changes).toHaveLength(1);
      later(31_000);
      const settled = await poll(changed.body.cursor).expect(200);
      expect(settled.body.changes).toHaveLength(1);
      expect((await poll(settled.body.cursor).expect(200)).body.changes).toEqual([]);
    });

    it('says "more" instead of listing more than 100 tickets', async () => {
      later(10 * 60_000);
      const start = await poll().expect(200);
      later();
      await db.prisma.ticket.createMany({
        data: Array.from({ length: 101 }, (_, i) => ({
          subject: `批量 ${i}`,
          description: '-',
          priority: 'P3' as const,
          category: 'deployment',
          requesterEmail: `bulk-${i}@example.com`,
          requesterName: '测试',
          createdAt: clock,
          updatedAt: clock,
        })),
      });
      const res = await poll(start.body.cursor).expect(200);
      expect(res.body.changes).toHaveLength(100);
      expect(res.body.more).toBe(true);
    });

    it('refuses a cursor it did not give out', async () => {
      const res = await poll('bm90LWEtY3Vyc29y').expect(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'since', code: 'invalid_cursor' });
    });
  });
});

describe('a stopping server', () => {
  it('ends the open event streams instead of waiting for them, so shutdown drains at once', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'handover-live-'));
    const log = captureLogger();
    const server = await startServer(testConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', SHUTDOWN_TIMEOUT_MS: '20000' }), log.logger);
    let stopped = false;
    try {
      const agent = await createStaff(server.db.prisma);
      const opened = await openEventStream(server.url, '/api/v1/events', { Authorization: agent.bearer });
      expect(opened.status).toBe(200);
      const started = Date.now();
      await server.stop();
      stopped = true;
      await opened.ended;
      expect(Date.now() - started).toBeLessThan(10_000); // far below the 20 s a stream left open would hold it
      expect(log.lines.find((line) => line.msg === 'http server closed')).toMatchObject({ outcome: 'drained' });
    } finally {
      if (!stopped) await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe.skipIf(!usingPostgres)('live updates across replicas (PostgreSQL only: PGlite is one process, so it has no other replica)', () => {
  let testDb: TestDatabase;
  const dbs: Database[] = [];
  const opened: OpenStream[] = [];
  const replicas: { app: Express; services: Services }[] = [];
  let agent: TestStaff;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    for (let i = 0; i < 2; i += 1) dbs.push(await testDb.open());
    await applyMigrations(dbs[0]!, silentLogger);
    for (const db of dbs) replicas.push(replica(db, () => new Date()));
    agent = await createStaff(dbs[0]!.prisma);
  });
  afterAll(async () => {
    for (const stream of opened) await stream.close();
    for (const { services } of replicas) await services.live.close();
    for (const db of dbs) await db.close();
    await testDb.drop();
  });

  it('delivers a change made on one replica to a console connected to another', async () => {
    const [one, two] = replicas as [(typeof replicas)[0], (typeof replicas)[0]];
    const stream = await openEventStream(one.app, '/api/v1/events', { Authorization: agent.bearer });
    opened.push(stream);
    // The LISTEN is up once its connection shows in pg_stat_activity.
    await expect
      .poll(async () => (await dbs[0]!.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'`)[0]!.n)
      .toBe(1);
    const filed = await fileTestTicket(two.app);
    await stream.next(ticketEvent(filed.number, { version: 1, status: 'new' }));
    await request(two.app).put(`/api/v1/tickets/${filed.number}/presence`).set('Authorization', agent.bearer).send({ tabId: 'far-tab', state: 'writing' }).expect(200);
    await stream.next((e) => e.event === 'presence' && (e.data as { number: string }).number === filed.number);
  });

  it('tells its consoles to reload when its LISTEN connection was cut and came back', async () => {
    const stream = opened[0]!;
    const cut = await dbs[1]!.prisma.$queryRaw<unknown[]>`
      SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%'`;
    expect(cut).toHaveLength(1);
    // The listener reconnects after 5 s; changes committed meanwhile may be lost, so the console is told to resync.
    await stream.next((e) => e.event === 'resync', 20_000);
  }, 30_000);
});
