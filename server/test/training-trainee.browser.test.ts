import type { Page } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, seriousViolations } from './support/browser.js';
import { startPortal, type Portal } from './support/portal.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { uniqueEmail } from './support/ticket-api.js';
import { loadCatalogue, type QuizItem } from '../src/training/catalogue.js';

// A trainee as they meet the training: the invitation e-mail, its sign-in link, the progress page and the
// certificate page; a link used twice, and asking for a new one.

describe.runIf(browserAvailable())('a trainee signs in from the invitation and follows their progress', { timeout: 180_000 }, () => {
  let portal: Portal;
  let lead: TestStaff;
  let cohortId: string;

  beforeAll(async () => {
    portal = await startPortal();
    const prisma = portal.server.db.prisma;
    const admin = await createStaff(prisma, { role: 'admin' });
    lead = await createStaff(prisma, { name: '李娜' });
    const cohort = await request(portal.base)
      .post('/api/v1/training/cohorts')
      .set('Authorization', admin.bearer)
      .send({ name: '2026 秋季交接', startsOn: '2026-11-02', leadId: lead.id })
      .expect(201);
    cohortId = cohort.body.id;
  });
  afterAll(() => portal?.stop());

  const invite = async (locale: 'zh-Hans' | 'en', name: string) => {
    const email = uniqueEmail('trainee');
    await request(portal.base).post(`/api/v1/training/cohorts/${cohortId}/trainees`).set('Authorization', lead.bearer).send({ email, name, track: 'operator', locale }).expect(201);
    const [mail] = await portal.mailsTo(email, 'trainee_invited');
    return { email, link: portal.linkIn(mail!, '/training/sign-in') };
  };

  const expectNoViolations = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);

  it('signs in with the e-mailed link (once), sees the five weeks, and signs out', async () => {
    const { link } = await invite('zh-Hans', '张伟');
    expect(link).toMatch(/^\/training\/sign-in#token=hol_/);
    const { page, context } = await portal.newPage({ axe: true });
    await page.goto(`${portal.base}${link}`);
    await page.waitForURL(/\/training\/progress$/);
    await expect.poll(() => page.getByText('已登录：张伟').count()).toBe(1);
    // The token never stays in the address bar or the history.
    expect(page.url()).not.toContain('token');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBe(5);
    await expect.poll(() => page.getByText('期次：2026 秋季交接，2026-11-02 开始，讲师 李娜').count()).toBe(1);
    await expectNoViolations(page);
    await portal.screenshot(page, 'training-progress-zh');

    // The certificate is not offered before everything is done.
    expect(await page.getByRole('link', { name: '查看结业证书' }).count()).toBe(0);
    await page.goto(`${portal.base}/training/certificate`);
    await expect.poll(() => page.getByText('还没有完成全部必做条目').count()).toBe(1);
    await expectNoViolations(page);

    await page.goto(`${portal.base}/training/progress`);
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect.poll(() => page.getByText('您还没有登录培训。').count()).toBe(1);

    // The same link again: used, so a new one is offered.
    await page.goto(`${portal.base}${link}`);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '已经用过或已过期' }).count()).toBe(1);
    await context.close();
  });

  it('in English at 375 px: asks for a new link and signs in with it', async () => {
    const { email } = await invite('en', 'Alex Chen');
    const { page, context } = await portal.newPage({ locale: 'en', width: 375, axe: true });
    await page.goto(`${portal.base}/en/training/sign-in`);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'a sign-in link is on its way' }).count()).toBe(1);
    await expectNoViolations(page);
    const [mail] = await portal.mailsTo(email, 'trainee_sign_in');
    const link = portal.linkIn(mail!, '/training/sign-in');
    expect(link).toMatch(/^\/en\/training\/sign-in#token=hol_/);
    await page.goto(`${portal.base}${link}`);
    await page.waitForURL(/\/en\/training\/progress$/);
    await expect.poll(() => page.getByText('Signed in as Alex Chen').count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /^Week 1/ }).count()).toBe(1);
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoViolations(page);
    await portal.screenshot(page, 'training-progress-en-375');
    await context.close();
    expect(portal.pageErrors).toEqual([]);
  });
});

