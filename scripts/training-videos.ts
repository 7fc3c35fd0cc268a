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
import type { Locator, Page } from 'playwright-core';
import { hashPassword } from '../server/src/auth/password.js';
import { startPortal, type Portal } from '../server/test/support/portal.js';
import { createStaff } from '../server/test/support/staff.js';
import { someIp, ticketBody } from '../server/test/support/ticket-api.js';
import {
  locales,
  walkthroughNames,
  walkthroughs,
  webVtt,
  type Locale,
  type WalkthroughName,
} from '../src/data/walkthroughs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const videoDir = path.join(root, 'static', 'training', 'videos');
const ffmpeg = process.env.FFMPEG_PATH ?? '/usr/bin/ffmpeg';
const viewport = { width: 1280, height: 720 };
/** Seconds each in-between frame of a step is shown (the typing, the click); the step's last frame takes the rest. */
const motionFrame = 0.6;
const password = 'a long walkthrough password';

/** What a step films on: the page, a way to take a frame now, and the walkthrough's own data. */
type Take = { page: Page; frame(highlight?: Locator): Promise<void>; locale: Locale; prefix: string; portal: Portal; state: Record<string, string> };
type Steps = Record<string, (take: Take) => Promise<void>>;

const ui = {
  'zh-Hans': {
    subject: /^标题/, description: /^问题描述/, attachments: '附件（可选）', name: /^姓名/, email: /^邮箱/, submit: '提交工单',
    filed: /^工单 HO-\d+ 已提交$/, openTracking: '打开跟踪页面', password: /^密码/, signIn: '登录', signOut: '退出登录',
    assignMe: '分配给我', save: '保存修改', saved: '已保存。', insertSaved: /^插入常用回复/, sendPending: '发送并设为等待客户',
    sentReply: '回复已发送给客户。', sla: '服务级别（SLA）', pending: '等待客户',
  },
  en: {
    subject: /^Subject/, description: /^Description/, attachments: 'Attachments (optional)', name: /^Name/, email: /^E-mail/, submit: 'File the ticket',
    filed: /^Ticket HO-\d+ is filed$/, openTracking: 'Open the tracking page', password: /^Password/, signIn: 'Sign in', signOut: 'Sign out',
    assignMe: 'Assign to me', save: 'Save changes', saved: 'Saved.', insertSaved: /^Insert a saved reply/, sendPending: 'Send and set waiting for customer',
    sentReply: 'The reply is sent to the customer.', sla: 'Service level (SLA)', pending: 'Waiting for customer',
  },
} as const;

const story = {
  'zh-Hans': {
    customer: '李雷', subject: '升级到 0.8 后 /ready 返回 503',
    description: '从 10:05 起 /ready 返回 503，所有用户无法登录。\n\n请求 ID：`training-week4-001`',
    answer: '您好，/ready 返回 503 表示数据库不可用。请确认 DATABASE_URL 指向的 PostgreSQL 正在运行，我们继续跟进。',
    others: ['报表导出一直转圈', '如何把界面切换为英文？'],
  },
  en: {
    customer: 'Han Meimei', subject: '/ready answers 503 after the upgrade to 0.8',
    description: 'Since 10:05 /ready answers 503 and nobody can sign in.\n\nRequest ID: `training-week4-001`',
    answer: 'Hello, a 503 from /ready means the database is unavailable. Please check that the PostgreSQL server named in DATABASE_URL is running; we are following up.',
    others: ['The report export keeps spinning', 'How do I switch the interface to Chinese?'],
  },
} as const;

const log = Buffer.from('2026-12-04T10:05:01Z ERROR db: connection refused (127.0.0.1:5432)\n'.repeat(30));

