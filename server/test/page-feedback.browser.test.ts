import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, seriousViolations } from './support/browser.js';
import { isFocused, screenshotDir, startPortal, type Portal } from './support/portal.js';
import { createSession, createStaff, type TestStaff } from './support/staff.js';
import { uniqueEmail } from './support/ticket-api.js';

// "Was this page helpful?" as a reader answers it at the end of a docs page, and the page feedback report where an
// agent reads that answer beside the ticket the same reader asked from the page.

const docPath = '/docs/user-guide/priorities';
const shotPath = (name: string) => path.join(screenshotDir, `${name}.png`);
const today = () => new Date().toISOString().slice(0, 10);

describe.runIf(browserAvailable())('page feedback, end to end in headless Chromium', { timeout: 180_000 }, () => {
  let portal: Portal;
  let agent: TestStaff;
  let admin: TestStaff;

  beforeAll(async () => {
    portal = await startPortal();
    agent = await createStaff(portal.server.db.prisma, { name: '客服乙' });
    admin = await createStaff(portal.server.db.prisma, { role: 'admin', name: '管理员甲' });
  });
  afterAll(() => portal?.stop());

  /** A fresh profile (axe is injected as an inline script, so CSP is bypassed), signed in as `staff` if given. */
  const open = async (options: { locale?: 'zh-Hans' | 'en'; width?: number; staff?: TestStaff } = {}): Promise<{ page: Page; context: BrowserContext }> => {
    const { locale = 'zh-Hans', width = 1280 } = options;
    const context = await portal.browser.newContext({ bypassCSP: true, locale: locale === 'en' ? 'en-GB' : 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width, height: 900 } });
    if (options.staff) {
      const [name, value] = (await createSession(portal.server.db.prisma, options.staff)).Cookie!.split('=') as [string, string];
      await context.addCookies([{ name, value, url: portal.base }]);
    }
    const page = await context.newPage();
    page.on('pageerror', (error) => portal.pageErrors.push(`${page.url()}: ${error.message}`));
    return { page, context };
  };
  const answers = (page: string) => portal.server.db.prisma.pageFeedback.findMany({ where: { page } });

  it('a reader answers “no” by keyboard with a comment, changes it, asks about the page, and an agent reads both in the report', async () => {
    const { page, context } = await open();
    await page.goto(`${portal.base}${docPath}`);
    const feedback = page.getByRole('region', { name: '页面反馈' });
    await feedback.getByRole('heading', { name: '此页面是否有帮助？' }).waitFor();
    const no = feedback.getByRole('button', { name: '没有帮助' });
    await no.focus();
    await page.keyboard.press('Enter');
    await feedback.getByRole('status').filter({ hasText: '感谢反馈：此页面没有帮到您。' }).waitFor();
    expect(await no.getAttribute('aria-pressed')).toBe('true');

    const box = feedback.getByRole('textbox', { name: '缺少了什么，或哪里不清楚？（可选）' });
    await page.keyboard.press('Tab');
    expect(await isFocused(box)).toBe(true);
    const comment = '优先级表格没有说明 P1 在周末由谁响应。';
    await page.keyboard.type(comment);
    await feedback.getByText(`还可输入 ${1000 - comment.length} 个字符`).waitFor();
    expect(await box.getAttribute('maxlength')).toBe('1000');
    expect(await seriousViolations(page)).toEqual([]);
    await feedback.screenshot({ path: shotPath('page-feedback-widget-zh-Hans-1280') });
    await feedback.getByRole('button', { name: '发送评论' }).click();
    await feedback.getByRole('status').filter({ hasText: '评论已发送，谢谢！' }).waitFor();
    expect(await answers(docPath)).toEqual([expect.objectContaining({ helpful: false, comment, locale: 'zh-Hans', docId: 'user-guide/priorities', version: expect.stringMatching(/^\d+\.\d+/) })]);

    // The same browser later: its answer is remembered and changing it updates the one row, comment kept.
    await page.reload();
    await expect.poll(() => no.getAttribute('aria-pressed')).toBe('true');
    await feedback.getByRole('button', { name: '有帮助', exact: true }).click();
    await feedback.getByRole('status').filter({ hasText: '感谢反馈：此页面对您有帮助。' }).waitFor();
    expect(await answers(docPath)).toEqual([expect.objectContaining({ helpful: true, comment })]);
    await no.click();
    await feedback.getByRole('status').filter({ hasText: '感谢反馈：此页面没有帮到您。' }).waitFor();
    expect(await answers(docPath)).toEqual([expect.objectContaining({ helpful: false, comment })]);

    // Then asks support about the page.
    await page.getByRole('link', { name: '就此页面提问' }).click();
    await page.waitForURL(/\/support\/new\?/);
    await page.getByLabel(/^标题/).fill('周末的 P1 谁来响应？');
    await page.getByLabel(/^问题描述/).fill('优先级页面没有写周末的值班安排。');
    await page.getByRole('radio', { name: /P4 低/ }).check();
    await page.getByLabel(/^类别/).selectOption('how-to');
    await page.getByLabel(/^姓名/).fill('读者甲');
    await page.getByRole('textbox', { name: /^邮箱/ }).fill(uniqueEmail('reader'));
    await page.getByRole('button', { name: '提交工单' }).click();
    const filed = page.getByRole('heading', { name: /^工单 HO-\d+ 已提交$/ });
    await filed.waitFor();
    const number = (await filed.innerText()).match(/HO-\d+/)![0];
    await context.close();

    const staff = await open({ staff: agent });
    await staff.page.goto(`${portal.base}/console`);
    await staff.page.getByRole('navigation', { name: '员工控制台' }).getByRole('link', { name: '页面反馈' }).click();
    await staff.page.waitForURL(/\/console\/page-feedback/);
    const row = staff.page.getByRole('listitem').filter({ has: staff.page.getByRole('heading', { name: '优先级', exact: false, level: 3 }) }).filter({ hasText: docPath });
    await row.getByText(comment).waitFor();
    await row.getByText('没有帮助', { exact: true }).first().waitFor();
    const ticketLink = row.getByRole('link', { name: new RegExp(`^${number} 周末的 P1 谁来响应？`) });
    expect(await ticketLink.getAttribute('href')).toBe(`/console/tickets/${number}`);
    // Agents read; only administrators remove comments.
    expect(await row.getByRole('button', { name: /^删除/ }).count()).toBe(0);
    expect(await seriousViolations(staff.page)).toEqual([]);
    await portal.screenshot(staff.page, 'console-page-feedback-zh-Hans-1280');
    await ticketLink.click();
    await staff.page.getByRole('heading', { name: new RegExp(`${number}`) }).first().waitFor();
    await staff.context.close();
    expect(portal.pageErrors).toEqual([]);
  });

  it('asks in English on English pages, sending the page’s language, and works at 375 px', async () => {
    const { page, context } = await open({ locale: 'en', width: 375 });
    await page.goto(`${portal.base}/en${docPath}`);
    const feedback = page.getByRole('region', { name: 'Page feedback' });
    await feedback.getByRole('button', { name: 'Yes' }).click();
    await feedback.getByRole('status').filter({ hasText: 'Thank you: you found this page helpful.' }).waitFor();
    await feedback.getByRole('textbox', { name: 'Anything else to tell us? (optional)' }).fill('Clear table, thanks.');
    expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await feedback.screenshot({ path: shotPath('page-feedback-widget-en-375') });
    await feedback.getByRole('button', { name: 'Send comment' }).click();
    await feedback.getByRole('status').filter({ hasText: 'Your comment was sent. Thank you!' }).waitFor();
    expect(await answers(`/en${docPath}`)).toEqual([expect.objectContaining({ helpful: true, locale: 'en', comment: 'Clear table, thanks.' })]);
    await context.close();
  });

  it('gives the report in English at 375 px, filtered by language, and lets an administrator remove a comment', async () => {
    const { page, context } = await open({ locale: 'en', width: 375, staff: admin });
    // Signed in, a staff member answers on a docs page as any reader: the answer goes without the session cookie, so no CSRF token is asked for.
    await page.goto(`${portal.base}/en/docs/user-guide/statuses`);
    await page.getByRole('region', { name: 'Page feedback' }).getByRole('button', { name: 'No' }).click();
    await page.getByRole('status').filter({ hasText: 'Thank you: this page did not help you.' }).waitFor();
    await page.goto(`${portal.base}/en/console/page-feedback?from=${today()}&to=${today()}&locale=en&sort=most_votes`);
    const row = page.getByRole('listitem').filter({ hasText: `/en${docPath}` });
    await row.getByText('Clear table, thanks.').waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: docPath }).count()).toBe(1); // the Chinese page is filtered out
    expect(await page.getByLabel('Page language').inputValue()).toBe('en');
    expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await portal.screenshot(page, 'console-page-feedback-en-375');
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: /^Remove comment \(/ }).click();
    await expect.poll(() => row.getByText('Clear table, thanks.').count()).toBe(0);
    await row.getByText('No comments.').waitFor();
    expect(await answers(`/en${docPath}`)).toEqual([expect.objectContaining({ helpful: true, comment: null })]);
    await context.close();
    expect(portal.pageErrors).toEqual([]);
  });
});
