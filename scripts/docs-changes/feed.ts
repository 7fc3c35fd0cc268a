import { Feed } from 'feed';
import type { LedgerChange, Locale, Section } from './ledger.js';

/** How many changes the feeds and the recent-changes page list. */
export const feedSize = 50;

const text = {
  'zh-Hans': {
    title: 'Handover 文档更新',
    description: 'Handover 文档中新增和更新的页面（用户手册、培训、运维、API、架构、数据库、常见问题、博客）。',
    added: '新页面',
    updated: '已更新',
  },
  en: {
    title: 'Handover docs changes',
    description: 'Pages added to and updated in the Handover docs (user guide, training, operations, API, architecture, database, FAQ, blog).',
    added: 'New page',
    updated: 'Updated',
  },
} satisfies Record<Locale, unknown>;

export const sectionLabels: Record<Section, Record<Locale, string>> = {
  'user-guide': { 'zh-Hans': '用户手册', en: 'User guide' },
  training: { 'zh-Hans': '培训', en: 'Training' },
  operations: { 'zh-Hans': '运维', en: 'Operations' },
  api: { 'zh-Hans': 'API', en: 'API' },
  architecture: { 'zh-Hans': '架构', en: 'Architecture' },
  database: { 'zh-Hans': '数据库', en: 'Database' },
  faq: { 'zh-Hans': '常见问题', en: 'FAQ' },
  blog: { 'zh-Hans': '博客', en: 'Blog' },
};

/** The newest changes in one locale, newest first. */
export function recentChanges(changes: LedgerChange[], locale: Locale, limit = feedSize): LedgerChange[] {
  return changes
    .filter((change) => change.locale === locale)
    .slice(-limit)
    .reverse();
}

/** The page that lists them, where the feeds link to: /docs-changes, /en/docs-changes. */
export function changesPagePath(locale: Locale): string {
  return `${locale === 'en' ? '/en' : ''}/docs-changes`;
}

/** The RSS 2.0 and Atom 1.0 feeds of one locale's docs changes. `siteUrl` has no trailing slash. */
export function docsChangeFeeds(changes: LedgerChange[], locale: Locale, siteUrl: string): { rss: string; atom: string } {
  const t = text[locale];
  const recent = recentChanges(changes, locale);
  const page = `${siteUrl}${changesPagePath(locale)}`;
  const feed = new Feed({
    title: t.title,
    description: t.description,
    id: page,
    link: page,
    language: locale,
    updated: recent[0] ? new Date(`${recent[0].date}T00:00:00Z`) : new Date(0),
    copyright: 'Handover contributors, Apache-2.0',
    feedLinks: { rss: `${page}/rss.xml`, atom: `${page}/atom.xml` },
  });
  for (const change of recent) {
    const section = sectionLabels[change.section][locale];
    feed.addItem({
      title: change.title,
      // Each change is its own entry: a page updated twice appears twice, with the page as the link.
      id: `${page}#change-${change.seq}`,
      link: `${siteUrl}${change.permalink}`,
      date: new Date(`${change.date}T00:00:00Z`),
      description: `${change.kind === 'added' ? t.added : t.updated} · ${section}`,
      category: [{ name: section, term: change.section }],
    });
  }
  return { rss: feed.rss2(), atom: feed.atom1() };
}
