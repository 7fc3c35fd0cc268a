import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLedger } from '../../scripts/docs-changes/ledger.js';
import { tokenPrefixes } from '../src/auth/tokens.js';
import { hashToken, newSecretToken } from '../src/shared/tokens.js';
import { browserAvailable, seriousViolations } from './support/browser.js';
import { startPortal, type Portal } from './support/portal.js';
import { uniqueEmail } from './support/ticket-api.js';

// A reader on /docs-changes: sees the recent changes and the feeds, subscribes to sections, confirms from the
// e-mail, and unsubscribes from the digest's page. Both languages, desktop and phone width, axe-core clean.

const locales = ['zh-Hans', 'en'] as const;
const text = {
  'zh-Hans': { email: '邮箱', faq: '常见问题', ops: '运维', daily: '每天', submit: '订阅', sent: '请查收邮件', confirm: '确认订阅', confirmed: '订阅已生效', rss: 'RSS 源', updated: '最后更新于' },
  en: { email: 'E-mail address', faq: 'FAQ', ops: 'Operations', daily: 'Daily', submit: 'Subscribe', sent: 'Check your inbox', confirm: 'Confirm the subscription', confirmed: 'You are subscribed', rss: 'RSS feed', updated: 'Last updated on' },
};

describe.runIf(browserAvailable())('the docs changes page', { timeout: 120_000 }, () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.stop());

  it.each(locales)('lets a reader in %s subscribe, confirm from the e-mail, and unsubscribe from the digest page', async (locale) => {
    const t = text[locale];
    const prefix = locale === 'en' ? '/en' : '';
    const context = await portal.browser.newContext({ bypassCSP: true, locale: locale === 'en' ? 'en-GB' : 'zh-CN', viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${portal.base}${prefix}/docs-changes`, { waitUntil: 'networkidle' });

    // The newest change of the locale is listed, and the feeds are linked and announced.
    const newest = readLedger().changes.filter((c) => c.locale === locale).at(-1)!;
    await expect.poll(() => page.getByRole('link', { name: newest.title }).first().isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: t.rss }).getAttribute('href')).toBe(`${prefix}/docs-changes/rss.xml`);
    expect(await page.locator(`link[rel=alternate][type="application/atom+xml"][href="${prefix}/docs-changes/atom.xml"]`).count()).toBe(1);
    const feed = await fetch(`${portal.base}${prefix}/docs-changes/rss.xml`);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain(newest.title);

    // Submitting without a section says so, at the field.
    const email = uniqueEmail(`docs-${locale.toLowerCase()}`);
    await page.getByLabel(t.email).fill(email);
    await page.getByRole('button', { name: t.submit }).click();
    await expect.poll(() => page.getByRole('alert').first().isVisible()).toBe(true);

    await page.getByRole('checkbox', { name: t.faq }).check();
    await page.getByRole('checkbox', { name: t.ops }).check();
    await page.getByRole('radio', { name: t.daily }).check();
    await page.getByRole('button', { name: t.submit }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: t.sent }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    const [clientWidth, scrollWidth] = (await page.evaluate('[document.documentElement.clientWidth, document.documentElement.scrollWidth]')) as [number, number];
    expect(scrollWidth, 'no sideways scrolling at 375 px').toBeLessThanOrEqual(clientWidth);
    await portal.screenshot(page, `docs-changes-${locale}-375`);

    // Double opt-in: the e-mail's link opens the confirmation page; nothing is active until its button is clicked.
    const [confirmation] = await portal.mailsTo(email, 'docs_subscription_confirm');
    const link = portal.linkIn(confirmation!, '/docs-changes/confirm');
    expect(link.startsWith(`${prefix}/docs-changes/confirm#token=hod_`)).toBe(true);
    const subscription = () => portal.server.db.prisma.docsSubscription.findFirstOrThrow({ where: { email }, select: { id: true, status: true, sections: true, frequency: true, locale: true } });
    expect((await subscription()).status).toBe('pending');
    await page.goto(`${portal.base}${link}`);
    await page.getByRole('button', { name: t.confirm }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: t.confirmed }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await subscription()).toMatchObject({ status: 'active', sections: ['operations', 'faq'], frequency: 'daily', locale });

    // The digest's unsubscribe page (its token is issued with a digest; here one is made the same way).
    const token = newSecretToken(tokenPrefixes.unsubscribeLink);
    await portal.server.db.prisma.unsubscribeToken.create({
      data: { tokenHash: hashToken(token), subscriptionId: (await subscription()).id, kind: 'docs_digest', expiresAt: new Date(Date.now() + 86_400_000) },
    });
    await page.goto(`${portal.base}${prefix}/docs-changes/unsubscribe#token=${token}`);
    await page.getByRole('button', { name: locale === 'en' ? 'Unsubscribe' : '退订' }).click();
    await expect.poll(() => page.getByRole('status').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    expect((await subscription()).status).toBe('ended');

    // Every docs page says when it was last updated, from the ledger.
    await page.goto(`${portal.base}${prefix}/docs/faq/api-token`);
    await expect.poll(() => page.getByText(t.updated).first().isVisible()).toBe(true);
    expect(portal.pageErrors).toEqual([]);
    await context.close();
  });
});
