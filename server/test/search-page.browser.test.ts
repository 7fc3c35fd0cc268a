import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, seriousViolations } from './support/browser.js';
import { isFocused, startPortal, type Portal } from './support/portal.js';
import { untilFound } from './support/search.js';

// A reader looks something up on the site: a Chinese word that sits inside a longer word, an English word with a
// typo, then narrows by kind and section, meets a search that finds nothing, and does all of it on a phone and
// with the keyboard alone. One built site and one server for the whole file.


describe.runIf(browserAvailable())('the site search page', { timeout: 120_000 }, () => {
  let portal: Portal;

  beforeAll(async () => {
    portal = await startPortal();
    // The server indexes the built site as it starts; wait until a known page answers rather than for a time.
    await untilFound(portal.base, '写满');
  });
  afterAll(() => portal?.stop());

  it('is a real page before any script runs: a title, a heading and a search form', async () => {
    const html = await fetch(`${portal.base}/support/search`).then((res) => res.text());
    // The built HTML is minified: attribute quotes are optional.
    expect(html).toMatch(/<title[^>]*>搜索知识库/);
    expect(html).toMatch(/<h1>搜索知识库<\/h1>/);
    expect(html).toMatch(/<form[^>]*role="?search/);
    expect(html).toMatch(/<input[^>]*name="?q/);
  });

  it('finds a Chinese page by a word that only appears inside a longer word, and keeps the search in the URL', async () => {
    const { page, context } = await portal.newPage();
    await page.goto(`${portal.base}/support/search`);
    await page.getByRole('heading', { name: '输入要查找的内容' }).waitFor();
    // The incidents runbook only says 磁盘写满 ("disk full"); 写满 alone finds it.
    await page.getByRole('searchbox', { name: '搜索内容' }).fill('写满');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.getByRole('link', { name: '故障处理手册' }).first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('写满');
    await expect.poll(() => page.locator('main ol mark', { hasText: '写满' }).count()).toBeGreaterThan(0);
    await portal.screenshot(page, `search-zh-1280`);

    // A bookmark opens the same search; opening a hit tells the search report.
    await page.goto(`${portal.base}/support/search?q=${encodeURIComponent('写满')}`);
    const event = page.waitForRequest((request) => request.url().endsWith('/api/v1/search/events') && request.method() === 'POST');
    await page.locator('main ol a[href="/docs/operations/incidents"]').first().click();
    expect(JSON.parse((await event).postData() ?? '{}')).toMatchObject({ kind: 'click', source: 'site', query: '写满', locale: 'zh-Hans', url: '/docs/operations/incidents' });
    expect(portal.pageErrors).toEqual([]);
    await context.close();
  });

  it('finds the English deployment page despite a typo, and narrows by kind and section with counts', async () => {
    const { page, context } = await portal.newPage({ locale: 'en' });
    await page.goto(`${portal.base}/en/support/search?q=deploymnet`);
    await page.getByRole('link', { name: /^Deployment: container image/ }).first().waitFor();
    await page.getByRole('heading', { name: /results? for “deploymnet”/ }).waitFor();

    const kinds = page.getByRole('group', { name: 'Kind' });
    const sections = page.getByRole('group', { name: 'Section' });
    await expect.poll(() => sections.getByRole('radio').count()).toBeGreaterThan(1);
    // Each option says how many hits it holds.
    expect(await sections.locator('label', { hasText: 'Operations' }).textContent()).toMatch(/Operations\d+/);
    await portal.screenshot(page, `search-en-1280`);

    // Ten at a time; more on demand, and the keyboard lands on the first new one.
    const hits = page.locator('main ol > li');
    expect(await hits.count()).toBe(10);
    await page.getByRole('button', { name: 'Load more results' }).click();
    await expect.poll(() => hits.count()).toBeGreaterThan(10);
    await expect.poll(() => isFocused(hits.nth(10).getByRole('link'))).toBe(true);

    await sections.getByRole('radio', { name: /^Operations/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('section')).toBe('operations');
    await expect.poll(async () => (await page.locator('main ol > li').allTextContents()).every((text) => text.includes('Operations'))).toBe(true);

    await kinds.getByRole('radio', { name: /^FAQ/ }).check();
    await expect.poll(() => new URL(page.url()).search).toMatch(/type=faq/);
    await kinds.getByRole('radio', { name: 'All' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBeNull();
    expect(portal.pageErrors).toEqual([]);
    await context.close();
  });

  it('says plainly when nothing matches, with tips in the reader’s language', async () => {
    const { page, context } = await portal.newPage({ locale: 'en' });
    await page.goto(`${portal.base}/en/support/search?q=qwxzvbnmkj`);
    await page.getByText('Nothing found for “qwxzvbnmkj”').waitFor();
    await page.getByText(/Small typos are tolerated/).waitFor();
    await page.getByRole('link', { name: 'File a ticket' }).waitFor();

    const zh = await portal.newPage();
    await zh.page.goto(`${portal.base}/support/search?q=${encodeURIComponent('？！')}`);
    await zh.page.getByText('没有找到与“？！”相关的内容').waitFor();
    await zh.page.getByText(/中文词语也会在更长的词中匹配/).waitFor();
    await zh.context.close();
    await context.close();
  });

  it('shows a search outage in place and points to the navbar search', async () => {
    const { page, context } = await portal.newPage();
    await page.route('**/api/v1/search?*', (route) =>
      route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ status: 503, code: 'search_unavailable', title: 'Search is unavailable' }) }),
    );
    await page.goto(`${portal.base}/support/search?q=${encodeURIComponent('备份')}`);
    const alert = page.getByRole('alert').filter({ hasText: '搜索暂时不可用' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/导航栏中的搜索框/);
    await alert.getByRole('button', { name: '重试' }).waitFor();
    await context.close();
  });

  it('works at 375 px and with the keyboard alone', async () => {
    const { page, context } = await portal.newPage({ width: 375 });
    await page.goto(`${portal.base}/support/search`);
    const box = page.getByRole('searchbox', { name: '搜索内容' });
    await box.waitFor();
    for (let presses = 0; presses < 40 && !(await isFocused(box)); presses++) await page.keyboard.press('Tab');
    expect(await isFocused(box)).toBe(true);
    await page.keyboard.type('备份');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /“备份”共找到 \d+ 条结果/ }).waitFor();
    const [scrollWidth, clientWidth] = (await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]')) as [number, number];
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await portal.screenshot(page, `search-zh-375`);

    // Tab past the search button into the kind filter, and move within it with the arrow keys.
    const all = page.getByRole('group', { name: '类型' }).getByRole('radio', { name: '全部' });
    for (let presses = 0; presses < 5 && !(await isFocused(all)); presses++) await page.keyboard.press('Tab');
    expect(await isFocused(all)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('doc');
    // On to the first result, and open it.
    const firstHit = page.locator('main ol a').first();
    await firstHit.waitFor();
    const target = await firstHit.getAttribute('href');
    for (let presses = 0; presses < 30 && !(await isFocused(firstHit)); presses++) await page.keyboard.press('Tab');
    expect(await isFocused(firstHit)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === target);

    const en = await portal.newPage({ locale: 'en', width: 375 });
    await en.page.goto(`${portal.base}/en/support/search?q=backup`);
    await en.page.locator('main ol a').first().waitFor();
    await portal.screenshot(en.page, `search-en-375`);
    await en.context.close();
    await context.close();
  });

  it.each(['zh-Hans', 'en'] as const)('has no serious or critical axe-core violation in %s', async (locale) => {
    const auditContext = await portal.browser.newContext({ bypassCSP: true, locale: locale === 'en' ? 'en-GB' : 'zh-CN' });
    const audit = await auditContext.newPage();
    const problems: string[] = [];
    const prefix = `${portal.base}${locale === 'en' ? '/en' : ''}/support/search`;
    for (const [name, query] of [['empty', ''], ['results', '?q=backup'], ['nothing', '?q=qwxzvbnmkj']]) {
      await audit.goto(`${prefix}${query}`);
      await audit.locator(name === 'results' ? 'main ol a' : name === 'empty' ? 'main h2' : 'main ul li').first().waitFor();
      problems.push(...(await seriousViolations(audit)).map((v) => `${name}: ${v}`));
    }
    expect(problems).toEqual([]);
    await auditContext.close();
  });
});
