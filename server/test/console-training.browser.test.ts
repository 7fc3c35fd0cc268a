import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedCurriculum } from '../src/training/curriculum.js';
import { browserAvailable, seriousViolations } from './support/browser.js';
import { startPortal, type Portal } from './support/portal.js';
import { createSession, createStaff, type TestStaff } from './support/staff.js';
import { someIp, ticketBody } from './support/ticket-api.js';
import { createTrainee } from './support/training.js';

// The lead's side of training in the console, as an administrator and a cohort's lead use it. The server runs on the
// real clock with the shipped curriculum; the cohort started on 2026-10-12, so its five weeks (on the PRC calendar,
// which covers 2026) are all past due and whatever a trainee has not done is overdue.

describe.runIf(browserAvailable())('console training: cohorts, the progress table and sign-offs, end to end in headless Chromium', { timeout: 180_000 }, () => {
  let portal: Portal;
  let admin: TestStaff;
  let lead: TestStaff;
  let outsider: TestStaff;
  const cookies = new Map<string, { name: string; value: string }>();
  let cohortId = '';
  let invitedEmail = '';
  let practising: { id: string; email: string; headers: Record<string, string> };
  let signOffTitle = '';
  let ticketNumber = '';

  beforeAll(async () => {
    portal = await startPortal();
    const prisma = portal.server.db.prisma;
    [admin, lead, outsider] = await Promise.all([
      createStaff(prisma, { role: 'admin', name: '管理员甲' }),
      createStaff(prisma, { name: '讲师乙' }),
      createStaff(prisma, { name: '客服丙' }),
    ]);
    for (const staff of [admin, lead, outsider]) {
      const [name, value] = (await createSession(prisma, staff)).Cookie!.split('=') as [string, string];
      cookies.set(staff.id, { name, value });
    }
  });
  afterAll(() => portal?.stop());

  const open = async (staff: TestStaff, search = '', options: { locale?: 'zh-Hans' | 'en'; width?: number } = {}) => {
    const opened = await portal.newPage(options);
    await opened.context.addCookies([{ ...cookies.get(staff.id)!, url: portal.base }]);
    await opened.page.goto(`${portal.base}${options.locale === 'en' ? '/en' : ''}/console/training${search}`);
    return opened;
  };
  const errorOf = async (page: Page, label: string | RegExp) => {
    const field = page.getByLabel(label);
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const ids = (await field.getAttribute('aria-describedby'))!.split(' ');
    return (await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()))).join(' ');
  };
  const api = (staff: TestStaff, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    fetch(`${portal.base}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', Authorization: staff.bearer, ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });

  it('lets an administrator start a cohort with an agent as its lead, and shows a version conflict as such', async () => {
    const { page, context } = await open(admin);
    // Every staff member has the page in the console's own navigation (not only the site's "培训" docs link).
    expect(await page.getByRole('navigation', { name: '员工控制台' }).getByRole('link', { name: '培训' }).getAttribute('href')).toBe('/console/training');
    await page.getByText('还没有培训期次').waitFor();
    await page.getByRole('button', { name: '新建期次' }).click();
    expect(await errorOf(page, /^名称/)).toContain('此项必填');

    await page.getByLabel(/^名称/).fill('2026 秋季交接');
    await page.getByLabel(/^开始日期/).fill('2026-10-12');
    await page.getByLabel('讲师').selectOption({ label: '讲师乙' });
    expect(await page.getByLabel('工作日历').inputValue()).toBe('cn-workdays');
    await page.getByRole('button', { name: '新建期次' }).click();
    await page.getByText('已新建期次“2026 秋季交接”。').waitFor();
    const row = page.getByRole('row', { name: /2026 秋季交接/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('讲师乙');
    const cohorts = (await (await api(admin, '/training/cohorts')).json()) as { items: { id: string; name: string; version: number; lead: { id: string } }[] };
    const cohort = cohorts.items.find((item) => item.name === '2026 秋季交接')!;
    expect(cohort.lead.id).toBe(lead.id);
    cohortId = cohort.id;

    // Another administrator renames it while this page shows the form: this save is refused, not applied over theirs.
    await row.getByRole('link', { name: '2026 秋季交接' }).click();
    await page.getByRole('heading', { name: '修改期次' }).waitFor();
    const elsewhere = await api(admin, `/training/cohorts/${cohortId}`, { method: 'PATCH', body: { version: cohort.version, name: '2026 秋季交接（一期）' } });
    expect(elsewhere.status).toBe(200);
    const edit = page.locator('section', { has: page.getByRole('heading', { name: '修改期次' }) });
    await edit.getByLabel(/^名称/).fill('2026 秋季');
    await edit.getByRole('button', { name: '保存' }).click();
    await edit.getByText(/别人刚修改了这个期次/).waitFor();
    await expect.poll(() => edit.getByLabel(/^名称/).inputValue()).toBe('2026 秋季交接（一期）');
    await context.close();
  });

  it('lets the lead invite a trainee, refusing a bad address at its field, and shows them on the progress table as overdue', async () => {
    const { page, context } = await open(lead);
    await page.getByText('这里列出由您担任讲师的期次。').waitFor();
    expect(await page.getByRole('navigation', { name: '员工控制台' }).getByRole('link', { name: '培训' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: '新建培训期次' }).count()).toBe(0); // agents do not start cohorts
    await page.getByRole('link', { name: '2026 秋季交接（一期）' }).click();
    await page.getByRole('heading', { name: '进度表' }).waitFor();
    expect(page.url()).toContain(`?cohort=${cohortId}`);
    await page.getByText('这个期次还没有学员').waitFor();

    await page.getByLabel(/^邮箱/).fill('not-an-address');
    await page.getByLabel(/^姓名/).fill('张伟');
    await page.getByRole('button', { name: '发送邀请' }).click();
    expect(await errorOf(page, /^邮箱/)).toContain('请输入有效的邮箱地址');

    invitedEmail = `zhang.wei.${Date.now()}@example.com`;
    await page.getByLabel(/^邮箱/).fill(invitedEmail);
    await page.getByLabel('学习方向').selectOption('business');
    await page.getByRole('button', { name: '发送邀请' }).click();
    await page.getByText(`已邀请 张伟（${invitedEmail}）。`).waitFor();
    expect(await page.getByLabel(/^邮箱/).getAttribute('aria-invalid')).toBeNull();
    await portal.mailsTo(invitedEmail, 'trainee_invited');

    // The same address again is refused at the e-mail field.
    await page.getByLabel(/^邮箱/).fill(invitedEmail);
    await page.getByLabel(/^姓名/).fill('张伟');
    await page.getByRole('button', { name: '发送邀请' }).click();
    expect(await errorOf(page, /^邮箱/)).toContain('这个邮箱已经是学员了');

    const table = page.getByRole('table', { name: /每位学员各周已完成的必修条目数/ });
    const row = table.getByRole('row', { name: /张伟/ });
    await row.waitFor();
    // Nothing done, every week past due: each week's cell counts its overdue items in working days late.
    expect(await row.getByText(/项逾期 \d+ 个工作日/).count()).toBe(5);
    expect(await table.getByRole('columnheader', { name: /第 1 周.*截止/ }).count()).toBe(1);
    await context.close();
  });

  it('lets the lead sign off an item a trainee checked off, with their evidence linked', async () => {
    const prisma = portal.server.db.prisma;
    const curriculum = shippedCurriculum();
    // createTrainee names them after the e-mail's letters 8–12: 学员 lina.
    practising = await createTrainee(prisma, cohortId, { track: 'business', email: `trainee-lina-${Date.now()}@example.com` });
    const needsSignOff = curriculum.itemsFor('business').find((item) => item.check.type === 'manual' && item.check.signOff);
    const [first, second, third] = curriculum.itemsFor('business').filter((item) => item.id !== needsSignOff?.id);
    if (needsSignOff) {
      // The shipped catalogue has an exercise the lead confirms: the trainee checks it off through their own API.
      const res = await fetch(`${portal.base}/api/v1/training/me/items/${needsSignOff.id}/completion`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...practising.headers },
        body: '{}',
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { status: string }).status).toBe('awaiting_sign_off');
      signOffTitle = needsSignOff.title['zh-Hans'];
    } else {
      // This catalogue has no such exercise yet: the trainee's check-off is written as the server would store it.
      await prisma.trainingCompletion.create({
        data: { traineeId: practising.id, itemId: first!.id, contentHash: first!.hash, status: 'awaiting_sign_off', evidence: {}, completedAt: new Date() },
      });
      signOffTitle = first!.title['zh-Hans'];
    }
    // A done item with a ticket as its evidence (as the ticket checks record it), and one whose lesson changed since.
    const filed = (await (await fetch(`${portal.base}/api/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Forwarded-For': someIp() },
      body: JSON.stringify(ticketBody({ priority: 'P2', subject: '培训练习工单', tags: undefined })),
    })).json()) as { number: string };
    ticketNumber = filed.number;
    await prisma.trainingCompletion.create({
      data: { traineeId: practising.id, itemId: second!.id, contentHash: second!.hash, status: 'done', evidence: { ticket: ticketNumber, priority: 'P2' }, completedAt: new Date() },
    });
    await prisma.trainingCompletion.create({
      data: { traineeId: practising.id, itemId: third!.id, contentHash: '0000000000000000', status: 'done', evidence: {}, completedAt: new Date() },
    });

    const { page, context } = await open(lead, `?cohort=${cohortId}`);
    const row = page.getByRole('table', { name: /每位学员各周已完成的必修条目数/ }).getByRole('row', { name: /学员 lina/ });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.at(-2)).toBe('1'); // awaiting sign-off
    expect(cells.at(-1)).toBe('1'); // changed since completed
    await row.getByRole('link').click();
    expect(page.url()).toContain(`trainee=${practising.id}`);
    const item = page.getByRole('row', { name: new RegExp(signOffTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await item.getByText('待讲师确认').waitFor();
    expect(await page.getByRole('link', { name: ticketNumber }).getAttribute('href')).toBe(`/console/tickets/${ticketNumber}`);
    await page.getByText('完成后课程内容有变').waitFor();
    expect(await page.getByText('未开始').count()).toBeGreaterThan(0);

    await item.getByRole('button', { name: `确认“${signOffTitle}”` }).click();
    await page.getByText(`已确认“${signOffTitle}”。`).waitFor();
    await item.getByText('讲师乙 已确认').waitFor();
    const stored = await prisma.trainingCompletion.findFirst({ where: { traineeId: practising.id, status: 'signed_off' } });
    expect(stored?.signedOffById).toBe(lead.id);
    await portal.screenshot(page, 'console-training-trainee-zh-Hans-1280');

    await page.getByRole('link', { name: /^返回/ }).click();
    await page.getByRole('heading', { name: '进度表' }).waitFor();
    await context.close();
  });

  it('downloads the progress table as CSV, and lets the lead resend, change a track, remove and bring back a trainee', async () => {
    const { page, context } = await open(lead, `?cohort=${cohortId}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载 CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('training-2026-10-12.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('张伟');
    expect(csv).toContain(invitedEmail);

    const trainees = page.getByRole('table', { name: '本期学员（已移出的在最后）' });
    await trainees.getByRole('button', { name: '重新邀请 张伟' }).click();
    await page.getByText('已重新向 张伟 发送邀请邮件（附新的登录链接）。').waitFor();
    await portal.mailsTo(invitedEmail, 'trainee_invited', 2);

    await trainees.getByLabel('张伟 的学习方向').selectOption('operator');
    await trainees.getByRole('button', { name: '保存 张伟 的学习方向' }).click();
    await page.getByText('张伟 的学习方向已改为“运维”。').waitFor();

    await trainees.getByRole('button', { name: '移出 张伟' }).click();
    await page.getByText('已把 张伟 移出本期。').waitFor();
    const progress = page.getByRole('table', { name: /每位学员各周已完成的必修条目数/ });
    await expect.poll(() => progress.getByRole('row', { name: /张伟/ }).count()).toBe(0);
    expect(await trainees.getByRole('row', { name: /张伟/ }).textContent()).toContain('已移出');
    await trainees.getByRole('button', { name: '恢复 张伟' }).click();
    await page.getByText('已恢复 张伟。').waitFor();
    await progress.getByRole('row', { name: /张伟/ }).waitFor();
    const stored = (await (await api(lead, `/training/cohorts/${cohortId}/trainees`)).json()) as { trainees: { email: string; track: string; removedAt: string | null }[] };
    expect(stored.trainees.find((t) => t.email === invitedEmail)).toMatchObject({ track: 'operator', removedAt: null });
    await context.close();
  });

  it('keeps other agents to the cohorts they lead, and warns when the calendar does not cover a cohort’s weeks', async () => {
    const other = await open(outsider, `?cohort=${cohortId}`);
    await other.page.getByRole('alert').filter({ hasText: '无权执行此操作' }).waitFor();
    expect(await other.page.getByRole('heading', { name: '进度表' }).count()).toBe(0);
    await other.page.getByRole('link', { name: '全部期次' }).click();
    await other.page.getByText('您还没有负责任何培训期次').waitFor();
    await other.context.close();

    // Starting mid-December 2026, the fifth week reaches into 2027, which the shipped PRC calendar does not cover yet.
    const late = await api(admin, '/training/cohorts', { method: 'POST', body: { name: '2026 冬季', startsOn: '2026-12-14', leadId: lead.id } });
    expect(late.status).toBe(201);
    const { id } = (await late.json()) as { id: string };
    await createTrainee(portal.server.db.prisma, id);
    const { page, context } = await open(lead, `?cohort=${id}`);
    await page.getByText(/工作日历没有覆盖全部五周/).waitFor();
    // Week 1 ends in December 2026 and has its due time; week 5 ends in 2027 and is not guessed.
    expect(await page.getByRole('columnheader', { name: /第 1 周.*截止.*2026/ }).count()).toBe(1);
    expect(await page.getByRole('columnheader', { name: /第 5 周\s*截止时间未知/ }).count()).toBe(1);
    await portal.screenshot(page, 'console-training-calendar-attention-zh-Hans-1280');
    await context.close();
  });

  const cases = (['zh-Hans', 'en'] as const).flatMap((locale) => ([1280, 375] as const).map((width) => ({ locale, width })));
  it.each(cases)('has no serious accessibility violations and fits the screen ($locale, $width px)', async ({ locale, width }) => {
    const problems: string[] = [];
    for (const [name, staff, search] of [
      ['cohorts', admin, ''],
      ['cohort', lead, `?cohort=${cohortId}`],
      ['trainee', lead, `?cohort=${cohortId}&trainee=${practising.id}`],
    ] as const) {
      // axe is injected as a script, which the site's Content-Security-Policy would refuse.
      const context = await portal.browser.newContext({ bypassCSP: true, locale: locale === 'en' ? 'en-GB' : 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width, height: 900 } });
      await context.addCookies([{ ...cookies.get(staff.id)!, url: portal.base }]);
      const page = await context.newPage();
      await page.goto(`${portal.base}${locale === 'en' ? '/en' : ''}/console/training${search}`);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      // Several parts may be loading at once (the list, the form's staff and calendars): wait until none is.
      await expect.poll(() => page.getByRole('status').filter({ hasText: /正在加载|Loading/ }).count()).toBe(0);
      if (name === 'cohort') await page.getByRole('region', { name: locale === 'en' ? 'Progress table (scrolls sideways)' : '进度表（可横向滚动）' }).waitFor();
      if (name === 'trainee') await page.getByRole('button', { name: locale === 'en' ? /^Sign off|^Signed/ : /确认/ }).or(page.getByText(locale === 'en' ? /Signed off by/ : /已确认/)).first().waitFor();
      problems.push(...(await seriousViolations(page)).map((v) => `${name}: ${v}`));
      // The page itself never scrolls sideways; a wide table scrolls inside its labelled region.
      const [scrollWidth, clientWidth] = (await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]')) as [number, number];
      if (scrollWidth > clientWidth) {
        // Name the innermost elements that stick out, so a failure says where to look.
        const wide = await page.evaluate(`[...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(-3).map((el) => el.tagName + '.' + el.className)`);
        problems.push(`${name}: ${scrollWidth - clientWidth} px of sideways scrolling (${String(wide)})`);
      }
      await portal.screenshot(page, `console-training-${name}-${locale}-${width}`);
      await context.close();
    }
    expect(problems).toEqual([]);
    expect(portal.pageErrors).toEqual([]);
  });
});
