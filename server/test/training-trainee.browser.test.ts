import type { Page } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, seriousViolations } from './support/browser.js';
import { startPortal, type Portal } from './support/portal.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { uniqueEmail } from './support/ticket-api.js';

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
