import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { readMigrations } from '../src/db/migrations.js';
import { boundPort, listen } from '../src/http/lifecycle.js';
import { siteIsBuilt } from '../src/http/site.js';
import { browserAvailable, launchChromium, seriousViolations } from './support/browser.js';
import { migratedDatabase } from './support/database.js';
import { testConfig } from './support/app.js';
import { silentLogger } from './support/logger.js';

const siteDir = fileURLToPath(new URL('../../build', import.meta.url));

/** Clicks a tab until it is the selected one: a click that lands before React hydrates the page does nothing. */
async function choose(tab: Locator): Promise<void> {
  await expect
    .poll(async () => {
      await tab.click();
      return tab.getAttribute('aria-selected');
    }, { timeout: 15_000 })
    .toBe('true');
}

describe.runIf(browserAvailable())('an API reference page in headless Chromium', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let closeDb: () => Promise<void>;

  beforeAll(async () => {
    if (!siteIsBuilt(siteDir)) throw new Error(`No built site in ${siteDir}: run \`npm run build:site\` (npm test does).`);
    const { db, close } = await migratedDatabase();
    closeDb = close;
    const app = createApp({ config: testConfig({ SITE_DIR: siteDir }), logger: silentLogger, db, migrations: readMigrations() });
    server = await listen(app, 0, '127.0.0.1');
    base = `http://127.0.0.1:${boundPort(server)}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    await closeDb?.();
  });

  for (const { locale, path, field, problemTitle } of [
    { locale: 'zh-Hans', path: '/docs/api/reference/tickets', field: '提交人的姓名。', problemTitle: '请求中有字段无效' },
    { locale: 'en', path: '/en/docs/api/reference/tickets', field: 'The requester’s name.', problemTitle: 'The request has invalid fields' },
  ]) {
    it(`shows a ticket filing with its fields, snippets and answers (${locale})`, async () => {
      const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}${path}#fileTicket`);
      const section = page.locator('h2#fileTicket ~ *').first();
      await section.waitFor({ state: 'visible', timeout: 10_000 });
      await page.getByRole('cell', { name: field }).first().waitFor({ state: 'visible', timeout: 10_000 });

      // The snippets: curl first; JavaScript one click away, and the choice holds for every operation on the page.
      const curl = page.getByRole('tabpanel').filter({ hasText: "curl -X POST 'https://support.example.com/api/v1/tickets'" }).first();
      await curl.waitFor({ state: 'visible', timeout: 10_000 });
      await choose(page.getByRole('tab', { name: 'JavaScript', exact: true }).first());
      await page.getByRole('tabpanel').filter({ hasText: "await api.POST('/tickets'" }).first().waitFor({ state: 'visible', timeout: 10_000 });
      await page.getByRole('tabpanel').filter({ hasText: "await api.GET('/tickets'" }).first().waitFor({ state: 'visible', timeout: 10_000 });

      // The answers: the success one shown, a problem one a click away, in the reader's language.
      await choose(page.getByRole('tab', { name: '400', exact: true }).first());
      await page.getByRole('tabpanel').filter({ hasText: problemTitle }).first().waitFor({ state: 'visible', timeout: 10_000 });

      // axe over the whole page (every operation of the tag) is slow; the Chinese page has the same markup as the English one.
      if (locale === 'zh-Hans') expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    }, 120_000);
  }

  it('is usable at 375 px: the snippets scroll inside their block, the page does not', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/docs/api/reference/tickets#fileTicket`);
    const [scrollWidth, clientWidth] = (await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]')) as [number, number];
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await context.close();
  });
});
