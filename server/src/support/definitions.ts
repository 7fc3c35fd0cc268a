import type { Locale } from '../http/locale.js';
import type { TicketPriority } from '../tickets/workflow.js';

type Text = Record<Locale, string>;

/**
 * What each priority means, as the user guide's priorities page says, in both languages: the filing form shows it
 * beside the choice, so customers pick by business impact.
 */
export const priorityDefinitions: Record<TicketPriority, { name: Text; meaning: Text; example: Text; clock: 'around-the-clock' | 'support-hours' }> = {
  P1: {
    name: { 'zh-Hans': 'P1 紧急', en: 'P1 emergency' },
    meaning: { 'zh-Hans': '生产环境停止服务，或数据面临丢失风险', en: 'Production is down, or data is at risk of being lost' },
    example: { 'zh-Hans': '系统无法登录；数据库损坏；数据被误删', en: 'nobody can sign in; the database is corrupt; data was deleted by mistake' },
    clock: 'around-the-clock',
  },
  P2: {
    name: { 'zh-Hans': 'P2 高', en: 'P2 high' },
    meaning: { 'zh-Hans': '核心功能受到严重影响，没有可用的变通办法', en: 'A core function is badly affected and there is no workaround' },
    example: { 'zh-Hans': '某个关键业务流程报错，所有用户受影响', en: 'a key business process fails for every user' },
    clock: 'support-hours',
  },
  P3: {
    name: { 'zh-Hans': 'P3 中', en: 'P3 medium' },
    meaning: { 'zh-Hans': '部分功能受影响，但有变通办法', en: 'Part of a function is affected, but there is a workaround' },
    example: { 'zh-Hans': '报表导出失败，但可以手动查询', en: 'a report export fails, but the data can be queried by hand' },
    clock: 'support-hours',
  },
  P4: {
    name: { 'zh-Hans': 'P4 低', en: 'P4 low' },
    meaning: { 'zh-Hans': '咨询问题或外观问题', en: 'A question, or a cosmetic problem' },
    example: { 'zh-Hans': '如何配置某个选项；界面文字错误', en: 'how to configure an option; a typo in the interface' },
    clock: 'support-hours',
  },
};

/** Names of the default categories; a category an operator adds (TICKET_CATEGORIES) is shown by its id. */
export const categoryNames: Record<string, Text> = {
  deployment: { 'zh-Hans': '部署与升级', en: 'Deployment and upgrades' },
  data: { 'zh-Hans': '数据问题', en: 'Data' },
  account: { 'zh-Hans': '账号与权限', en: 'Accounts and access' },
  'how-to': { 'zh-Hans': '使用咨询', en: 'How do I…' },
  defect: { 'zh-Hans': '缺陷报告', en: 'Defect' },
  other: { 'zh-Hans': '其他', en: 'Other' },
};
