// Prisma's schema engine (the logic behind `prisma migrate diff|dev`) compiled to WebAssembly, driven from Node with
// in-memory PGlite databases. The CLI would run the native engine, whose download host is unreachable here, and
// would need a PostgreSQL server for the shadow database; this needs neither.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

type DiffTarget = glue.DiffParams['from'];
// The tsconfig's lib (ES2023, no DOM) types WebAssembly's namespace but not the global object Node provides.
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
  RuntimeError: ErrorConstructor;
};
export type DiffOptions = { migrationsDir: string; schemaPath: string };

/** SQL that brings a database with every migration in `migrationsDir` applied to the state `schemaPath` describes. */
export async function diffMigrationsToSchema({ migrationsDir, schemaPath }: DiffOptions): Promise<string> {
  return diff({ tag: 'migrations', ...(await readMigrationList(migrationsDir)) }, schemaPath);
}

/** SQL that creates the schema from nothing at all (an empty catalogue, not even the `public` schema). */
export async function diffEmptyToSchema(schemaPath: string): Promise<string> {
  return diff({ tag: 'empty' }, schemaPath);
}

/** The engine answers "-- This is an empty migration." when there is nothing to do: only statements count. */
export function hasStatements(sql: string): boolean {
  return sql.split('\n').some((line) => line.trim() !== '' && !line.trim().startsWith('--'));
}

async function diff(from: DiffTarget, schemaPath: string): Promise<string> {
  await loadEngine();
  const schema = { path: schemaPath, content: await readFile(schemaPath, 'utf8') };
  // The engine opens the main database (it only reads the server version there) and, for a `migrations` source,
  // a shadow database it replays them into. Each gets a fresh in-memory PGlite.
  const databases: PGlite[] = [];
  const open = async () => {
    const db = await PGlite.create();
    databases.push(db);
    return pgliteAdapter(db);
  };
  const adapters = bindMigrationAwareSqlAdapterFactory({
    provider: 'postgres',
    adapterName: 'pglite-prisma-adapter',
    connect: open,
    connectToShadowDb: open,
  } as unknown as Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0]);
  try {
    const engine = await glue.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, debugLog, adapters);
    try {
      const filters = { externalTables: [], externalEnums: [] };
      const to: DiffTarget = { tag: 'schemaDatamodel', files: [schema] };
      const { stdout } = await engine.diff({ from, to, script: true, exitCode: null, filters });
      return stdout ?? '';
    } finally {
      engine.free();
    }
  } catch (error) {
    throw engineError(error);
  } finally {
    // The adapter's dispose() leaves PGlite open, which would hold the memory and keep the process alive.
    await Promise.all(databases.filter((db) => !db.closed).map((db) => db.close()));
  }
}

/** The same input `prisma migrate diff --from-migrations` builds: directories in name order, plus the lock file. */
async function readMigrationList(baseDir: string) {
  const entries = existsSync(baseDir) ? await readdir(baseDir, { withFileTypes: true }) : [];
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const file = path.join(baseDir, name, 'migration.sql');
      const content = await readFile(file, 'utf8').then(
        (value) => ({ tag: 'ok' as const, value }),
        (error: Error) => ({ tag: 'error' as const, value: error.message }),
      );
      return { path: name, migrationFile: { path: 'migration.sql', content } };
    }),
  );
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  // Without a lock file the engine cannot tell which connector the history was written for.
  const lockContent = existsSync(lockPath) ? await readFile(lockPath, 'utf8') : 'provider = "postgresql"\n';
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

async function pgliteAdapter(db: PGlite) {
  const adapter = await new PrismaPGlite(db).connect();
  // pglite-prisma-adapter 0.7 does not await PGlite's exec() here, so a failing migration would surface as an
  // unhandled rejection instead of an engine error; onError turns a Postgres error into what the engine reports.
  adapter.executeScript = async (script: string) => {
    const onError = (error: unknown) => (adapter as unknown as { onError(e: unknown): never }).onError(error);
    await db.exec(script).catch(onError);
  };
  return adapter;
}

let engineLoaded: Promise<void> | undefined;
let lastPanic = '';

function loadEngine(): Promise<void> {
  // The package's entry imports the .wasm file as an ES module, which Node 20 allows only behind
  // --experimental-wasm-modules; so instantiate it here and hand it to the wasm-bindgen glue, as that entry does.
  engineLoaded ??= (async () => {
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message: string) => (lastPanic = message),
    };
    const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(gluePath.replace(/\.js$/, '.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return engineLoaded;
}

function debugLog(line: string) {
  if (process.env.DEBUG_SCHEMA_ENGINE) console.error(`[schema-engine] ${line}`);
}

/** Engine errors carry a Prisma error code and, after the message, a Rust span trace nobody needs. */
function engineError(error: unknown): Error {
  if (error instanceof WebAssembly.RuntimeError) {
    return new Error(`Schema engine panicked: ${lastPanic || error.message}`);
  }
  if (!(error instanceof Error)) return new Error(String(error));
  const code = (error as { code?: unknown }).code;
  const message = error.message.replace(/\n\s+0: [\s\S]*$/, '').trim();
  return new Error(typeof code === 'string' ? `${code}: ${message}` : message, { cause: error });
}
