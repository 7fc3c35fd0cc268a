// npm run bench -- console: the staff queue at 100,000 tickets in PostgreSQL, as an agent meets it. In headless
// Chromium: time from navigation start to the first rendered row of /console (median of several loads, after one
// warm-up); beside it, the API time of the same page of the queue from the app and from the bare-query baseline
// server (node:http + pg) the http scenario already has, in alternating rounds.
import { fileURLToPath } from 'node:url';
import { applyMigrations } from '../server/src/db/migrations.js';
import { openDatabase } from '../server/src/db/database.js';
import { siteIsBuilt } from '../server/src/http/site.js';
import { launchChromium } from '../server/test/support/browser.js';
import { silentLogger } from '../server/test/support/logger.js';
import { createSession, createStaff } from '../server/test/support/staff.js';
import { createBenchDatabase } from './database.js';
import { loadTickets } from './load-tickets.js';
import { startServerProcess, type ServerProcess } from './servers.js';

const siteDir = fileURLToPath(new URL('../build', import.meta.url));
const settings = { tickets: 100_000, loads: 7, apiRounds: 5, apiPerRound: 20 };
const firstPage = '/api/v1/tickets?status=new,open,pending&sort=priority&limit=50';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
};

export type ConsoleResults = {
  tickets: number;
  firstRowsMs: { median: number; loads: number[] };
  apiMs: { app: number; baseline: number; ratio: number };
};

export async function benchConsole(adminUrl: string): Promise<ConsoleResults> {
  if (!siteIsBuilt(siteDir)) throw new Error('No built site: run `npm run build:site` first.');
  const database = await createBenchDatabase(adminUrl);
  const servers: ServerProcess[] = [];
  try {
    const db = await openDatabase({ kind: 'postgresql', url: database.url, poolSize: 2 }, silentLogger);
    await applyMigrations(db, silentLogger);
    const staff = await createStaff(db.prisma);
    const session = await createSession(db.prisma, staff);
    await db.close();
    await loadTickets(database.url, settings.tickets);
    const env = { BENCH_APP_DATABASE_URL: database.url, BENCH_POOL_SIZE: '10', BENCH_STAFF_ID: staff.id, BENCH_SITE_DIR: siteDir };
    const app = await startServerProcess('app-server.ts', env);
    const baseline = await startServerProcess('baseline-server.ts', env);
    servers.push(app, baseline);

    // The API: one page of the open queue, sequentially, app and baseline taking turns.
    const timed = async (base: string) => {
      const start = performance.now();
      const res = await fetch(`${base}${firstPage}`, { headers: { Authorization: staff.bearer } });
      if (!res.ok) throw new Error(`${base}: ${res.status}`);
      await res.arrayBuffer();
      return performance.now() - start;
    };
    const api = { app: [] as number[], baseline: [] as number[] };
    for (let i = 0; i < 5; i++) await Promise.all([timed(app.url), timed(baseline.url)]); // warm-up
    for (let round = 0; round < settings.apiRounds; round++) {
      for (let i = 0; i < settings.apiPerRound; i++) api.app.push(await timed(app.url));
      for (let i = 0; i < settings.apiPerRound; i++) api.baseline.push(await timed(baseline.url));
    }

    // The page: a fresh browser context each load (nothing cached), signed in by the session cookie.
    const browser = await launchChromium();
    const loads: number[] = [];
    try {
      const [name, value] = session.Cookie!.split('=') as [string, string];
      for (let i = 0; i <= settings.loads; i++) {
        const context = await browser.newContext();
        await context.addCookies([{ name, value, url: app.url }]);
        const page = await context.newPage();
        await page.goto(`${app.url}/console`);
        await page.locator('main tbody tr').first().waitFor({ timeout: 60_000 });
        const at = (await page.evaluate('performance.now()')) as number;
        if (i > 0) loads.push(Math.round(at)); // the first load warms the server's caches
        await context.close();
      }
    } finally {
      await browser.close();
    }
    const appMs = median(api.app);
    const baselineMs = median(api.baseline);
    return { tickets: settings.tickets, firstRowsMs: { median: median(loads), loads }, apiMs: { app: appMs, baseline: baselineMs, ratio: Math.round((appMs / baselineMs) * 100) / 100 } };
  } finally {
    for (const server of servers) await server.stop();
    await database.drop();
  }
}

export function printConsole(results: ConsoleResults): void {
  console.log(`\nconsole: the open queue with ${results.tickets.toLocaleString('en')} tickets in PostgreSQL`);
  console.log(`navigation to first rendered rows (headless Chromium, median of ${results.firstRowsMs.loads.length}): ${results.firstRowsMs.median} ms  [${results.firstRowsMs.loads.join(', ')}]`);
  console.log(`API, first page of 50 (median): app ${results.apiMs.app} ms, baseline ${results.apiMs.baseline} ms, ratio ${results.apiMs.ratio}`);
}
