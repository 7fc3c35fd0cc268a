import type { Locale } from '../../http/locale.js';
import type { PayloadOf } from '../messages.js';
import type { Letter } from './layout.js';

const trackNames = {
  developer: { 'zh-Hans': '开发', en: 'developer' },
  operator: { 'zh-Hans': '运维', en: 'operator' },
  business: { 'zh-Hans': '业务', en: 'business' },
} as const;

export function traineeInvited(d: PayloadOf<'trainee_invited'>, locale: Locale): Letter {
  const track = trackNames[d.track][locale];
  return locale === 'en'
    ? {
        subject: `You are invited to the Handover training: ${d.cohortName}`,
        greeting: `Hello ${d.traineeName},`,
        blocks: [
          { paragraph: `${d.invitedBy} invited you to the five-week Handover curriculum, ${track} track.` },
          { facts: [['Cohort', d.cohortName], ['Week 1 starts', d.startsOn], ['Track', track]] },
          { paragraph: `Sign in with the button below: no password is needed. The link works once, for ${d.expiresInHours} hours; afterwards ask for a new one on the training sign-in page with this address.` },
          { button: { label: 'Sign in to the training', url: d.url } },
        ],
      }
    : {
        subject: `邀请您参加 Handover 培训：${d.cohortName}`,
        greeting: `${d.traineeName}，您好：`,
        blocks: [
          { paragraph: `${d.invitedBy} 邀请您参加 Handover 五周培训课程（${track}方向）。` },
          { facts: [['期次', d.cohortName], ['第 1 周开始', d.startsOn], ['方向', track]] },
          { paragraph: `点击下面的按钮即可登录，不需要密码。链接只能使用一次，${d.expiresInHours} 小时内有效；过期后请在培训登录页面用本邮箱重新获取。` },
          { button: { label: '登录培训', url: d.url } },
        ],
      };
}

export function traineeSignIn(d: PayloadOf<'trainee_sign_in'>, locale: Locale): Letter {
  return locale === 'en'
    ? {
        subject: 'Your sign-in link to the Handover training',
        greeting: `Hello ${d.traineeName},`,
        blocks: [
          { paragraph: `Someone (we hope you) asked to sign in to the training with this address. The link works once, for ${d.expiresInHours} hours.` },
          { button: { label: 'Sign in to the training', url: d.url } },
          { paragraph: 'If you did not ask for it, ignore this message: nothing changes.' },
        ],
      }
    : {
        subject: 'Handover 培训的登录链接',
        greeting: `${d.traineeName}，您好：`,
        blocks: [
          { paragraph: `有人（希望是您本人）请求用此邮箱登录培训。下面的链接只能使用一次，${d.expiresInHours} 小时内有效。` },
          { button: { label: '登录培训', url: d.url } },
          { paragraph: '如果这不是您的操作，请忽略此邮件，不会有任何变化。' },
        ],
      };
}

export function traineeLessonChanged(d: PayloadOf<'trainee_lesson_changed'>, locale: Locale): Letter {
  const items = d.items.map((item) => ({ label: locale === 'en' ? `Week ${item.week}: ${item.title}` : `第 ${item.week} 周：${item.title}`, url: item.pageUrl }));
  return locale === 'en'
    ? {
        subject: d.items.length === 1 ? 'A lesson you completed has changed' : `${d.items.length} lessons you completed have changed`,
        greeting: `Hello ${d.traineeName},`,
        blocks: [
          { paragraph: 'These items changed after you completed them. Your completion is kept and marked "changed since you completed it"; read them again and, where it helps, do them again.' },
          { list: items },
          { button: { label: 'Open my progress', url: d.progressUrl } },
        ],
      }
    : {
        subject: d.items.length === 1 ? '您完成的一项课程内容已修改' : `您完成的 ${d.items.length} 项课程内容已修改`,
        greeting: `${d.traineeName}，您好：`,
        blocks: [
          { paragraph: '下列条目在您完成之后有了修改。您的完成记录仍然保留，并标记为“完成后内容已修改”；请重新阅读，必要时再做一遍。' },
          { list: items },
          { button: { label: '查看我的学习进度', url: d.progressUrl } },
        ],
      };
}
