import {defineText} from '@site/src/components/i18n';

export const sectionNames = defineText({
  'user-guide': {zh: '用户手册', en: 'User guide'},
  training: {zh: '培训', en: 'Training'},
  operations: {zh: '运维', en: 'Operations'},
  api: {zh: 'API', en: 'API'},
  architecture: {zh: '架构', en: 'Architecture'},
  database: {zh: '数据库', en: 'Database'},
  faq: {zh: '常见问题', en: 'FAQ'},
  blog: {zh: '博客：发布说明与最佳实践', en: 'Blog: release notes and best practices'},
});
export const sectionOrder = ['user-guide', 'training', 'operations', 'api', 'architecture', 'database', 'faq', 'blog'] as const;
export type Section = (typeof sectionOrder)[number];

export const changesText = defineText({
  title: {zh: '文档更新', en: 'What changed in the docs'},
  description: {zh: 'Handover 文档最近新增和更新的页面，可通过 RSS、Atom 或邮件摘要关注。', en: 'Pages recently added to or updated in the Handover docs; follow them by RSS, Atom or an e-mail digest.'},
  intro: {
    zh: '这里列出文档和博客中最近新增或更新的页面（每个页面底部也写着“最后更新于”的日期）。用阅读器订阅下面的源，或留下邮箱按栏目接收摘要。',
    en: 'The pages most recently added or updated in the docs and the blog (each page also says when it was last updated at its foot). Follow the feeds below in a reader, or leave your address for an e-mail digest of the sections you choose.',
  },
  feeds: {zh: '订阅源', en: 'Feeds'},
  rss: {zh: 'RSS 源', en: 'RSS feed'},
  atom: {zh: 'Atom 源', en: 'Atom feed'},
  recent: {zh: '最近的更新', en: 'Recent changes'},
  none: {zh: '还没有记录到更新。', en: 'No changes recorded yet.'},
  added: {zh: '新页面', en: 'New page'},
  updated: {zh: '已更新', en: 'Updated'},
  subscribe: {zh: '邮件订阅', en: 'E-mail digest'},
  subscribeIntro: {
    zh: '选择栏目，我们会按周（或按天）发一封邮件，列出这些栏目中变更的页面；没有变更就不发。提交后请点击确认邮件中的链接，确认前不会发送任何摘要。',
    en: 'Choose sections and we e-mail you weekly (or daily) the pages changed in them; when nothing changed, nothing is sent. After you submit, follow the link in the confirmation e-mail: no digest is sent before.',
  },
  email: {zh: '邮箱', en: 'E-mail address'},
  sections: {zh: '栏目', en: 'Sections'},
  sectionsRequired: {zh: '请至少选择一个栏目。', en: 'Choose at least one section.'},
  frequency: {zh: '频率', en: 'How often'},
  weekly: {zh: '每周', en: 'Weekly'},
  daily: {zh: '每天', en: 'Daily'},
  language: {zh: '邮件语言', en: 'Language of the e-mails'},
  submit: {zh: '订阅', en: 'Subscribe'},
  submitting: {zh: '正在提交…', en: 'Submitting…'},
  unsubscribeHint: {zh: '每封摘要底部都有退订链接，点一下即可退订。', en: 'Every digest ends with an unsubscribe link: one click ends it.'},
});
