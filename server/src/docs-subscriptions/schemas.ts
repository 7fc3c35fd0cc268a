import { z } from 'zod';
import { Email } from '../tickets/schemas.js';
import { docsSections } from './ledger.js';

export const DocsSection = z.enum(docsSections).meta({
  description: 'A docs section: the manuals, the training, the FAQ, or the blog (release notes and articles).',
  descriptionZh: '文档栏目：各手册、培训、常见问题或博客（版本说明和文章）。',
});
export const DigestFrequency = z.enum(['daily', 'weekly']);

export const SubscribeBody = z.strictObject({
  email: Email,
  sections: z.array(DocsSection).min(1).max(docsSections.length).meta({ description: 'The sections whose changed pages the digest lists.', descriptionZh: '摘要列出这些栏目中变更的页面。' }),
  frequency: DigestFrequency.default('weekly').meta({
    description: 'How often a digest is sent (only when something changed): `weekly` (default) or `daily`.',
    descriptionZh: '摘要的发送频率（只在有变更时发送）：`weekly`（每周，默认）或 `daily`（每天）。',
  }),
  locale: z.enum(['zh-Hans', 'en']).meta({ description: 'The language of the e-mails and of the pages listed.', descriptionZh: '邮件及其所列页面的语言。' }),
});
export type SubscribeBody = z.infer<typeof SubscribeBody>;

export const SubscribeAccepted = z.object({
  message: z.string().meta({
    description: 'Check your inbox: nothing is sent until the link in it is followed.',
    descriptionZh: '请查收邮件：点击其中的链接之前，不会发送任何其他邮件。',
  }),
});

export const ConfirmBody = z.strictObject({
  token: z.string().min(1).max(200).meta({ description: 'The `hod_…` token from the link in the confirmation e-mail.', descriptionZh: '确认邮件中链接所带的 `hod_…` 令牌。' }),
});

export const SubscriptionConfirmed = z.object({
  sections: z.array(DocsSection).meta({ description: 'The sections the digests list, in the order of the docs.', descriptionZh: '摘要所列的栏目，按文档中的顺序排列。' }),
  frequency: DigestFrequency.meta({
    description: 'How often a digest is sent (only when something changed): `weekly` or `daily`.',
    descriptionZh: '摘要的发送频率（只在有变更时发送）：`weekly`（每周）或 `daily`（每天）。',
  }),
  locale: z.enum(['zh-Hans', 'en']),
});
export type SubscriptionConfirmed = z.infer<typeof SubscriptionConfirmed>;

export const SubscriptionSummary = z.object({
  pending: z.int().meta({ description: 'Waiting for their confirmation link to be followed.', descriptionZh: '等待点击确认链接的订阅。' }),
  active: z.int().meta({ description: 'Confirmed: receiving digests.', descriptionZh: '已确认、正在接收摘要的订阅。' }),
  ended: z.int().meta({ description: 'Unsubscribed or replaced.', descriptionZh: '已退订或已被新订阅取代的订阅。' }),
  bySection: z.record(DocsSection, z.int()).meta({ description: 'Active subscriptions naming each section.', descriptionZh: '订阅了各栏目的有效订阅数。' }),
  byFrequency: z.record(DigestFrequency, z.int()).meta({ description: 'Active subscriptions by frequency.', descriptionZh: '按频率统计的有效订阅数。' }),
  ledgerChanges: z.int().meta({
    description: 'Changes in the docs ledger this server ships with (its newest `seq`).',
    descriptionZh: '本服务器随附的文档变更账本中的变更数（即其最新的 `seq`）。',
  }),
});
export type SubscriptionSummary = z.infer<typeof SubscriptionSummary>;
