import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password.js';
import { browserAvailable } from './support/browser.js';
import { mailKind, mailTo } from './support/mail.js';
import { startPortal, type Portal } from './support/portal.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { someIp, ticketBody, uniqueEmail } from './support/ticket-api.js';

// The staff console as agents use it: the built site and the API on one port, real e-mail through an SMTP
// server in this process, PostgreSQL in CI. One server and one browser for the whole file.

const password = 'a long console password';

describe.runIf(browserAvailable())('the staff console, end to end in headless Chromium', { timeout: 120_000 }, () => {
  let portal: Portal;
  let agent: TestStaff;
  let second: TestStaff;

  const withPassword = async (staff: TestStaff) => {
    await portal.server.db.prisma.user.update({ where: { id: staff.id }, data: { passwordHash: await hashPassword(password) } });
    return staff;
  };

  beforeAll(async () => {
    portal = await startPortal();
    agent = await withPassword(await createStaff(portal.server.db.prisma, { name: '张支持' }));
    second = await withPassword(await createStaff(portal.server.db.prisma, { name: '李值班' }));
  });
  afterAll(() => portal?.stop());

  const fileTicket = async (subject: string, email = uniqueEmail('customer')) => {
    const res = await fetch(`${portal.base}/api/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Forwarded-For': someIp() },
      body: JSON.stringify(ticketBody({ subject, tags: undefined }, { email, locale: 'zh-Hans' })),
    });
    return { ...((await res.json()) as { number: string; trackingToken: string }), email };
  };

  const signIn = async (page: Page, who: TestStaff, path = '/console') => {
    await page.goto(`${portal.base}${path}`);
    await page.getByRole('textbox', { name: /^邮箱/ }).fill(who.email);
    await page.getByLabel(/^密码/).fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
  };

  const staffApi = async (path: string) =>
    (await (await fetch(`${portal.base}/api/v1${path}`, { headers: { Authorization: agent.bearer } })).json()) as any; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('an agent signs in, opens a new P2 from the queue by keyboard, takes it, answers and sets pending; the customer’s answer shows in the queue without a reload', async () => {
    const ticket = await fileTicket('报表导出一直转圈');
    const { page, context } = await portal.newPage();
    await signIn(page, agent);
    const row = page.getByRole('row', { name: new RegExp(ticket.number) });
    await row.waitFor();
    await portal.screenshot(page, 'console-queue-zh-Hans-1280');

    // Keyboard only: j moves to a row, Enter opens it.
    const position = await page.getByRole('row').evaluateAll((rows, number) => rows.findIndex((r) => r.textContent?.includes(number as string)), ticket.number);
    for (let i = 0; i < position; i += 1) await page.keyboard.press('j'); // the header row is index 0
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/console/tickets/${ticket.number}$`));
    await page.getByRole('heading', { name: `${ticket.number}: 报表导出一直转圈` }).waitFor();

    await page.getByRole('button', { name: '分配给我' }).click();
    await page.getByRole('button', { name: '保存修改' }).click();
    await page.getByText('已保存。').waitFor();
    expect((await staffApi(`/tickets/${ticket.number}`)).assignee.id).toBe(agent.id);

    // A saved reply, inserted in the customer's language (Chinese here) with the placeholders filled.
    const savedReply = await fetch(`${portal.base}/api/v1/saved-replies`, {
      method: 'POST',
      headers: { Authorization: agent.bearer, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: '索取控制台截图',
        bodyZh: '{{requester.name}}，您好：请在导出页面按 F12，把控制台里的错误截图发给我们（{{ticket.number}}）。',
        bodyEn: 'Hello {{requester.name}}, please press F12 on the export page and send us a screenshot of the console ({{ticket.number}}).',
        status: 'pending',
      }),
    });
    expect(savedReply.status, await savedReply.clone().text()).toBe(201);
    await page.reload();
    await page.getByLabel(/^插入常用回复/).selectOption({ label: '索取控制台截图 → 发送并设为等待客户' });
    await expect.poll(() => page.getByLabel(/^回复内容/).inputValue()).toContain(`请在导出页面按 F12，把控制台里的错误截图发给我们（${ticket.number}）`);
    expect(await page.getByLabel('公开回复：发送给客户').isChecked()).toBe(true);
    await page.getByRole('button', { name: '发送并设为等待客户' }).click();
    await page.getByText('回复已发送给客户。').waitFor();
    await portal.screenshot(page, 'console-ticket-zh-Hans-1280');

    const [pending] = await portal.mailsTo(ticket.email, 'ticket_pending');
    expect(pending!.text).toContain('请在导出页面按 F12');
    expect((await staffApi(`/tickets/${ticket.number}`)).status).toBe('pending');

    // The agent goes back to "mine"; the customer answers through the portal; the row changes by itself.
    await page.goto(`${portal.base}/console?view=mine`);
    const mine = page.getByRole('row', { name: new RegExp(ticket.number) });
    await expect.poll(() => mine.innerText()).toContain('等待客户');
    const customer = await portal.newPage();
    await customer.page.goto(`${portal.base}/support/track#token=${ticket.trackingToken}`);
    await customer.page.getByLabel(/^您的回复/).fill('截图见附件说明：TypeError: cannot read properties of undefined');
    await customer.page.getByRole('button', { name: '发送回复' }).click();
    await customer.page.getByText('回复已发送。').waitFor();
    await expect.poll(() => mine.innerText(), { timeout: 25_000 }).toContain('处理中');
    expect(await mine.innerText()).toContain('有更新'); // changed since the agent last opened it
    expect(portal.pageErrors).toEqual([]);
    await customer.context.close();
    await context.close();
  });

  it('when two agents open one ticket, each sees the other; the second to save is told what changed and keeps the reply being written', async () => {
    const ticket = await fileTicket('两个人同时处理');
    const a = await portal.newPage();
    const b = await portal.newPage();
    await signIn(a.page, agent, `/console/tickets/${ticket.number}`);
    await signIn(b.page, second, `/console/tickets/${ticket.number}`);
    // Who else is here: each sees the other, and that the other is writing once they type.
    await a.page.getByText(/^也在这个工单上：李值班/).waitFor();
    await b.page.getByText(/^也在这个工单上：张支持/).waitFor();
    await b.page.getByLabel(/^备注内容/).fill('我正在查日志，稍后回复。');
    await a.page.getByText('也在这个工单上：李值班（正在写回复）', { exact: false }).waitFor({ timeout: 30_000 });
    await b.page.getByLabel(/^状态/).selectOption('open');

    await a.page.getByLabel(/^优先级/).selectOption('P1');
    await a.page.getByRole('button', { name: '保存修改' }).click();
    await a.page.getByText('已保存。').waitFor();

    await b.page.getByRole('button', { name: '保存修改' }).click();
    await b.page.getByText('别人刚修改了这个工单').waitFor();
    await expect.poll(() => b.page.getByRole('alert').filter({ hasText: '别人刚修改' }).innerText()).toContain('优先级: P2 → P1');
    await b.page.getByRole('button', { name: '重新加载工单（保留草稿）' }).click();
    expect(await b.page.getByLabel(/^备注内容/).inputValue()).toBe('我正在查日志，稍后回复。');
    expect(await b.page.getByLabel(/^优先级/).inputValue()).toBe('P1');
    expect((await staffApi(`/tickets/${ticket.number}`)).status).toBe('new');
    await a.context.close();
    await b.context.close();
  });

  it('keeps an internal note off the customer’s tracking page and out of every customer e-mail', async () => {
    const ticket = await fileTicket('内部备注不外泄');
    const { page, context } = await portal.newPage();
    await signIn(page, agent, `/console/tickets/${ticket.number}`);
    await page.getByLabel(/^备注内容/).fill('内部：该客户的数据库版本过旧，需要先升级。');
    await page.getByRole('button', { name: '添加内部备注' }).click();
    await page.getByText('备注已添加。').waitFor();
    await page.getByRole('article', { name: /内部备注/ }).waitFor();

    const customer = await portal.newPage();
    await customer.page.goto(`${portal.base}/support/track#token=${ticket.trackingToken}`);
    await customer.page.getByRole('heading', { name: new RegExp(ticket.number) }).waitFor();
    await customer.page.getByText('还没有回复。').waitFor();
    expect(await customer.page.locator('main').innerText()).not.toContain('数据库版本过旧');
    await portal.mailsTo(ticket.email, 'ticket_received');
    for (const mail of portal.sink.messages.filter((m) => mailTo(m)?.includes(ticket.email))) {
      expect(`${mail.text} ${mail.html}`, String(mailKind(mail))).not.toContain('数据库版本过旧');
    }
    await customer.context.close();
    await context.close();
  });

  it('when the session ends while an agent writes, sign-in appears in place and brings back the page and the draft', async () => {
    const ticket = await fileTicket('会话过期');
    const { page, context } = await portal.newPage();
    await signIn(page, agent, `/console/tickets/${ticket.number}`);
    await page.getByLabel(/^备注内容/).fill('写到一半的备注');
    await portal.server.db.prisma.session.deleteMany({ where: { userId: agent.id } });
    // The next call (this save, or the presence heartbeat if it comes first) finds the session gone.
    await page.getByRole('button', { name: '保存修改' }).click({ timeout: 2_000 }).catch(() => undefined);
    await page.getByText('会话已结束，请重新登录').waitFor();
    await page.getByRole('textbox', { name: /^邮箱/ }).fill(agent.email);
    await page.getByLabel(/^密码/).fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: `${ticket.number}: 会话过期` }).waitFor();
    expect(page.url()).toMatch(new RegExp(`/console/tickets/${ticket.number}$`));
    expect(await page.getByLabel(/^备注内容/).inputValue()).toBe('写到一半的备注');
    await context.close();
  });

  it('opens the unsubscribe link of a staff e-mail on a page that asks first, then switches that kind off', async () => {
    const ticket = await fileTicket('退订链接');
    const about = () => portal.sink.messages.find((m) => mailTo(m)?.includes(second.email) && mailKind(m) === 'staff_new_ticket' && m.subject?.includes(ticket.number));
    await expect.poll(() => Boolean(about()), { timeout: 15_000 }).toBe(true);
    const mail = about()!;
    const pagePath = portal.linkIn(mail, '/console/unsubscribe');
    expect(pagePath).toMatch(/^\/en\/console\/unsubscribe#token=hou_/); // the member reads English
    const { page, context } = await portal.newPage({ locale: 'en' });
    await page.goto(`${portal.base}${pagePath}`);
    await page.getByRole('button', { name: 'Stop these e-mails' }).click();
    await page.getByText('Switched off: New tickets (to everyone while unassigned).').waitFor();
    const member = await portal.server.db.prisma.user.findUniqueOrThrow({ where: { id: second.id } });
    expect(member.mutedNotifications).toEqual(['staff_new_ticket']);
    await context.close();
  });

  it('refuses a wrong password next to nothing but a clear message', async () => {
    const { page, context } = await portal.newPage({ locale: 'en' });
    await page.goto(`${portal.base}/en/console`);
    await page.getByRole('textbox', { name: /^E-mail/ }).fill(agent.email);
    await page.getByLabel(/^Password/).fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Wrong e-mail or password, or the account is deactivated.').waitFor();
    await context.close();
  });
});