describe.runIf(browserAvailable())('a trainee works through week 4 in the browser and the lead sees it', { timeout: 240_000 }, () => {
  let portal: Portal;
  let lead: TestStaff;
  let cohortId: string;
  const week4 = loadCatalogue().weeks[3]!;
  const item = (id: string) => week4.items.find((entry) => entry.id === id)!;

  beforeAll(async () => {
    portal = await startPortal();
    const prisma = portal.server.db.prisma;
    const admin = await createStaff(prisma, { role: 'admin' });
    lead = await createStaff(prisma, { name: '李娜' });
    const cohort = await request(portal.base).post('/api/v1/training/cohorts').set('Authorization', admin.bearer).send({ name: '业务组', startsOn: '2026-11-02', leadId: lead.id }).expect(201);
    cohortId = cohort.body.id;
  });
  afterAll(() => portal?.stop());

  it('reads, files the P2 ticket with a log through the portal, passes the quiz; the dashboard counts it', async () => {
    const email = uniqueEmail('trainee');
    await request(portal.base).post(`/api/v1/training/cohorts/${cohortId}/trainees`).set('Authorization', lead.bearer).send({ email, name: '王芳', track: 'business' }).expect(201);
    const [mail] = await portal.mailsTo(email, 'trainee_invited');
    const { page, context } = await portal.newPage({ axe: true });
    await page.goto(`${portal.base}${portal.linkIn(mail!, '/training/sign-in')}`);
    await page.waitForURL(/\/training\/progress$/);

    // A reading, marked read on the week's page.
    await page.goto(`${portal.base}/docs/training/week-4`);
    const reading = page.getByRole('article', { name: item('w4-read-customers').title['zh-Hans'] });
    await reading.getByRole('button', { name: '标记为已读' }).click();
    await expect.poll(() => reading.getByText(/^已于 .* 完成/).count()).toBe(1);

    // The portal exercise: checking too early says what is missing; filing it with a log makes it pass.
    const exercise = page.getByRole('article', { name: item('w4-portal-p2-with-log').title['zh-Hans'] });
    await exercise.getByRole('button', { name: '立即检查' }).click();
    await expect.poll(() => exercise.getByText(/还没有找到从您的学员邮箱/).count()).toBe(1);
    const portalPage = await context.newPage();
    await portalPage.goto(`${portal.base}/support/new`);
    await portalPage.getByLabel(/^标题/).fill('[Training] /ready 返回 503');
    await portalPage.getByLabel(/^问题描述/).fill('从 10:05 起 /ready 返回 503，所有用户无法登录。请求 ID：`training-week4-001`');
    await portalPage.getByRole('radio', { name: /P2 高/ }).check();
    await portalPage.getByLabel(/^类别/).selectOption('deployment');
    await portalPage.getByLabel('附件（可选）').setInputFiles({ name: 'app.log', mimeType: 'text/plain', buffer: Buffer.from('10:05:01 ERROR ready: database unreachable\n') });
    await portalPage.getByLabel(/^姓名/).fill('王芳');
    await portalPage.getByRole('textbox', { name: /^邮箱/ }).fill(email);
    await portalPage.getByRole('button', { name: '提交工单' }).click();
    await portalPage.getByRole('heading', { name: /^工单 HO-\d+ 已提交$/ }).waitFor();
    await portalPage.close();
    await exercise.getByRole('button', { name: '立即检查' }).click();
    await expect.poll(() => exercise.getByText(/^已于 .* 完成/).count()).toBe(1);

    // The quiz, answered right and graded by the server.
    const quiz = item('w4-quiz') as QuizItem;
    const region = page.getByRole('region', { name: quiz.title['zh-Hans'] });
    const questions = region.getByRole('group');
    for (const [index, question] of quiz.questions.entries()) {
      await questions.nth(index).getByRole('radio').nth(question.answers.indexOf(question.correct)).check();
    }
    await region.getByRole('button', { name: '提交答案' }).click();
    await expect.poll(() => region.getByText(/最好成绩 100%/).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await portal.screenshot(page, 'training-week-4-signed-in');

    // Stored on the server (not only in this browser), and the lead's dashboard counts the three items of week 4.
    const dashboard = await request(portal.base).get(`/api/v1/training/cohorts/${cohortId}/dashboard`).set('Authorization', lead.bearer).expect(200);
    const row = dashboard.body.rows.find((r: { trainee: { email: string } }) => r.trainee.email === email);
    expect(row.weeks[3].done).toBe(3);
    expect(row.weeks[3].quizScore).toBe(1);
    const progress = await request(portal.base).get(`/api/v1/training/trainees/${row.trainee.id}/progress`).set('Authorization', lead.bearer).expect(200);
    expect(progress.body.items.find((i: { itemId: string }) => i.itemId === 'w4-portal-p2-with-log').evidence.ticket).toMatch(/^HO-\d+$/);
    await context.close();
    expect(portal.pageErrors).toEqual([]);
  });

  it('answers given before signing in are synced once the trainee signs in', async () => {
    const email = uniqueEmail('trainee');
    await request(portal.base).post(`/api/v1/training/cohorts/${cohortId}/trainees`).set('Authorization', lead.bearer).send({ email, name: 'Alex', track: 'business', locale: 'en' }).expect(201);
    const { page, context } = await portal.newPage({ locale: 'en' });
    await page.goto(`${portal.base}/en/docs/training/week-4`);
    const quiz = item('w4-quiz') as QuizItem;
    const region = page.getByRole('region', { name: quiz.title.en });
    const questions = region.getByRole('group');
    for (const [index, question] of quiz.questions.entries()) {
      await questions.nth(index).getByRole('radio').nth(question.answers.indexOf(question.correct)).check();
    }
    await region.getByRole('button', { name: 'Submit answers' }).click();
    await expect.poll(() => region.getByText(/best score 100%/).count()).toBe(1);

    const [mail] = await portal.mailsTo(email, 'trainee_invited');
    await page.goto(`${portal.base}${portal.linkIn(mail!, '/training/sign-in')}`);
    await page.waitForURL(/\/en\/training\/progress$/);
    await expect
      .poll(async () => {
        const trainee = await portal.server.db.prisma.trainee.findUnique({ where: { email }, select: { completions: { select: { itemId: true, score: true } } } });
        return trainee?.completions;
      })
      .toEqual([{ itemId: 'w4-quiz', score: 1 }]);
    await context.close();
  });
});
