import type { Locale } from '../../http/locale.js';
import type { PayloadOf } from '../messages.js';
import type { Letter } from './layout.js';

// Letters to readers of the docs who subscribed to sections (double opt-in, then digests).

/** Section names as the site's navigation gives them. */
const sectionNames: Record<string, Record<Locale, string>> = {
  'user-guide': { 'zh-Hans': '用户手册', en: 'User guide' },
  training: { 'zh-Hans': '培训', en: 'Training' },
  operations: { 'zh-Hans': '运维', en: 'Operations' },
  api: { 'zh-Hans': 'API', en: 'API' },
  architecture: { 'zh-Hans': '架构', en: 'Architecture' },
  database: { 'zh-Hans': '数据库', en: 'Database' },
  faq: { 'zh-Hans': '常见问题', en: 'FAQ' },
  blog: { 'zh-Hans': '发布说明与最佳实践', en: 'Release notes and best practices' },
};

export function sectionName(section: string, locale: Locale): string {
  return sectionNames[section]?.[locale] ?? section;
}

const sectionList = (sections: string[], locale: Locale) => sections.map((s) => sectionName(s, locale)).join(locale === 'en' ? ', ' : '、');

const footers: Record<Locale, string> = {
  'zh-Hans': '您收到此邮件，是因为有人用此邮箱订阅了 Handover 文档更新。回复本邮件不会有人阅读。',
  en: 'You get this because this address subscribed to Handover docs updates. Replies to it are not read.',
};

export function docsSubscriptionConfirm(d: PayloadOf<'docs_subscription_confirm'>, locale: Locale): Letter {
  const sections = sectionList(d.sections, locale);
  return locale === 'en'
    ? {
        subject: 'Confirm your subscription to Handover docs updates',
        greeting: 'Hello,',
        blocks: [
          { paragraph: `Someone (we hope you) asked for a ${d.frequency} e-mail listing the pages changed in: ${sections}.` },
          { paragraph: `Nothing is sent until you confirm. The link works for ${d.expiresInHours} hours; if you did not ask, ignore this e-mail.` },
          { button: { label: 'Confirm the subscription', url: d.confirmUrl } },
        ],
        footer: footers.en,
      }
    : {
        subject: '请确认订阅 Handover 文档更新',
        greeting: '您好：',
        blocks: [
          { paragraph: `有人（希望是您本人）申请${d.frequency === 'daily' ? '每天' : '每周'}接收一封邮件，列出以下栏目中变更的页面：${sections}。` },
          { paragraph: `确认之前我们不会发送任何邮件。链接 ${d.expiresInHours} 小时内有效；如果不是您申请的，请忽略此邮件。` },
          { button: { label: '确认订阅', url: d.confirmUrl } },
        ],
        footer: footers['zh-Hans'],
      };
}

export function docsDigest(d: PayloadOf<'docs_digest'>, locale: Locale): Letter {
  const items = d.changes.map((change) => ({
    label:
      locale === 'en'
        ? `${change.title} (${sectionName(change.section, locale)}, ${change.kind === 'added' ? 'new' : 'updated'} ${change.date})`
        : `${change.title}（${sectionName(change.section, locale)}，${change.date} ${change.kind === 'added' ? '新增' : '更新'}）`,
    url: change.url,
  }));
  const unsubscribe = d.unsubscribeUrl ? { label: locale === 'en' ? 'Unsubscribe' : '退订', url: docsUnsubscribePageUrl(d.unsubscribeUrl, locale) } : undefined;
  const count = d.changes.length;
  return locale === 'en'
    ? {
        subject: `Handover docs: ${count} page${count === 1 ? '' : 's'} changed`,
        greeting: 'Hello,',
        blocks: [
          { paragraph: `These pages changed since your last ${d.frequency === 'daily' ? 'daily' : 'weekly'} digest (${sectionList(d.sections, locale)}):` },
          { list: items },
          { button: { label: 'All recent changes', url: d.changesPageUrl } },
        ],
        unsubscribe,
        footer: footers.en,
      }
    : {
        subject: `Handover 文档：${count} 个页面有更新`,
        greeting: '您好：',
        blocks: [
          { paragraph: `自上一封${d.frequency === 'daily' ? '每日' : '每周'}摘要以来，以下页面有变更（${sectionList(d.sections, locale)}）：` },
          { list: items },
          { button: { label: '查看全部最近更新', url: d.changesPageUrl } },
        ],
        unsubscribe,
        footer: footers['zh-Hans'],
      };
}

/**
 * The link in the digest's body opens the site's page that asks before ending the subscription (mail scanners
 * open links); the List-Unsubscribe header keeps the API address for one-click unsubscribing (RFC 8058).
 */
export function docsUnsubscribePageUrl(apiUrl: string, locale: Locale): string {
  const url = new URL(apiUrl);
  const at = apiUrl.indexOf('/api/v1/');
  const base = at === -1 ? url.origin : apiUrl.slice(0, at);
  return `${base}${locale === 'en' ? '/en' : ''}/docs-changes/unsubscribe#token=${url.searchParams.get('token') ?? ''}`;
}
