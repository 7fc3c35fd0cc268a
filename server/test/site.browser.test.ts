import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { readMigrations } from '../src/db/migrations.js';
import { boundPort, listen } from '../src/http/lifecycle.js';
import { siteIsBuilt } from '../src/http/site.js';
import { browserAvailable, launchChromium } from './support/browser.js';
import { migratedDatabase } from './support/database.js';
import { testConfig } from './support/app.js';
import { silentLogger } from './support/logger.js';

const siteDir = fileURLToPath(new URL('../../build', import.meta.url));

describe.runIf(browserAvailable())('the built site in headless Chromium, served by the support server', () => {
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

  it('renders the home page in Chinese at / and in English at /en/', async () => {
    const page = await browser.newPage();
    const zh = await page.goto(`${base}/`);
    expect(zh?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await expect(page.locator('main h1, header h1').first().innerText()).resolves.toMatch(/\S/);

    await page.goto(`${base}/en/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('switches language from the navbar and keeps the reader on the same page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/docs/architecture`);
    // The language menu (the docs version menu sits beside it).
    await page.locator('.navbar__items--right .dropdown').filter({ has: page.locator('a[lang="en"]') }).first().hover();
    await page.locator('.dropdown__menu a[lang="en"]').first().click();
    await page.waitForURL(`${base}/en/docs/architecture`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('finds a Chinese word with the offline search box', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const search = page.locator('input.navbar__search-input');
    await search.click();
    await search.fill('架构');
    const hit = page.locator('[role="option"]').first();
    await hit.waitFor({ timeout: 20_000 });
    expect(await hit.innerText()).toContain('架构');
    await page.close();
  });

  it('runs every page under its Content-Security-Policy without a single violation', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    for (const path of ['/', '/docs/architecture', '/en/docs/architecture', '/blog']) {
      const res = await page.goto(`${base}${path}`, { waitUntil: 'load' });
      expect(res?.headers()['content-security-policy']).toContain("script-src 'self' 'sha256-");
      await page.locator('main').first().waitFor();
    }
    const search = page.locator('input.navbar__search-input');
    await search.click();
    await search.fill('架构');
    await page.locator('[role="option"]').first().waitFor({ timeout: 20_000 });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('shows the site’s own 404 page for a missing page, in the reader’s locale, with status 404', async () => {
    const page = await browser.newPage();
    const zh = await page.goto(`${base}/docs/no-such-page`);
    expect(zh?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    const en = await page.goto(`${base}/en/docs/no-such-page`);
    expect(en?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('draws the architecture diagrams with readable text, on a desktop and on a 375 px phone, without widening the page', async () => {
    for (const width of [1280, 375]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      for (const route of ['/docs/architecture', '/en/docs/architecture/request-flow']) {
        await page.goto(`${base}${route}`);
        await page.locator('.docusaurus-mermaid-container svg').first().waitFor({ timeout: 20_000 });
        // The size a reader sees: the label's font size times the scale the SVG is drawn at. (A string, because
        // the server's type check has no DOM types.)
        const smallest = (await page.evaluate(`Math.min(...[...document.querySelectorAll('.docusaurus-mermaid-container svg')]
          .flatMap((svg) => {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return [...svg.querySelectorAll('text, foreignObject span')]
              .filter((label) => label.textContent.trim())
              .map((label) => parseFloat(getComputedStyle(label).fontSize) * scale);
          }))`)) as number;
        expect(smallest, `${route} at ${width} px`).toBeGreaterThanOrEqual(12);
        const pageWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
        expect(pageWidth, `${route} at ${width} px`).toBeLessThanOrEqual(width);
      }
      await page.close();
    }
  });
});
