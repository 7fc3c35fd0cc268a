import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, seriousViolations } from './support/browser.js';
import { startPortal, type Portal } from './support/portal.js';
import { untilFound } from './support/search.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { uniqueEmail } from './support/ticket-api.js';

// A customer starts to file a ticket; as they type, the portal suggests articles. One finds the answer and files
// nothing; another opens an article, files anyway, and the ticket tells staff what was suggested.


describe.runIf(browserAvailable())('article suggestions while filing a ticket', { timeout: 120_000 }, () => {
  let portal: Portal;
  let agent: TestStaff;

  beforeAll(async () => {
    portal = await startPortal();
    agent = await createStaff(portal.server.db.prisma, { name: '王支持' });
    await untilFound(portal.base, '校验和');
  });
  afterAll(() => portal?.stop());

  const ticketCount = () => portal.server.db.prisma.ticket.count();

  it('suggests articles for the subject being typed; "this solved my problem" ends without a ticket', async () => {
    const { page, context } = await portal.newPage();
    await page.goto(`${portal.base}/support/new`);
    const before = await ticketCount();
    await page.getByLabel(/^标题/).fill('恢复备份时校验和不对');

    const suggestions = page.getByRole('complementary', { name: '这些文章也许能解决您的问题' });
    await suggestions.getByRole('status').filter({ hasText: /找到 \d 篇可能有帮助的文章/ }).waitFor();
    const links = suggestions.getByRole('link');
    expect(await links.count()).toBeLessThanOrEqual(5);
    const backup = suggestions.locator('a[href="/docs/operations/backup"]');
    await backup.waitFor();
    expect(await backup.getAttribute('target')).toBe('_blank');
    await page.getByRole('radio', { name: /P3/ }).check();
    await portal.screenshot(page, `filing-zh-1280`);

    const event = page.waitForRequest((request) => request.url().endsWith('/api/v1/search/events'));
    const item = suggestions.getByRole('listitem').filter({ has: page.locator('a[href="/docs/operations/backup"]') });
    await item.getByRole('button', { name: '这解决了我的问题' }).click();
    expect(JSON.parse((await event).postData() ?? '{}')).toMatchObject({ kind: 'deflection', source: 'portal', url: '/docs/operations/backup', locale: 'zh-Hans' });
    await page.getByRole('heading', { name: '太好了，问题已解决' }).waitFor();
    expect(await ticketCount()).toBe(before);

    // Filing anyway brings the form back with what was typed.
    await page.getByRole('button', { name: '仍然提交工单' }).click();
    await expect.poll(() => page.getByLabel(/^标题/).inputValue()).toBe('恢复备份时校验和不对');
    expect(portal.pageErrors).toEqual([]);
    await context.close();
  });

  it('files anyway with an attachment: the ticket lists the suggestions shown and the one opened', async () => {
    const { page, context } = await portal.newPage({ locale: 'en' });
    await page.goto(`${portal.base}/en/support/new`);
    await page.getByLabel(/^Subject/).fill('Restore refuses the backup checksum');
    const suggestions = page.getByRole('complementary', { name: 'These articles may solve your problem' });
    await suggestions.getByRole('status').filter({ hasText: /\d articles? that may help/ }).waitFor();
    const first = suggestions.getByRole('link').first();
    const firstUrl = (await first.getAttribute('href'))!;

    // Opening one leaves the form where it is: a new tab, and a click for the report.
    const [article] = await Promise.all([context.waitForEvent('page'), first.click()]);
    await article.close();

    await page.getByLabel(/^Description/).fill('restore.sh stops with exit code 5 on last night’s backup.');
    await page.getByRole('radio', { name: /P3/ }).check();
    await page.getByLabel(/^Category/).selectOption('deployment');
    await page.getByLabel('Attachments (optional)').setInputFiles({ name: 'restore.log', mimeType: 'text/plain', buffer: Buffer.from('checksum mismatch\n') });
    await page.getByLabel(/^Name/).fill('Han Meimei');
    await page.getByRole('textbox', { name: /^E-mail/ }).fill(uniqueEmail('han'));
    await portal.screenshot(page, `filing-en-1280`);
    await page.getByRole('button', { name: 'File the ticket' }).click();
    const filed = page.getByRole('heading', { name: /^Ticket HO-\d+ is filed$/ });
    await filed.waitFor();
    const number = (await filed.innerText()).match(/HO-\d+/)![0];

    const res = await fetch(`${portal.base}/api/v1/tickets/${number}`, { headers: { Authorization: agent.bearer } });
    const ticket = (await res.json()) as { suggestions: { url: string; title: string; type: string; clicked: boolean }[] | null };
    expect(ticket.suggestions?.length).toBeGreaterThan(0);
    expect(ticket.suggestions!.length).toBeLessThanOrEqual(10);
    expect(ticket.suggestions!.find((s) => s.url === firstUrl)).toMatchObject({ clicked: true });
    expect(ticket.suggestions!.filter((s) => s.clicked).map((s) => s.url)).toEqual([firstUrl]);
    expect(portal.pageErrors).toEqual([]);
    await context.close();
  });

  it('files without attachments (a JSON body) with the suggestions, none opened', async () => {
    const { page, context } = await portal.newPage();
    await page.goto(`${portal.base}/support/new`);
    await page.getByLabel(/^标题/).fill('每晚几点备份');
    const suggestions = page.getByRole('complementary', { name: '这些文章也许能解决您的问题' });
    await suggestions.getByRole('status').filter({ hasText: /找到 \d 篇/ }).waitFor();
    await page.getByLabel(/^问题描述/).fill('想确认备份保留多少天。');
    await page.getByRole('radio', { name: /P4/ }).check();
    await page.getByLabel(/^类别/).selectOption('deployment');
    await page.getByLabel(/^姓名/).fill('李雷');
    await page.getByRole('textbox', { name: /^邮箱/ }).fill(uniqueEmail('li'));
    await page.getByRole('button', { name: '提交工单' }).click();
    const filed = page.getByRole('heading', { name: /^工单 HO-\d+ 已提交$/ });
    await filed.waitFor();
    const number = (await filed.innerText()).match(/HO-\d+/)![0];
    const ticket = (await fetch(`${portal.base}/api/v1/tickets/${number}`, { headers: { Authorization: agent.bearer } }).then((r) => r.json())) as {
      suggestions: { clicked: boolean }[] | null;
    };
    expect(ticket.suggestions?.length).toBeGreaterThan(0);
    expect(ticket.suggestions!.every((s) => !s.clicked)).toBe(true);
    await context.close();
  });

  it.each([
    ['zh-Hans', 375, '恢复备份时校验和不对'],
    ['en', 375, 'restore backup checksum'],
  ] as const)('the form with suggestions in %s at %i px: no sideways scrolling, no serious axe-core violation', async (locale, width, subject) => {
    const auditContext = await portal.browser.newContext({ bypassCSP: true, locale: locale === 'en' ? 'en-GB' : 'zh-CN', viewport: { width, height: 900 } });
    const audit = await auditContext.newPage();
    await audit.goto(`${portal.base}${locale === 'en' ? '/en' : ''}/support/new`);
    await audit.locator('main form input[type=radio]').first().waitFor();
    await audit.locator('#ticket-subject').fill(subject);
    await audit.locator('aside li a').first().waitFor();
    const [scrollWidth, clientWidth] = (await audit.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]')) as [number, number];
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(await seriousViolations(audit)).toEqual([]);
    await portal.screenshot(audit, `filing-${locale === 'en' ? 'en' : 'zh'}-${width}`);
    await auditContext.close();
  });
});
