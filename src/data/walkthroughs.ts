// The training walkthrough videos as a script: each step’s on-screen time and what the narration (subtitle) says in
// both languages. scripts/training-videos-steps.ts plays the steps in the browser, scripts/training-videos.ts films them for the same number of
// seconds, the subtitles (static/training/videos/*.vtt) are written from this file, and the site shows it as the
// transcript under the video, so the three cannot drift (server/test/training-media.test.ts checks the .vtt files).

export type Locale = 'zh-Hans' | 'en';
export type Bilingual = Record<Locale, string>;
export type WalkthroughStep = {id: string; seconds: number; caption: Bilingual};
export type Walkthrough = {title: Bilingual; summary: Bilingual; steps: WalkthroughStep[]};

export const walkthroughNames = ['portal-filing', 'console-reply'] as const;
export type WalkthroughName = (typeof walkthroughNames)[number];
export const locales: Locale[] = ['zh-Hans', 'en'];

export const walkthroughs: Record<WalkthroughName, Walkthrough> = {
  'portal-filing': {
    title: {'zh-Hans': '客户：提交带日志的工单并跟踪它', en: 'Customer: file a ticket with a log and track it'},
    summary: {
      'zh-Hans': '客户在站点的技术支持页面上提交一个 P2 工单，附上日志文件，保存私人跟踪链接，并在跟踪页面上看到支持人员的回复。',
      en: 'A customer files a P2 ticket on the site’s support page with a log file attached, keeps the private tracking link, and sees the support team’s answer on the tracking page.',
    },
    steps: [
      {
        id: 'open-form',
        seconds: 5,
        caption: {
          'zh-Hans': '客户打开站点的“技术支持 → 提交工单”页面，不需要注册账号。',
          en: 'The customer opens “Support → File a ticket” on the site; no account is needed.',
        },
      },
      {
        id: 'describe',
        seconds: 7,
        caption: {
          'zh-Hans': '标题写清现象；问题描述写开始时间、影响范围和请求 ID。',
          en: 'The subject says what happens; the description gives when it started, who is affected and the request ID.',
        },
      },
      {
        id: 'classify',
        seconds: 6,
        caption: {
          'zh-Hans': '按业务影响选择优先级（这里是 P2 高），再选类别“部署与升级”。',
          en: 'Priority follows the business impact (P2 high here); the category is “Deployment and upgrades”.',
        },
      },
      {
        id: 'attach',
        seconds: 6,
        caption: {
          'zh-Hans': '把日志文件 app.log 加入附件；服务器按内容检查文件，程序和空文件会被拒绝。',
          en: 'The log file app.log goes into the attachments; the server checks files by content and refuses programs and empty files.',
        },
      },
      {
        id: 'contact',
        seconds: 5,
        caption: {
          'zh-Hans': '填写姓名和邮箱：每一步进展都会发邮件到这个地址。',
          en: 'Name and e-mail address: every step of the ticket is e-mailed there.',
        },
      },
      {
        id: 'filed',
        seconds: 7,
        caption: {
          'zh-Hans': '提交后页面显示工单编号和私人跟踪链接。链接只显示这一次，请复制保存；“已收到”邮件里也有它。',
          en: 'The page shows the ticket number and the private tracking link. It is shown only this once: copy it; the acknowledgement e-mail carries it too.',
        },
      },
      {
        id: 'track',
        seconds: 7,
        caption: {
          'zh-Hans': '跟踪页面显示状态“新建”、处理人和提交时附带的 app.log。',
          en: 'The tracking page shows the status “New”, the assignee and the app.log sent with the ticket.',
        },
      },
      {
        id: 'answered',
        seconds: 7,
        caption: {
          'zh-Hans': '支持人员回复后，回复出现在沟通记录中（页面每分钟自动刷新），客户可以在下方继续回复。',
          en: 'When the support team answers, the reply appears in the conversation (the page refreshes every minute) and the customer can answer below.',
        },
      },
    ],
  },
  'console-reply': {
    title: {'zh-Hans': '支持人员：受理工单，用常用回复答复并设为等待客户', en: 'Support staff: take a ticket, answer with a saved reply, set it waiting for the customer'},
    summary: {
      'zh-Hans': '支持人员登录员工控制台，从队列中打开一个新工单，分配给自己，查看 SLA 计时，用常用回复答复客户并把状态设为“等待客户”。',
      en: 'An agent signs in to the staff console, opens a new ticket from the queue, assigns it to themselves, looks at the SLA clock, answers with a saved reply and sets the status to “Waiting for customer”.',
    },
    steps: [
      {
        id: 'sign-in',
        seconds: 5,
        caption: {
          'zh-Hans': '支持人员在 /console 用邮箱和密码登录员工控制台。',
          en: 'The agent signs in to the staff console at /console with e-mail address and password.',
        },
      },
      {
        id: 'queue',
        seconds: 7,
        caption: {
          'zh-Hans': '工单队列按优先级排序；视图、排序和筛选都写在地址中，可以收藏。',
          en: 'The queue is sorted by priority; the view, sort and filters live in the address, so they can be bookmarked.',
        },
      },
      {
        id: 'open-ticket',
        seconds: 7,
        caption: {
          'zh-Hans': '按 j 移到工单所在的行，按 Enter 打开：左边是问题描述和沟通记录，右边是工单属性和提交人。',
          en: 'j moves to the ticket’s row and Enter opens it: description and conversation on the left, ticket properties and requester on the right.',
        },
      },
      {
        id: 'assign',
        seconds: 6,
        caption: {
          'zh-Hans': '在“工单属性”中点击“分配给我”，再点击“保存修改”，处理记录中多出一条 assignee_changed。',
          en: 'In the ticket properties, “Assign to me”, then “Save changes”; the history gains an assignee_changed entry.',
        },
      },
      {
        id: 'sla',
        seconds: 6,
        caption: {
          'zh-Hans': 'SLA 面板显示首次响应和解决的到期时间，按工作日历计算。',
          en: 'The SLA panel shows when the first response and the resolution are due, counted on the working-day calendar.',
        },
      },
      {
        id: 'saved-reply',
        seconds: 7,
        caption: {
          'zh-Hans': '“插入常用回复”按客户的语言插入文字，填好客户姓名和工单编号，并切换为公开回复。',
          en: '“Insert a saved reply” inserts the text in the customer’s language with their name and the ticket number filled in, and switches to a public reply.',
        },
      },
      {
        id: 'send-pending',
        seconds: 7,
        caption: {
          'zh-Hans': '检查后点击“发送并设为等待客户”：客户收到邮件；等待客户期间，解决时限暂停计时。',
          en: 'After a check, “Send and set waiting for customer”: the customer is e-mailed, and the resolution clock pauses while they are awaited.',
        },
      },
      {
        id: 'mine',
        seconds: 6,
        caption: {
          'zh-Hans': '“我的”视图中，这个工单显示为“等待客户”；客户回复后它会自动回到“处理中”。',
          en: 'In the “Mine” view the ticket shows “Waiting for customer”; when the customer answers it goes back to “Open” by itself.',
        },
      },
    ],
  },
};

