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

  const versionButton = (page: Page, label: string) => page.getByRole('navigation', { name: /./ }).first().getByRole('button', { name: label, exact: true });

  it.each(locales)('switches the same page between the release and next, and back ($locale)', async ({ locale, prefix, banner }) => {
    const { page, context } = await portal.newPage({ locale });
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
    const { page, context } = await portal.newPage({ locale, width: 375 });
    await page.goto(`${portal.base}${prefix}/docs/operations/backup`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: /导航栏|navigation bar/ }).click();
    await page.getByRole('button', { name: menu }).click();
    await page.getByRole('link', { name: 'next', exact: true }).click();
    await page.waitForURL(`${portal.base}${prefix}/docs/next/operations/backup`);
    expect(await seriousViolations(page)).toEqual([]);
    await portal.screenshot(page, `docs-version-next-${locale}-375`);
    await context.close();
  });

  it('searches the version of the page the reader is on with the search box', async () => {
    const { page, context } = await portal.newPage();
    for (const [path, inNext] of [['/docs/next/operations/backup', true], ['/docs/operations/backup', false]] as const) {
      await page.goto(`${portal.base}${path}`);
      const box = page.getByRole('combobox').or(page.getByPlaceholder('搜索')).first();
      await box.fill('校验和');
      const hits = page.locator('a[href*="/docs/operations/backup"], a[href*="/docs/next/operations/backup"]');
      await hits.first().waitFor();
      const hrefs = await hits.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      for (const href of hrefs.filter((h) => h.includes('校验') || h.includes('?_highlight') || h.includes('backup'))) expect(href.includes('/docs/next/'), href).toBe(inNext);
    }
    await context.close();
  });

  it.each(locales)('chooses the docs version on the search page, the release by default ($locale)', async ({ locale, prefix }) => {
    const { page, context } = await portal.newPage({ locale });
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
