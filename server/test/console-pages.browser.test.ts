import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, seriousViolations } from './support/browser.js';
import { startPortal, type Portal } from './support/portal.js';
import { createSession, createStaff } from './support/staff.js';
import { someIp, ticketBody } from './support/ticket-api.js';

// Every console page in both languages, at desktop and phone width: no serious or critical axe-core violation, no
// sideways scrolling of the page at 375 px, and screenshots for the staff guide (npm run docs:screenshots).

describe.runIf(browserAvailable())('the console pages: accessible, phone-sized, in both languages', { timeout: 120_000 }, () => {
  let portal: Portal;
  let cookie: { name: string; value: string };
  let number: string;

  beforeAll(async () => {
    portal = await startPortal();
    const agent = await createStaff(portal.server.db.prisma, { name: '王客服', role: 'admin' });
    const session = await createSession(portal.server.db.prisma, agent);
    const [name, value] = session.Cookie!.split('=') as [string, string];
    cookie = { name, value };
    for (const subject of ['VPN 连接后无法访问内网', '导出报表超时']) {
      const filed = (await fetch(`${portal.base}/api/v1/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Forwarded-For': someIp() },
        body: JSON.stringify(ticketBody({ subject, tags: undefined })),
      }).then((res) => res.json())) as { number: string };
      number = filed.number;
    }
    await fetch(`${portal.base}/api/v1/tickets/${number}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: agent.bearer },
      body: JSON.stringify({ body: '内部：先确认客户的 VPN 客户端版本。', visibility: 'internal' }),
    });
  });
  afterAll(() => portal?.stop());

  const cases = (['zh-Hans', 'en'] as const).flatMap((locale) => ([1280, 375] as const).map((width) => ({ locale, width })));

  it.each(cases)('sign-in, queue, ticket workspace, settings, page feedback and administration in $locale at $width px', async ({ locale, width }) => {
    const context = await portal.browser.newContext({ bypassCSP: true, locale: locale === 'en' ? 'en-GB' : 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width, height: 900 } });
    const page = await context.newPage();
    const prefix = locale === 'en' ? '/en' : '';
    const problems: string[] = [];
    const check = async (name: string, ready: string) => {
      await page.locator(ready).first().waitFor();
      const [scrollWidth, clientWidth] = (await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]')) as [number, number];
      if (scrollWidth > clientWidth) problems.push(`${name}: ${scrollWidth - clientWidth} px of sideways scrolling`);
      problems.push(...(await seriousViolations(page)).map((v) => `${name}: ${v}`));
      await portal.screenshot(page, `console-${name}-${locale}-${width}`);
    };
    await page.goto(`${portal.base}${prefix}/console`);
    await check('sign-in', 'main input[type=password]');
    await context.addCookies([{ ...cookie, url: portal.base }]);
    await page.goto(`${portal.base}${prefix}/console`);
    await check('queue', 'main tbody tr');
    await page.goto(`${portal.base}${prefix}/console/tickets/${number}`);
    await check('ticket', 'main article');
    await page.goto(`${portal.base}${prefix}/console/settings`);
    await check('settings', 'main input[type=checkbox]');
    await page.goto(`${portal.base}${prefix}/console/page-feedback`);
    await check('page-feedback', 'main dl');
    for (const section of ['staff', 'outbox', 'mailbox']) {
      await page.goto(`${portal.base}${prefix}/console/admin?section=${section}`);
      await check(`admin-${section}`, section === 'staff' ? 'main tbody tr' : 'main h2 + *');
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
