import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, seriousViolations } from './support/browser.js';
import { isFocused, siteDir, startPortal, type Portal } from './support/portal.js';
import { createMagicLink } from './support/tickets.js';
import { someIp, ticketBody, uniqueEmail } from './support/ticket-api.js';

// Every portal page in both languages, at desktop and phone width: no serious or critical axe-core violation, no
// sideways scrolling at 375 px, and a screenshot for the user guide (npm run docs:screenshots copies them).

const locales = ['zh-Hans', 'en'] as const;
const widths = [1280, 375] as const;

describe.runIf(browserAvailable())('the portal pages: accessible, phone-sized, in both languages', { timeout: 120_000 }, () => {
  let portal: Portal;
  let trackingFragment: string;
  let myTicketsFragment: string;

  beforeAll(async () => {
    portal = await startPortal({ SUPPORT_HOTLINE: '+86 10 6552 9988', SUPPORT_EMERGENCY_LINE: '+86 138 0000 0000', SUPPORT_EMAIL: 'support@example.com' });
    const email = uniqueEmail('screens');
    const filed = (await fetch(`${portal.base}/api/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Forwarded-For': someIp() },
      body: JSON.stringify(ticketBody({ tags: undefined }, { email })),
    }).then((res) => res.json())) as { number: string; trackingToken: string };
    trackingFragment = `#token=${filed.trackingToken}`;
    await fetch(`${portal.base}/api/v1/tickets/${filed.number}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: `Bearer ${filed.trackingToken}` },
      body: JSON.stringify({ body: '补充：只有使用单点登录的用户受影响。' }),
    });
    myTicketsFragment = `#token=${(await createMagicLink(portal.server.db.prisma, email)).slice('Bearer '.length)}`;
  });
  afterAll(() => portal?.stop());

  const pages = () => [
    // `ready`: what shows once the page has its data (the static shell shows "loading" until then).
    { name: 'home', path: '/support', ready: 'main dl' },
    { name: 'new', path: '/support/new', ready: 'main form input[type=radio]' },
    { name: 'track', path: `/support/track${trackingFragment}`, ready: 'main dl' },
    { name: 'track-invalid', path: '/support/track#token=hot_this-link-does-not-exist', ready: 'main form input[type=email]' },
    { name: 'my-tickets', path: '/support/my-tickets', ready: 'main form input[type=email]' },
    { name: 'my-tickets-list', path: `/support/my-tickets${myTicketsFragment}`, ready: 'main ul a' },
    { name: 'confirm-address', path: '/support/confirm-address#token=hoc_example', ready: 'main button.button--primary' },
  ];

  const cases = locales.flatMap((locale) => widths.map((width) => ({ locale, width })));

  it.each(cases)('every portal page in $locale at $width px', async ({ locale, width }) => {
    // axe is injected as an inline script, which the site's CSP rightly refuses; this context alone bypasses it.
    const auditContext = await portal.browser.newContext({ bypassCSP: true, locale: locale === 'en' ? 'en-GB' : 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width, height: 900 } });
    const audit = await auditContext.newPage();
    const problems: string[] = [];
    for (const { name, path, ready } of pages()) {
      const url = `${portal.base}${locale === 'en' ? '/en' : ''}${path}`;
      await audit.goto(url);
      await audit.locator(ready).first().waitFor();
      const [scrollWidth, clientWidth] = (await audit.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]')) as [number, number];
      if (scrollWidth > clientWidth) problems.push(`${name}: ${scrollWidth - clientWidth} px of sideways scrolling`);
      problems.push(...(await seriousViolations(audit)).map((v) => `${name}: ${v}`));
      await portal.screenshot(audit, `portal-${name}-${locale}-${width}`);
    }
    expect(problems).toEqual([]);
    expect(portal.pageErrors).toEqual([]);
    await auditContext.close();
  });

  it.each(locales)('docs pages in %s have no serious contrast or other axe-core violations', async (locale) => {
    const auditContext = await portal.browser.newContext({ bypassCSP: true, locale: locale === 'en' ? 'en-GB' : 'zh-CN' });
    const audit = await auditContext.newPage();
    const problems: string[] = [];
    for (const path of ['/', '/docs/operations/backup', '/docs/api/errors', '/docs/user-guide/customers']) {
      // After hydration: a client module makes wide tables focusable once the page has rendered.
      await audit.goto(`${portal.base}${locale === 'en' ? '/en' : ''}${path}`, { waitUntil: 'networkidle' });
      problems.push(...(await seriousViolations(audit)).map((v) => `${path}: ${v}`));
    }
    expect(problems).toEqual([]);
    await auditContext.close();
  });

  it('reaches every control of the filing form by keyboard, with a visible focus ring', async () => {
    const { page, context } = await portal.newPage();
    await page.goto(`${portal.base}/support/new`);
    await page.getByLabel(/^标题/).waitFor();
    const reached = new Set<string>();
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      const focused = (await page.evaluate(`(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { key: el.id || el.getAttribute('name') || (el.textContent || '').trim().slice(0, 20) || el.tagName, ring: style.outlineStyle !== 'none' || style.boxShadow !== 'none' };
      })()`)) as { key: string; ring: boolean } | null;
      if (!focused) continue;
      reached.add(focused.key);
      if (['ticket-subject', 'requester-email'].includes(focused.key)) expect(focused.ring, `${focused.key} shows focus`).toBe(true);
    }
    for (const control of ['ticket-subject', 'ticket-description', 'priority', 'ticket-category', '选择文件', 'requester-name', 'requester-email', 'requester-phone', 'requester-locale', '提交工单']) {
      expect([...reached], control).toContain(control);
    }
    // The priority radios move with the arrow keys, as a radio group should.
    await page.getByRole('radio', { name: /P1 紧急/ }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await isFocused(page.getByRole('radio', { name: /P2 高/ }))).toBe(true);
    await context.close();
  });

  it('says plainly that the support server cannot be reached when the site is served on its own', async () => {
    const app = express();
    app.use(express.static(siteDir, { extensions: ['html'] }));
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const staticBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const { page, context } = await portal.newPage({ locale: 'en' });
      for (const path of ['/en/support', '/en/support/new', `/en/support/track${trackingFragment}`]) {
        await page.goto(`${staticBase}${path}`);
        await page.getByText('The support server cannot be reached').first().waitFor();
      }
      await context.close();
    } finally {
      server.close();
    }
  });
});
