import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, seriousViolations } from './support/browser.js';
import { startPortal, type Portal } from './support/portal.js';
import { createSession, createStaff, type TestStaff } from './support/staff.js';
import { someIp, ticketBody } from './support/ticket-api.js';

// The SLA section of the console's administration as an admin uses it: policies, the PRC calendar's next year
// loaded by pasting the notice's lines, and the compliance report with its chart and CSV. The server runs on the
// real clock and the shipped PRC calendar covers 2026 only: from November 2026 on it warns, and the year loaded is
// 2027 (or, once the test runs later than that, the year after the current one, so that loading it ends the warning).

const today = () => new Date().toLocaleDateString('sv', { timeZone: 'Asia/Shanghai' });
const year = Math.max(2027, Number(today().slice(0, 4)) + 1);

describe.runIf(browserAvailable())('console SLA administration, end to end in headless Chromium', { timeout: 120_000 }, () => {
  let portal: Portal;
  let admin: TestStaff;
  let agent: TestStaff;
  let cookie: { name: string; value: string };

  beforeAll(async () => {
    portal = await startPortal();
    admin = await createStaff(portal.server.db.prisma, { role: 'admin', name: '管理员甲' });
    agent = await createStaff(portal.server.db.prisma, { name: '客服乙' });
    const [name, value] = (await createSession(portal.server.db.prisma, admin)).Cookie!.split('=') as [string, string];
    cookie = { name, value };
    // A P1 (assigned to the admin) and a P2 answered at once, and a P3 nobody has answered: today's report has rows.
    for (const priority of ['P1', 'P2', 'P3']) {
      const filed = (await fetch(`${portal.base}/api/v1/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Forwarded-For': someIp() },
        body: JSON.stringify(ticketBody({ priority, subject: `SLA 报告 ${priority}`, tags: undefined })),
      }).then((res) => res.json())) as { number: string };
      if (priority === 'P3') continue;
      if (priority === 'P1') {
        const { version } = (await (await fetch(`${portal.base}/api/v1/tickets/${filed.number}`, { headers: { Authorization: admin.bearer } })).json()) as { version: number };
        const assigned = await fetch(`${portal.base}/api/v1/tickets/${filed.number}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', Authorization: admin.bearer },
          body: JSON.stringify({ version, assigneeId: admin.id }),
        });
        expect(assigned.status).toBe(200);
      }
      const reply = await fetch(`${portal.base}/api/v1/tickets/${filed.number}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', Authorization: admin.bearer },
        body: JSON.stringify({ body: '收到，正在处理。' }),
      });
      expect(reply.status).toBe(201);
    }
  });
  afterAll(() => portal?.stop());

  const open = async (search: string, options: { locale?: 'zh-Hans' | 'en'; width?: number } = {}) => {
    const opened = await portal.newPage(options);
    await opened.context.addCookies([{ ...cookie, url: portal.base }]);
    await opened.page.goto(`${portal.base}${options.locale === 'en' ? '/en' : ''}/console/admin?section=sla${search}`);
    return opened;
  };
  /** The text of the error tied to a field (aria-describedby), as a screen reader reads it with the field. */
  const errorOf = async (page: Page, label: string | RegExp) => {
    const field = page.getByLabel(label);
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const ids = (await field.getAttribute('aria-describedby'))!.split(' ');
    return (await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()))).join(' ');
  };

  it('keeps agents out of the SLA section, and the API refuses them too', async () => {
    const opened = await portal.newPage();
    const [name, value] = (await createSession(portal.server.db.prisma, agent)).Cookie!.split('=') as [string, string];
    await opened.context.addCookies([{ name, value, url: portal.base }]);
    await opened.page.goto(`${portal.base}/console/admin?section=sla`);
    await opened.page.getByText('只有管理员可以打开管理页面。').waitFor();
    expect(await opened.page.getByRole('heading', { name: '各优先级的策略' }).count()).toBe(0);
    for (const path of ['/admin/sla/policies', '/admin/sla/calendars', `/admin/sla/report?from=${today()}&to=${today()}`]) {
      const res = await fetch(`${portal.base}/api/v1${path}`, { headers: { Authorization: agent.bearer } });
      expect(res.status, path).toBe(403);
    }
    await opened.context.close();
  });

  it('lets an admin change a policy in hours, and shows the server refusing a zero target next to its field', async () => {
    const { page, context } = await open('');
    const firstResponse = page.getByLabel('P3 首次响应（工作小时）');
    expect(await firstResponse.inputValue()).toBe('4');
    await firstResponse.fill('0');
    await page.getByRole('button', { name: '保存 P3' }).click();
    expect(await errorOf(page, 'P3 首次响应（工作小时）')).toContain('目标不能为零');

    await firstResponse.fill('2.5');
    await page.getByLabel('P3 提醒比例（%）').fill('75');
    await firstResponse.press('Enter'); // the row's form submits from the keyboard too
    await page.getByText(/^已保存 P3/).waitFor();
    expect(await firstResponse.getAttribute('aria-invalid')).toBeNull();
    const policies = (await (await fetch(`${portal.base}/api/v1/admin/sla/policies`, { headers: { Authorization: admin.bearer } })).json()) as {
      items: { priority: string; firstResponseMinutes: number; warnShare: number }[];
    };
    expect(policies.items.find((p) => p.priority === 'P3')).toMatchObject({ firstResponseMinutes: 150, warnShare: 0.75 });
    await portal.screenshot(page, 'console-admin-sla-policy-saved-zh-Hans-1280');

    // Another administrator saves P3 while this page is open: this page's next save is refused, not lost silently,
    // and the row shows what is stored now.
    const stored = policies.items.find((p) => p.priority === 'P3')! as unknown as { version: number };
    const elsewhere = await fetch(`${portal.base}/api/v1/admin/sla/policies/P3`, {
      method: 'PUT',
      headers: { Authorization: admin.bearer, 'Content-Type': 'application/json' },
      body: JSON.stringify({ firstResponseMinutes: 180, resolutionMinutes: 1440, calendarId: 'cn-workdays', warnShare: 0.8, version: stored.version }),
    });
    expect(elsewhere.status).toBe(200);
    await firstResponse.fill('5');
    await page.getByRole('button', { name: '保存 P3' }).click();
    await page.getByText('已被他人先行修改').waitFor();
    await expect.poll(() => firstResponse.inputValue()).toBe('3');
    await context.close();
  });

  it('lets an admin load next year (2027) into the PRC calendar by pasting the notice, refusing a day given twice on its line', async () => {
    const { page, context } = await open('&view=calendars');
    const prcRow = page.getByRole('row', { name: /中国大陆工作日/ });
    await prcRow.getByText(/覆盖将在 \d+ 天后结束|覆盖已于/).waitFor();
    await prcRow.getByRole('link', { name: '查看“中国大陆工作日 / PRC working days”' }).click();
    await page.getByRole('heading', { name: '节假日和调休', exact: true }).waitFor();
    await page.getByText('2026 年（', { exact: false }).waitFor();

    const lines = page.getByLabel('日期（每行一条）');
    await lines.fill([`${year}-01-01 放假 元旦 / New Year’s Day`, `${year}-02-06..${year}-02-12 放假 春节 / Spring Festival`, `${year}-02-06 上班 春节调休`].join('\n'));
    await page.getByRole('button', { name: '加入这些日期' }).click();
    const refused = await errorOf(page, '日期（每行一条）');
    expect(refused).toContain(`第 3 行（${year}-02-06 上班 春节调休）`);
    expect(refused).toContain('同一天出现了两次');
    await portal.screenshot(page, 'console-admin-sla-days-refused-zh-Hans-1280');

    await lines.fill([`${year}-01-01 放假 元旦 / New Year’s Day`, `${year}-02-06..${year}-02-12 放假 春节 / Spring Festival`, `${year}-02-20 上班 春节调休`].join('\n'));
    const until = page.getByLabel('覆盖到（含）');
    expect(await until.inputValue()).toBe('2027-12-31'); // the year after the shipped coverage
    await until.fill(`${year}-12-31`);
    await page.getByRole('button', { name: '加入这些日期' }).click();
    await page.getByText(`已加入 9 天，覆盖到 ${year}-12-31。`).waitFor();
    await page.getByText(`${year} 年（9 天）`).waitFor();
    const calendar = (await (await fetch(`${portal.base}/api/v1/admin/sla/calendars/cn-workdays`, { headers: { Authorization: admin.bearer } })).json()) as {
      overrides: { date: string; kind: string; name?: Record<string, string> }[];
      coverage: { until: string; warn: boolean };
    };
    expect(calendar.coverage).toMatchObject({ until: `${year}-12-31`, warn: false });
    expect(calendar.overrides).toContainEqual({ date: `${year}-02-20`, kind: 'working', name: { 'zh-Hans': '春节调休' } });
    expect(calendar.overrides).toContainEqual({ date: `${year}-01-01`, kind: 'holiday', name: { 'zh-Hans': '元旦', en: 'New Year’s Day' } });

    // Weekly hours the other way round are refused next to their day; nothing is saved.
    await page.getByLabel('周六').fill('18:00-09:00');
    await page.getByRole('button', { name: '保存工作时间' }).click();
    expect(await errorOf(page, '周六')).toContain('结束时间必须晚于开始时间');
    await page.getByLabel('时区', { exact: true }).fill('Asia/Peking');
    await page.getByLabel('周六').fill('');
    await page.getByRole('button', { name: '保存工作时间' }).click();
    expect(await errorOf(page, '时区')).toContain('不是已知的 IANA 时区');
    await portal.screenshot(page, 'console-admin-sla-calendar-refused-zh-Hans-1280');

    await page.getByRole('link', { name: '返回日历列表' }).click();
    await prcRow.getByText(`2026-01-01 至 ${year}-12-31`).waitFor();
    expect(await prcRow.getByText('警告').count()).toBe(0);
    // The built-in calendar is shown, not edited.
    await page.getByRole('link', { name: /^查看“7×24/ }).click();
    await page.getByText('内置的 7×24 日历始终是工作时间，不能修改。', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: '加入这些日期' }).count()).toBe(0);
    await context.close();
  });

  it('shows the compliance report of a period with its chart, an empty period plainly, and downloads the CSV', async () => {
    const { page, context } = await open('&view=report');
    await page.getByRole('button', { name: '显示报告' }).waitFor();
    // The default is the last full month; the server has no tickets before today.
    if (today().slice(8) !== '01') await page.getByText('这段时间内没有提交工单', { exact: false }).waitFor();

    // More than a year is refused by the server, beside the end date.
    await page.getByLabel('开始日期').fill('2025-01-01');
    await page.getByLabel('结束日期').fill(today());
    await page.getByRole('button', { name: '显示报告' }).click();
    expect(await errorOf(page, '结束日期')).toContain('最长一年');

    await page.getByLabel('开始日期').fill(today());
    await page.getByRole('button', { name: '显示报告' }).click();
    const table = page.getByRole('table');
    await table.getByRole('row', { name: /P1 首次响应 1 0 0 100%/ }).waitFor();
    const chart = page.getByRole('img', { name: /达标率条形图/ });
    expect(await chart.getAttribute('aria-label')).toContain('P1 · 首次响应 100%');

    await page.getByLabel('分组').selectOption('agent');
    await page.getByRole('button', { name: '显示报告' }).click();
    await table.getByRole('row', { name: /管理员甲 首次响应 1 0 0 100%/ }).waitFor();
    await table.getByRole('row', { name: /未分配 首次响应 1 0 1 100%/ }).waitFor();
    await portal.screenshot(page, 'console-admin-sla-report-zh-Hans-1280');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载 CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`sla-agent-${today()}-${today()}.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff); // the Chinese file, as the page is Chinese
    expect(csv).toContain('管理员甲');
    await context.close();
  });

  const cases = (['zh-Hans', 'en'] as const).flatMap((locale) => ([1280, 375] as const).map((width) => ({ locale, width })));

  it.each(cases)('the SLA pages are accessible and fit the screen in $locale at $width px', async ({ locale, width }) => {
    const context = await portal.browser.newContext({ bypassCSP: true, locale: locale === 'en' ? 'en-GB' : 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width, height: 900 } });
    await context.addCookies([{ ...cookie, url: portal.base }]);
    const page = await context.newPage();
    const prefix = `${portal.base}${locale === 'en' ? '/en' : ''}/console/admin?section=sla`;
    const problems: string[] = [];
    const check = async (name: string, search: string, ready: string) => {
      await page.goto(`${prefix}${search}`);
      await page.locator(ready).first().waitFor();
      const [scrollWidth, clientWidth] = (await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]')) as [number, number];
      if (scrollWidth > clientWidth) problems.push(`${name}: ${scrollWidth - clientWidth} px of sideways scrolling`);
      problems.push(...(await seriousViolations(page)).map((v) => `${name}: ${v}`));
      await portal.screenshot(page, `console-admin-sla-${name}-${locale}-${width}`);
    };
    await check('policies', '', 'main tbody tr input');
    await check('calendars', '&view=calendars', 'main tbody tr');
    await check('calendar', '&view=calendars&calendar=cn-workdays', 'main textarea');
    await check('report', `&view=report&from=${today()}&to=${today()}`, 'main [role=img]');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('raised no error in any page it opened', () => {
    expect(portal.pageErrors).toEqual([]);
  });
});
