// npm run bench -- http: the real app beside a minimal node:http + pg server, filing tickets and reading the queue,
// on a fresh PostgreSQL database. Each server runs in a child process; this one only generates load.
import { openDatabase } from '../server/src/db/database.js';
import { applyMigrations } from '../server/src/db/migrations.js';
import { createStaff } from '../server/test/support/staff.js';
import { silentLogger } from '../server/test/support/logger.js';
import type { Run } from './clients.js';
import { createBenchDatabase } from './database.js';
import { loadTickets } from './load-tickets.js';
import { fileTickets, firstTwoPages, latencyOf, readQueue, throughputOf } from './measure.js';
import type { Results } from './report.js';
import { startServerProcess, type ServerProcess } from './servers.js';

const settings = {
  poolSize: 10, // the app's DATABASE_POOL_SIZE default; the baseline gets the same
  filing: { concurrency: 32, warmup: 300, requests: 3000 },
  queue: { tickets: 100_000, concurrency: 4, warmup: 20, iterations: 300 },
  // App and baseline take turns, so a neighbour's burst of load on this shared machine hits both alike.
  rounds: 2,
};
type Side = 'app' | 'baseline';
const sides: Side[] = ['app', 'baseline'];

export async function benchHttp(adminUrl: string): Promise<Omit<Results, 'at' | 'machine'>> {
  const clock = performance.now();
  const seconds = (from: number) => Math.round((performance.now() - from) / 100) / 10;
  const database = await createBenchDatabase(adminUrl);
  const servers: Partial<Record<Side, ServerProcess>> = {};
  try {
    const db = await openDatabase({ kind: 'postgresql', url: database.url, poolSize: 2 }, silentLogger);
    await applyMigrations(db, silentLogger);
    const staff = await createStaff(db.prisma); // an API token: staff filing skips the per-address and per-e-mail limits
    await db.close();
    const env = { BENCH_APP_DATABASE_URL: database.url, BENCH_POOL_SIZE: String(settings.poolSize), BENCH_STAFF_ID: staff.id };
    servers.app = await startServerProcess('app-server.ts', env);
    servers.baseline = await startServerProcess('baseline-server.ts', env);
    const url = (side: Side) => servers[side]!.url;
    const setupSeconds = seconds(clock);

    let phase = performance.now();
    const { concurrency, warmup, requests } = settings.filing;
    const filing: Record<Side, Run[]> = { app: [], baseline: [] };
    for (const side of sides) await fileTickets(url(side), staff.bearer, warmup, concurrency);
    for (let round = 0; round < settings.rounds; round++) {
      for (const side of sides) filing[side].push(await fileTickets(url(side), staff.bearer, requests / settings.rounds, concurrency));
    }
    const filingSeconds = seconds(phase);

    phase = performance.now();
    await loadTickets(database.url, settings.queue.tickets);
    const loadSeconds = seconds(phase);

    phase = performance.now();
    const [appPages, baselinePages] = await Promise.all(sides.map((side) => firstTwoPages(url(side), staff.bearer)));
    if (appPages!.join() !== baselinePages!.join()) throw new Error('the baseline lists other tickets than the app: its query is not equivalent');
    const queue = { app: { firstPage: [] as number[], nextPage: [] as number[] }, baseline: { firstPage: [] as number[], nextPage: [] as number[] } };
    for (const side of sides) await readQueue(url(side), staff.bearer, settings.queue.warmup, settings.queue.concurrency);
    for (let round = 0; round < settings.rounds; round++) {
      for (const side of sides) {
        const pages = await readQueue(url(side), staff.bearer, settings.queue.iterations / settings.rounds, settings.queue.concurrency);
        queue[side].firstPage.push(...pages.firstPage);
        queue[side].nextPage.push(...pages.nextPage);
      }
    }
    const queueSeconds = seconds(phase);

    return {
      settings,
      filing: { app: throughputOf(filing.app), baseline: throughputOf(filing.baseline) },
      queue: Object.fromEntries(
        sides.map((side) => [side, { firstPage: latencyOf(queue[side].firstPage), nextPage: latencyOf(queue[side].nextPage) }]),
      ) as Results['queue'],
      seconds: { setup: setupSeconds, filing: filingSeconds, load: loadSeconds, queue: queueSeconds, total: seconds(clock) },
    };
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
    await database.drop();
  }
}
