import { existsSync } from 'node:fs';
import { defineConfig } from 'prisma/config';

// Prisma's CLI refuses to start unless it can find a schema-engine binary, which it would download from a host
// this project must not depend on. `generate`, `validate` and `format` never run that engine, so any existing file
// satisfies the check. Migrations are applied by our own runner (server/src/db/migrations.ts) and authored with the
// WebAssembly engine (scripts/db-new-migration.ts), so the binary is never executed.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(process.env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = new URL('./node_modules/prisma/build/schema_engine_bg.wasm', import.meta.url).pathname;
}

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
