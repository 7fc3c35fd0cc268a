import { randomBytes } from 'node:crypto';
import pg from 'pg';

export type BenchDatabase = { name: string; url: string; drop(): Promise<void> };

async function onServer(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A fresh database beside the admin URL's, dropped (with any connection left) at the end of the run. */
export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `handover_bench_${randomBytes(6).toString('hex')}`;
  await onServer(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => onServer(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