async function fileByApi(portal: Portal, locale: Locale, subject: string, priority = 'P2') {
  const res = await fetch(`${portal.base}/api/v1/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Forwarded-For': someIp() },
    body: JSON.stringify(
      ticketBody(
        { subject, description: story[locale].description, priority, tags: undefined },
        { email: `${locale === 'en' ? 'han.meimei' : 'li.lei'}@example.com`, name: story[locale].customer, locale, organisation: undefined, phone: undefined },
      ),
    ),
  });
  if (res.status !== 201) throw new Error(`filing failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { number: string; trackingToken: string };
}

async function staffApi(portal: Portal, bearer: string, route: string, body: unknown) {
  const res = await fetch(`${portal.base}/api/v1${route}`, {
    method: 'POST',
    headers: { Authorization: bearer, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${route}: ${res.status} ${await res.text()}`);
}

const portalFiling: Steps = {
  async 'open-form'({ page, frame, portal, prefix }) {
    await page.goto(`${portal.base}${prefix}/support/new`);
    await page.getByLabel(ui.en.subject).or(page.getByLabel(ui['zh-Hans'].subject)).waitFor();
    await frame();
  },
  async describe({ page, frame, locale }) {
    const t = ui[locale];
    const subject = page.getByLabel(t.subject);
    await subject.fill(story[locale].subject);
    await frame(subject);
    const description = page.getByLabel(t.description);
    await description.fill(story[locale].description);
    await frame(description);
  },
  async classify({ page, frame, locale }) {
    const priority = page.getByRole('radio', { name: /^P2/ });
    await priority.check();
    await frame(priority);
    const category = page.getByLabel(locale === 'en' ? /^Category/ : /^类别/);
    await category.selectOption('deployment');
    await frame(category);
  },
  async attach({ page, frame, locale }) {
    const files = page.getByLabel(ui[locale].attachments);
    await files.setInputFiles({ name: 'app.log', mimeType: 'text/plain', buffer: log });
    await page.getByText('app.log').first().waitFor();
    await frame(page.getByText('app.log').first());
  },
  async contact({ page, frame, locale, state }) {
    const t = ui[locale];
    await page.getByLabel(t.name).fill(story[locale].customer);
    const email = page.getByRole('textbox', { name: t.email });
    await email.fill(state.email!);
    await frame(email);
  },
  async filed({ page, frame, locale, state }) {
    const t = ui[locale];
    const submit = page.getByRole('button', { name: t.submit });
    await frame(submit);
    await submit.click();
    const heading = page.getByRole('heading', { name: t.filed });
    await heading.waitFor();
    state.number = (await heading.innerText()).match(/HO-\d+/)![0];
    await frame(page.getByLabel(locale === 'en' ? 'Your private tracking link' : '您的私人跟踪链接'));
  },
  async track({ page, frame, locale, state }) {
    await page.getByRole('link', { name: ui[locale].openTracking }).click();
    await page.getByRole('heading', { name: new RegExp(`^${state.number}`) }).waitFor();
    await frame();
  },
  async answered({ page, frame, locale, portal, state }) {
    await staffApi(portal, state.bearer!, `/tickets/${state.number}/messages`, { body: story[locale].answer });
    await page.reload();
    const reply = page.getByText(story[locale].answer);
    await reply.waitFor();
    await reply.scrollIntoViewIfNeeded();
    await frame(reply);
  },
};

const consoleReply: Steps = {
  async 'sign-in'({ page, frame, locale, portal, prefix, state }) {
    const t = ui[locale];
    await page.goto(`${portal.base}${prefix}/console`);
    await page.getByRole('textbox', { name: t.email }).fill(state.agentEmail!);
    await page.getByLabel(t.password).fill(password);
    await frame(page.getByRole('button', { name: t.signIn, exact: true }));
    await page.getByRole('button', { name: t.signIn, exact: true }).click();
    await page.getByRole('button', { name: t.signOut }).waitFor();
  },
  async queue({ page, frame, state }) {
    const row = page.getByRole('row', { name: new RegExp(state.number!) });
    await row.waitFor();
    await frame(row);
  },
  async 'open-ticket'({ page, frame, state }) {
    const position = await page.getByRole('row').evaluateAll((rows, number) => rows.findIndex((r) => r.textContent?.includes(number as string)), state.number);
    for (let i = 0; i < position; i += 1) await page.keyboard.press('j');
    await frame();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/console/tickets/${state.number}$`));
    await page.getByRole('heading', { name: new RegExp(`^${state.number}`) }).waitFor();
    await frame();
  },
  async assign({ page, frame, locale }) {
    const t = ui[locale];
    await page.getByRole('button', { name: t.assignMe }).click();
    await frame(page.getByLabel(locale === 'en' ? /^Assignee/ : /^处理人/));
    await page.getByRole('button', { name: t.save }).click();
    await page.getByText(t.saved, { exact: true }).waitFor();
    await frame(page.getByText(t.saved, { exact: true }));
  },
  async sla({ page, frame, locale }) {
    const panel = page.getByRole('region', { name: ui[locale].sla });
    await panel.scrollIntoViewIfNeeded();
    await frame(panel);
  },
  async 'saved-reply'({ page, frame, locale, state }) {
    const t = ui[locale];
    const picker = page.getByLabel(t.insertSaved);
    await picker.scrollIntoViewIfNeeded();
    await frame(picker);
    await picker.selectOption({ label: `${state.savedReply} → ${t.sendPending}` });
    await page.getByRole('button', { name: t.sendPending }).scrollIntoViewIfNeeded();
    await frame(page.getByLabel(locale === 'en' ? /^Reply/ : /^回复内容/));
  },
  async 'send-pending'({ page, frame, locale }) {
    const t = ui[locale];
    const send = page.getByRole('button', { name: t.sendPending });
    await frame(send);
    await send.click();
    await page.getByText(t.sentReply).waitFor();
    await frame(page.getByText(t.sentReply));
  },
  async mine({ page, frame, locale, portal, prefix, state }) {
    await page.goto(`${portal.base}${prefix}/console?view=mine`);
    const row = page.getByRole('row', { name: new RegExp(state.number!) });
    await row.filter({ hasText: ui[locale].pending }).waitFor();
    await frame(row);
  },
};

const scripts: Record<WalkthroughName, Steps> = { 'portal-filing': portalFiling, 'console-reply': consoleReply };

/** The data a walkthrough starts from: an agent with a password, and for the console a ticket and a saved reply. */
async function prepare(portal: Portal, name: WalkthroughName, locale: Locale): Promise<Record<string, string>> {
  const agent = await createStaff(portal.server.db.prisma, { name: locale === 'en' ? 'Demo Agent' : '演示客服', locale });
  await portal.server.db.prisma.user.update({ where: { id: agent.id }, data: { passwordHash: await hashPassword(password) } });
  const state: Record<string, string> = { bearer: agent.bearer, agentEmail: agent.email, email: `${locale === 'en' ? 'han.meimei' : 'li.lei'}@example.com` };
  if (name === 'console-reply') {
    await fileByApi(portal, locale, story[locale].others[0], 'P3');
    state.number = (await fileByApi(portal, locale, story[locale].subject, 'P2')).number;
    await fileByApi(portal, locale, story[locale].others[1], 'P4');
    state.savedReply = '索取日志 Ask for logs';
    await staffApi(portal, agent.bearer, '/saved-replies', {
      name: state.savedReply,
      bodyZh: '{{requester.name}}，您好：请把出现问题前后 10 分钟的服务器日志作为附件发给我们（{{ticket.number}}：{{ticket.subject}}）。',
      bodyEn: 'Hello {{requester.name}}, please attach the server log from ten minutes before to ten minutes after the problem ({{ticket.number}}: {{ticket.subject}}).',
      status: 'pending',
    });
  }
  return state;
}

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
