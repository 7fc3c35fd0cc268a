// What each step of the training walkthroughs (src/data/walkthroughs.ts) does in the browser, and the data a
// walkthrough starts from. scripts/training-videos.ts films them; a step calls frame() for each picture it wants.
import type { Locator, Page } from 'playwright-core';
import { hashPassword } from '../server/src/auth/password.js';
import type { Portal } from '../server/test/support/portal.js';
import { createStaff } from '../server/test/support/staff.js';
import { someIp, ticketBody } from '../server/test/support/ticket-api.js';
import type { Locale, WalkthroughName } from '../src/data/walkthroughs.js';

const password = 'a long walkthrough password';

/** What a step films on: the page, a way to take a frame now, and the walkthrough's own data. */
export type Take = { page: Page; frame(highlight?: Locator): Promise<void>; locale: Locale; prefix: string; portal: Portal; state: Record<string, string> };
type Steps = Record<string, (take: Take) => Promise<void>>;

const ui = {
  'zh-Hans': {
    subject: /^标题/, description: /^问题描述/, attachments: '附件（可选）', name: /^姓名/, email: /^邮箱/, submit: '提交工单',
    filed: /^工单 HO-\d+ 已提交$/, openTracking: '打开跟踪页面', password: /^密码/, signIn: '登录', signOut: '退出登录',
    assignMe: '分配给我', save: '保存修改', saved: '已保存。', insertSaved: /^插入常用回复/, sendPending: '发送并设为等待客户',
    sentReply: '回复已发送给客户。', sla: '服务级别（SLA）', pending: '等待客户',
  },
  en: {
    subject: /^Subject/, description: /^Description/, attachments: 'Attachments (optional)', name: /^Name/, email: /^E-mail/, submit: 'File the ticket',
    filed: /^Ticket HO-\d+ is filed$/, openTracking: 'Open the tracking page', password: /^Password/, signIn: 'Sign in', signOut: 'Sign out',
    assignMe: 'Assign to me', save: 'Save changes', saved: 'Saved.', insertSaved: /^Insert a saved reply/, sendPending: 'Send and set waiting for customer',
    sentReply: 'The reply is sent to the customer.', sla: 'Service level (SLA)', pending: 'Waiting for customer',
  },
} as const;

const story = {
  'zh-Hans': {
    customer: '李雷', subject: '升级到 0.8 后 /ready 返回 503',
    description: '从 10:05 起 /ready 返回 503，所有用户无法登录。\n\n请求 ID：`training-week4-001`',
    answer: '您好，/ready 返回 503 表示数据库不可用。请确认 DATABASE_URL 指向的 PostgreSQL 正在运行，我们继续跟进。',
    others: ['报表导出一直转圈', '如何把界面切换为英文？'],
  },
  en: {
    customer: 'Han Meimei', subject: '/ready answers 503 after the upgrade to 0.8',
    description: 'Since 10:05 /ready answers 503 and nobody can sign in.\n\nRequest ID: `training-week4-001`',
    answer: 'Hello, a 503 from /ready means the database is unavailable. Please check that the PostgreSQL server named in DATABASE_URL is running; we are following up.',
    others: ['The report export keeps spinning', 'How do I switch the interface to Chinese?'],
  },
} as const;

const log = Buffer.from('2026-12-04T10:05:01Z ERROR db: connection refused (127.0.0.1:5432)\n'.repeat(30));

