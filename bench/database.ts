import { databaseBeside, onServer } from '../scripts/drill/postgres.js';

export type BenchDatabase = { name: string; url: string; drop(): Promise<void> };

/** A fresh database beside the admin URL's, dropped (with any connection left) at the end of the run. */
export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const { name, url } = databaseBeside(adminUrl, 'handover_bench');
  await onServer(adminUrl, `CREATE DATABASE "${name}"`);
  return { name, url, drop: () => onServer(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
