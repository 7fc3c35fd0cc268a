// Creates an administrator in the configured database (DATABASE_URL, or the embedded one under DATA_DIR):
//   npm run admin:create -- --email ops@example.com --name "王小明" [--locale en] [--password ...]
// Without --password it asks on the terminal (twice, not echoed), or reads one line from a pipe, so the password
// need not appear in the shell history or the process list. Applies pending migrations first, as start-up does.
// With the embedded database, stop the server first: only one process may open it.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { ConfigError, loadConfig } from '../server/src/config.js';
import { openDatabase } from '../server/src/db/database.js';
import { applyMigrations } from '../server/src/db/migrations.js';
import { ProblemError } from '../server/src/http/errors.js';
import { createLogger } from '../server/src/logger.js';
import { databaseTarget } from '../server/src/db/target.js';
import { createAdmin } from '../server/src/staff/bootstrap.js';
import { CreateStaffBody } from '../server/src/staff/schemas.js';

const usage = 'Usage: npm run admin:create -- --email <address> --name <name> [--locale zh-Hans|en] [--password <password>]';

/** Reads a line from the terminal without echoing it; from a pipe, reads the first line. */
async function readPassword(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const lines = createInterface({ input });
    for await (const line of lines) return line;
    return '';
  }
  const rl = createInterface({ input, output: process.stderr, terminal: true });
  // Echo nothing typed after the prompt is written.
  const muted = rl as unknown as { _writeToOutput: (text: string) => void };
  let prompted = false;
  muted._writeToOutput = (text) => {
    if (!prompted) process.stderr.write(text);
  };
  return new Promise((resolve) => {
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    prompted = true;
  });
}

async function askPassword(): Promise<string> {
  const password = await readPassword('Password (at least 12 characters): ');
  if (!process.stdin.isTTY) return password;
  if ((await readPassword('Repeat the password: ')) !== password) throw new UsageError('The two passwords differ.');
  return password;
}

class UsageError extends Error {}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, locale: { type: 'string' }, password: { type: 'string' } },
    strict: true,
  });
  if (!values.email || !values.name) throw new UsageError('--email and --name are required.');
  const config = loadConfig();
  // Migration progress as JSON lines would bury the one line this command has to say.
  const logger = createLogger({ ...config, logLevel: 'warn' });
  const admin = CreateStaffBody.omit({ role: true }).parse({
    email: values.email,
    name: values.name,
    locale: values.locale,
    password: values.password ?? (await askPassword()),
  });
  const db = await openDatabase(databaseTarget(config), logger);
  try {
    await applyMigrations(db, logger);
    const created = await createAdmin({ prisma: db.prisma }, admin);
    console.log(`Administrator ${created.email} (${created.name}) created; sign in at ${config.publicUrl}`);
  } finally {
    await db.close();
  }
  return 0;
}

function explain(error: unknown): { message: string; exitCode: number } {
  if (error instanceof ConfigError) return { message: error.message, exitCode: 78 };
  if (error instanceof ZodError) {
    return { message: error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n'), exitCode: 64 };
  }
  if (error instanceof ProblemError) return { message: error.detail ?? error.message, exitCode: 1 };
  if (error instanceof UsageError || (error as { code?: unknown }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return { message: `${(error as Error).message}\n${usage}`, exitCode: 64 };
  }
  return { message: error instanceof Error ? error.message : String(error), exitCode: 1 };
}

try {
  process.exitCode = await main();
} catch (error) {
  const { message, exitCode } = explain(error);
  process.stderr.write(`handover admin:create: ${message}\n`);
  process.exitCode = exitCode;
}
