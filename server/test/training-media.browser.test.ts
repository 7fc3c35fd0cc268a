import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, seriousViolations } from './support/browser.js';
import { screenshotDir, startPortal, type Portal } from './support/portal.js';

// The training materials page as a trainee meets it, in both languages: the table of week decks (each deck opens and
// turns pages under the site's CSP), an embedded deck, and the walkthrough videos with subtitles and transcript.

const pages = [
  { locale: 'zh-Hans', path: '/docs/training/materials', transcript: '文字稿', seek: '从 0:05 播放', otherUi: '看英文界面的版本' },
  { locale: 'en', path: '/en/docs/training/materials', transcript: 'Transcript', seek: 'Play from 0:05', otherUi: 'Watch it in the Chinese interface' },
] as const;

describe.runIf(browserAvailable())('the training materials page in headless Chromium', { timeout: 120_000 }, () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.stop());

  it.each(pages)('lists every deck ($locale) and each opens and turns its pages with the keyboard', async ({ locale, path: pagePath }) => {
    const { page, context } = await portal.newPage({ locale });
    await page.goto(`${portal.base}${pagePath}`);
    const table = page.getByRole('table').filter({ has: page.getByRole('link', { name: locale === 'en' ? 'Week 1: System overview' : '第 1 周：系统概览' }) });
    const links = await table.getByRole('link').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toHaveLength(10);
    for (const href of links) expect((await fetch(href)).status, href).toBe(200);

    const deck = await context.newPage();
    // A script blocked by the CSP logs an error; a missing image fails its request. The browser's own favicon.ico
    // request is the site's 404 (the decks have no icon), nothing a trainee sees.
    const violations: string[] = [];
    deck.on('console', (message) => message.type() === 'error' && !/Failed to load resource/.test(message.text()) && violations.push(message.text()));
    deck.on('response', (res) => res.status() >= 400 && !res.url().endsWith('/favicon.ico') && violations.push(`${res.status()} ${res.url()}`));
    await deck.goto(links[6]!); // week 4 in the page’s language (each row: this language, then the other)
    expect(await deck.getAttribute('html', 'lang')).toBe(locale);
    await deck.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(deck.url()).hash).toBe('#2'); // Marp's inline script ran: the CSP allows it
    expect(violations).toEqual([]);
    await deck.screenshot({ path: path.join(screenshotDir, `training-slide-${locale}-1280.png`) });
    expect(portal.pageErrors).toEqual([]);
    await context.close();
  });

  it('fits every slide of every deck on its page (nothing cut off at the bottom)', async () => {
    const { page, context } = await portal.newPage({ width: 1280 });
    const overflowing: string[] = [];
    for (const locale of ['zh-Hans', 'en']) {
      for (const week of [1, 2, 3, 4, 5]) {
        await page.goto(`${portal.base}/training/slides/${locale}/week-${week}.html`);
        const cut = await page.evaluate(() =>
          Array.from(document.querySelectorAll('svg[data-marpit-svg] > foreignObject > section'))
            .map((section, i) => ({ slide: i + 1, by: section.scrollHeight - section.clientHeight }))
            .filter(({ by }) => by > 0),
        );
        overflowing.push(...cut.map(({ slide, by }) => `${locale}/week-${week} slide ${slide}: ${by}px`));
      }
    }
    expect(overflowing).toEqual([]);
    await context.close();
  });

  it.each(pages)('plays a walkthrough ($locale) with subtitles in the page’s language by default and a transcript that seeks', async ({ locale, path: pagePath, seek, otherUi }) => {
    const { page, context } = await portal.newPage({ locale });
    await page.goto(`${portal.base}${pagePath}`);
    const video = page.locator('video').first();
    await video.scrollIntoViewIfNeeded();
    const tracks = await video.evaluate((v: HTMLVideoElement) => Array.from(v.textTracks).map((t) => ({ language: t.language, mode: t.mode, kind: t.kind })));
    expect(tracks).toEqual([
      { language: 'zh-Hans', mode: locale === 'zh-Hans' ? 'showing' : 'disabled', kind: 'subtitles' },
      { language: 'en', mode: locale === 'en' ? 'showing' : 'disabled', kind: 'subtitles' },
    ]);
    expect(await video.evaluate((v: HTMLVideoElement) => v.currentSrc)).toContain(`portal-filing.${locale}.webm`);

    // The transcript's times are buttons: Enter on one moves the video there and puts focus on it.
    const button = page.getByRole('button', { name: seek }).first();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThanOrEqual(5);
    await video.evaluate((v: HTMLVideoElement) => v.pause());
    expect(await video.evaluate((v) => v === document.activeElement)).toBe(true);
    // The subtitle cue of that step is the one the page's language shows.
    const cue = await video.evaluate((v: HTMLVideoElement) => {
      const showing = Array.from(v.textTracks).find((t) => t.mode === 'showing');
      // At a cue's first instant the previous cue (ending there) may still be listed as active: count the one that covers it.
      return Array.from(showing?.activeCues ?? [])
        .filter((c) => c.startTime <= v.currentTime && v.currentTime < c.endTime)
        .map((c) => (c as VTTCue).text);
    });
    expect(cue.length).toBe(1);
    await video.screenshot({ path: path.join(screenshotDir, `training-video-frame-${locale}-1280.png`) });

    await page.getByRole('button', { name: otherUi }).first().click();
    await expect.poll(() => page.locator('video').first().evaluate((v: HTMLVideoElement) => v.currentSrc)).toContain(`portal-filing.${locale === 'en' ? 'zh-Hans' : 'en'}.webm`);
    expect(portal.pageErrors).toEqual([]);
    await context.close();
  });

  it.each(pages.flatMap((p) => [1280, 375].map((width) => ({ ...p, width }))))('has no serious accessibility problem ($locale, $width px)', async ({ locale, path: pagePath, transcript, width }) => {
    const { page, context } = await portal.newPage({ locale, width });
    await page.goto(`${portal.base}${pagePath}`);
    await page.getByText(transcript).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const checked = await portal.browser.newContext({ bypassCSP: true, locale: locale === 'en' ? 'en-GB' : 'zh-CN', viewport: { width, height: 900 } });
    const axePage = await checked.newPage();
    await axePage.goto(`${portal.base}${pagePath}`);
    await axePage.getByText(transcript).first().waitFor();
    expect(await seriousViolations(axePage)).toEqual([]);
    await axePage.screenshot({ path: path.join(screenshotDir, `training-materials-${locale}-${width}.png`), fullPage: true });
    await checked.close();
    await context.close();
  });
});
