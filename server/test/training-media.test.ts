import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebVTTParser } from 'webvtt-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecks, deckSources, locales as deckLocales, slideCount } from '../../scripts/training-slides.mjs';
import { trainingDecks } from '../../src/data/training-decks.js';
import { locales, stepTimes, walkthroughNames, walkthroughs, webVtt } from '../../src/data/walkthroughs.js';

// The training materials: the week decks are rendered from their Marp sources (as every site build does) and checked
// for their slides and images; the committed walkthrough videos' subtitles are checked against the script.

const root = fileURLToPath(new URL('../..', import.meta.url));
const staticDir = path.join(root, 'static');
const videoDir = path.join(staticDir, 'training', 'videos');

describe('the week decks, rendered from training/slides', { timeout: 120_000 }, () => {
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(path.join(tmpdir(), 'handover-decks-'));
    await buildDecks({ outDir: out });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('has a deck for each of the five weeks in both languages, and nothing else', () => {
    expect(deckLocales).toEqual(['zh-Hans', 'en']);
    for (const locale of deckLocales) expect(deckSources(locale).map((d: { week: number }) => d.week)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each(trainingDecks.flatMap((deck) => deckLocales.map((locale: string) => ({ ...deck, locale }))))(
    'week $week ($locale) has its $slides slides, in its language, with every image it shows',
    ({ week, locale, slides }) => {
      const html = readFileSync(path.join(out, locale, `week-${week}.html`), 'utf8');
      const source = readFileSync(path.join(root, 'training', 'slides', locale, `week-${week}.md`), 'utf8');
      expect(slides).toBeGreaterThanOrEqual(10);
      expect(slides).toBeLessThanOrEqual(15);
      expect(slideCount(source)).toBe(slides);
      // Marp wraps each slide in its own <svg data-marpit-svg>.
      expect(html.match(/<svg data-marpit-svg/g)?.length).toBe(slides);
      expect(html).toMatch(new RegExp(`<html lang="${locale}"`));
      expect(html).toContain('Noto Sans CJK SC'); // the site's theme with its Chinese font, not Marp's default

      // Images are site paths made relative to /training/slides/<locale>/; each must be a file the site serves.
      const images = [...html.matchAll(/<img src="([^"]+)"/g), ...html.matchAll(/url\((?:&quot;|")?([^)"&]+)(?:&quot;|")?\)/g)]
        .map((m) => m[1]!)
        .filter((src) => !src.startsWith('data:'));
      for (const src of images) {
        expect(src, `${locale}/week-${week}: ${src} is not on this site`).not.toMatch(/^[a-z]+:/);
        const file = path.join(staticDir, path.posix.normalize(path.posix.join('training/slides', locale, src)));
        expect(existsSync(file), `${locale}/week-${week} shows ${src}, which is missing (${path.relative(root, file)})`).toBe(true);
      }
      const referenced = [...source.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].length;
      expect(images.length).toBeGreaterThanOrEqual(referenced);
    },
  );

  it('counts slides by the rulers outside code blocks', () => {
    expect(slideCount('---\nmarp: true\n---\n\n# One\n\n---\n\n```yaml\n---\n```\n\n---\n\nThree')).toBe(3);
  });
});

describe('the walkthrough videos in static/training/videos', () => {
  const duration = (file: string) => {
    const probe = spawnSync('/usr/bin/ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file], { encoding: 'utf8' });
    return probe.status === 0 ? Number(probe.stdout.trim()) : undefined;
  };

  it.each(walkthroughNames)('%s: the committed subtitles are valid WebVTT, say what the script says, and line up in both languages', (name) => {
    const cueLists = locales.map((language) => {
      const file = path.join(videoDir, `${name}.${language}.vtt`);
      const vtt = readFileSync(file, 'utf8');
      expect(vtt, `${path.relative(root, file)} differs from src/data/walkthroughs.ts: run \`npm run training:videos -- ${name}\``).toBe(
        webVtt(walkthroughs[name], language),
      );
      const parsed = new WebVTTParser().parse(vtt, 'subtitles');
      expect(parsed.errors).toEqual([]);
      expect(parsed.cues.map((cue) => cue.text)).toEqual(walkthroughs[name].steps.map((step) => step.caption[language]));
      return parsed.cues;
    });
    const [zh, en] = cueLists as [typeof cueLists[0], typeof cueLists[0]];
    expect(zh.length).toBe(en.length);
    expect(zh.map((c) => [c.id, c.startTime, c.endTime])).toEqual(en.map((c) => [c.id, c.startTime, c.endTime]));
  });

  it.each(walkthroughNames.flatMap((name) => locales.map((ui) => ({ name, ui }))))(
    '$name, filmed in the $ui interface, is a small WebM as long as its script, with a poster',
    ({ name, ui }) => {
      const video = path.join(videoDir, `${name}.${ui}.webm`);
      const size = statSync(video).size;
      expect(size).toBeGreaterThan(20 * 1024);
      expect(size).toBeLessThan(1024 * 1024);
      expect(readFileSync(video).subarray(0, 4)).toEqual(Buffer.from([0x1a, 0x45, 0xdf, 0xa3])); // EBML: WebM/Matroska
      expect(existsSync(path.join(videoDir, `${name}.${ui}.jpg`))).toBe(true);
      const seconds = stepTimes(walkthroughs[name]).at(-1)!.end;
      expect(seconds).toBeGreaterThanOrEqual(30);
      expect(seconds).toBeLessThanOrEqual(90);
      const measured = duration(video);
      if (measured !== undefined) expect(Math.abs(measured - seconds), `${name}.${ui}.webm is ${measured} s, the script ${seconds} s`).toBeLessThan(0.5);
    },
  );

  it('writes subtitle timestamps as WebVTT wants them', () => {
    const vtt = webVtt({ title: { 'zh-Hans': '', en: '' }, summary: { 'zh-Hans': '', en: '' }, steps: [
      { id: 'a', seconds: 61.5, caption: { 'zh-Hans': '甲', en: 'A' } },
      { id: 'b', seconds: 3600, caption: { 'zh-Hans': '乙', en: 'B' } },
    ] }, 'en');
    expect(vtt).toBe('WEBVTT\n\na\n00:00:00.000 --> 00:01:01.500\nA\n\nb\n00:01:01.500 --> 01:01:01.500\nB\n');
  });
});
