import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, seriousViolations } from './support/browser.js';
import { isFocused, startPortal, type Portal } from './support/portal.js';
import { createSession, createStaff, type TestStaff } from './support/staff.js';
import { someIp, ticketBody, uniqueEmail } from './support/ticket-api.js';

// The knowledge panel beside a ticket, what the customer read before filing, and the admins' search report:
// one built site and one server for the file; the index is awaited by polling the API, never by timing.


describe.runIf(browserAvailable())('knowledge in the staff console, end to end in headless Chromium', { timeout: 120_000 }, () => {
  let portal: Portal;
  let agent: TestStaff;
  let admin: TestStaff;
  let current: string;
  let resolved: string;
  const missing = `zebrafrobnicate${Date.now()}`;

  const staffApi = async (who: TestStaff, path: string, init: RequestInit = {}) => {
    const res = await fetch(`${portal.base}/api/v1${path}`, { ...init, headers: { Authorization: who.bearer, 'content-type': 'application/json', ...init.headers } });
    return (res.status === 204 ? null : await res.json()) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const fileTicket = async (subject: string, extra: Record<string, unknown> = {}) => {
    const res = await fetch(`${portal.base}/api/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Forwarded-For': someIp() },
      body: JSON.stringify(ticketBody({ subject, tags: undefined, description: `${subject}: the restore stops half way.`, ...extra }, { email: uniqueEmail('knowledge'), locale: 'en', name: 'Alex Chen' })),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { number: string }).number;
  };

  const openAs = async (who: TestStaff, path: string, { locale = 'zh-Hans', width = 1280 }: { locale?: 'zh-Hans' | 'en'; width?: number } = {}) => {
    const context: BrowserContext = await portal.browser.newContext({ bypassCSP: true, locale: locale === 'en' ? 'en-GB' : 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width, height: 900 } });
    const session = await createSession(portal.server.db.prisma, who);
    const [name, value] = session.Cookie!.split('=') as [string, string];
    await context.addCookies([{ name, value, url: portal.base }]);
    const page: Page = await context.newPage();
    page.on('pageerror', (error) => portal.pageErrors.push(`${page.url()}: ${error.message}`));
    await page.goto(`${portal.base}${locale === 'en' ? '/en' : ''}${path}`);
    return { page, context };
  };
  const shot = (page: Page, name: string) => portal.screenshot(page, `console-${name}`);
  const noSidewaysScroll = async (page: Page) => {
    const [scroll, client] = (await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]')) as [number, number];
    expect(scroll - client).toBeLessThanOrEqual(0);
  };

  beforeAll(async () => {
    portal = await startPortal();
    agent = await createStaff(portal.server.db.prisma, { name: '张支持' });
    admin = await createStaff(portal.server.db.prisma, { role: 'admin', name: '管理员甲' });

    // An English customer's earlier ticket about the same thing, answered and resolved with an internal note.
    resolved = await fileTicket('Backup restore fails after the upgrade');
    await staffApi(agent, `/tickets/${resolved}/messages`, { method: 'POST', body: JSON.stringify({ body: 'Checked the backup restore logs: the archive was from the old version.', visibility: 'internal' }) });
    await staffApi(agent, `/tickets/${resolved}/messages`, { method: 'POST', body: JSON.stringify({ body: 'Restore the backup with the new image, then it works.', visibility: 'public', status: 'resolved' }) });
    current = await fileTicket('Backup restore', {
      suggestions: [
        { url: '/en/docs/operations/backup', title: 'Backup and restore', type: 'doc', clicked: true },
        { url: '/docs/faq', title: 'FAQ', type: 'faq', clicked: false },
      ],
    });
    // The index catches up in the background: wait until the resolved ticket is found as resolved.
    await until(async () => (await staffApi(agent, `/search?q=${encodeURIComponent('Backup restore')}&type=ticket&locale=en`)).hits?.some((h: { number?: string; status?: string }) => h.number === resolved && h.status === 'resolved'));
    // A visitor of the site searched for something the knowledge base does not have.
    const zero = (await (await fetch(`${portal.base}/api/v1/search?q=${missing}&source=site&locale=zh-Hans`, { headers: { 'X-Forwarded-For': someIp() } })).json()) as { total: number };
    expect(zero.total).toBe(0);
  });
  afterAll(() => portal?.stop());

  it('an agent opens a ticket: the panel searches its subject in the customer’s language, a link goes into the note in English, and a resolved ticket like it is listed', async () => {
    const { page, context } = await openAs(agent, `/console/tickets/${current}`);
    const box = page.getByRole('searchbox', { name: '搜索文档、FAQ、文章和已解决的工单' });
    await box.waitFor();
    expect(await box.inputValue()).toBe('Backup restore');
    await page.getByText('按客户的语言（英文）搜索。').waitFor();

    const knowledge = page.getByRole('region', { name: '知识库' });
    const insert = knowledge.getByRole('button', { name: /^插入链接：/ }).first();
    await insert.waitFor();
    const similar = knowledge.getByRole('link', { name: new RegExp(`^${resolved} `) });
    await similar.waitFor();
    expect(await knowledge.getByRole('link', { name: new RegExp(`^${current} `) }).count()).toBe(0);

    // The editor starts on an internal note and stays there; the link goes at the cursor, after what is written.
    const editor = page.getByRole('textbox', { name: /^备注内容/ });
    await editor.fill('See this page:');
    await insert.click();
    const body = await editor.inputValue();
    expect(body).toMatch(new RegExp(`^See this page: \\[[^\\]]+\\]\\(${portal.base.replace(/[.]/g, '\\.')}/en/docs/[^)]+\\)$`));
    await page.getByText('链接已插入内部备注。要发给客户，请改为“公开回复”。').waitFor();
    expect(await isFocused(editor)).toBe(true);

    // What the portal suggested before filing, with the one the customer opened marked.
    const read = page.getByRole('region', { name: '客户提交前看过的建议' });
    await read.getByRole('listitem').filter({ hasText: 'Backup and restore' }).getByText('✓ 已打开').waitFor();
    await read.getByRole('listitem').filter({ hasText: 'FAQ' }).getByText('未打开').waitFor();
    expect(await read.getByRole('link', { name: /Backup and restore/ }).getAttribute('href')).toBe('/en/docs/operations/backup');

    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'panel-zh-Hans-1280');

    // Opening the similar ticket opens it in the console.
    await similar.click();
    await page.waitForURL(new RegExp(`/console/tickets/${resolved}$`));
    await context.close();
  });

  it('the panel and the read-before-filing list work in English at 375 px, by keyboard, without sideways scrolling', async () => {
    const { page, context } = await openAs(agent, `/console/tickets/${current}`, { locale: 'en', width: 375 });
    const box = page.getByRole('searchbox', { name: 'Search docs, FAQ, articles and resolved tickets' });
    await box.waitFor();
    await page.getByRole('region', { name: 'Knowledge base' }).getByRole('button', { name: /^Insert link: / }).first().waitFor();
    await page.getByRole('region', { name: 'Suggested to the customer before filing' }).getByText('✓ opened').waitFor();
    // A new search from the keyboard; shortcuts of the queue do not fire in the box.
    await box.fill('restore');
    await box.press('Enter');
    await page.getByRole('region', { name: 'Knowledge base' }).getByRole('button', { name: /^Insert link: / }).first().waitFor();
    const toggle = page.getByRole('button', { name: 'Hide the knowledge base' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await box.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Show the knowledge base' }).press('Enter');
    await box.waitFor();
    await noSidewaysScroll(page);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'panel-en-375');
    await context.close();
  });

  it('the panel in Chinese at 375 px and in English on a desktop has no serious accessibility problem', async () => {
    for (const [locale, width] of [['zh-Hans', 375], ['en', 1280]] as const) {
      const { page, context } = await openAs(agent, `/console/tickets/${current}`, { locale, width });
      await page.getByRole('button', { name: locale === 'en' ? /^Insert link: / : /^插入链接：/ }).first().waitFor();
      await noSidewaysScroll(page);
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, `panel-${locale}-${width}`);
      await context.close();
    }
  });

  it('an admin sees a query that found nothing in the search report, and a period that ends before it starts is refused beside the date', async () => {
    const { page, context } = await openAs(admin, '/console/admin?section=search');
    await page.getByRole('heading', { name: '搜索报告', level: 2 }).waitFor();
    const notFound = page.getByRole('table', { name: '搜索了却没找到的内容' });
    await notFound.getByRole('row', { name: new RegExp(missing) }).waitFor();
    await page.getByText('搜索次数').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'report-zh-Hans-1280');

    await page.getByLabel('开始日期').fill('2026-11-30');
    await page.getByLabel('结束日期').fill('2026-11-01');
    await page.getByRole('button', { name: '显示报告' }).click();
    await page.getByText('结束日期不能早于开始日期。').waitFor();
    expect(await page.getByLabel('结束日期').getAttribute('aria-invalid')).toBe('true');

    // The source filter: the console's own searches are not the site's.
    await page.getByLabel('结束日期').fill(new Date().toISOString().slice(0, 10));
    await page.getByLabel('开始日期').fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
    await page.getByLabel('搜索来源').selectOption('console');
    await page.getByRole('button', { name: '显示报告' }).click();
    await page.waitForURL(/source=console/);
    await page.getByRole('table', { name: '最常搜索的内容' }).getByRole('row', { name: /^backup restore en /i }).waitFor();
    expect(await page.getByRole('row', { name: new RegExp(missing) }).count()).toBe(0);
    await context.close();

    for (const [locale, width] of [['en', 1280], ['en', 375], ['zh-Hans', 375]] as const) {
      const opened = await openAs(admin, '/console/admin?section=search', { locale, width });
      await opened.page.getByRole('table', { name: locale === 'en' ? 'Searched for and not found' : '搜索了却没找到的内容' }).getByRole('row', { name: new RegExp(missing) }).waitFor();
      await noSidewaysScroll(opened.page);
      expect(await seriousViolations(opened.page)).toEqual([]);
      await shot(opened.page, `report-${locale}-${width}`);
      await opened.context.close();
    }
    expect(portal.pageErrors).toEqual([]);
  });
});

/** Polls until the condition holds (expect.poll is for tests, not beforeAll); gives up after 30 s. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
    if (await condition()) return;
  }
  throw new Error('the search index did not catch up within 30 s');
}
