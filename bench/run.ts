// npm run bench [-- http|mail|uploads|portal|console|search|site …]: the scenarios named (all when none is), each on a fresh PostgreSQL database that
// is created here and dropped at the end. BENCH_DATABASE_URL names the server (admin connection).
// Figures go to bench/results/latest.json (http) and bench/results/mail.json.
import { availableParallelism, loadavg } from 'node:os';
import pg from 'pg';
import { benchHttp } from './http.js';
import { benchMail } from './mail.js';
import { mailRatios, printMailTable } from './mail-report.js';
import { printTable, ratiosOf, writeResults } from './report.js';
import { benchConsole, printConsole } from './console.js';
import { benchPortal, printPortal } from './portal.js';
import { benchUploads, printUploads } from './uploads.js';
import { benchSearch, printSearch } from './search.js';
import { benchSiteBuild, printSiteBuild } from './site-build.js';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const scenarios = {
  http: async (machine: Machine) => {
    const results = { at: new Date().toISOString(), machine, ...(await benchHttp(adminUrl)) };
    printTable(results);
    console.log(`results written to ${writeResults('latest.json', { ...results, ratios: ratiosOf(results) })}`);
  },
  uploads: async (machine: Machine) => {
    const results = { at: new Date().toISOString(), machine, ...(await benchUploads(adminUrl)) };
    printUploads(results);
    console.log(`results written to ${writeResults('uploads.json', results)}`);
  },
  console: async (machine: Machine) => {
    const results = { at: new Date().toISOString(), machine, ...(await benchConsole(adminUrl)) };
    printConsole(results);
    console.log(`results written to ${writeResults('console.json', results)}`);
  },
  portal: async (machine: Machine) => {
    const results = { at: new Date().toISOString(), machine, ...(await benchPortal()) };
    printPortal(results);
    console.log(`results written to ${writeResults('portal.json', results)}`);
  },
  search: async (machine: Machine) => {
    const results = { at: new Date().toISOString(), machine, ...(await benchSearch(adminUrl)) };
    printSearch(results);
    console.log(`results written to ${writeResults('search.json', results)}`);
  },
  site: async (machine: Machine) => {
    const results = { at: new Date().toISOString(), machine, ...(await benchSiteBuild()) };
    printSiteBuild(results);
    console.log(`results written to ${writeResults('site-build.json', results)}`);
  },
  mail: async (machine: Machine) => {
    const results = { at: new Date().toISOString(), machine, ...(await benchMail(adminUrl)) };
    printMailTable(results);
    console.log(`results written to ${writeResults('mail.json', { ...results, ratios: mailRatios(results) })}`);
  },
};
type Machine = { node: string; postgres: string; cpus: number; loadAverageAtStart: number };

const named = process.argv.slice(2);
const unknown = named.filter((name) => !Object.hasOwn(scenarios, name));
if (unknown.length) {
  console.error(`unknown scenario ${unknown.join(', ')}; choose from ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}
const chosen = (named.length ? named : Object.keys(scenarios)) as (keyof typeof scenarios)[];

const clock = performance.now();
const machine: Machine = {
  node: process.version,
  postgres: await postgresVersion(),
  cpus: availableParallelism(),
  loadAverageAtStart: Math.round(loadavg()[0]! * 100) / 100,
};
console.log(`\nNode ${machine.node}, PostgreSQL ${machine.postgres}, ${machine.cpus} CPUs (load ${machine.loadAverageAtStart} at start)`);
for (const name of chosen) await scenarios[name](machine);
console.log(`\nbench took ${Math.round((performance.now() - clock) / 100) / 10} s`);

async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query<{ version: string }>(`SELECT current_setting('server_version') AS version`)).rows[0]!.version;
  } finally {
    await client.end();
  }
}
