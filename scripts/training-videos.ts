// Films the training walkthroughs (src/data/walkthroughs.ts) in headless Chromium against a throwaway Handover (the
// built site and the API on one port, its own PGlite database and SMTP sink: the browser tests' harness), one video
// per UI language, and writes static/training/videos/<name>.<locale>.webm (+ a poster .jpg) and the subtitles
// <name>.<language>.vtt. Each step is filmed for exactly its seconds in the script, so the subtitles are a function
// of the script alone and both UI languages share them. Run `npm run training:videos`, look at the result, commit.
//   tsx scripts/training-videos.ts [portal-filing|console-reply ...] [--keep-frames]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator } from 'playwright-core';
import { startPortal } from '../server/test/support/portal.js';
import {
  locales,
  walkthroughNames,
  walkthroughs,
  webVtt,
  type Locale,
  type WalkthroughName,
} from '../src/data/walkthroughs.js';
import { prepare, scripts } from './training-videos-steps.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const videoDir = path.join(root, 'static', 'training', 'videos');
const ffmpeg = process.env.FFMPEG_PATH ?? '/usr/bin/ffmpeg';
const viewport = { width: 1280, height: 720 };
/** Seconds each in-between frame of a step is shown (the typing, the click); the step's last frame takes the rest. */
const motionFrame = 0.6;

/** Films one walkthrough in one UI language into frames with their durations, then encodes them with ffmpeg. */
async function film(name: WalkthroughName, locale: Locale, keepFrames: boolean): Promise<string> {
  // The links the pages show point at a local Handover, as on a trainee's machine.
  const portal = await startPortal({ PUBLIC_URL: 'http://localhost:8000' });
  const frames = mkdtempSync(path.join(tmpdir(), `handover-${name}-${locale}-`));
  const shots: { file: string; seconds: number }[] = [];
  try {
    const state = await prepare(portal, name, locale);
    const context = await portal.browser.newContext({ locale: locale === 'en' ? 'en-GB' : 'zh-CN', timezoneId: 'Asia/Shanghai', viewport });
    const page = await context.newPage();
    for (const step of walkthroughs[name].steps) {
      const taken: string[] = [];
      const frame = async (highlight?: Locator) => {
        const file = path.join(frames, `${String(shots.length + taken.length).padStart(3, '0')}.png`);
        // The element the narration talks about gets an outline, as a trainer would point at it.
        const outlined = highlight ? await highlight.first().elementHandle() : null;
        await outlined?.evaluate((el: HTMLElement) => el.style.setProperty('outline', '4px solid #e8590c', 'important'));
        await page.screenshot({ path: file, animations: 'disabled', caret: 'initial' });
        await outlined?.evaluate((el: HTMLElement) => el.style.removeProperty('outline'));
        taken.push(file);
      };
      await scripts[name][step.id]!({ page, frame, locale, prefix: locale === 'en' ? '/en' : '', portal, state });
      if (taken.length === 0) throw new Error(`${name}/${step.id} took no frame`);
      const last = step.seconds - motionFrame * (taken.length - 1);
      if (last < 1) throw new Error(`${name}/${step.id}: ${taken.length} frames do not fit in ${step.seconds} s`);
      taken.forEach((file, i) => shots.push({ file, seconds: i === taken.length - 1 ? last : motionFrame }));
    }
    await context.close();
    return encode(name, locale, frames, shots);
  } finally {
    await portal.stop();
    if (!keepFrames) rmSync(frames, { recursive: true, force: true });
    else console.log(`frames kept in ${frames}`);
  }
}

function encode(name: WalkthroughName, locale: Locale, frames: string, shots: { file: string; seconds: number }[]): string {
  // The concat demuxer shows each frame for its duration; the last file is listed twice so its duration counts.
  const list = path.join(frames, 'frames.txt');
  const lines = shots.flatMap(({ file, seconds }) => [`file '${file}'`, `duration ${seconds.toFixed(3)}`]);
  writeFileSync(list, `${[...lines, `file '${shots.at(-1)!.file}'`].join('\n')}\n`);
  const video = path.join(videoDir, `${name}.${locale}.webm`);
  run(ffmpeg, ['-y', '-hide_banner', '-loglevel', 'error', '-f', 'concat', '-safe', '0', '-i', list,
    // A constant 5 frames a second: enough for the in-between frames, and VP9 stores an unchanged frame in a few bytes;
    // one key frame a minute, since key frames are most of the size and seeking a still screen stays quick.
    '-vf', 'fps=5,format=yuv420p', '-c:v', 'libvpx-vp9', '-crf', '42', '-b:v', '0', '-row-mt', '1', '-deadline', 'good', '-cpu-used', '4',
    '-g', '300', '-an', video]);
  // The poster is the step that shows the result best: the last frame of the walkthrough.
  run(ffmpeg, ['-y', '-hide_banner', '-loglevel', 'error', '-i', shots.at(-1)!.file, '-vf', 'scale=640:-2', '-q:v', '6', path.join(videoDir, `${name}.${locale}.jpg`)]);
  return video;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${path.basename(command)} failed (${result.status ?? result.signal})`);
}

const args = process.argv.slice(2);
const chosen = args.filter((a) => !a.startsWith('--')) as WalkthroughName[];
for (const name of chosen) if (!walkthroughNames.includes(name)) throw new Error(`Unknown walkthrough "${name}" (expected ${walkthroughNames.join(', ')})`);
mkdirSync(videoDir, { recursive: true });
for (const name of chosen.length ? chosen : walkthroughNames) {
  for (const locale of locales) {
    const video = await film(name, locale, args.includes('--keep-frames'));
    console.log(`${path.relative(root, video)}: ${(statSync(video).size / 1024).toFixed(0)} KiB`);
  }
  for (const language of locales) writeFileSync(path.join(videoDir, `${name}.${language}.vtt`), webVtt(walkthroughs[name], language));
}
