import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/server.js';
import { testConfig } from './support/app.js';
import { captureLogger } from './support/logger.js';
import { ticketBody } from './support/ticket-api.js';

// The dispatcher as the server runs it: started with it, sending in the background, stopped before the database
// closes. Uses the server's own database (PGlite under DATA_DIR), as a fresh installation does.

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(env: NodeJS.ProcessEnv = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'handover-mail-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const log = captureLogger();
  const server: RunningServer = await startServer(testConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', ...env }), log.logger);
  let stopped = false;
  cleanups.push(() => (stopped ? undefined : server.stop()));
  return { server, dataDir, log, stop: () => ((stopped = true), server.stop()) };
}

describe('e-mail in a running server', () => {
  it('without SMTP_URL, a filed ticket’s acknowledgement lands as an .eml file under DATA_DIR/mail; stopping finishes cleanly', async () => {
    const { server, dataDir, stop } = await start();
    const res = await fetch(`${server.url}/api/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ticketBody({ tags: undefined })),
    });
    expect(res.status).toBe(201);
    const mailDir = path.join(dataDir, 'mail');
    await expect.poll(() => (existsSync(mailDir) ? readdirSync(mailDir).filter((f) => f.endsWith('.eml')).length : 0), { timeout: 10_000 }).toBe(1);
    await stop();
  });

  it('starts, with a clear warning, when the SMTP server is unreachable', async () => {
    const { log } = await start({ SMTP_URL: 'smtp://127.0.0.1:9' });
    await expect.poll(() => log.lines.some((l) => l.level === 40 && l.msg?.includes('e-mail transport unreachable')), { timeout: 10_000 }).toBe(true);
  });
});
