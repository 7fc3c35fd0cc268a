import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './support/browser.js';
import { mailKind, mailTo } from './support/mail.js';
import { isFocused, startPortal, type Portal } from './support/portal.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { someIp, ticketBody, uniqueEmail } from './support/ticket-api.js';

// The customer's side of Handover, as a customer uses it: the built site and the API on one port, real e-mail
// through an SMTP server in this process, PostgreSQL in CI. One server and one browser for the whole file.

const log = Buffer.from('2026-12-01T08:00:01Z ERROR auth: login failed for every user after upgrade\n'.repeat(40));

describe.runIf(browserAvailable())('the customer portal, end to end in headless Chromium', { timeout: 120_000 }, () => {
  let portal: Portal;
  let agent: TestStaff;

  beforeAll(async () => {
    portal = await startPortal({ ATTACHMENT_MAX_BYTES: String(64 * 1024), TICKET_PUBLIC_TAGS: '登录,upgrade' });
    agent = await createStaff(portal.server.db.prisma, { name: '张支持' });
  });
  afterAll(() => portal?.stop());

  const api = async (path: string, init: { method?: string; body?: unknown } = {}) => {
    const res = await fetch(`${portal.base}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { Authorization: agent.bearer, 'content-type': 'application/json', 'X-Forwarded-For': someIp() },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const body = (await res.json()) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
    return body;
  };

  it('files a P2 ticket with a log, follows it by the e-mailed link through a reply, a fix and one-click confirmation', async () => {
    const email = uniqueEmail('li.lei');
    const { page, context } = await portal.newPage();
    await page.goto(`${portal.base}/support/new`);
    await page.getByLabel(/^标题/).fill('升级到 0.4 后无法登录');
    await page.getByLabel(/^问题描述/).fill('升级后所有用户都无法登录。\n\n```\nERROR auth: login failed\n```');
    await page.getByRole('radio', { name: /P2 高/ }).check();
    await page.getByLabel(/^类别/).selectOption('deployment');
    await page.getByLabel('附件（可选）').setInputFiles({ name: 'app.log', mimeType: 'text/plain', buffer: log });
    await page.getByLabel(/^姓名/).fill('李雷');
    await page.getByRole('textbox', { name: /^邮箱/ }).fill(email);
    await page.getByRole('button', { name: '提交工单' }).click();


    const filedHeading = page.getByRole('heading', { name: /^工单 HO-\d+ 已提交$/ });
    await filedHeading.waitFor();
    const number = (await filedHeading.innerText()).match(/HO-\d+/)![0];
    const shownLink = await page.getByLabel('您的私人跟踪链接').inputValue();
    await portal.screenshot(page, 'portal-filed-zh-Hans-1280');

    // The acknowledgement carries the same private link the page showed once.
    const [ack] = await portal.mailsTo(email, 'ticket_received');
    const trackPath = portal.linkIn(ack!, '/support/track');
    expect(shownLink.endsWith(trackPath)).toBe(true);
    expect(trackPath).toMatch(/^\/support\/track#token=hot_/);

    await page.goto(`${portal.base}${trackPath}`);
    await page.getByRole('heading', { name: `${number}：升级到 0.4 后无法登录` }).waitFor();
    expect(await page.getByText('新建', { exact: true }).isVisible()).toBe(true);
    await page.getByRole('button', { name: '下载 app.log' }).waitFor();

    // A staff reply through the API appears on the page.
    await api(`/tickets/${number}/messages`, { method: 'POST', body: { body: '请确认升级时是否执行了数据库迁移。' } });
    await page.reload();
    await page.getByText('请确认升级时是否执行了数据库迁移。').waitFor();

    // The customer answers with a file of their own.
    await page.getByLabel(/^您的回复/).fill('执行过了，迁移日志见附件。');
    await page.getByLabel('附件（可选）').setInputFiles({ name: 'migrate.log', mimeType: 'text/plain', buffer: Buffer.from('applied 7 migrations\n') });
    await page.getByRole('button', { name: '发送回复' }).click();
    await page.getByText('回复已发送。').waitFor();
    await page.getByRole('button', { name: '下载 migrate.log' }).waitFor();
    const conversation = await api(`/tickets/${number}/messages`);
    expect(conversation.messages.at(-1)).toMatchObject({ author: { type: 'customer' }, attachments: [{ filename: 'migrate.log' }] });

    // Staff resolve in one step with their answer; the e-mail's confirm link only pre-selects the action.
    await api(`/tickets/${number}/messages`, { method: 'POST', body: { body: '已修复：重新生成了会话密钥。', status: 'resolved' } });
    const [resolved] = await portal.mailsTo(email, 'ticket_resolved');
    const confirmPath = portal.linkIn(resolved!, '/support/track?action=confirm');
    await page.goto(`${portal.base}${confirmPath}`);
    const confirm = page.getByRole('button', { name: '问题已解决，关闭工单' });
    await confirm.waitFor();
    await expect.poll(() => isFocused(confirm)).toBe(true);
    expect((await api(`/tickets/${number}`)).status).toBe('resolved'); // opening the link changed nothing
    await confirm.click();
    await page.getByText('谢谢确认，工单已关闭。').waitFor();
    expect((await api(`/tickets/${number}`)).status).toBe('closed');

    // Every e-mail of the story arrived, and each only once.
    await portal.mailsTo(email, 'ticket_closed');
    await portal.mailsTo(agent.email, 'staff_customer_reply');
    const kinds = (address: string) => portal.sink.messages.filter((mail) => mailTo(mail)?.includes(address)).map((mail) => mailKind(mail)).sort();
    expect(kinds(email)).toEqual(['staff_reply', 'ticket_closed', 'ticket_received', 'ticket_resolved']);
    expect(kinds(agent.email)).toEqual(['staff_customer_reply', 'staff_new_ticket']);
    const ids = portal.sink.messages.map((mail) => mail.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(portal.pageErrors).toEqual([]);
    await context.close();
  });

  it('refuses a bad e-mail address and an oversize file next to their fields, and keeps the typed text over a reload', async () => {
    const { page, context } = await portal.newPage({ locale: 'en' });
    await page.goto(`${portal.base}/en/support/new`);
    await page.getByLabel(/^Subject/).fill('Export to Excel fails');
    await page.getByLabel(/^Description/).fill('The export button does nothing since Monday.');
    await page.getByRole('radio', { name: /P3 medium/ }).check();
    await page.getByLabel(/^Category/).selectOption('defect');
    await page.getByLabel(/^Name/).fill('Han Meimei');
    await page.getByRole('textbox', { name: /^E-mail/ }).fill('han.meimei@example'); // passes the browser's shape check, not the server's

    // A file over the server's limit (64 KiB here, read from /support/settings) is refused before any upload.
    await page.getByLabel('Attachments (optional)').setInputFiles({ name: 'huge.log', mimeType: 'text/plain', buffer: Buffer.alloc(100 * 1024, 'x') });
    const attachments = page.getByLabel('Attachments (optional)');
    await expect.poll(async () => page.locator('#ticket-attachments-error').innerText()).toContain('huge.log is too large');
    expect(await attachments.getAttribute('aria-describedby')).toContain('ticket-attachments-error');

    await page.getByRole('button', { name: 'File the ticket' }).click();
    const emailField = page.getByRole('textbox', { name: /^E-mail/ });
    await expect.poll(() => emailField.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await emailField.getAttribute('aria-describedby'))!.split(' ');
    const message = await page.locator(`#${describedBy[0]}`).innerText();
    expect(message).toBe('Enter a valid e-mail address, such as li.lei@example.com.');
    await expect.poll(() => isFocused(emailField)).toBe(true);
    await portal.screenshot(page, 'portal-new-errors-en-1280');

    await page.reload();
    await page.getByLabel(/^Subject/).waitFor();
    expect(await page.getByLabel(/^Subject/).inputValue()).toBe('Export to Excel fails');
    expect(await page.getByLabel(/^Description/).inputValue()).toBe('The export button does nothing since Monday.');
    expect(await page.getByRole('textbox', { name: /^E-mail/ }).inputValue()).toBe('han.meimei@example');
    expect(await page.getByRole('radio', { name: /P3 medium/ }).isChecked()).toBe(true);
    expect(await page.getByText(/Your draft from .* is restored/).isVisible()).toBe(true);
    expect(portal.pageErrors).toEqual([]);
    await context.close();
  });

  it('sends a magic link that lists the two tickets of one address and none of another’s', async () => {
    const email = uniqueEmail('wang');
    const other = uniqueEmail('other');
    const file = (address: string, subject: string) =>
      fetch(`${portal.base}/api/v1/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Forwarded-For': someIp() },
        body: JSON.stringify(ticketBody({ subject, tags: undefined }, { email: address, name: '王' })),
      }).then((res) => res.json() as Promise<{ number: string }>);
    const first = await file(email, '备份任务失败');
    const second = await file(email, 'VPN 无法连接');
    const foreign = await file(other, '别人的工单');

    const { page, context } = await portal.newPage();
    await page.goto(`${portal.base}/support/my-tickets`);
    await page.getByRole('textbox', { name: /^邮箱/ }).fill(email);
    await page.getByRole('button', { name: '把链接发给我' }).click();
    await page.getByText(`如果 ${email} 有工单`).waitFor();

    const [magic] = await portal.mailsTo(email, 'magic_link');
    const listPath = portal.linkIn(magic!, '/support/my-tickets');
    await page.goto(`${portal.base}${listPath}`);
    await page.getByRole('heading', { name: '您的全部工单' }).waitFor();
    const rows = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /HO-\d+/ }) });
    await expect.poll(() => rows.count()).toBe(2);
    const text = await page.locator('main').innerText();
    expect(text).toContain(first.number);
    expect(text).toContain(second.number);
    expect(text).not.toContain(foreign.number);

    await page.getByRole('link', { name: new RegExp(`${first.number} 备份任务失败`) }).click();
    await page.getByRole('heading', { name: `${first.number}：备份任务失败` }).waitFor();
    expect(portal.pageErrors).toEqual([]);
    await context.close();
  });

  it('files a question from a training page with that page as its context, which staff read through the API', async () => {
    const { page, context } = await portal.newPage();
    await page.goto(`${portal.base}/docs/training/week-1`);
    const pageTitle = (await page.locator('article h1').first().innerText()).trim();
    await page.getByRole('link', { name: '就此页面提问' }).click();
    await page.waitForURL(/\/support\/new\?/);
    await page.getByRole('complementary', { name: '问题来自此页面' }).getByRole('link', { name: pageTitle }).waitFor();

    await page.getByLabel(/^标题/).fill('练习 1.3 的命令报错');
    await page.getByLabel(/^问题描述/).fill('按第 1 周的步骤执行 npm start 时提示端口被占用。');
    await page.getByRole('radio', { name: /P4 低/ }).check();
    await page.getByLabel(/^类别/).selectOption('how-to');
    await page.getByLabel(/^姓名/).fill('学员甲');
    await page.getByRole('textbox', { name: /^邮箱/ }).fill(uniqueEmail('trainee'));
    await page.getByRole('button', { name: '提交工单' }).click();
    const heading = page.getByRole('heading', { name: /^工单 HO-\d+ 已提交$/ });
    await heading.waitFor();
    const number = (await heading.innerText()).match(/HO-\d+/)![0];

    const ticket = await api(`/tickets/${number}`);
    expect(ticket.context).toEqual({ title: pageTitle, url: '/docs/training/week-1', version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    expect(portal.pageErrors).toEqual([]);
    await context.close();
  });
});
