import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastVersion } from '../../scripts/docs-versions.mjs';
import { browserAvailable, seriousViolations } from './support/browser.js';
import { startPortal, type Portal } from './support/portal.js';
import { untilFound } from './support/search.js';

// A reader on the backup runbook of the release switches to next (what the coming release will say) and back, in
// both languages and on a phone; the search page and the search box follow the version too.

const released = lastVersion();
const locales = [
  { locale: 'zh-Hans', prefix: '', banner: /尚未发行的文档/, menu: '选择版本' },
  { locale: 'en', prefix: '/en', banner: /unreleased documentation/, menu: 'Versions' },
] as const;

describe.runIf(browserAvailable() && released !== 'current')('the docs version dropdown', { timeout: 120_000 }, () => {
  let portal: Portal;

  beforeAll(async () => {
    portal = await startPortal();
    await untilFound(portal.base, '写满');
  });
  afterAll(() => portal?.stop());

  // axe is injected as an inline script, which the site's CSP refuses: these pages open with the CSP bypassed.
  const open = async (locale: string, width = 1280) => {
    const context = await portal.browser.newContext({ bypassCSP: true, locale: locale === 'en' ? 'en-GB' : 'zh-CN', viewport: { width, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => portal.pageErrors.push(`${page.url()}: ${error.message}`));
    return { page, context };
  };
  /** Until React has taken over the static page: a click before that lands on markup without handlers. */
  const hydrated = (page: Page) => page.waitForFunction("document.documentElement.dataset.hasHydrated === 'true'");
  const versionButton = (page: Page, label: string) => page.getByRole('navigation', { name: /./ }).first().getByRole('button', { name: label, exact: true });

  it.each(locales)('switches the same page between the release and next, and back ($locale)', async ({ locale, prefix, banner }) => {
    const { page, context } = await open(locale);
    await page.goto(`${portal.base}${prefix}/docs/operations/backup`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The release: no banner.
    await expect.poll(() => page.getByRole('alert').filter({ hasText: banner }).count()).toBe(0);
    await versionButton(page, released).click();
    await page.getByRole('link', { name: 'next', exact: true }).click();
    await page.waitForURL(`${portal.base}${prefix}/docs/next/operations/backup`);
    await page.getByRole('alert').filter({ hasText: banner }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await portal.screenshot(page, `docs-version-next-${locale}-1280`);

    await versionButton(page, 'next').click();
    await page.getByRole('link', { name: released, exact: true }).click();
    await page.waitForURL(`${portal.base}${prefix}/docs/operations/backup`);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: banner }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(portal.pageErrors).toEqual([]);
    await context.close();
  });

  it.each(locales)('offers the versions in the phone menu ($locale)', async ({ locale, prefix, menu }) => {
    const { page, context } = await open(locale, 375);
    await page.goto(`${portal.base}${prefix}/docs/operations/backup`);
    await hydrated(page);
    await page.getByRole('button', { name: /导航栏|navigation bar/ }).click();
    // On a docs page the phone menu opens on the page's sidebar; the navbar's items are one step back.
    await page.getByRole('button', { name: /主菜单|main menu/ }).click();
    // The versions open under their button; on the page of a version they may be open already.
    const versions = page.getByRole('button', { name: menu });
    const item = page.getByRole('listitem').filter({ has: versions });
    await versions.waitFor();
    if ((await item.getByRole('button', { expanded: true }).count()) === 0) await versions.click();
    await item.getByRole('link', { name: 'next', exact: true }).click();
    await page.waitForURL(`${portal.base}${prefix}/docs/next/operations/backup`);
    await page.getByRole('alert').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await portal.screenshot(page, `docs-version-next-${locale}-375`);
    await context.close();
  });

  it('searches the version of the page the reader is on with the search box', async () => {
    const { page, context } = await open('zh-Hans');
    for (const [path, index] of [['/docs/next/operations/backup', /^\/docs\/next\/search-index/], ['/docs/operations/backup', /^\/search-index/]] as const) {
      await page.goto(`${portal.base}${path}`);
      await hydrated(page);
      // The box loads the index of the page's version (each version has its own) and searches in it.
      const loaded = page.waitForRequest((request) => /search-index.*\.json$/.test(new URL(request.url()).pathname));
      const box = page.getByPlaceholder('搜索', { exact: true });
      await box.fill('校验和');
      expect(new URL((await loaded).url()).pathname).toMatch(index);
      await page.getByRole('option').first().waitFor();
    }
    await context.close();
  });

  it.each(locales)('chooses the docs version on the search page, the release by default ($locale)', async ({ locale, prefix }) => {
    const { page, context } = await open(locale);
    await page.goto(`${portal.base}${prefix}/support/search?q=backup`);
    const group = page.getByRole('group', { name: locale === 'en' ? 'Docs version' : '文档版本' });
    const releasedOption = group.getByRole('radio', { name: new RegExp(`^${released.replace(/\./g, '\\.')}`) });
    const nextOption = group.getByRole('radio', { name: /^next/ });
    await releasedOption.waitFor();
    expect(await releasedOption.isChecked()).toBe(true);
    await expect.poll(() => page.locator('main ol a[href*="/docs/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main ol a[href*="/docs/next/"]').count()).toBe(0);

    await nextOption.check();
    await expect.poll(() => new URL(page.url()).searchParams.get('version')).toBe('current');
    await expect.poll(() => page.locator('main ol a[href*="/docs/next/"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('main ol a[href*="/docs/"]:not([href*="/docs/next/"])').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await portal.screenshot(page, `search-version-next-${locale}-1280`);
    await context.close();
  });
});
