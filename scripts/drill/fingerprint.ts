/**
 * What "the restored database equals the original" means in the drill and the backup tests: the same tables, each
 * with the same row count and the same checksum of its rows (every column, as PostgreSQL prints it, in a fixed
 * order). Works on node-postgres and PGlite alike: it only needs a query function.
 */
export type Query = <Row>(sql: string) => Promise<Row[]>;

export type TableFingerprint = { table: string; rows: number; md5: string };

export async function fingerprintTables(query: Query): Promise<TableFingerprint[]> {
  const tables = await query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const prints: TableFingerprint[] = [];
  for (const { tablename } of tables) {
    const quoted = `"${tablename.replace(/"/g, '""')}"`;
    const [row] = await query<{ rows: number; md5: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM ${quoted} t`,
    );
    prints.push({ table: tablename, rows: row!.rows, md5: row!.md5 });
  }
  return prints;
}

/** The tables whose fingerprints differ (or that only one side has); empty when the two match. */
export function compareFingerprints(expected: TableFingerprint[], actual: TableFingerprint[]): string[] {
  const byName = new Map(actual.map((print) => [print.table, print]));
  const problems = expected.flatMap((want) => {
    const got = byName.get(want.table);
    if (!got) return [`${want.table}: missing`];
    if (got.rows !== want.rows) return [`${want.table}: ${got.rows} rows, expected ${want.rows}`];
    return got.md5 === want.md5 ? [] : [`${want.table}: same ${got.rows} rows but different content`];
  });
  const extra = actual.filter((print) => !expected.some((want) => want.table === print.table)).map((p) => `${p.table}: unexpected`);
  return [...problems, ...extra];
}
