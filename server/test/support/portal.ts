import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedMail } from 'mailparser';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { siteIsBuilt } from '../../src/http/site.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { testConfig } from './app.js';
import { launchChromium } from './browser.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { pino } from 'pino';
import { silentLogger } from './logger.js';
import { mailKind, mailTo } from './mail.js';
import { startSmtpSink, type SinkBehaviour, type SmtpSink } from './smtp-sink.js';

export const siteDir = fileURLToPath(new URL('../../../build', import.meta.url));
/** Where browser tests leave their screenshots; CI keeps the folder, `npm run docs:screenshots` copies from it. */
export const screenshotDir = fileURLToPath(new URL('../../../artifacts/screenshots', import.meta.url));

export type Portal = {
  base: string;
  server: RunningServer;
  sink: SmtpSink;
  browser: Browser;
  /** Uncaught errors of any page opened with newPage; a test expects none. */
  pageErrors: string[];
  /** A fresh browser profile (no draft, no storage) in a language, at a width. */
  newPage(options?: { locale?: 'zh-Hans' | 'en'; width?: number; timezoneId?: string; axe?: boolean }): Promise<{ page: Page; context: BrowserContext }>;
  /** The e-mails to `address`, optionally of one kind, once at least `count` have arrived. */
  mailsTo(address: string, kind?: string, count?: number): Promise<ParsedMail[]>;
  /** The site path (with query and fragment) of the first link in an e-mail that goes to `prefix`. */
  linkIn(mail: ParsedMail, prefix: string): string;
  screenshot(page: Page, name: string): Promise<void>;
  stop(): Promise<void>;
};

/**
 * The whole product as a customer meets it: the built site and the API on one port (startServer, as `npm start`
 * runs it), its own database (PostgreSQL in CI, PGlite otherwise), a real SMTP server in this process receiving
 * every e-mail the outbox sends, and headless Chromium.
 */
export async function startPortal(env: NodeJS.ProcessEnv = {}, mail: SinkBehaviour = {}): Promise<Portal> {
  if (!siteIsBuilt(siteDir)) throw new Error(`No built site in ${siteDir}: run \`npm run build:site\` (npm test does).`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'handover-portal-'));
  const sink = await startSmtpSink(mail);
  let database: TestDatabase | undefined;
  const databaseEnv: NodeJS.ProcessEnv = {};
  if (process.env.TEST_DATABASE_URL) {
    database = await createTestDatabase();
    if (database.target.kind === 'postgresql') databaseEnv.DATABASE_URL = database.target.url;
  }
  const server = await startServer(
    testConfig({
      SITE_DIR: siteDir,
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      SMTP_URL: sink.url,
      TRUST_PROXY: 'loopback',
      ...databaseEnv,
      ...env,
    }),
    // TEST_LOG_ERRORS=1 shows the errors behind any 500 on stderr, as route tests do.
    process.env.TEST_LOG_ERRORS ? pino({ level: 'error' }, pino.destination(2)) : silentLogger,
  );
  const browser = await launchChromium();
  const base = server.url.replace('0.0.0.0', '127.0.0.1');
  mkdirSync(screenshotDir, { recursive: true });
  const pageErrors: string[] = [];

  return {
    base,
    server,
    sink,
    browser,
    pageErrors,
    async newPage({ locale = 'zh-Hans', width = 1280, timezoneId = 'Asia/Shanghai', axe = false } = {}) {
      const context = await browser.newContext({
        // axe-core is injected as an inline script, which the site's CSP refuses.
        bypassCSP: axe,
        locale: locale === 'en' ? 'en-GB' : 'zh-CN',
        timezoneId,
        viewport: { width, height: 900 },
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      // React reports a render error on the console; a refused request (4xx) the test provoked is not an error.
      page.on('console', (message) => {
        if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) pageErrors.push(`${page.url()}: ${message.text()}`);
      });
      return { page, context };
    },
    async mailsTo(address, kind, count = 1) {
      const matching = () => sink.messages.filter((mail) => mailTo(mail)?.includes(address) && (!kind || mailKind(mail) === kind));
      await expect.poll(() => matching().length, { timeout: 15_000 }).toBeGreaterThanOrEqual(count);
      return matching();
    },
    linkIn(mail, prefix) {
      const text = `${mail.text ?? ''}\n${typeof mail.html === 'string' ? mail.html : ''}`;
      const match = text.match(new RegExp(`https?://[^\\s"'<>]*${prefix.replace(/[/?]/g, '\\$&')}[^\\s"'<>]*`));
      if (!match) throw new Error(`No ${prefix} link in the e-mail "${mail.subject}"`);
      const url = new URL(match[0].replace(/&amp;/g, '&'));
      return `${url.pathname}${url.search}${url.hash}`;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
    },
    async stop() {
      await browser.close();
      await server.stop();
      await sink.stop();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Whether keyboard focus is on this element. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element.ownerDocument.activeElement === element);
}
