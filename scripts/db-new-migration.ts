// Authors the next migration from prisma/schema.prisma, like `prisma migrate dev --create-only`, but offline and
// without a database server (see scripts/db/schema-engine.ts).
//   tsx scripts/db-new-migration.ts <snake_case_name>   writes prisma/migrations/<UTC timestamp>_<name>/migration.sql
//   tsx scripts/db-new-migration.ts --check             exits 1 and prints the SQL if the schema has unmigrated changes
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffMigrationsToSchema, hasStatements } from './db/schema-engine.js';

// The same paths prisma.config.ts names.
const root = fileURLToPath(new URL('..', import.meta.url));
const migrationsDir = path.join(root, 'prisma', 'migrations');
const schemaPath = path.join(root, 'prisma', 'schema.prisma');
const usage = 'Usage: npm run db:new-migration -- <snake_case_name>   |   npm run db:check';

async function main(args: string[]): Promise<number> {
  const check = args.includes('--check');
  const names = args.filter((arg) => arg !== '--check');
  if (check ? names.length > 0 : names.length !== 1) return fail(usage);
  const name = names[0] ?? '';
  // Lower snake_case keeps directory names portable and uniform across the history.
  if (!check && !/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(name)) {
    return fail(`Invalid migration name "${name}": use lower snake_case, e.g. add_ticket_priority.\n${usage}`);
  }
  if (!check && name.length > 60) return fail(`Migration name "${name}" is longer than 60 characters.`);

  const sql = await diffMigrationsToSchema({ migrationsDir, schemaPath });
  if (!hasStatements(sql)) {
    console.log(check
      ? 'OK: the committed migrations produce exactly prisma/schema.prisma.'
      : 'No changes: the committed migrations already produce prisma/schema.prisma. Nothing written.');
    return 0;
  }
  if (check) {
    console.error('prisma/schema.prisma has changes that no migration holds. Pending SQL:\n');
    console.log(sql.trimEnd());
    console.error('\nCreate the migration with: npm run db:new-migration -- <snake_case_name>');
    return 1;
  }
  const dir = path.join(migrationsDir, `${nextTimestamp()}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'migration.sql'), sql);
  console.log(`Wrote ${path.relative(root, path.join(dir, 'migration.sql'))}:\n\n${sql.trimEnd()}\n`);
  console.log('Review it (renames come out as drop + add), then commit it with the schema change.');
  return 0;
}

/** Now in UTC as YYYYMMDDHHMMSS, but always after the newest migration, since name order is apply order. */
function nextTimestamp(): string {
  const stamp = (date: Date) => date.toISOString().replace(/\D/g, '').slice(0, 14);
  const newest = existsSync(migrationsDir)
    ? readdirSync(migrationsDir).filter((entry) => /^\d{14}_/.test(entry)).sort().at(-1)?.slice(0, 14)
    : undefined;
  const now = stamp(new Date());
  if (!newest || now > newest) return now;
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/.exec(newest)!.map(Number);
  return stamp(new Date(Date.UTC(y!, mo! - 1, d, h, mi, s! + 1)));
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Could not diff the migrations against the schema:\n${message}`);
    process.exitCode = 2;
  },
);