/** Where each step starts and ends in the video, in seconds: the steps follow each other without gaps. */
export function stepTimes(walkthrough: Walkthrough): {start: number; end: number}[] {
  let start = 0;
  return walkthrough.steps.map((step) => {
    const span = {start, end: start + step.seconds};
    start = span.end;
    return span;
  });
}

function timestamp(seconds: number): string {
  const whole = Math.floor(seconds);
  const ms = Math.round((seconds - whole) * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(whole / 3600))}:${pad(Math.floor(whole / 60) % 60)}:${pad(whole % 60)}.${pad(ms, 3)}`;
}

/** The WebVTT subtitles of a walkthrough in one language: one cue per step, numbered by the step's id. */
export function webVtt(walkthrough: Walkthrough, locale: Locale): string {
  const times = stepTimes(walkthrough);
  const cues = walkthrough.steps.map(
    (step, i) => `${step.id}\n${timestamp(times[i]!.start)} --> ${timestamp(times[i]!.end)}\n${step.caption[locale]}\n`,
  );
  return `WEBVTT\n\n${cues.join('\n')}`;
}

/** The site path of a walkthrough's video as filmed in a locale's UI, and of its subtitles in a language. */
export const videoPath = (name: WalkthroughName, ui: Locale) => `/training/videos/${name}.${ui}.webm`;
export const subtitlesPath = (name: WalkthroughName, language: Locale) => `/training/videos/${name}.${language}.vtt`;
export const posterPath = (name: WalkthroughName, ui: Locale) => `/training/videos/${name}.${ui}.jpg`;