async function fileByApi(portal: Portal, locale: Locale, subject: string, priority = 'P2') {
  const res = await fetch(`${portal.base}/api/v1/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Forwarded-For': someIp() },
    body: JSON.stringify(
      ticketBody(
        { subject, description: story[locale].description, priority, tags: undefined },
        { email: `${locale === 'en' ? 'han.meimei' : 'li.lei'}@example.com`, name: story[locale].customer, locale, organisation: undefined, phone: undefined },
      ),
    ),
  });
  if (res.status !== 201) throw new Error(`filing failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { number: string; trackingToken: string };
}

async function staffApi(portal: Portal, bearer: string, route: string, body: unknown) {
  const res = await fetch(`${portal.base}/api/v1${route}`, {
    method: 'POST',
    headers: { Authorization: bearer, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${route}: ${res.status} ${await res.text()}`);
}

const portalFiling: Steps = {
  async 'open-form'({ page, frame, portal, prefix }) {
    await page.goto(`${portal.base}${prefix}/support/new`);
    await page.getByLabel(ui.en.subject).or(page.getByLabel(ui['zh-Hans'].subject)).waitFor();
    await frame();
  },
  async describe({ page, frame, locale }) {
    const t = ui[locale];
    const subject = page.getByLabel(t.subject);
    await subject.fill(story[locale].subject);
    await frame(subject);
    const description = page.getByLabel(t.description);
    await description.fill(story[locale].description);
    await frame(description);
  },
  async classify({ page, frame, locale }) {
    const priority = page.getByRole('radio', { name: /^P2/ });
    await priority.check();
    await frame(priority);
    const category = page.getByLabel(locale === 'en' ? /^Category/ : /^类别/);
    await category.selectOption('deployment');
    await frame(category);
  },
  async attach({ page, frame, locale }) {
    const files = page.getByLabel(ui[locale].attachments);
    await files.setInputFiles({ name: 'app.log', mimeType: 'text/plain', buffer: log });
    await page.getByText('app.log').first().waitFor();
    await frame(page.getByText('app.log').first());
  },
  async contact({ page, frame, locale, state }) {
    const t = ui[locale];
    await page.getByLabel(t.name).fill(story[locale].customer);
    const email = page.getByRole('textbox', { name: t.email });
    await email.fill(state.email!);
    await frame(email);
  },
  async filed({ page, frame, locale, state }) {
    const t = ui[locale];
    const submit = page.getByRole('button', { name: t.submit });
    await frame(submit);
    await submit.click();
    const heading = page.getByRole('heading', { name: t.filed });
    await heading.waitFor();
    state.number = (await heading.innerText()).match(/HO-\d+/)![0];
    await frame(page.getByLabel(locale === 'en' ? 'Your private tracking link' : '您的私人跟踪链接'));
  },
  async track({ page, frame, locale, state }) {
    await page.getByRole('link', { name: ui[locale].openTracking }).click();
    await page.getByRole('heading', { name: new RegExp(`^${state.number}`) }).waitFor();
    await frame();
  },
  async answered({ page, frame, locale, portal, state }) {
    await staffApi(portal, state.bearer!, `/tickets/${state.number}/messages`, { body: story[locale].answer });
    await page.reload();
    const reply = page.getByText(story[locale].answer);
    await reply.waitFor();
    await reply.scrollIntoViewIfNeeded();
    await frame(reply);
  },
};

const consoleReply: Steps = {
  async 'sign-in'({ page, frame, locale, portal, prefix, state }) {
    const t = ui[locale];
    await page.goto(`${portal.base}${prefix}/console`);
    await page.getByRole('textbox', { name: t.email }).fill(state.agentEmail!);
    await page.getByLabel(t.password).fill(password);
    await frame(page.getByRole('button', { name: t.signIn, exact: true }));
    await page.getByRole('button', { name: t.signIn, exact: true }).click();
    await page.getByRole('button', { name: t.signOut }).waitFor();
  },
  async queue({ page, frame, state }) {
    const row = page.getByRole('row', { name: new RegExp(state.number!) });
    await row.waitFor();
    await frame(row);
  },
  async 'open-ticket'({ page, frame, state }) {
    const position = await page.getByRole('row').evaluateAll((rows, number) => rows.findIndex((r) => r.textContent?.includes(number as string)), state.number);
    for (let i = 0; i < position; i += 1) await page.keyboard.press('j');
    await frame();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/console/tickets/${state.number}$`));
    await page.getByRole('heading', { name: new RegExp(`^${state.number}`) }).waitFor();
    await frame();
  },
  async assign({ page, frame, locale }) {
    const t = ui[locale];
    await page.getByRole('button', { name: t.assignMe }).click();
    await frame(page.getByLabel(locale === 'en' ? /^Assignee/ : /^处理人/));
    await page.getByRole('button', { name: t.save }).click();
    await page.getByText(t.saved, { exact: true }).waitFor();
    await frame(page.getByText(t.saved, { exact: true }));
  },
  async sla({ page, frame, locale }) {
    const panel = page.getByRole('region', { name: ui[locale].sla });
    await panel.scrollIntoViewIfNeeded();
    await frame(panel);
  },
  async 'saved-reply'({ page, frame, locale, state }) {
    const t = ui[locale];
    const picker = page.getByLabel(t.insertSaved);
    await picker.scrollIntoViewIfNeeded();
    await frame(picker);
    await picker.selectOption({ label: `${state.savedReply} → ${t.sendPending}` });
    await page.getByRole('button', { name: t.sendPending }).scrollIntoViewIfNeeded();
    await frame(page.getByLabel(locale === 'en' ? /^Reply/ : /^回复内容/));
  },
  async 'send-pending'({ page, frame, locale }) {
    const t = ui[locale];
    const send = page.getByRole('button', { name: t.sendPending });
    await frame(send);
    await send.click();
    await page.getByText(t.sentReply).waitFor();
    await frame(page.getByText(t.sentReply));
  },
  async mine({ page, frame, locale, portal, prefix, state }) {
    await page.goto(`${portal.base}${prefix}/console?view=mine`);
    const row = page.getByRole('row', { name: new RegExp(state.number!) });
    await row.filter({ hasText: ui[locale].pending }).waitFor();
    await frame(row);
  },
};

export const scripts: Record<WalkthroughName, Steps> = { 'portal-filing': portalFiling, 'console-reply': consoleReply };

/** The data a walkthrough starts from: an agent with a password, and for the console a ticket and a saved reply. */
export async function prepare(portal: Portal, name: WalkthroughName, locale: Locale): Promise<Record<string, string>> {
  const agent = await createStaff(portal.server.db.prisma, { name: locale === 'en' ? 'Demo Agent' : '演示客服', locale });
  await portal.server.db.prisma.user.update({ where: { id: agent.id }, data: { passwordHash: await hashPassword(password) } });
  const state: Record<string, string> = { bearer: agent.bearer, agentEmail: agent.email, email: `${locale === 'en' ? 'han.meimei' : 'li.lei'}@example.com` };
  if (name === 'console-reply') {
    await fileByApi(portal, locale, story[locale].others[0], 'P3');
    state.number = (await fileByApi(portal, locale, story[locale].subject, 'P2')).number;
    await fileByApi(portal, locale, story[locale].others[1], 'P4');
    state.savedReply = '索取日志 Ask for logs';
    await staffApi(portal, agent.bearer, '/saved-replies', {
      name: state.savedReply,
      bodyZh: '{{requester.name}}，您好：请把出现问题前后 10 分钟的服务器日志作为附件发给我们（{{ticket.number}}：{{ticket.subject}}）。',
      bodyEn: 'Hello {{requester.name}}, please attach the server log from ten minutes before to ten minutes after the problem ({{ticket.number}}: {{ticket.subject}}).',
      status: 'pending',
    });
  }
  return state;
}
