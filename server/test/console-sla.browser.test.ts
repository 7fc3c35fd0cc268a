import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie } from '../src/auth/tokens.js';
import type { Database } from '../src/db/database.js';
import { hashToken, newSecretToken } from '../src/shared/tokens.js';
import { testApp } from './support/app.js';
import { browserAvailable, launchChromium, seriousViolations } from './support/browser.js';
import { migratedDatabase } from './support/database.js';
import { screenshotDir, siteDir } from './support/portal.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { fileTestTicket, ticketTestConfig } from './support/ticket-api.js';

// The SLA clocks as staff meet them in the console: the badges and the due-time sort in the queue, the workspace's
// SLA panel with "how this was computed", and the administrators' warning that the PRC calendar's coverage ends.
// The server's clock is injected (startServer takes none, so the app is built here and serves the built site), and
// the browser's clock is set to the same moment so that "in 5 minutes" reads as the server meant it.

/** Wall-clock time in Shanghai. */
const shanghai = (local: string) => new Date(`${local}+08:00`);
/** The moment the agents look: Monday 28 December 2026, 11:00 in Shanghai; the PRC calendar ends on the 31st. */
const viewing = shanghai('2026-12-28T11:00');

describe.runIf(browserAvailable())('SLA badges, panel and coverage warning in the staff console', { timeout: 180_000 }, () => {
  let db: Database;
  let closeDb: () => Promise<void>;
  let app: Express;
  let server: Server;
  let base: string;
  let browser: Browser;
  let dataDir: string;
  let now = viewing;
  let agent: TestStaff;
  let admin: TestStaff;
  const tickets: Record<'onTrack' | 'atRisk' | 'breached' | 'paused' | 'met' | 'uncovered', string> = {} as never;
  const pageErrors: string[] = [];

  /** A console session that outlives the injected clock's moment (createSession's expiry is an hour of real time). */
  const sessionFor = async (staff: TestStaff) => {
    const token = newSecretToken();
    await db.prisma.session.create({ data: { userId: staff.id, tokenHash: hashToken(token), csrfToken: newSecretToken(), expiresAt: shanghai('2027-06-01T00:00') } });
    return { name: sessionCookie, value: token, url: base };
  };

  const fileAt = async (local: string, subject: string, priority = 'P2') => {
    now = shanghai(local);
    return (await fileTestTicket(app, { subject, priority, tags: undefined })).number;
  };
  const replyAt = async (local: string, number: string, status?: 'pending' | 'resolved') => {
    now = shanghai(local);
    await request(app)
      .post(`/api/v1/tickets/${number}/messages`)
      .set('Authorization', agent.bearer)
      .send({ body: '我们正在处理，请稍候。', visibility: 'public', ...(status ? { status } : {}) })
      .expect(201);
  };

  beforeAll(async () => {
    ({ db, close: closeDb } = await migratedDatabase());
    dataDir = mkdtempSync(path.join(tmpdir(), 'handover-sla-ui-'));
    app = testApp(db, { config: ticketTestConfig({ SITE_DIR: siteDir, DATA_DIR: dataDir }), now: () => now });
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await launchChromium();
    mkdirSync(screenshotDir, { recursive: true });
    agent = await createStaff(db.prisma, { name: '张支持' });
    admin = await createStaff(db.prisma, { name: '王管理', role: 'admin' });

    // P2: first response in 1 business hour (at risk from 48 minutes), resolution in 8; PRC working days 9:00–18:00.
    tickets.breached = await fileAt('2026-12-25T17:30', 'SLA 已超时：周五傍晚提交'); // 30 min on Friday, due Monday 9:30
    tickets.met = await fileAt('2026-12-28T09:00', 'SLA 已达成：已解决');
    await replyAt('2026-12-28T09:20', tickets.met);
    await replyAt('2026-12-28T10:00', tickets.met, 'resolved');
    tickets.paused = await fileAt('2026-12-28T10:00', 'SLA 已暂停：等待客户');
    await replyAt('2026-12-28T10:10', tickets.paused, 'pending');
    tickets.atRisk = await fileAt('2026-12-28T10:05', 'SLA 有风险：55 分钟未回复'); // due 11:05
    tickets.onTrack = await fileAt('2026-12-28T10:50', 'SLA 按时：刚提交'); // due 11:50
    // P4 resolution needs 40 business hours: past 31 December, which the calendar does not cover.
    tickets.uncovered = await fileAt('2026-12-28T11:00', 'SLA 日历未覆盖：P4', 'P4');
    now = viewing;
  });
  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await closeDb?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const open = async (who: TestStaff, options: { locale?: 'zh-Hans' | 'en'; width?: number } = {}): Promise<{ page: Page; context: BrowserContext; prefix: string }> => {
    const { locale = 'zh-Hans', width = 1280 } = options;
    const context = await browser.newContext({
      bypassCSP: true, // axe is injected as an inline script
      locale: locale === 'en' ? 'en-GB' : 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width, height: 900 },
    });
    await context.addCookies([await sessionFor(who)]);
    const page = await context.newPage();
    await page.clock.setFixedTime(viewing);
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) pageErrors.push(`${page.url()}: ${message.text()}`);
    });
    return { page, context, prefix: locale === 'en' ? '/en' : '' };
  };
  const rowOf = (page: Page, number: string) => page.getByRole('row', { name: new RegExp(number) });
  const numbersInOrder = async (page: Page) =>
    (await page.locator('main tbody tr').allInnerTexts()).map((text) => text.match(/HO-\d+/)?.[0]).filter((number) => Object.values(tickets).includes(number!));
  const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });

  it('shows each open ticket’s SLA state in words with its due time, sorts by due time from the address, and shows “met” among resolved tickets', async () => {
    const { page, context } = await open(agent);
    await page.goto(`${base}/console`);
    await rowOf(page, tickets.onTrack).waitFor();
    await expect.poll(() => rowOf(page, tickets.onTrack).innerText()).toMatch(/按时\s*首次响应\s*到期 50分钟后/);
    expect(await rowOf(page, tickets.atRisk).innerText()).toMatch(/有风险\s*首次响应\s*到期 5分钟后/);
    // Relative, then exact in the viewer's zone.
    expect(await rowOf(page, tickets.breached).innerText()).toMatch(/已超时\s*首次响应\s*到期 1小时前\s*2026年12月28日 GMT\+8 09:30/);
    expect(await rowOf(page, tickets.paused).innerText()).toMatch(/已暂停\s*解决/);
    expect(await rowOf(page, tickets.paused).innerText()).not.toContain('到期');
    expect(await numbersInOrder(page)).toEqual([tickets.breached, tickets.paused, tickets.atRisk, tickets.onTrack, tickets.uncovered]); // by priority, oldest first

    await page.getByLabel('排序').selectOption({ label: '按 SLA 到期时间（最早在前）' });
    await page.waitForURL(/[?&]sort=due/);
    await expect.poll(() => numbersInOrder(page)).toEqual([tickets.breached, tickets.atRisk, tickets.onTrack, tickets.uncovered, tickets.paused]);
    await screenshot(page, 'console-sla-queue-zh-Hans-1280');

    // The sort is in the address: opening it again (or sharing it) gives the same order.
    await page.goto(`${base}/console?sort=due`);
    await expect.poll(() => numbersInOrder(page)).toEqual([tickets.breached, tickets.atRisk, tickets.onTrack, tickets.uncovered, tickets.paused]);
    expect(await page.getByLabel('排序').inputValue()).toBe('due');

    await page.goto(`${base}/console?view=resolved`);
    await expect.poll(() => rowOf(page, tickets.met).innerText()).toMatch(/已达成\s*解决/);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('explains a ticket’s clocks in the workspace: state, due time, time used against the target, and the working intervals counted', async () => {
    const { page, context } = await open(agent);
    await page.goto(`${base}/console/tickets/${tickets.atRisk}`);
    const panel = page.getByRole('region', { name: '服务级别（SLA）' });
    const firstResponse = panel.getByRole('region', { name: /首次响应/ });
    await firstResponse.getByText('有风险').waitFor();
    expect(await firstResponse.innerText()).toMatch(/到期时间\s*5分钟后 · 2026年12月28日.*11:05/);
    expect(await firstResponse.innerText()).toContain('55 分钟 / 1 小时（工作时间）');
    const resolution = panel.getByRole('region', { name: /解决/ });
    expect(await resolution.innerText()).toMatch(/按时/);
    expect(await resolution.innerText()).toContain('55 分钟 / 8 小时（工作时间）');

    // The disclosure, opened by keyboard: the calendar, its zone and the intervals from filing to the due time.
    const how = resolution.getByText('计算方式');
    await how.focus();
    await page.keyboard.press('Enter');
    const intervals = resolution.getByRole('list', { name: '解决计入的工作时段' });
    await intervals.waitFor();
    expect(await intervals.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/2026年12月28日.*10:05 – 18:00/),
      expect.stringMatching(/2026年12月29日.*09:00 – 09:05/),
    ]);
    expect(await resolution.innerText()).toContain('中国大陆工作日 / PRC working days');
    expect(await resolution.innerText()).toContain('Asia/Shanghai');
    await page.addStyleTag({ content: '.navbar { position: static !important; }' });
    await panel.screenshot({ path: path.join(screenshotDir, 'console-sla-panel-at-risk-zh-Hans-1280.png') });

    // A live change (the customer pauses nothing here: staff set it pending) refreshes the panel without a reload.
    await request(app)
      .post(`/api/v1/tickets/${tickets.atRisk}/messages`)
      .set('Authorization', agent.bearer)
      .send({ body: '请提供日志。', visibility: 'public', status: 'pending' })
      .expect(201);
    await expect.poll(() => resolution.innerText(), { timeout: 25_000 }).toMatch(/已暂停[\s\S]*暂停于（等待客户）/);
    expect(await firstResponse.innerText()).toMatch(/已达成[\s\S]*达成于/);

    // A clock whose due time falls in days the calendar does not cover says so, and what an administrator does.
    await page.goto(`${base}/console/tickets/${tickets.uncovered}`);
    const uncovered = page.getByRole('region', { name: '服务级别（SLA）' }).getByRole('region', { name: /解决/ });
    await uncovered.getByText(/日历没有覆盖这个计时需要的日期/).waitFor();
    await page.addStyleTag({ content: '.navbar { position: static !important; }' });
    await page.getByRole('region', { name: '服务级别（SLA）' }).screenshot({ path: path.join(screenshotDir, 'console-sla-panel-uncovered-zh-Hans-1280.png') });
    expect(await uncovered.innerText()).toContain('没有到期时间');
    expect(await uncovered.getByRole('link', { name: '如何录入下一年的节假日' }).getAttribute('href')).toBe('/docs/operations/sla#next-year');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('warns administrators, and only them, that the calendar in use ends within 60 days, until they hide it for the session', async () => {
    const calendars = (await request(app).get('/api/v1/admin/sla/calendars').set('Authorization', admin.bearer).expect(200)).body as { items: { id: string; coverage: { warn: boolean; daysLeft: number } }[] };
    expect(calendars.items.find((c) => c.id === 'cn-workdays')?.coverage).toMatchObject({ warn: true, daysLeft: 3 });

    const asAgent = await open(agent);
    await asAgent.page.goto(`${base}/console`);
    await rowOf(asAgent.page, tickets.onTrack).waitFor();
    expect(await asAgent.page.getByRole('region', { name: /SLA 日历即将失效/ }).count()).toBe(0);
    await asAgent.context.close();

    const { page, context } = await open(admin, { locale: 'en' });
    await page.goto(`${base}/en/console`);
    const banner = page.getByRole('region', { name: /An SLA calendar runs out soon/ });
    await banner.waitFor();
    expect(await banner.innerText()).toContain('“中国大陆工作日 / PRC working days” has holidays up to 2026-12-31 only (3 days left)');
    expect(await banner.getByRole('link', { name: 'How to load next year’s holidays' }).getAttribute('href')).toBe('/en/docs/operations/sla#next-year');
    await screenshot(page, 'console-sla-banner-en-1280');
    await banner.getByRole('button', { name: 'Hide for this session' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.reload();
    await rowOf(page, tickets.onTrack).waitFor();
    expect(await banner.count()).toBe(0);
    await context.close();
  });

  const cases = (['zh-Hans', 'en'] as const).flatMap((locale) => ([1280, 375] as const).map((width) => ({ locale, width })));

  it.each(cases)('the queue with its banner and the workspace with its disclosure open: no serious axe violation, no sideways scroll, in $locale at $width px', async ({ locale, width }) => {
    const { page, context, prefix } = await open(admin, { locale, width });
    const problems: string[] = [];
    const check = async (name: string) => {
      const [scrollWidth, clientWidth] = (await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]')) as [number, number];
      if (scrollWidth > clientWidth) problems.push(`${name}: ${scrollWidth - clientWidth} px of sideways scrolling`);
      problems.push(...(await seriousViolations(page)).map((v) => `${name}: ${v}`));
      await screenshot(page, `console-sla-${name}-${locale}-${width}`);
    };
    await page.goto(`${base}${prefix}/console?sort=due`);
    await rowOf(page, tickets.onTrack).waitFor();
    await page.locator('main section[aria-labelledby="sla-coverage-heading"]').waitFor();
    await check('queue');
    await page.goto(`${base}${prefix}/console/tickets/${tickets.onTrack}`);
    await page.locator('#sla-resolution').waitFor();
    for (const summary of await page.locator('main details summary').all()) await summary.click();
    await check('ticket');
    await page.addStyleTag({ content: '.navbar { position: static !important; }' }); // the sticky bar would cover the element's picture
    await page.getByRole('region', { name: /^(服务级别（SLA）|Service level \(SLA\))$/ }).screenshot({ path: path.join(screenshotDir, `console-sla-panel-${locale}-${width}.png`) });
    expect(problems).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
