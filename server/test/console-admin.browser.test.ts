import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './support/browser.js';
import { mailKind, mailTo } from './support/mail.js';
import { startPortal, type Portal } from './support/portal.js';
import { createSession, createStaff, type TestStaff } from './support/staff.js';
import { someIp, ticketBody, uniqueEmail } from './support/ticket-api.js';

// The console's administration as admins and agents meet it; the SMTP server refuses one address for good until
// the test lets it through, so a real dead letter exists to resend.

describe.runIf(browserAvailable())('console administration, end to end in headless Chromium', { timeout: 120_000 }, () => {
  let portal: Portal;
  let admin: TestStaff;
  let agent: TestStaff;
  const refused = new Set<string>();

  beforeAll(async () => {
    portal = await startPortal({}, { refuseRecipient: (address) => (refused.has(address) ? 550 : undefined) });
    admin = await createStaff(portal.server.db.prisma, { role: 'admin', name: '管理员甲' });
    agent = await createStaff(portal.server.db.prisma, { name: '客服乙' });
  });
  afterAll(() => portal?.stop());

  const signedIn = async (who: TestStaff) => {
    const session = await createSession(portal.server.db.prisma, who);
    const [name, value] = session.Cookie!.split('=') as [string, string];
    const opened = await portal.newPage();
    await opened.context.addCookies([{ name, value, url: portal.base }]);
    return opened;
  };

  it('keeps agents out of the administration page, and the API refuses them too', async () => {
    const { page, context } = await signedIn(agent);
    await page.goto(`${portal.base}/console/admin`);
    await page.getByText('只有管理员可以打开管理页面。').waitFor();
    expect(await page.getByRole('link', { name: '管理', exact: true }).count()).toBe(0);
    for (const path of ['/admin/outbox', '/admin/mailbox']) {
      const res = await fetch(`${portal.base}/api/v1${path}`, { headers: { Authorization: agent.bearer } });
      expect(res.status, path).toBe(403);
    }
    await context.close();
  });

  it('lets an agent keep a saved reply and choose the language of their e-mails in My settings', async () => {
    const { page, context } = await signedIn(agent);
    await page.goto(`${portal.base}/console/settings`);
    await page.getByLabel(/^名称/).fill('请提供版本号');
    await page.getByLabel(/^中文内容/).fill('{{requester.name}}，您好：请告诉我们您使用的版本号。');
    await page.getByLabel(/^英文内容/).fill('Hello {{requester.name}}, which version are you running?');
    await page.getByLabel('同时设置状态').selectOption('pending');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存。').first().waitFor();
    await page.getByRole('listitem').filter({ hasText: '请提供版本号' }).waitFor();
    const list = (await (await fetch(`${portal.base}/api/v1/saved-replies`, { headers: { Authorization: agent.bearer } })).json()) as { items: { name: string; scope: string; status: string }[] };
    expect(list.items).toContainEqual(expect.objectContaining({ name: '请提供版本号', scope: 'personal', status: 'pending' }));

    // createStaff makes English readers; this agent switches to Chinese.
    await page.getByLabel('邮件语言').selectOption('zh-Hans');
    await page.getByRole('button', { name: '保存语言' }).click();
    await expect.poll(async () => (await portal.server.db.prisma.user.findUniqueOrThrow({ where: { id: agent.id } })).locale).toBe('zh-Hans');
    await context.close();
  });

  it('lets an admin resend a dead letter from the page, and the e-mail then arrives', async () => {
    const customer = uniqueEmail('bounced');
    refused.add(customer);
    await fetch(`${portal.base}/api/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Forwarded-For': someIp() },
      body: JSON.stringify(ticketBody({ tags: undefined }, { email: customer })),
    });
    const dead = () => portal.server.db.prisma.outboxMessage.findFirst({ where: { recipient: customer, status: 'dead' } });
    await expect.poll(async () => Boolean(await dead()), { timeout: 20_000 }).toBe(true);

    const { page, context } = await signedIn(admin);
    await page.goto(`${portal.base}/console/admin?section=outbox`);
    const resend = page.getByRole('button', { name: `重新发送给 ${customer}` });
    await resend.waitFor();
    refused.delete(customer);
    await resend.click();
    await page.getByText('已重新排队发送。').waitFor();
    await expect.poll(() => portal.sink.messages.some((m) => mailTo(m)?.includes(customer) && mailKind(m) === 'ticket_received'), { timeout: 20_000 }).toBe(true);
    expect(await dead()).toBeNull();

    // The same admin creates an agent, who can then sign in.
    await page.goto(`${portal.base}/console/admin?section=staff`);
    await page.getByLabel(/^姓名/).fill('新同事丙');
    const email = uniqueEmail('new-staff');
    await page.getByRole('textbox', { name: /^邮箱/ }).fill(email);
    await page.getByLabel(/^初始密码/).fill('a long first password');
    await page.getByRole('button', { name: '创建账号' }).click();
    await page.getByText('已创建 新同事丙 的账号。').waitFor();
    await page.getByRole('row', { name: /新同事丙/ }).waitFor();
    const login = await fetch(`${portal.base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Forwarded-For': someIp() },
      body: JSON.stringify({ email, password: 'a long first password' }),
    });
    expect(login.status).toBe(200);
    await context.close();
  });
});
