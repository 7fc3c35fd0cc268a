import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { readMigrations } from '../src/db/migrations.js';
import { boundPort, listen } from '../src/http/lifecycle.js';
import { siteIsBuilt } from '../src/http/site.js';
import { loadCatalogue, type QuizItem } from '../src/training/catalogue.js';
import { browserAvailable, launchChromium, seriousViolations } from './support/browser.js';
import { migratedDatabase } from './support/database.js';
import { testConfig } from './support/app.js';
import { silentLogger } from './support/logger.js';

// The five weeks of the curriculum in both languages, as a trainee meets them before signing in: accessible,
// phone-sized, and the anonymous progress (quiz answers, readings, automatic checks) kept in this browser.

const siteDir = fileURLToPath(new URL('../../build', import.meta.url));
const weeks = [1, 2, 3, 4, 5] as const;
const locales = ['zh-Hans', 'en'] as const;
const prefix = (locale: (typeof locales)[number]) => (locale === 'en' ? '/en' : '');

describe.runIf(browserAvailable())('the training weeks in headless Chromium', { timeout: 180_000 }, () => {
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

  const open = async (path: string, width = 1280): Promise<Page> => {
    // axe is injected as an inline script, which the site's CSP rightly refuses; this context alone bypasses it.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    // The status line is filled in once the progress provider has read this browser's storage.
    await page.getByRole('article').first().waitFor();
    return page;
  };

  it.each(locales.flatMap((locale) => weeks.map((week) => ({ locale, week }))))(
    'week $week in $locale has no serious or critical axe violation',
    async ({ locale, week }) => {
      const page = await open(`${prefix(locale)}/docs/training/week-${week}`);
      expect(await seriousViolations(page)).toEqual([]);
      // Every item of the catalogue is on the page, with its expected result where it is an exercise.
      const items = loadCatalogue().weeks[week - 1]!.items;
      for (const item of items) expect(await page.locator(`[id="${item.id}"]`).count(), item.id).toBe(1);
      await page.context().close();
    },
  );

  it('fits a 375 px phone without sideways scrolling, in both languages', async () => {
    for (const locale of locales) {
      const page = await open(`${prefix(locale)}/docs/training/week-4`, 375);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('grades the week 1 quiz in the browser, explains every answer, and keeps the answers over a reload', async () => {
    const page = await open('/en/docs/training/week-1');
    const quiz = loadCatalogue().weeks[0]!.items.find((item): item is QuizItem => item.kind === 'quiz')!;
    const region = page.getByRole('region', { name: 'Week 1 quiz' });
    const questions = region.getByRole('group');
    expect(await questions.count()).toBe(quiz.questions.length);
    // Everything right but the first question, answered with a wrong answer.
    for (const [index, question] of quiz.questions.entries()) {
      const pick = index === 0 ? question.answers.find((answer) => answer !== question.correct)! : question.correct;
      await questions.nth(index).getByRole('radio').nth(question.answers.indexOf(pick)).check();
    }
    await region.getByRole('button', { name: 'Submit answers' }).click();

    const total = quiz.questions.length;
    const scoreLine = `${total - 1} of ${total} right (${Math.round(((total - 1) / total) * 100)}%), pass mark 80%: passed`;
    await expect(region.getByText(scoreLine).waitFor()).resolves.toBeUndefined();
    await expect(region.getByText(/^Done on .* best score/).waitFor()).resolves.toBeUndefined();
    const first = questions.nth(0);
    expect(await first.getByText('Right answer:').count()).toBe(1);
    expect(await first.getByText('Your answer:').count()).toBe(1);
    expect(await first.getByText(/PGlite, PostgreSQL compiled to WebAssembly/).count()).toBe(1);

    await page.reload();
    await region.getByText(scoreLine).waitFor();
    for (const [index, question] of quiz.questions.entries()) {
      const expected = index === 0 ? question.answers.find((answer) => answer !== question.correct)! : question.correct;
      expect(await questions.nth(index).getByRole('radio').nth(question.answers.indexOf(expected)).isChecked()).toBe(true);
    }
    await page.context().close();
  });

  it('marks a reading read in this browser, and sends automatic checks to the sign-in page', async () => {
    const page = await open('/en/docs/training/week-4');
    const reading = page.getByRole('article', { name: "The customer's side: filing, tracking, confirming" });
    await reading.getByRole('button', { name: 'Mark as read' }).click();
    await reading.getByText(/^Done on /).waitFor();
    await page.reload();
    await reading.getByText(/^Done on /).waitFor();
    expect(await reading.getByRole('button', { name: 'Mark as read' }).count()).toBe(0);

    const ticket = page.getByRole('article', { name: 'File a P2 ticket with a log file through the portal' });
    expect(await ticket.getByText(/a P2 ticket filed from your e-mail address after you joined, with an attachment/).count()).toBe(1);
    await ticket.getByRole('button', { name: 'Check now' }).click();
    await ticket.getByText(/sign in to the training first/).waitFor();
    expect(await ticket.getByRole('link', { name: 'Sign in to the training' }).getAttribute('href')).toBe('/en/training/sign-in');

    const week3 = await page.context().newPage();
    await week3.goto(`${base}/en/docs/training/week-3`);
    const report = week3.getByRole('article', { name: 'Run the backup drill' });
    await report.getByLabel('The whole output of npm run drill').fill('drill: passed');
    await report.getByRole('button', { name: 'Check now' }).click();
    await report.getByText(/sign in to the training first/).waitFor();
    await page.context().close();
  });

  it('shows one track when asked, and keeps the choice in the address', async () => {
    const page = await open('/en/docs/training/week-1');
    await page.getByRole('radio', { name: 'Operators' }).check();
    await page.waitForURL(/\?track=operator$/);
    expect(await page.getByRole('article', { name: 'Every variable the server reads' }).count()).toBe(1);
    expect(await page.getByRole('article', { name: 'createApp, main.ts and server.ts' }).count()).toBe(0);
    expect(await page.getByText(/createApp, main\.ts and server\.ts \(for Developers only: hidden by the track filter\)/).count()).toBe(1);
    await page.reload();
    // The static HTML shows every track until the page hydrates and reads the address.
    await expect.poll(() => page.getByRole('radio', { name: 'Operators' }).isChecked()).toBe(true);
    await page.context().close();
  });
});
