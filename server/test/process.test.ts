import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

type Started = {
  child: ChildProcess;
  lines: () => Record<string, unknown>[];
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
};

/** Runs the real entry point (server/src/main.ts through tsx) with only the given environment. */
function runMain(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, SITE_DIR: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // The demo credentials banner is plain text on purpose (it is not a log line); everything else is JSON.
  const lines = () =>
    stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { child, lines, stdout: () => stdout, stderr: () => stderr, exit };
}

async function waitForLine(started: Started, msg: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = started.lines().find((line) => line.msg === msg);
    if (found) return found;
    if (started.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no "${msg}" line; stdout: ${JSON.stringify(started.lines())} stderr: ${started.stderr()}`);
}

async function databaseEnv(testDb: TestDatabase): Promise<Record<string, string>> {
  return testDb.target.kind === 'postgresql'
    ? { DATABASE_URL: testDb.target.url }
    : { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'handover-data-')) };
}

describe('the server process', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.drop());

  it('refuses bad configuration, naming the variable, before opening anything', async () => {
    const started = runMain({ PORT: 'eighty', LOG_FORMAT: 'xml' });
    expect(await started.exit).toBe(78);
    expect(started.stderr()).toContain('PORT');
    expect(started.stderr()).toContain('LOG_FORMAT');
  });

  it('starts, becomes ready, and on SIGTERM drains and exits cleanly', async () => {
    const started = runMain({ ...(await databaseEnv(testDb)), PORT: '0', HOST: '127.0.0.1' });
    const listening = await waitForLine(started, 'Handover is listening');
    const ready = await fetch(`${String(listening.url)}/ready`);
    expect(ready.status).toBe(200);
    started.child.kill('SIGTERM');
    expect(await started.exit).toBe(0);
    const messages = started.lines().map((line) => line.msg);
    expect(messages).toEqual(expect.arrayContaining(['shutting down', 'http server closed', 'database closed', 'stopped']));
  });

  it(
    'on the first start of an empty embedded database, creates demo data and writes its passwords once to a private file, never to the log',
    async () => {
      const env = { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'handover-demo-')), PORT: '0', HOST: '127.0.0.1' };
      const first = runMain(env);
      const listening = await waitForLine(first, 'Handover is listening');
      const file = path.join(env.DATA_DIR, 'demo-credentials.txt');
      const written = await waitForLine(first, 'demo passwords written to a file only you can read');
      expect(written.file).toBe(file);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const banner = readFileSync(file, 'utf8');
      expect(banner).toMatch(/admin\s+admin@example\.com\s+password \/ 密码: \S{16}/);
      const password = /admin@example\.com\s+password \/ 密码: (\S+)/.exec(banner)![1]!;
      expect(first.stdout()).not.toContain(password);
      expect(first.stderr()).not.toContain(password);
      const login = await fetch(`${String(listening.url)}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@example.com', password }),
      });
      expect(login.status).toBe(200);
      const queue = await fetch(`${String(listening.url)}/api/v1/tickets/counts`, {
        headers: { cookie: login.headers.get('set-cookie')!.split(';')[0]! },
      });
      expect(queue.status).toBe(200);
      first.child.kill('SIGTERM');
      expect(await first.exit).toBe(0);

      const second = runMain(env);
      await waitForLine(second, 'Handover is listening');
      expect(second.stdout()).not.toContain('password');
      second.child.kill('SIGTERM');
      expect(await second.exit).toBe(0);
    },
  );

  it('honours a SIGTERM that arrives during start-up once the server is up, instead of dying half-way', async () => {
    const started = runMain({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'handover-early-')), PORT: '0', HOST: '127.0.0.1' });
    await waitForLine(started, 'database open');
    started.child.kill('SIGTERM');
    expect(await started.exit).toBe(0);
    const messages = started.lines().map((line) => line.msg);
    expect(messages.indexOf('shutting down')).toBeLessThan(messages.indexOf('Handover is listening'));
    expect(messages.slice(-1)).toEqual(['stopped']);
  });

  it('explains that the port is taken and exits non-zero', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const started = runMain({ ...(await databaseEnv(testDb)), PORT: String(port), HOST: '127.0.0.1' });
      expect(await started.exit).toBe(1);
      const fatal = started.lines().find((line) => line.level === 60);
      expect(fatal?.msg).toBe(`cannot start: Port ${port} on 127.0.0.1 is already in use. Stop the other process or choose another PORT.`);
    } finally {
      blocker.close();
    }
  });
});
